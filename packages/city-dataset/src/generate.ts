import { join } from 'node:path';
import { COMPETITION_TIERS_FOR_CITY, HONOUR_KINDS_FOR_CITY, MEDAL_BY_RANK } from './words.ts';
import { isoDate, seededRandom, SURNAMES, GIVEN, TRADES } from '@jining/demo-data';
import { JINING_COUNTIES, makeResidentId } from '@jining/reference-data';
import {
  assess,
  explain,
  resolveStacking,
  SKILL_LEVELS,
  skillLevelLabel,
  skillLevelRank,
  upToMaximum,
  type Decision,
  type Explanation,
  type PriorGrant,
  type SkillLevel,
} from '@jining/rules';
import { SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import { CERTIFICATES_PER_HOLDER, TOP_LEVEL_SHARES, type CityPlan } from './plan.ts';
import { SpoolFile, type Cell } from './copy-file.ts';
import { TABLES, type TableName } from './tables.ts';

/** What the walk wrote: one spool file per table, in the order they must be loaded. */
export interface Spooled {
  files: SpoolFile[];
  /** The evaluation outbox's last position: finance's cursor stands there (every fact already handled). */
  lastSeq: number;
  /** A person with data in most domains, for the benchmarks and the test. */
  samplePersonId: string;
}

const ORG_KINDS = ['VOCATIONAL_COLLEGE', 'TECHNICAL_SCHOOL', 'EVALUATION_ORGANISATION'] as const;
/** Every hundredth organisation is a college, a technical school or an evaluation organisation; the rest enterprises. */
const orgKind = (i: number) => (i % 100 < ORG_KINDS.length ? ORG_KINDS[i % 100]! : 'ENTERPRISE');
const NO_EMPLOYER = 'no-employer';
const CALCULATOR = SERVICE_PRINCIPALS.FINANCE_FACTS;
/** The clock of the generated city: facts up to the end of November of the last fact year. */
const LAST_MONTH = 11;

/**
 * A deterministic UUID-shaped id: the seed, the kind of row and its number. The same seed gives the same ids, so a
 * benchmark's URLs and a test's expectations hold from run to run.
 */
export function cityId(seed: number, kind: number, n: number): string {
  const s = (seed >>> 0).toString(16).padStart(8, '0');
  return `${s}-${kind.toString(16).padStart(4, '0')}-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
const KIND = { organisation: 1, person: 2, certificate: 3, event: 4, fact: 5, entitlement: 6, history: 7 } as const;
const KIND_2 = { competition: 8, result: 9, studio: 10, honour: 11 } as const;

/** The share table's value at `r` (cumulative shares). */
function fromShares<T>(shares: readonly (readonly [T, number])[], r: number): T {
  for (const [value, upTo] of shares) if (r < upTo) return value;
  return shares[shares.length - 1]![0];
}

interface Org {
  id: string;
  name: string;
  kind: string;
  county: string;
}

/**
 * Walks the city once — organisations, then each person with their certificates and the facts and entitlements
 * finance made of them, then competitions, studios and honours — and spools every table's rows to `dir`.
 * `progress(done, total)` is called every so often with people done.
 */
export async function generateCity(
  plan: CityPlan,
  seed: number,
  dir: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<Spooled> {
  const r = seededRandom(seed);
  const files = new Map<TableName, SpoolFile>(
    (Object.keys(TABLES) as TableName[]).map((t) => [t, new SpoolFile(t, TABLES[t], join(dir, `${t}.tsv`))]),
  );
  const out = (t: TableName, cells: readonly Cell[]) => files.get(t)!.add(cells);

  const orgs: Org[] = [];
  const evaluators: Org[] = [];
  for (let i = 0; i < plan.organisations; i++) {
    const county = r.pick(JINING_COUNTIES).code;
    const kind = orgKind(i);
    const org = { id: cityId(seed, KIND.organisation, i), name: orgName(kind, i, county), kind, county };
    orgs.push(org);
    if (kind === 'EVALUATION_ORGANISATION') evaluators.push(org);
    await out('directory.organisation', [
      org.id,
      org.name,
      kind,
      creditCode(i),
      county,
      i % 97 === 0, // state-owned, about 1%
      i % 53 === 0, // 爬坡 enterprises
      i % 71 === 0, // 产教融合
    ]);
  }

  const ids = new Set<string>();
  /** People at 技师 or above, for studio leads, competition entrants and honours. */
  const highSkilled: string[] = [];
  let certNo = 0;
  let seq = 0;
  let factNo = 0;
  let entNo = 0;
  let histNo = 0;
  let samplePersonId = '';
  const factYears = new Set(plan.factYears);
  const lastYear = Math.max(...plan.factYears);

  for (let p = 0; p < plan.people; p++) {
    if (p % 10_000 === 0) progress(p, plan.people);
    const personId = cityId(seed, KIND.person, p);
    const employer = r.chance(0.85) ? orgs[r.int(0, orgs.length - 1)]! : undefined;
    const county = employer?.county ?? r.pick(JINING_COUNTIES).code;
    // The functional zones have no GB/T 2260 code: their people's ID numbers were issued by 任城区.
    const area = /^\d{6}$/.test(county) ? county : '370811';
    let idNumber: string;
    let gender: 'MALE' | 'FEMALE';
    let birth: string;
    do {
      birth = isoDate(r.int(1966, 2004), r.int(1, 12), r.int(1, 28));
      const sequence = r.int(0, 999);
      gender = sequence % 2 === 1 ? 'MALE' : 'FEMALE';
      idNumber = makeResidentId(area, birth, sequence);
    } while (ids.has(idNumber));
    ids.add(idNumber);
    const name = r.pick(SURNAMES) + r.pick(GIVEN);
    // Drawn in the same order as before the person row carried its level, so a seed gives the same city.
    const holder = r.chance(plan.holderShare);
    const top = holder ? SKILL_LEVELS.indexOf(fromShares(TOP_LEVEL_SHARES, r.next())) : -1;
    // The directory's read model: the highest level held (the newest certificate is the highest; none is revoked).
    const highestRank = holder ? skillLevelRank(SKILL_LEVELS[top]!) : null;
    await out('directory.person', [personId, name, idNumber, birth, gender, county, employer?.id ?? null, highestRank]);

    if (!holder) continue;
    const lowest = SKILL_LEVELS.indexOf('ELEMENTARY');
    const count = Math.min(fromShares(CERTIFICATES_PER_HOLDER, r.next()), top - lowest + 1);
    if (top >= SKILL_LEVELS.indexOf('TECHNICIAN')) highSkilled.push(personId);
    if (!samplePersonId && count >= 3 && employer?.kind === 'ENTERPRISE' && top >= SKILL_LEVELS.indexOf('TECHNICIAN'))
      samplePersonId = personId;
    // The ladder climbed over the years: the newest certificate is the highest, recent years weigh more.
    let year = Math.min(lastYear, 2008 + Math.floor(19 * Math.sqrt(r.next())));
    const dates: string[] = [];
    for (let k = 0; k < count; k++) {
      dates.unshift(isoDate(year, r.int(1, year === lastYear ? LAST_MONTH : 12), r.int(1, 28)));
      year -= r.int(1, 3);
    }
    const prior = new Map<string, PriorGrant[]>();
    for (let k = 0; k < count; k++) {
      const level = SKILL_LEVELS[top - (count - 1 - k)]!;
      const issuedOn = dates[k]!;
      const certificateId = cityId(seed, KIND.certificate, certNo);
      const certificateNo = `JN${issuedOn.slice(0, 4)}${String(certNo).padStart(9, '0')}`;
      certNo++;
      const issuer = evaluators[r.int(0, evaluators.length - 1)]!;
      await out('evaluation.skill_certificate', [
        certificateId,
        certificateNo,
        personId,
        level,
        r.pick(TRADES),
        issuer.id,
        issuedOn,
        'SKILL_LEVEL_CERTIFICATION',
      ]);
      await out('directory.person_level', [certificateId, personId, skillLevelRank(level)]);
      if (!factYears.has(Number(issuedOn.slice(0, 4)))) continue;

      // The fact event as evaluation's appendFact writes it, and what finance made of it.
      seq++;
      const eventId = cityId(seed, KIND.event, seq);
      const payload = {
        certificateId,
        certificateNo,
        personId,
        level,
        issuedOn,
        route: 'SKILL_LEVEL_CERTIFICATION',
        issuerId: issuer.id,
        newlyObtained: true,
      };
      await out('evaluation._kit_outbox', [
        seq,
        eventId,
        'SKILL_CERTIFICATE_RECORDED',
        1,
        certificateId,
        issuedOn,
        JSON.stringify(payload),
      ]);
      const rulesFact = {
        kind: 'TECHNICIAN_CERTIFICATE' as const,
        personId,
        certificateId,
        level,
        certificateDate: issuedOn,
        newlyObtained: true,
        employerId: employer?.id ?? NO_EMPLOYER,
        employerIsEnterprise: employer?.kind === 'ENTERPRISE',
        countyCode: county as (typeof JINING_COUNTIES)[number]['code'],
      };
      const names: Record<string, string> = { [personId]: name, [NO_EMPLOYER]: '无工作单位' };
      if (employer) names[employer.id] = employer.name;
      const decision = assess(rulesFact);
      // Finance handled the fact the day it was recorded (10:00 Beijing time, stored in UTC as Prisma does): the
      // reports, which go by that date, see five years, not one day of loading.
      const handledAt = `${issuedOn} 02:00:00`;
      const factId = cityId(seed, KIND.fact, factNo++);
      const { payments } = resolveStacking(decision, [...prior.values()].flat());
      const payable = payments.filter((x) => x.payableFen > 0);
      const outcome = decision.grants.length === 0 ? 'NOT_ELIGIBLE' : payable.length > 0 ? 'GRANTED' : 'NOT_HIGHER';
      await out('finance.fact', [
        factId,
        eventId,
        'evaluation',
        seq,
        'SKILL_CERTIFICATE_RECORDED',
        1,
        certificateId,
        issuedOn,
        JSON.stringify(payload),
        JSON.stringify(rulesFact),
        JSON.stringify(names),
        outcome,
        JSON.stringify(reasonsOf(decision)),
        outcome === 'NOT_HIGHER' ? '已享受同等或更高待遇，本次不重复享受（从优、就高、不重复）' : null,
        personId,
        null,
        handledAt,
      ]);
      for (const payment of payable) {
        const g = payment.grant;
        const entitlementId = cityId(seed, KIND.entitlement, entNo++);
        const topUp = payment.status === 'TOP_UP';
        const description = `新取得${skillLevelLabel(level as SkillLevel)}职业技能等级一次性补贴（证书编号 ${certificateNo}）`;
        await out('finance.entitlement', [
          entitlementId,
          g.ruleId,
          g.clause,
          topUp ? `${description}（补差额）` : description,
          g.beneficiary.kind === 'PERSON' ? g.beneficiary.id : null,
          g.beneficiary.kind === 'PERSON' ? null : g.beneficiary.id,
          payment.shares.some((s) => s.payer === 'COUNTY') ? (g.countyCode ?? null) : null,
          payment.payableFen,
          g.amountFen,
          payment.previousFen,
          topUp ? 'TOP_UP' : 'NEW',
          'CALCULATED',
          g.factRef,
          g.benefitGroup,
          g.benefitKey,
          factId,
          Number(g.date.slice(0, 4)),
          JSON.stringify(inNames(explain(decision, g), names)),
          upToMaximum(decision),
          handledAt,
        ]);
        for (const s of payment.shares) await out('finance.cost_share', [entitlementId, s.payer, s.amountFen]);
        await out('finance.entitlement_history', [
          cityId(seed, KIND.history, histNo++),
          entitlementId,
          'CALCULATED',
          'CALCULATED',
          CALCULATOR.accountId,
          CALCULATOR.displayName,
          null,
          handledAt,
        ]);
        const list = prior.get(payment.benefitKey) ?? [];
        list.push({ benefitKey: payment.benefitKey, amountFen: g.amountFen, nature: g.nature, ruleId: g.ruleId });
        prior.set(payment.benefitKey, list);
      }
    }
  }
  progress(plan.people, plan.people);
  if (!samplePersonId) samplePersonId = highSkilled[0] ?? cityId(seed, KIND.person, 0);

  await competitionsAndResults(plan, seed, r, highSkilled, out);
  await studios(plan, seed, r, highSkilled, orgs, out);
  await honours(plan, seed, r, highSkilled, samplePersonId, out);

  // Finance has handled every event of evaluation's outbox: its cursor stands at the head.
  await out('finance.fact_cursor', ['evaluation', seq, seq]);
  // So has the directory's level consumer: its read model above holds every certificate, so it starts at the head
  // instead of reading the outbox's events again.
  await out('directory.fact_cursor', ['evaluation', seq, seq]);
  for (const f of files.values()) await f.close();
  return { files: [...files.values()], lastSeq: seq, samplePersonId };
}

type Out = (t: TableName, cells: readonly Cell[]) => Promise<void>;
type Random = ReturnType<typeof seededRandom>;

async function competitionsAndResults(plan: CityPlan, seed: number, r: Random, entrants: string[], out: Out) {
  let resultNo = 0;
  for (let c = 0; c < plan.competitions; c++) {
    const id = cityId(seed, KIND_2.competition, c);
    const year = plan.factYears[c % plan.factYears.length]!;
    const trade = r.pick(TRADES);
    const tier = COMPETITION_TIERS_FOR_CITY[c % COMPETITION_TIERS_FOR_CITY.length]!;
    const heldOn = isoDate(year, r.int(3, LAST_MONTH), r.int(1, 20));
    await out('competitions.competition', [
      id,
      `${year}年${trade}职业技能竞赛（第${c + 1}场）`,
      tier,
      trade,
      year,
      null,
      heldOn,
      heldOn,
    ]);
    // Distinct entrants: a stride through the high-skilled list from a random start.
    const n = Math.min(plan.resultsPerCompetition, entrants.length);
    const start = r.int(0, Math.max(0, entrants.length - 1));
    for (let k = 0; k < n; k++) {
      const rank = k + 1;
      await out('competitions.competition_result', [
        cityId(seed, KIND_2.result, resultNo++),
        id,
        entrants[(start + k * 7919) % entrants.length]!,
        null,
        null,
        rank,
        MEDAL_BY_RANK(rank),
      ]);
    }
  }
}

const STUDIO_LEVELS = ['CITY', 'CITY', 'PROVINCIAL_WORKSTATION', 'QILU_STATION', 'NATIONAL'] as const;

async function studios(plan: CityPlan, seed: number, r: Random, leads: string[], orgs: Org[], out: Out) {
  const enterprises = orgs.filter((o) => o.kind === 'ENTERPRISE');
  for (let s = 0; s < Math.min(plan.studios, leads.length); s++) {
    const level = STUDIO_LEVELS[s % STUDIO_LEVELS.length]!;
    const leadId = leads[(s * 104_729) % leads.length]!;
    const host = enterprises[r.int(0, enterprises.length - 1)]!;
    const year = plan.factYears[s % plan.factYears.length]!;
    const trade = r.pick(TRADES);
    await out('training.master_studio', [
      cityId(seed, KIND_2.studio, s),
      `${host.name}${trade}技能大师工作室`,
      level,
      'APPROVED',
      leadId,
      host.id,
      trade,
      isoDate(year, 3, 1),
      isoDate(year, 9, 1),
      `${leadId}:${level}`,
    ]);
  }
}

async function honours(plan: CityPlan, seed: number, r: Random, people: string[], sample: string, out: Out) {
  const taken = new Set<string>();
  let n = 0;
  for (const year of plan.factYears) {
    for (let h = 0; h < plan.honoursPerYear; h++) {
      const kind = HONOUR_KINDS_FOR_CITY[h % HONOUR_KINDS_FOR_CITY.length]!;
      const personId = n === 0 ? sample : people[r.int(0, people.length - 1)]!;
      const key = `${personId}|${kind}|${year}`;
      if (taken.has(key)) continue;
      taken.add(key);
      await out('awards.honour', [cityId(seed, KIND_2.honour, n++), kind, year, personId, 'APPROVED']);
    }
  }
}

function orgName(kind: string, i: number, county: string): string {
  const place = JINING_COUNTIES.find((c) => c.code === county)!.name;
  const words: Record<string, string> = {
    ENTERPRISE: '有限公司',
    VOCATIONAL_COLLEGE: '职业学院',
    TECHNICAL_SCHOOL: '技工学校',
    EVALUATION_ORGANISATION: '职业技能等级认定中心',
  };
  return `济宁${place}第${i + 1}${words[kind]}`;
}

/** A unique 18-character unified social credit code shape (91 + 16 digits); not checked by the directory. */
const creditCode = (i: number) => `91370800${String(i).padStart(10, '0')}`;

const reasonsOf = (decision: Decision) =>
  decision.reasons.map((x) => ({ code: x.code, ruleId: x.ruleId, clause: x.clause, zh: x.zh }));

/** As finance writes it (src/facts/decide.ts): the explanation names people and units instead of ids. */
function inNames(explanation: Explanation, names: Record<string, string>): Explanation {
  const pairs = Object.entries(names);
  return {
    ...explanation,
    steps: explanation.steps.map((step) => ({
      ...step,
      sentenceZh: pairs.reduce((text, [id, nm]) => text.split(id).join(nm), step.sentenceZh),
    })),
  };
}
