import { JINING_COUNTIES, makeCreditCode, makeResidentId } from '@jining/reference-data';
import { COLLEGE_NAMES, ENTERPRISE_NAMES, EVALUATION_ORG_NAMES, GIVEN, SURNAMES, TRADES } from './names.ts';
import { demoId, isoDate, seededRandom } from './random.ts';
import type {
  DemoCertificate,
  DemoCompetition,
  DemoDataset,
  DemoHonour,
  DemoOrganisation,
  DemoPerson,
  DemoStudio,
} from './types.ts';

const PEOPLE = 300;
const LEVELS = [
  'ELEMENTARY',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
] as const;

/** GB/T 2260 counties only (ID numbers carry their codes); functional zones host enterprises too. */
const idCounties = JINING_COUNTIES.filter((c) => c.kind !== 'FUNCTIONAL_ZONE');

function organisations(): DemoOrganisation[] {
  const rnd = seededRandom(11);
  const orgs: DemoOrganisation[] = [];
  ENTERPRISE_NAMES.forEach((name, i) => {
    const county = i < JINING_COUNTIES.length ? JINING_COUNTIES[i]! : rnd.pick(JINING_COUNTIES);
    orgs.push({
      id: demoId('organisation', i),
      name,
      kind: 'ENTERPRISE',
      countyCode: county.code,
      creditCode: makeCreditCode(county.kind === 'FUNCTIONAL_ZONE' ? '370800' : county.code, 1000 + i),
      stateOwned: i % 5 === 0,
      climbing: i % 3 === 1,
      industryEducationIntegration: i % 4 === 2,
    });
  });
  COLLEGE_NAMES.forEach((name, j) => {
    const county = idCounties[j % idCounties.length]!;
    const i = orgs.length;
    orgs.push({
      id: demoId('organisation', i),
      name,
      kind: /技师|技工/.test(name) ? 'TECHNICAL_SCHOOL' : 'VOCATIONAL_COLLEGE',
      countyCode: county.code,
      creditCode: makeCreditCode(county.code, 5000 + j, '12'),
      stateOwned: true,
      climbing: false,
      industryEducationIntegration: false,
    });
  });
  EVALUATION_ORG_NAMES.forEach((name, j) => {
    const i = orgs.length;
    orgs.push({
      id: demoId('organisation', i),
      name,
      kind: 'EVALUATION_ORGANISATION',
      countyCode: '370811',
      creditCode: makeCreditCode('370811', 8000 + j, '12'),
      stateOwned: true,
      climbing: false,
      industryEducationIntegration: false,
    });
  });
  return orgs;
}

function people(enterprises: DemoOrganisation[]): DemoPerson[] {
  const rnd = seededRandom(7);
  const list: DemoPerson[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const county = i === 0 ? idCounties[0]! : rnd.pick(idCounties);
    const birth = isoDate(rnd.int(1966, 2003), rnd.int(1, 12), rnd.int(1, 28));
    // The sequence number is unique per person, so ID numbers never collide; odd = male.
    const idNumber = makeResidentId(county.code, birth, (i * 7 + 1) % 1000);
    const employer = enterprises[i % enterprises.length]!;
    list.push({
      id: demoId('person', i),
      name: i === 0 ? '王建国' : `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}`,
      idNumber,
      countyCode: county.code,
      employerId: employer.id,
    });
  }
  return list;
}

function certificates(persons: DemoPerson[], orgs: DemoOrganisation[]): DemoCertificate[] {
  const rnd = seededRandom(23);
  const issuers = orgs.filter((o) => o.kind !== 'ENTERPRISE');
  const list: DemoCertificate[] = [];
  persons.forEach((p, i) => {
    if (i !== 0 && !rnd.chance(0.75)) return;
    const occupation = rnd.pick(TRADES);
    // Each holder climbs the ladder: 1–3 certificates, ascending, the latest mostly inside the policy window.
    const top = i === 0 ? 4 : rnd.int(0, LEVELS.length - 1);
    const count = Math.min(top + 1, rnd.int(1, 3));
    for (let k = count - 1; k >= 0; k--) {
      const level = LEVELS[top - k]!;
      const year = 2026 - k * 2 - rnd.int(0, 1);
      list.push({
        id: demoId('certificate', list.length),
        personId: p.id,
        level,
        occupation,
        issuerId: rnd.pick(issuers).id,
        issuedOn: isoDate(year, rnd.int(1, 10), rnd.int(1, 28)),
        route:
          level === 'SENIOR' && rnd.chance(0.3)
            ? 'DIRECT_CERTIFICATION'
            : rnd.chance(0.1)
              ? 'ONE_EXAM_TWO_CERTIFICATES'
              : 'SKILL_LEVEL_CERTIFICATION',
        certificateNo: `S${year}37080${String(list.length).padStart(6, '0')}`,
      });
    }
  });
  return list;
}

function studios(persons: DemoPerson[]): DemoStudio[] {
  const levels = [
    'NATIONAL',
    'PROVINCIAL_WORKSTATION',
    'QILU_STATION',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
    'CITY',
  ] as const;
  return levels.map((level, i) => {
    const lead = persons[i * 17]!;
    const trade = TRADES[i % TRADES.length]!;
    return {
      id: demoId('studio', i),
      name: `${lead.name}${trade}技能大师工作室`,
      level,
      leadId: lead.id,
      hostId: lead.employerId!,
      trade,
      approvedOn: isoDate(2025 + (i % 2), 3 + (i % 8), 10 + i),
    };
  });
}

function competitions(persons: DemoPerson[]): DemoCompetition[] {
  const rnd = seededRandom(31);
  const defs = [
    { name: '2025年济宁市职业技能大赛', tier: 'CITY_CATEGORY_1', trade: '数控车工', year: 2025, entrants: 24 },
    { name: '2025年济宁市“技能兴济”焊工技能竞赛', tier: 'CITY_CATEGORY_2', trade: '焊工', year: 2025, entrants: 18 },
    { name: '2025年山东省职业技能大赛', tier: 'PROVINCIAL', trade: '电工', year: 2025, entrants: 6 },
    { name: '2026年全国行业职业技能竞赛', tier: 'NATIONAL', trade: '工业机器人系统操作员', year: 2026, entrants: 3 },
  ] as const;
  let resultIndex = 0;
  return defs.map((def, c) => {
    const chosen = new Set<number>([0]);
    while (chosen.size < def.entrants) chosen.add(rnd.int(1, persons.length - 1));
    const results = [...chosen].map(
      (personIndex, rank) =>
        ({
          id: demoId('result', resultIndex++),
          personId: persons[personIndex]!.id,
          rank: rank + 1,
          medal: rank === 0 ? 'GOLD' : rank === 1 ? 'SILVER' : rank === 2 ? 'BRONZE' : rank < 8 ? 'EXCELLENCE' : null,
        }) as const,
    );
    return { id: demoId('competition', c), ...def, heldOn: isoDate(def.year, 5 + c, 18), results };
  });
}

function honours(persons: DemoPerson[], comps: DemoCompetition[]): DemoHonour[] {
  const list: DemoHonour[] = [];
  const seen = new Set<string>();
  // One honour per (person, kind, year): a person who wins two city competitions is still one 技术能手 that year.
  const add = (kind: DemoHonour['kind'], year: number, personId: string, status: DemoHonour['status'] = 'APPROVED') => {
    const key = `${personId}|${kind}|${year}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ id: demoId('honour', list.length), kind, year, personId, status });
  };
  // 技术能手 from city-level competition winners (四(十三)); 技能状元 from category-1 and provincial+ winners.
  for (const comp of comps.filter((c) => c.tier.startsWith('CITY'))) {
    for (const r of comp.results.slice(0, 8)) add('TECHNICAL_EXPERT', comp.year, r.personId);
  }
  for (const comp of comps.filter((c) => c.tier !== 'CITY_CATEGORY_2'))
    add('SKILLS_CHAMPION', comp.year, comp.results[0]!.personId);
  for (let i = 0; i < 6; i++) add('CHIEF_TECHNICIAN', 2025, persons[5 + i * 23]!.id);
  add('GRAND_CRAFTSMAN', 2025, persons[17]!.id);
  add('GRAND_CRAFTSMAN', 2026, persons[34]!.id, 'NOMINATED');
  for (let i = 0; i < 6; i++) add('CRAFTSMAN', 2025, persons[40 + i * 11]!.id);
  add('HANDICRAFT_CRAFTSMAN', 2025, persons[99]!.id);
  add('HANDICRAFT_CRAFTSMAN', 2025, persons[120]!.id);
  return list;
}

let cached: DemoDataset | undefined;

/** The whole demo dataset, built deterministically (same ids and values on every machine). */
export function demoDataset(): DemoDataset {
  if (cached) return cached;
  const orgs = organisations();
  const enterprises = orgs.filter((o) => o.kind === 'ENTERPRISE');
  const persons = people(enterprises);
  const comps = competitions(persons);
  cached = {
    counties: JINING_COUNTIES,
    organisations: orgs,
    people: persons,
    certificates: certificates(persons, orgs),
    studios: studios(persons),
    competitions: comps,
    honours: honours(persons, comps),
  };
  return cached;
}

/** The person the README and the end-to-end tests open: has data in every domain. */
export const SHOWCASE_PERSON_ID = demoId('person', 0);
