/**
 * Throughput of assess() on one core, and the time to assess a Jining-sized year.
 *   pnpm --filter @jining/rules bench
 * Rates are computed from the process's CPU time (process.cpuUsage), not wall time: the loop is
 * single-threaded, and on a shared machine wall time measures the neighbours. Wall time is shown too.
 */
import { assess, resolveStacking, type Decision, type Fact } from '../src/index.ts';
import * as fx from '../test/fixtures.ts';

const ctx = { trainingCatalogue: fx.exampleCatalogue };
const counties = [
  '370811',
  '370812',
  '370826',
  '370827',
  '370828',
  '370829',
  '370830',
  '370831',
  '370832',
  '370881',
  '370883',
] as const;
const levels = ['TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN'] as const;

function day(i: number): string {
  const m = (i % 12) + 1;
  const d = (i % 28) + 1;
  return `202${5 + (i % 5)}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function certificates(n: number): Fact[] {
  return Array.from({ length: n }, (_, i) => ({
    ...fx.certificate,
    personId: `P-${i}`,
    certificateId: `C-${i}`,
    level: levels[i % 3]!,
    certificateDate: day(i),
    countyCode: counties[i % counties.length]!,
  }));
}

function jiningYear(): Fact[] {
  const facts: Fact[] = certificates(50_000);
  for (let i = 0; i < 500; i++)
    facts.push({
      ...fx.apprenticeship,
      apprenticeId: `A-${i}`,
      yearNumber: 1 + (i % 2),
      countyCode: counties[i % counties.length]!,
    });
  for (let i = 0; i < 20_000; i++)
    facts.push({
      ...fx.training,
      recordId: `T-${i}`,
      personId: `TP-${i}`,
      completionDate: day(i),
      catalogueCode: i % 3 === 0 ? 'EX-START-UP' : 'EX-WELDER-L4',
    });
  for (let i = 0; i < 2_000; i++)
    facts.push({
      ...fx.graduateHire,
      personId: `H-${i}`,
      yearNumber: 1 + (i % 3),
      programme: i % 2 ? 'PRE_TECHNICIAN_CLASS' : 'SENIOR_CLASS',
      climbingEnterprise: i % 4 === 0,
    });
  for (let i = 0; i < 40; i++) facts.push({ ...fx.orderClass, enterpriseId: `OE-${i}`, hires: fx.hires(40 + i * 3) });
  for (let i = 0; i < 30; i++)
    facts.push({
      ...fx.collegeMajor,
      collegeId: `C-${i % 8}`,
      majorId: `M-${i}`,
      level: i % 3 ? 'PROVINCIAL' : 'NATIONAL',
    });
  for (let i = 0; i < 60; i++) facts.push({ ...fx.educationInvestment, enterpriseId: `IE-${i}` });
  for (let i = 0; i < 15; i++)
    facts.push({ ...fx.studio, studioId: `S-${i}`, level: i < 10 ? 'CITY' : 'PROVINCIAL_WORKSTATION' });
  for (let i = 0; i < 7; i++) facts.push({ ...fx.craftsmanCollege, collegeId: `CC-${i}` });
  for (let i = 0; i < 25; i++)
    facts.push({
      ...fx.medal,
      winner: { kind: 'PERSON', id: `W-${i}` },
      award: i % 5 === 0 ? 'WORLDSKILLS_BRONZE' : 'NATIONAL_TECHNICAL_EXPERT',
    });
  for (let i = 0; i < 20; i++)
    facts.push({ ...fx.competitionPrize, entryId: `E-${i}`, prize: ((i % 3) + 1) as 1 | 2 | 3 });
  return facts;
}

interface Timing {
  cpuMs: number;
  wallMs: number;
}

function timed<T>(fn: () => T): [T, Timing] {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = fn();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return [out, { cpuMs: (c.user + c.system) / 1000, wallMs }];
}

function run(facts: readonly Fact[]): [{ grants: number; fen: number }, Timing] {
  return timed(() => {
    let grants = 0;
    let fen = 0;
    for (const f of facts) {
      const d: Decision = assess(f, ctx);
      grants += d.grants.length;
      for (const g of d.grants) fen += g.amountFen;
    }
    return { grants, fen };
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function perSecond(label: string, facts: readonly Fact[], rounds: number): number {
  run(facts); // warm-up
  let best = Infinity;
  let bestWall = Infinity;
  for (let r = 0; r < rounds; r++) {
    const [, t] = run(facts);
    best = Math.min(best, t.cpuMs);
    bestWall = Math.min(bestWall, t.wallMs);
  }
  const rate = (facts.length / best) * 1000;
  console.log(
    `${label.padEnd(42)} ${fmt(rate).padStart(11)} /s CPU time   (${fmt((facts.length / bestWall) * 1000).padStart(11)} /s wall)`,
  );
  return rate;
}

const simple = certificates(100_000);
const mixed = [...fx.ALL_BASE_FACTS.filter((f) => f.kind !== 'ORDER_CLASS_HIRING')];
const mixedBig = Array.from({ length: 100_000 }, (_, i) => mixed[i % mixed.length]!);
const outside = simple.map((f) => ({ ...f, certificateDate: '2024-12-31' }));

console.log(`node ${process.version}, ${process.platform}/${process.arch}, one core (single-threaded loop)\n`);
const simpleRate = perSecond('simple: R1 technician certificates', simple, 5);
perSecond('mixed: all kinds except R5 (trace on)', mixedBig, 5);
perSecond('ineligible: outside the window', outside, 5);
perSecond(
  'R5 order-class year (~100 hires each)',
  Array.from({ length: 2_000 }, (_, i) => ({ ...fx.orderClass, enterpriseId: `E-${i}`, hires: fx.hires(100) })),
  3,
);

const year = jiningYear();
run(year);
const [yr, yt] = run(year);
console.log(
  `\nJining-sized year: ${fmt(year.length)} facts (50,000 certificates, 500 apprentice-years, 20,000 training records, 2,000 hire-years, 40 order-class enterprise-years, majors, studios, medals, prizes)`,
);
console.log(
  `  assessed in ${yt.cpuMs.toFixed(0)} ms CPU (${yt.wallMs.toFixed(0)} ms wall) → ${fmt(yr.grants)} grants, ${fmt(yr.fen / 100)} yuan`,
);

const decisions = year.map((f) => assess(f, ctx));
const all = decisions.flatMap((d) => d.grants);
const [stacked, st] = timed(() => resolveStacking(all, all.slice(0, 10_000)));
console.log(
  `  从优就高不重复 over all ${fmt(all.length)} grants (10,000 already paid): ${st.cpuMs.toFixed(0)} ms CPU (${fmt(stacked.payments.length)} payments, ${stacked.conflicts.length} conflicts)`,
);

const [chars, jt] = timed(() => {
  let n = 0;
  for (let i = 0; i < 10_000; i++) n += JSON.stringify(decisions[i]).length;
  return n;
});
console.log(
  `  JSON of 10,000 decisions with their Chinese trace sentences: ${jt.cpuMs.toFixed(0)} ms CPU (${(chars / 10_000).toFixed(0)} chars each)`,
);

console.log(`\ntarget ≥ 1,000,000 simple assessments/s on one core: ${simpleRate >= 1_000_000 ? 'met' : 'NOT met'}`);
