/**
 * Benchmark at the size of the city (issue 13): the platform started on a city-size PostgreSQL database (made by
 * `pnpm dataset:city`), each of the department's hot reads measured through the gateway and as direct SQL of the same
 * rows at the same concurrency, in one run, with the ratio; statements per request as the page grows; EXPLAIN
 * (ANALYZE) of each hot query with any sequential scan of a large table flagged, and the sequential scans the platform
 * itself did (pg_stat_user_tables); each process's resident memory under load. A script, not a test.
 *
 *   pnpm bench:city                               the database at BENCH_DATABASE_URL (default …/city on 127.0.0.1)
 *   BENCH_REQUESTS=400 BENCH_CONCURRENCY=8 pnpm bench:city
 *   BENCH_JSON=/tmp/city.json pnpm bench:city     also writes the figures as JSON
 *
 * Statements per request are counted as PostgreSQL's committed transactions on the database (pg_stat_database):
 * the subgraphs' reads run in autocommit, one transaction per statement, and pg_stat_statements is not loaded on this
 * server. Finance's fact consumer is told to poll rarely (FACT_POLL_MS) so it does not count, and the counting
 * statements' own transactions (measured with no request in between) are subtracted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { namePrefixRange } from '../../apps/subgraph-directory/src/schema/name-prefix.ts';
import { freePortOffset, startPlatform } from '../platform.ts';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/city';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Tables at least this large are "large": a sequential scan of one in a hot path is a finding. */
const LARGE = 50_000;
process.env.FACT_POLL_MS ??= '3600000';

const PERSON_RECORD = `query ($id: ID!) { person(id: $id) {
  name idNumber county { name } employer { name } highestLevel
  certificates { level occupation issuedOn issuer { name } }
  ledStudios { name level host { name } }
  competitionResults { rank medal competition { name tier } }
  honours { kind year status }
  entitlements { ruleId amount status shares { payer amount } county { name } } } }`;

// The department's list: a county's people of a lowest level whose name starts with a surname.
const PEOPLE_LIST = `query ($county: ID!, $level: SkillLevel!, $search: String!, $first: Int!) {
  people(countyCode: $county, minLevel: $level, search: $search, first: $first) {
    edges { node { id name county { name } highestLevel } } pageInfo { hasNextPage endCursor } } }`;

const ORGANISATION = `query ($id: ID!) {
  organisation(id: $id) { name kind creditCode county { name } hostedStudios { name level }
    entitlements { amount status } }
  people(employerId: $id, first: 20) { edges { node { id name highestLevel } } } }`;

const COUNTY_REPORT = `query ($from: Date!, $to: Date!) {
  entitlementReport(from: $from, to: $to, groupBy: COUNTY) {
    rows { key label count amount committed paid rejected } total { count amount } } }`;

/** The same rows read directly: the statements a hand-written service would send, one request's worth at a time. */
const SQL = {
  person: `SELECT p.name, p.id_number, c.name AS county, o.name AS employer FROM directory.person p
    JOIN directory.county c ON c.code = p.county_code LEFT JOIN directory.organisation o ON o.id = p.employer_id
    WHERE p.id = $1`,
  certificates: `SELECT level, occupation, issued_on, issuer_id FROM evaluation.skill_certificate
    WHERE person_id = $1 AND revoked_at IS NULL ORDER BY issued_on`,
  studios: `SELECT name, level, host_id FROM training.master_studio WHERE lead_id = $1`,
  results: `SELECT r.rank, r.medal, c.name, c.tier FROM competitions.competition_result r
    JOIN competitions.competition c ON c.id = r.competition_id WHERE r.person_id = $1`,
  honours: `SELECT kind, year, status FROM awards.honour WHERE person_id = $1`,
  entitlements: `SELECT e.id, e.rule_id, e.amount, e.status, c.name AS county, s.payer, s.amount AS share
    FROM finance.entitlement e LEFT JOIN finance.cost_share s ON s.entitlement_id = e.id
    LEFT JOIN directory.county c ON c.code = e.county_code WHERE e.beneficiary_person_id = $1`,
  orgNames: `SELECT id, name FROM directory.organisation WHERE id = ANY($1::text[])`,
  // As the directory's Prisma query: the level read model's rank and the name prefix as a range (name-prefix.ts).
  peopleList: `SELECT p.id, p.name, c.name AS county FROM directory.person p JOIN directory.county c ON c.code = p.county_code
    WHERE p.county_code = $1 AND p.highest_level_rank >= $2 AND p.name >= $3 AND p.name < $4 ORDER BY p.id LIMIT $5`,
  levels: `SELECT person_id, max(level) AS level FROM evaluation.skill_certificate
    WHERE person_id = ANY($1::text[]) AND revoked_at IS NULL GROUP BY person_id`,
  organisation: `SELECT o.name, o.kind, o.credit_code, c.name AS county FROM directory.organisation o
    JOIN directory.county c ON c.code = o.county_code WHERE o.id = $1`,
  hosted: `SELECT name, level FROM training.master_studio WHERE host_id = $1`,
  orgEntitlements: `SELECT amount, status FROM finance.entitlement WHERE beneficiary_organisation_id = $1`,
  employees: `SELECT id, name FROM directory.person WHERE employer_id = $1 ORDER BY id LIMIT 21`,
  report: `SELECT e.county_code AS key, MIN(e.clause) AS clause,
      COUNT(DISTINCT e.id) FILTER (WHERE e.status NOT IN ('REJECTED', 'CANCELLED'))::int AS count,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status NOT IN ('REJECTED', 'CANCELLED')), 0)::bigint AS amount,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status IN ('APPROVED', 'IN_PUBLICITY', 'PAYABLE', 'IN_PAYMENT', 'PAID')), 0)::bigint AS committed,
      COALESCE(SUM(s.amount) FILTER (WHERE EXISTS (SELECT 1 FROM finance.payment_line l WHERE l.entitlement_id = s.entitlement_id
        AND l.payer = s.payer AND l.status = 'PAID')), 0)::bigint AS paid,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status = 'REJECTED'), 0)::bigint AS rejected
    FROM finance.entitlement e JOIN finance.cost_share s ON s.entitlement_id = e.id
    WHERE e.created_at >= $1::date - interval '8 hours' AND e.created_at < $2::date + interval '1 day' - interval '8 hours' GROUP BY 1 ORDER BY 1`,
  reportTotal: `SELECT COUNT(*)::int AS count FROM finance.entitlement e
    WHERE e.created_at >= $1::date - interval '8 hours' AND e.created_at < $2::date + interval '1 day' - interval '8 hours' AND e.status NOT IN ('REJECTED', 'CANCELLED')`,
} as const;

interface Figures {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Requests that failed (GraphQL errors, e.g. a subgraph timing out on a loaded machine): timed, and counted. */
  errors: number;
}

async function measure(label: string, count: number, run: (i: number) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        try {
          await run(i);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  if (firstError) console.log(`  ${label}: ${errors} failed, the first: ${String(firstError).slice(0, 300)}`);
  return { label, requests: count, rps: count / seconds, p50: pct(50), p99: pct(99), errors };
}

const line = (f: Figures) =>
  `  ${f.label.padEnd(12)} ${String(f.requests).padStart(5)} req ${f.rps.toFixed(1).padStart(8)} req/s  p50 ${f.p50.toFixed(1).padStart(7)} ms  p99 ${f.p99.toFixed(1).padStart(7)} ms${f.errors ? `  ${f.errors} failed` : ''}`;

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: CONCURRENCY });
const q = <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  pool.query<R>(text, values);

/** Sample inputs from the data: people with certificates and entitlements, organisations with employees. */
async function samples() {
  const people = (
    await q<{ id: string }>(
      `SELECT beneficiary_person_id AS id FROM finance.entitlement WHERE beneficiary_person_id IS NOT NULL
       GROUP BY 1 ORDER BY md5(beneficiary_person_id) LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  const organisations = (
    await q<{ id: string }>(
      `SELECT id FROM directory.organisation WHERE kind = 'ENTERPRISE' ORDER BY md5(id) LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  // A county, a surname and a level some certified person there has: the level's code (for the gateway) from their
  // highest certificate, and its rank (for the direct SQL) from the directory's read model.
  const searches = (
    await q<{ county: string; search: string; level: string; rank: number }>(
      `SELECT p.county_code AS county, left(p.name, 1) AS search, p.highest_level_rank AS rank,
              (SELECT c.level::text FROM evaluation.skill_certificate c WHERE c.person_id = p.id AND c.revoked_at IS NULL
                ORDER BY c.level DESC LIMIT 1) AS level
         FROM directory.person p WHERE p.highest_level_rank IS NOT NULL ORDER BY md5(p.id) LIMIT 200`,
    )
  ).rows;
  return { people, organisations, searches };
}

async function directPerson(client: pg.PoolClient, id: string) {
  await client.query(SQL.person, [id]);
  const certificates = await client.query<{ issuer_id: string }>(SQL.certificates, [id]);
  const studios = await client.query<{ host_id: string }>(SQL.studios, [id]);
  await client.query(SQL.results, [id]);
  await client.query(SQL.honours, [id]);
  await client.query(SQL.entitlements, [id]);
  const orgs = [...certificates.rows.map((r) => r.issuer_id), ...studios.rows.map((r) => r.host_id)];
  await client.query(SQL.orgNames, [[...new Set(orgs)]]);
}

/** The direct list's parameters: county, rank, the prefix's range, the page's size (+1 for hasNextPage). */
function listParams(s: { county: string; search: string; rank: number }, first: number): unknown[] {
  const range = namePrefixRange(s.search);
  return [s.county, s.rank, range.gte, range.lt ?? '\u{10FFFF}', first + 1];
}

async function directList(client: pg.PoolClient, s: { county: string; search: string; rank: number }, first: number) {
  const rows = await client.query<{ id: string }>(SQL.peopleList, listParams(s, first));
  await client.query(SQL.levels, [rows.rows.map((r) => r.id)]);
}

async function directOrganisation(client: pg.PoolClient, id: string) {
  await client.query(SQL.organisation, [id]);
  await client.query(SQL.hosted, [id]);
  await client.query(SQL.orgEntitlements, [id]);
  const employees = await client.query<{ id: string }>(SQL.employees, [id]);
  await client.query(SQL.levels, [employees.rows.map((r) => r.id)]);
}

async function directReport(client: pg.PoolClient, from: string, to: string) {
  await client.query(SQL.report, [from, to]);
  await client.query(SQL.reportTotal, [from, to]);
}

const withClient = async (fn: (c: pg.PoolClient) => Promise<void>) => {
  const client = await pool.connect();
  try {
    await fn(client);
  } finally {
    client.release();
  }
};

/**
 * `read` once PostgreSQL's statistics have caught up: an idle backend (a pooled connection of a subgraph) reports its
 * counters up to 10 s late (PostgreSQL 15's PGSTAT_IDLE_INTERVAL), so they are read after a longer pause. With a
 * shorter one the first run counted 0.3 statements per request.
 */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  await new Promise((r) => setTimeout(r, 11_000));
  return read();
}

/** Committed transactions on the database so far (every autocommit statement is one). */
const transactions = async () =>
  Number(
    (
      await q<{ n: string }>(
        `SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()`,
      )
    ).rows[0]!.n,
  );

/** Sequential scans per table so far (what the platform's own statements did). */
const seqScans = async () =>
  new Map(
    (
      await q<{ t: string; n: string; rows: string }>(
        `SELECT schemaname || '.' || relname AS t, seq_scan::text AS n, n_live_tup::text AS rows FROM pg_stat_user_tables`,
      )
    ).rows.map((r) => [r.t, { scans: Number(r.n), rows: Number(r.rows) }]),
  );

function rss(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Proportional set size (MB): the resident pages with each shared one divided among the processes sharing it. The
 * seven processes share the `node` executable's ~40 resident MB, which VmRSS counts in full in every one of them.
 */
function pss(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function explain(label: string, text: string, values: unknown[], sizes: Map<string, number>) {
  const { rows } = await q<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING ON) ${text}`, values);
  const plan = rows.map((r) => r['QUERY PLAN']);
  const flagged = plan
    .map((l) => /Seq Scan on (\S+)/.exec(l)?.[1])
    .filter((t): t is string => !!t)
    .filter((t) => [...sizes].some(([name, n]) => name.endsWith(`.${t}`) && n >= LARGE));
  console.log(`\n-- ${label}${flagged.length ? `   ⚠ Seq Scan on a large table: ${flagged.join(', ')}` : ''}`);
  for (const l of plan) console.log(`   ${l}`);
  return { label, plan, flagged };
}

const counts = new Map(
  (
    await q<{ t: string; n: string }>(
      `SELECT schemaname || '.' || relname AS t, n_live_tup::text AS n FROM pg_stat_user_tables`,
    )
  ).rows.map((r) => [r.t, Number(r.n)]),
);
const people = counts.get('directory.person') ?? 0;
if (people === 0) throw new Error(`no people in ${DATABASE_URL}: run pnpm dataset:city first`);
const meta = await q<{ v: string; size: string }>(
  `SELECT version() AS v, pg_size_pretty(pg_database_size(current_database())) AS size`,
);
console.log(
  `city benchmark on ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}: ${people.toLocaleString('en')} people, ` +
    `database ${meta.rows[0]!.size}; ${REQUESTS} requests per read, concurrency ${CONCURRENCY}, Node ${process.version}`,
);
console.log(`  ${meta.rows[0]!.v}`);
const input = await samples();

const log = (l: string) => {
  if (/error|Error|exited/.test(l)) console.log(l);
};
console.log('starting the platform on the city database …');
const t0 = performance.now();
const platform = await startPlatform({
  portOffset: await freePortOffset(),
  databaseUrl: DATABASE_URL,
  demoData: false,
  log,
  compiled: true, // as production runs: `pnpm build` first
});
console.log(`  ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const url = platform.url;

async function login(username: string) {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jining2025' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function post(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  people,
  requests: REQUESTS,
  concurrency: CONCURRENCY,
};
try {
  const hrss = await login('hrss');
  const finance = await login('finance');
  const range = { from: '2022-01-01', to: '2026-12-31' };
  // A month's report, as a county finance office reconciles (the five-year one reads every row by design).
  const month = { from: '2026-10-01', to: '2026-10-31' };
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;

  const scenarios: {
    name: string;
    count: number;
    gateway: (i: number) => Promise<unknown>;
    direct: (i: number) => Promise<void>;
  }[] = [
    {
      name: 'person',
      count: REQUESTS,
      gateway: (i) => post(hrss, PERSON_RECORD, { id: pick(input.people, i) }),
      direct: (i) => withClient((c) => directPerson(c, pick(input.people, i))),
    },
    {
      name: 'people list',
      count: REQUESTS,
      gateway: (i) => {
        const s = pick(input.searches, i);
        return post(hrss, PEOPLE_LIST, { county: s.county, level: s.level, search: s.search, first: 20 });
      },
      direct: (i) => {
        const s = pick(input.searches, i);
        return withClient((c) => directList(c, s, 20));
      },
    },
    {
      name: 'organisation',
      count: REQUESTS,
      gateway: (i) => post(hrss, ORGANISATION, { id: pick(input.organisations, i) }),
      direct: (i) => withClient((c) => directOrganisation(c, pick(input.organisations, i))),
    },
    {
      name: 'county report',
      count: Math.max(20, Math.round(REQUESTS / 10)),
      gateway: () => post(finance, COUNTY_REPORT, range),
      direct: () => withClient((c) => directReport(c, range.from, range.to)),
    },
    {
      name: 'county report, one month',
      count: Math.max(20, Math.round(REQUESTS / 10)),
      gateway: () => post(finance, COUNTY_REPORT, month),
      direct: () => withClient((c) => directReport(c, month.from, month.to)),
    },
  ];

  console.log('\nwarming up …');
  for (const s of scenarios) {
    await measure(s.name, Math.min(40, s.count), s.gateway);
    await measure(s.name, Math.min(40, s.count), s.direct);
  }

  console.log('\nthrough the gateway vs direct SQL of the same rows (same concurrency):');
  const compared: Record<string, unknown>[] = [];
  const memory: Record<string, number[]> = {};
  const proportional: Record<string, number[]> = {};
  const sampleMemory = () => {
    for (const [name, pid] of Object.entries(platform.pids())) {
      const mb = rss(pid);
      if (mb !== undefined) (memory[name] ??= []).push(mb);
      const shared = pss(pid);
      if (shared !== undefined) (proportional[name] ??= []).push(shared);
    }
  };
  const platformScans: { scenario: string; table: string; rows: number; scans: number }[] = [];
  for (const s of scenarios) {
    const before = await settled(seqScans);
    const timer = setInterval(sampleMemory, 500);
    const g = await measure('gateway', s.count, s.gateway);
    clearInterval(timer);
    const between = await settled(seqScans);
    const d = await measure('direct SQL', s.count, s.direct);
    const after = await settled(seqScans);
    console.log(`${s.name}:`);
    console.log(line(g));
    console.log(line(d));
    console.log(`  ratio p50 ${(g.p50 / d.p50).toFixed(1)}×   throughput ${(d.rps / g.rps).toFixed(1)}×`);
    for (const [side, from, to] of [
      ['gateway', before, between],
      ['direct SQL', between, after],
    ] as const) {
      for (const [table, v] of to) {
        const scans = v.scans - (from.get(table)?.scans ?? 0);
        if (scans > 0 && v.rows >= LARGE) {
          console.log(`  ⚠ ${side}: ${scans} sequential scans of ${table} (${v.rows.toLocaleString('en')} rows)`);
          platformScans.push({ scenario: `${s.name} (${side})`, table, rows: v.rows, scans });
        }
      }
    }
    compared.push({ name: s.name, gateway: g, direct: d, p50Ratio: g.p50 / d.p50, rpsRatio: d.rps / g.rps });
  }
  results.compared = compared;
  results.seqScans = platformScans;

  console.log('\nresident memory under the benchmark (VmRSS, MB: min / max):');
  const rssRows = Object.entries(memory).map(([name, mbs]) => ({
    name,
    min: Math.min(...mbs),
    max: Math.max(...mbs),
    pssMax: Math.max(...(proportional[name] ?? [0])),
  }));
  for (const r of rssRows)
    console.log(
      `  ${r.name.padEnd(13)} ${r.min.toFixed(0).padStart(5)} / ${r.max.toFixed(0).padStart(5)}` +
        `   (PSS max ${r.pssMax.toFixed(0)})${r.max > 150 && r.name !== 'gateway' ? '   above 150 MB' : ''}`,
    );
  results.memory = rssRows;
  // What the resident size is made of, as each subgraph reports it on /healthz after the runs: the JS heap,
  // memory outside it that V8 knows of (buffers, WebAssembly), and the rest (code, the runtime, native libraries).
  console.log('  after the runs, from /healthz (MB): rss = heap total + external + the rest');
  for (const s of platform.subgraphs) {
    const health = (await (await fetch(s.url.replace('/graphql', '/healthz'))).json()) as {
      memory?: Record<string, number>;
    };
    const m = health.memory;
    if (m)
      console.log(
        `  ${s.name.padEnd(13)} ${m.rssMb} = heap ${m.heapTotalMb} (used ${m.heapUsedMb}) + external ${m.externalMb}` +
          ` + ${(m.rssMb! - m.heapTotalMb! - m.externalMb!).toFixed(1)}`,
      );
  }

  // The platform caps a page at 100 rows (PAGE_TOO_LARGE above it): 10, 50 and 100 rows.
  console.log('\nstatements per request as the page grows (people list with four subgraphs, one request at a time):');
  const perPage: Record<string, number> = {};
  const list = `query ($first: Int!) { people(first: $first) { edges { node { id name highestLevel county { name }
    certificates { level issuer { name } } honours { kind } entitlements { amount shares { payer amount } } } } } }`;
  const n = 20;
  // The same sleeps and counting statements with no request in between: what to subtract.
  const t0 = await settled(transactions);
  const noise = (await settled(transactions)) - t0;
  for (const first of [10, 50, 100]) {
    await post(hrss, list, { first });
    const before = await settled(transactions);
    for (let i = 0; i < n; i++) await post(hrss, list, { first });
    const used = (await settled(transactions)) - before - noise;
    perPage[first] = used / n;
    console.log(`  first ${String(first).padStart(3)}: ${perPage[first]!.toFixed(1)} statements per request`);
  }
  results.statementsPerRequest = perPage;

  console.log('\nEXPLAIN (ANALYZE) of the hot queries:');
  const person = input.people[0]!;
  const org = input.organisations[0]!;
  const s0 = input.searches[0]!;
  const ids = (await q<{ id: string }>(SQL.peopleList, listParams(s0, 20))).rows.map((r) => r.id);
  const plans = [
    await explain('person by id', SQL.person, [person], counts),
    await explain('certificates of a person', SQL.certificates, [person], counts),
    await explain('studios led by a person', SQL.studios, [person], counts),
    await explain('competition results of a person', SQL.results, [person], counts),
    await explain('honours of a person', SQL.honours, [person], counts),
    await explain('entitlements of a person', SQL.entitlements, [person], counts),
    await explain(
      `people of a county by level and name prefix (${s0.level}, ${s0.search}…)`,
      SQL.peopleList,
      listParams(s0, 20),
      counts,
    ),
    await explain('highest levels of a page of people', SQL.levels, [ids], counts),
    await explain('employees of an organisation', SQL.employees, [org], counts),
    await explain('studios hosted by an organisation', SQL.hosted, [org], counts),
    await explain('entitlements of an organisation', SQL.orgEntitlements, [org], counts),
    await explain('county finance report, 2022–2026', SQL.report, [range.from, range.to], counts),
    await explain('county finance report, October 2026', SQL.report, [month.from, month.to], counts),
  ];
  results.explain = plans;
} finally {
  await platform.stop();
  await pool.end();
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
}
