/**
 * Benchmark: the department's cross-domain person record (six subgraphs, one request) through the real gateway.
 * Prints throughput and latency percentiles; a script, not a test (speed is never asserted in tests).
 *
 *   pnpm bench:gateway                         starts a private platform on a fresh embedded database
 *   BENCH_URL=http://127.0.0.1:4000 pnpm bench:gateway   against a running platform
 *   BENCH_REQUESTS=2000 BENCH_CONCURRENCY=16 …           tune the load (bounded; loopback only)
 *   DATABASE_URL=postgresql://…/bench pnpm bench:gateway  the private platform on PostgreSQL (PGlite's own speed
 *                                                        otherwise dominates what is measured)
 *   BENCH_CPU_PROF=/tmp/prof pnpm bench:gateway          the gateway writes a V8 CPU profile there when it stops
 *                                                        (docs/gateway-profile.md)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../platform.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const PERSON_RECORD = `query ($id: ID!) { person(id: $id) {
  name idNumber county { name } employer { name } highestLevel
  certificates { level occupation issuedOn issuer { name } }
  ledStudios { name level host { name } }
  competitionResults { rank medal competition { name tier } }
  honours { kind year status }
  entitlements { ruleId amount status shares { payer amount } county { name } } } }`;

const LIST = `query ($first: Int!) { people(first: $first) { edges { node { id name highestLevel
  certificates { level } honours { kind } entitlements { amount } } } } }`;

/** Posts an operation and returns its data (`T`: what the query selects); GraphQL errors throw. */
async function post<T = unknown>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  // Without errors, a GraphQL answer has its data.
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function measure(label: string, count: number, run: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await run(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(44)} ${String(count).padStart(6)} req  ${(count / seconds).toFixed(1).padStart(8)} req/s   p50 ${pct(50)} ms  p95 ${pct(95)} ms  p99 ${pct(99)} ms`,
  );
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined when it is gone. */
function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100/s).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Every PostgreSQL server process on this machine (the platform's backends among them). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * CPU used by each process of the platform (and PostgreSQL) while `run` ran, per request: what each hop costs, read
 * from the kernel's accounting rather than a profiler's samples, so a busy machine does not inflate it. The
 * platform's background work (finance polling the fact feeds, which the sources answer; health checks) is measured
 * for 5 s at rest first and taken off, in proportion to the run's length.
 */
async function cpuPerRequest(pids: Record<string, number | undefined>, requests: number, run: () => Promise<void>) {
  const processes = { ...pids, ...Object.fromEntries(postgresPids().map((pid) => [`postgres:${pid}`, pid])) };
  const sample = () =>
    Object.fromEntries(Object.entries(processes).map(([n, pid]) => [n, pid ? cpuSeconds(pid) : undefined]));
  const used = (from: Record<string, number | undefined>, to: Record<string, number | undefined>) => {
    const out: Record<string, number> = {};
    for (const name of Object.keys(processes)) {
      const [a, b] = [from[name], to[name]];
      if (a === undefined || b === undefined) continue;
      const key = name.startsWith('postgres:') ? 'postgres' : name;
      out[key] = (out[key] ?? 0) + (b - a);
    }
    return out;
  };
  const restStart = sample();
  await new Promise((r) => setTimeout(r, 5000));
  const atRest = used(restStart, sample());
  const started = sample();
  const t0 = performance.now();
  await run();
  const seconds = (performance.now() - t0) / 1000;
  const gross = used(started, sample());
  const net = Object.fromEntries(
    Object.entries(gross).map(([k, v]) => [k, Math.max(0, v - ((atRest[k] ?? 0) * seconds) / 5)]),
  );
  const total = Object.values(net).reduce((a, b) => a + b, 0);
  console.log(`  CPU per request (ms, user + system from /proc, less each process's background at rest):`);
  for (const [name, s] of Object.entries(net).sort((a, b) => b[1] - a[1]))
    console.log(`    ${name.padEnd(13)} ${((s * 1000) / requests).toFixed(2).padStart(7)}`);
  console.log(`    ${'total'.padEnd(13)} ${((total * 1000) / requests).toFixed(2).padStart(7)}`);
}

let pids: Record<string, number | undefined> | undefined;
let stop: (() => Promise<void>) | undefined;
let dataDir: string | undefined;
let url = process.env.BENCH_URL;
try {
  if (!url) {
    dataDir = mkdtempSync(join(tmpdir(), 'jining-bench-'));
    console.log(
      `starting a private platform (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, demo data) …`,
    );
    const profileDir = process.env.BENCH_CPU_PROF;
    const platform = await startPlatform({
      portOffset: 5000,
      dataDir,
      log: () => {},
      compiled: true, // as production runs: `pnpm build` first
      // BENCH_CPU_PROF profiles every process: CPU.<date>.<pid>… files, one per process, named in the log below.
      ...(profileDir
        ? {
            gatewayNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
            subgraphNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
          }
        : {}),
    });
    url = platform.url;
    stop = platform.stop;
    pids = platform.pids();
  }
  const login = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hrss', password: 'jining2025' }),
  });
  const { token } = (await login.json()) as { token: string };
  const ids: string[] = (
    await post<{ people: { edges: { node: { id: string } }[] } }>(
      url,
      token,
      `{ people(first: 100) { edges { node { id } } } }`,
      {},
    )
  ).people.edges.map((e) => e.node.id);
  console.log(`gateway ${url}, ${REQUESTS} requests, concurrency ${CONCURRENCY}, Node ${process.version}`);
  await measure('warm-up', Math.min(50, REQUESTS), (i) =>
    post(url!, token, PERSON_RECORD, { id: ids[i % ids.length] }),
  );
  const personRecords = () =>
    measure('person record (6 subgraphs, 1 request)', REQUESTS, (i) =>
      post(url!, token, PERSON_RECORD, { id: ids[i % ids.length] }),
    );
  if (pids) await cpuPerRequest(pids, REQUESTS, personRecords);
  else await personRecords();
  await measure('people list, 20 rows × 4 subgraphs', Math.ceil(REQUESTS / 5), () =>
    post(url!, token, LIST, { first: 20 }),
  );
} finally {
  await stop?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
