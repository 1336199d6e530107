/**
 * Benchmark: one Jining-sized year of facts (about 70,000 certificates) through outbox → finance, end to end, on
 * PostgreSQL: evaluation's outbox, finance's consumer pulling the feed over HTTP as a signed service, completing each
 * page from the directory through the real gateway, deciding with the rules and writing entitlements. Prints facts
 * per second and the lag while it runs. A script, not a test (speed is never asserted in tests).
 *
 *   pnpm bench:facts                                   PostgreSQL at BENCH_DATABASE_URL, else TEST_DATABASE_URL,
 *                                                      else postgresql://postgres@127.0.0.1:5432/postgres
 *   BENCH_FACTS=70000 FACT_PAGE_SIZE=100 pnpm bench:facts
 *
 * The year is written straight into the subgraphs' tables in one transaction each (people and units in the
 * directory; certificates and their outbox events in evaluation, as the kit's appendFact would): the benchmark times
 * what happens after a fact is recorded, not 70,000 GraphQL mutations. Each run uses fresh schemas, dropped after.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startPlatform, freePortOffset } from '../platform.ts';

const FACTS = Number(process.env.BENCH_FACTS ?? 70_000);
const BASE_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
process.env.FACT_PAGE_SIZE ??= '100';
process.env.FACT_POLL_MS ??= '100';

/** One database per run (each subgraph its own schema in it), so runs never see each other's rows. */
const run = `bench_facts_${Date.now()}`;
const admin = new pg.Client({ connectionString: BASE_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${run}`);
const url = new URL(BASE_URL);
url.pathname = `/${run}`;
const databaseUrl = url.toString();

const log = (line: string) => {
  if (/facts:|error|Error/.test(line) && !/\+\d+ \(/.test(line)) console.log(line);
};
console.log(`benchmark: ${FACTS.toLocaleString('en')} facts through outbox → finance on PostgreSQL (${run})`);
const platform = await startPlatform({
  portOffset: await freePortOffset(),
  databaseUrl,
  demoData: false,
  log,
  compiled: true,
});
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();

try {
  const started = await seedYear(db, FACTS);
  await watch(db, FACTS, started);
} finally {
  await db.end();
  await platform.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
  await admin.end();
}

/** Jining's 14 counties, 2,000 units, a person per certificate: the levels in a year's usual mix. */
async function seedYear(client: pg.Client, n: number): Promise<number> {
  const t0 = performance.now();
  const counties = (await client.query<{ code: string }>(`SELECT code FROM directory.county ORDER BY code`)).rows;
  const units = 2000;
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO directory.organisation (id, name, kind, credit_code, county_code)
     SELECT 'bench-org-' || i, '基准企业' || i, (CASE WHEN i % 10 = 0 THEN 'VOCATIONAL_COLLEGE' ELSE 'ENTERPRISE' END)::directory."OrganisationKind",
            '91' || lpad(i::text, 16, '0'), ($1::text[])[1 + i % $2]
     FROM generate_series(1, $3) AS i`,
    [counties.map((c) => c.code), counties.length, units],
  );
  await client.query(
    `INSERT INTO directory.person (id, name, id_number, birth_date, gender, county_code, employer_id)
     SELECT 'bench-person-' || i, '人员' || i, 'BENCH' || lpad(i::text, 13, '0'), DATE '1990-01-01', 'MALE',
            ($1::text[])[1 + i % $2], 'bench-org-' || (1 + i % $3)
     FROM generate_series(1, $4) AS i`,
    [counties.map((c) => c.code), counties.length, units, n],
  );
  await client.query('COMMIT');
  const levels = ['TECHNICIAN', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'SENIOR', 'INTERMEDIATE'];
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO evaluation.skill_certificate (id, certificate_no, person_id, level, occupation, issuer_id, issued_on, route)
     SELECT 'bench-cert-' || i, 'BENCH-' || i, 'bench-person-' || i, ($1::text[])[1 + i % 6]::evaluation."SkillLevel",
            '数控车工', 'bench-org-10', DATE '2025-01-01' + (i % 300), 'SKILL_LEVEL_CERTIFICATION'
     FROM generate_series(1, $2) AS i`,
    [levels, n],
  );
  // The events as appendFact writes them (kind, version, payload), committed with the certificates.
  await client.query(
    `INSERT INTO evaluation._kit_outbox (event_id, kind, version, subject_id, occurred_on, payload)
     SELECT md5($1 || i)::uuid, 'SKILL_CERTIFICATE_RECORDED', 1, 'bench-cert-' || i, DATE '2025-01-01' + (i % 300),
            jsonb_build_object('certificateId', 'bench-cert-' || i, 'certificateNo', 'BENCH-' || i,
              'personId', 'bench-person-' || i, 'level', ($2::text[])[1 + i % 6],
              'issuedOn', to_char(DATE '2025-01-01' + (i % 300), 'YYYY-MM-DD'),
              'route', 'SKILL_LEVEL_CERTIFICATION', 'issuerId', 'bench-org-10', 'newlyObtained', true)
     FROM generate_series(1, $3) AS i ORDER BY i`,
    [randomUUID(), levels, n],
  );
  await client.query('COMMIT');
  console.log(`seeded ${n.toLocaleString('en')} people, certificates and events in ${sec(performance.now() - t0)}`);
  return performance.now();
}

/** Polls finance's cursor until it has caught up; prints progress every 5 s and the totals at the end. */
async function watch(client: pg.Client, n: number, started: number) {
  let lastPrint = started;
  for (;;) {
    const { rows } = await client.query<{ position: string; head: string }>(
      `SELECT position::text, head::text FROM finance.fact_cursor WHERE source = 'evaluation'`,
    );
    const position = Number(rows[0]?.position ?? 0);
    const now = performance.now();
    if (now - lastPrint >= 5000) {
      lastPrint = now;
      const rate = position / ((now - started) / 1000);
      console.log(
        `  ${sec(now - started)}: ${position.toLocaleString('en')} handled, lag ${(n - position).toLocaleString('en')}, ${rate.toFixed(0)} facts/s`,
      );
    }
    if (position >= n) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const elapsed = (performance.now() - started) / 1000;
  const outcomes = await client.query<{ outcome: string; n: string }>(
    `SELECT outcome::text, count(*)::text AS n FROM finance.fact GROUP BY outcome ORDER BY outcome`,
  );
  const money = await client.query<{ n: string; fen: string }>(
    `SELECT count(*)::text AS n, COALESCE(sum(amount), 0)::text AS fen FROM finance.entitlement`,
  );
  console.log(
    `\n${n.toLocaleString('en')} facts end to end in ${elapsed.toFixed(1)} s: ${(n / elapsed).toFixed(0)} facts/s`,
  );
  console.log(
    `  page size ${process.env.FACT_PAGE_SIZE}; outcomes: ${outcomes.rows.map((r) => `${r.outcome} ${r.n}`).join(', ')}`,
  );
  console.log(
    `  ${Number(money.rows[0]!.n).toLocaleString('en')} entitlements, ¥${(Number(money.rows[0]!.fen) / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`,
  );
}

function sec(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}
