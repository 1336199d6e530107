import { JINING_COUNTIES } from '@jining/reference-data';
import {
  ageInFullYears,
  DEFAULT_PARAMETERS,
  SKILL_LEVEL,
  TRAINING_PROGRAMME,
  valueAt,
  type IsoDate,
  type TrainingProgrammeCode,
} from '@jining/rules';
import { demoDataset } from './dataset.ts';
import { TRADES } from './names.ts';
import { demoId, isoDate, seededRandom } from './random.ts';

/**
 * The training programmes' slice of the demo dataset (二(二)–(六)): each county's apprenticeship rate, new-type
 * apprenticeships, city craftsman colleges, the subsidised-training catalogue with classes and their completions,
 * and each county's employed population for T1 — enough that every target of the dashboard shows a number from demo
 * data. Dates run through 2025 and 2026 up to November, so a demo started in December 2026 has nothing in the future.
 * Deterministic, like the rest of the dataset; the same ids on every start.
 */

export interface DemoApprenticeshipRate {
  id: string;
  countyCode: string;
  effectiveFrom: string;
  rateFen: number;
}
export interface DemoApprenticeship {
  id: string;
  enterpriseId: string;
  apprenticeId: string;
  collegeId: string;
  countyCode: string;
  trade: string;
  startedOn: string;
  endsOn: string;
}
export interface DemoCraftsmanCollege {
  id: string;
  name: string;
  hostId: string;
  countyCode: string;
  foundedOn: string;
  appliedOn: string;
  approvedOn: string;
}
export interface DemoCatalogueLine {
  id: string;
  code: string;
  nameZh: string;
  programme: TrainingProgrammeCode;
  level: string;
  amountFen: number;
  split: { payer: 'CITY' | 'COUNTY'; parts: number }[];
  validFrom: string;
  requiresCertificate: boolean;
  source: string;
}
export interface DemoCompletion {
  id: string;
  personId: string;
  completedOn: string;
  ageOnCompletion: number;
  certificateObtained: boolean;
  wantsEmployment: boolean;
}
export interface DemoTrainingClass {
  id: string;
  name: string;
  providerId: string;
  catalogueCode: string;
  lineId: string;
  amountFen: number;
  programme: TrainingProgrammeCode;
  startsOn: string;
  endsOn: string;
  countyCode: string;
  completions: DemoCompletion[];
}
export interface DemoEmployedPopulation {
  year: number;
  /** '' for the city */
  countyCode: string;
  value: number;
  source: string;
  publishedOn: string;
}
/** A city competition of 2026 (no results: the dataset's competitions carry those), with its hosting county. */
export interface DemoCityCompetition {
  id: string;
  name: string;
  tier: 'CITY_CATEGORY_1' | 'CITY_CATEGORY_2';
  trade: string;
  year: number;
  heldOn: string;
  organiser: string;
  countyCode: string | null;
}
/** An honour of 2026, approved (T13–T15 of the year the dashboard opens on). */
export interface DemoHonour2026 {
  id: string;
  kind: 'TECHNICAL_EXPERT' | 'CHIEF_TECHNICIAN' | 'GRAND_CRAFTSMAN' | 'CRAFTSMAN';
  year: number;
  personId: string;
  countyCode: string;
  decidedOn: string;
}
export interface DemoProgrammes {
  cityCompetitions: DemoCityCompetition[];
  honours2026: DemoHonour2026[];
  apprenticeshipRates: DemoApprenticeshipRate[];
  apprenticeships: DemoApprenticeship[];
  craftsmanColleges: DemoCraftsmanCollege[];
  catalogueLines: DemoCatalogueLine[];
  trainingClasses: DemoTrainingClass[];
  employedPopulations: DemoEmployedPopulation[];
}

const YEARS = [2025, 2026] as const;
const RENCHENG = '370811';
/** The last month with demo records in 2026: the demo is dated before the session that shows it. */
const LAST_MONTH: Record<number, number> = { 2025: 12, 2026: 11 };

const addYears = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const birthOf = (idNumber: string) =>
  `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` as IsoDate;

let cached: DemoProgrammes | undefined;

export function demoProgrammes(): DemoProgrammes {
  if (cached) return cached;
  const { organisations, people } = demoDataset();
  const rnd = seededRandom(101);
  const enterprises = organisations.filter((o) => o.kind === 'ENTERPRISE');
  const colleges = organisations.filter((o) => o.kind === 'VOCATIONAL_COLLEGE' || o.kind === 'TECHNICAL_SCHOOL');
  const countyOf = new Map(organisations.map((o) => [o.id, o.countyCode]));

  // 二(二): each county sets its rate inside the rules' range (R2_RATE_MIN_FEN–R2_RATE_MAX_FEN), in whole steps.
  // 任城区 is left without one: the apprenticeship walkthrough (README, apprenticeships e2e) has its HRSS set it.
  const min = valueAt(DEFAULT_PARAMETERS.R2_RATE_MIN_FEN, '2025-01-01').value;
  const max = valueAt(DEFAULT_PARAMETERS.R2_RATE_MAX_FEN, '2025-01-01').value;
  const steps = 4;
  const apprenticeshipRates = JINING_COUNTIES.filter((c) => c.code !== RENCHENG).map((c, i) => ({
    id: demoId('apprenticeship-rate', i),
    countyCode: c.code,
    effectiveFrom: '2025-01-01',
    rateFen: min + Math.round(((max - min) * (i % (steps + 1))) / steps),
  }));

  // 二(二) T5: apprentices are the enterprises' own young workers, each in one agreement a year.
  const young = people.filter((p) => p.employerId && ageInFullYears(birthOf(p.idNumber), '2025-01-01') <= 40);
  const apprenticeships: DemoApprenticeship[] = [];
  // Each apprentice in one agreement only (an apprentice–enterprise pair is live once): 40 in 2025, the rest in 2026.
  YEARS.forEach((year, y) => {
    const first = y === 0 ? 0 : 40;
    const last = Math.min(y === 0 ? 40 : 100, young.length);
    for (let k = first; k < last; k++) {
      const person = young[k]!;
      const enterpriseId = person.employerId!;
      const startedOn = isoDate(year, rnd.int(1, LAST_MONTH[year]!), rnd.int(1, 28));
      apprenticeships.push({
        id: demoId('apprenticeship', apprenticeships.length),
        enterpriseId,
        apprenticeId: person.id,
        collegeId: rnd.pick(colleges).id,
        countyCode: countyOf.get(enterpriseId)!,
        trade: rnd.pick(TRADES),
        startedOn,
        endsOn: addYears(startedOn, 2),
      });
    }
  });

  // 二(六) T11: city craftsman colleges, hosted by enterprises across the counties, approved over the two years.
  const craftsmanColleges: DemoCraftsmanCollege[] = Array.from({ length: 14 }, (_, i) => {
    const host = enterprises[(i * 2) % enterprises.length]!;
    const year = i < 6 ? 2025 : 2026;
    const month = rnd.int(2, LAST_MONTH[year]!);
    return {
      id: demoId('craftsman-college', i),
      name: `${host.name.replace(/有限公司|股份有限公司|集团/g, '')}工匠学院`,
      hostId: host.id,
      countyCode: host.countyCode,
      foundedOn: isoDate(year, month - 1, 10),
      appliedOn: isoDate(year, month - 1, 20),
      approvedOn: isoDate(year, month, rnd.int(1, 28)),
    };
  });

  // 二(五) T9: the catalogue HRSS keeps (demo lines, cited to a demo document) and the classes providers run on it.
  const lineDefs: [TrainingProgrammeCode, string, string, number][] = [
    ['VOCATIONAL_SKILLS', 'ZY-DEMO-01', '电工', 150_000],
    ['VOCATIONAL_SKILLS', 'ZY-DEMO-02', '焊工', 160_000],
    ['GOLD_BLUE_COLLAR', 'JL-DEMO-01', '数控车工', 300_000],
    ['ONE_COUNTY_ONE_PRODUCT', 'YX-DEMO-01', '鲁锦织造', 120_000],
    ['ONE_PERSON_ONE_SKILL', 'YR-DEMO-01', '家政服务', 100_000],
  ];
  const catalogueLines: DemoCatalogueLine[] = lineDefs.map(([programme, code, trade, amountFen], i) => ({
    id: demoId('catalogue-line', i),
    code,
    nameZh: `${trade}（${TRAINING_PROGRAMME.label(programme)}）`,
    programme,
    level: SKILL_LEVEL.label(programme === 'GOLD_BLUE_COLLAR' ? 'TECHNICIAN' : 'ELEMENTARY'),
    amountFen,
    split: [
      { payer: 'CITY', parts: 1 },
      { payer: 'COUNTY', parts: 1 },
    ],
    validFrom: '2025-01-01',
    requiresCertificate: programme !== 'ONE_PERSON_ONE_SKILL',
    source: '演示数据：济宁市补贴性职业技能培训目录（示例）',
  }));
  const trainingClasses: DemoTrainingClass[] = [];
  YEARS.forEach((year) => {
    for (let k = 0; k < 16; k++) {
      const line = catalogueLines[k % catalogueLines.length]!;
      const provider = colleges[(k + year) % colleges.length]!;
      const month = rnd.int(1, LAST_MONTH[year]! - 1);
      const startsOn = isoDate(year, month, rnd.int(1, 10));
      const endsOn = isoDate(year, month + 1, rnd.int(1, 28));
      const size = rnd.int(18, 40);
      const start = rnd.int(0, people.length - 1);
      const completions: DemoCompletion[] = [];
      for (let j = 0; j < size; j++) {
        const person = people[(start + j * 7) % people.length]!;
        if (completions.some((c) => c.personId === person.id)) continue;
        completions.push({
          id: demoId('completion', trainingClasses.length * 100 + j),
          personId: person.id,
          completedOn: endsOn,
          ageOnCompletion: ageInFullYears(birthOf(person.idNumber), endsOn as IsoDate),
          certificateObtained: rnd.chance(0.8),
          wantsEmployment: rnd.chance(0.7),
        });
      }
      trainingClasses.push({
        id: demoId('training-class', trainingClasses.length),
        name: `${year}年${line.nameZh}第${k + 1}期`,
        providerId: provider.id,
        catalogueCode: line.code,
        lineId: line.id,
        amountFen: line.amountFen,
        programme: line.programme,
        startsOn,
        endsOn,
        countyCode: provider.countyCode,
        completions,
      });
    }
  });

  // T1's denominator: demo figures sized to the demo's people (a real city enters its 统计公报's millions), so the
  // ratio reads as a percentage of the demo population. Per county and for the city, each year.
  const byCounty = new Map<string, number>();
  for (const p of people) byCounty.set(p.countyCode, (byCounty.get(p.countyCode) ?? 0) + 1);
  const employedPopulations: DemoEmployedPopulation[] = YEARS.flatMap((year) => {
    const source = `演示数据：济宁市${year - 1}年国民经济和社会发展统计公报（示例）`;
    const publishedOn = `${year}-03-15`;
    const counties = [...byCounty].map(([countyCode, n]) => ({ year, countyCode, value: n * 3, source, publishedOn }));
    return [{ year, countyCode: '', value: people.length * 3, source, publishedOn }, ...counties];
  });

  // T12 of 2026: city competitions through the year, most hosted by a county (its share of the city's figure).
  const cityCompetitions: DemoCityCompetition[] = Array.from({ length: 12 }, (_, i) => {
    const county = i % 4 === 3 ? null : JINING_COUNTIES[i % JINING_COUNTIES.length]!;
    const trade = TRADES[i % TRADES.length]!;
    return {
      id: demoId('city-competition-2026', i),
      name: `2026年${county ? county.name : '济宁市'}${trade}职业技能竞赛`,
      tier: i % 3 === 0 ? 'CITY_CATEGORY_1' : 'CITY_CATEGORY_2',
      trade,
      year: 2026,
      heldOn: isoDate(2026, 1 + (i % LAST_MONTH[2026]!), 12),
      organiser: '济宁市人力资源和社会保障局',
      countyCode: county?.code ?? null,
    };
  });

  // T13–T15 of 2026: honours approved through the year, each person once per kind (不重复).
  // People 100–142: the awards tests nominate people from 200 on for 2026, so these stay clear of them.
  const kinds: [DemoHonour2026['kind'], number, number][] = [
    ['TECHNICAL_EXPERT', 24, 100],
    ['CHIEF_TECHNICIAN', 8, 124],
    ['GRAND_CRAFTSMAN', 1, 132],
    ['CRAFTSMAN', 10, 133],
  ];
  const honours2026: DemoHonour2026[] = kinds.flatMap(([kind, count, first]) =>
    Array.from({ length: count }, (_, k) => {
      const person = people[(first + k) % people.length]!;
      return {
        id: demoId(`honour-2026-${kind}`, k),
        kind,
        year: 2026,
        personId: person.id,
        countyCode: person.countyCode,
        decidedOn: isoDate(2026, 3 + (k % (LAST_MONTH[2026]! - 2)), 20),
      };
    }),
  );

  cached = {
    cityCompetitions,
    honours2026,
    apprenticeshipRates,
    apprenticeships,
    craftsmanColleges,
    catalogueLines,
    trainingClasses,
    employedPopulations,
  };
  return cached;
}
