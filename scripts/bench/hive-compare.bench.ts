/**
 * Benchmark: the same person-record load through @apollo/gateway (the platform's own gateway process) and through
 * Hive Gateway (@graphql-hive/gateway-runtime, a devDependency of the gateway package used by this benchmark only), on the same committed supergraph
 * and the same running subgraphs, in one run. Prints requests/s, p50 and p99 of each and the ratio. A script, not a
 * test (speed is never asserted in tests).
 *
 *   pnpm bench:hive                                   a private platform on embedded PGlite
 *   DATABASE_URL=postgresql://…/bench pnpm bench:hive on PostgreSQL (what docs/gateway-profile.md quotes)
 *   BENCH_REQUESTS=400 BENCH_CONCURRENCY=8 BENCH_ROUNDS=3 …   tune the load (bounded; loopback only)
 *
 * Fair to both: Hive runs in its own process like the Apollo gateway (never in this one, which drives the load),
 * checks the same bearer token against the same directory accounts (the gateway's own `authenticate`, accounts cached
 * the same 30 s) and signs every subgraph call the way the gateway does (`signEncodedRequest`: principal, target,
 * path, body digest, time, nonce), in an `onFetch` hook. The subgraphs stay exactly as in production: they accept
 * only signed calls, and nothing is relaxed for the benchmark. The rounds alternate (Apollo, Hive, Apollo, Hive …) so
 * a change in the machine's load falls on both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlatform } from '../platform.ts';

/** What apps/gateway/bench/hive-gateway.ts prints once it listens. */
const HIVE_READY_LINE = '[hive] ready';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const HIVE_PORT = 9090;

const PERSON_RECORD = `query ($id: ID!) { person(id: $id) {
  name idNumber county { name } employer { name } highestLevel
  certificates { level occupation issuedOn issuer { name } }
  ledStudios { name level host { name } }
  competitionResults { rank medal competition { name tier } }
  honours { kind year status }
  entitlements { ruleId amount status shares { payer amount } county { name } } } }`;

interface Figures {
  requests: number;
  seconds: number;
  latencies: number[];
}

async function post(graphqlUrl: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function load(graphqlUrl: string, token: string, ids: string[], count: number): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await post(graphqlUrl, token, PERSON_RECORD, { id: ids[i % ids.length] });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { requests: count, seconds: (performance.now() - started) / 1000, latencies };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function summary(figures: Figures[]) {
  const requests = figures.reduce((a, f) => a + f.requests, 0);
  const seconds = figures.reduce((a, f) => a + f.seconds, 0);
  const sorted = figures.flatMap((f) => f.latencies).sort((a, b) => a - b);
  return { rps: requests / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), requests };
}

/** Hive Gateway in a child process (apps/gateway/bench/hive-gateway.ts), ready when it prints its line. */
async function startHive(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const cwd = fileURLToPath(new URL('../../apps/gateway', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/hive-gateway.ts'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(HIVE_READY_LINE)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited (${code}) before it was ready: ${output}`)));
  });
  return child;
}

let stop: (() => Promise<void>) | undefined;
let hive: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'jining-hive-bench-'));
try {
  // Both gateways must verify the same tokens and sign with the secret the subgraphs hold: one run's random secrets,
  // given to the platform (which keeps secrets the environment gives) and to Hive's process.
  process.env.JWT_SECRET ??= randomBytes(32).toString('base64url');
  process.env.GATEWAY_SIGNING_SECRET ??= randomBytes(32).toString('base64url');
  console.log(
    `starting a private platform (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, demo data) …`,
  );
  const platform = await startPlatform({ portOffset: 5000, dataDir, log: () => {}, compiled: true });
  stop = platform.stop;
  const subgraphUrls = Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url]));
  hive = await startHive({
    ...process.env,
    HIVE_PORT: String(HIVE_PORT),
    HIVE_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
  });

  const login = await fetch(`${platform.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hrss', password: 'jining2025' }),
  });
  const { token } = (await login.json()) as { token: string };
  const apolloUrl = platform.graphqlUrl;
  const hiveUrl = `http://127.0.0.1:${HIVE_PORT}/graphql`;
  const list = (await post(apolloUrl, token, `{ people(first: 100) { edges { node { id } } } }`, {})) as {
    people: { edges: { node: { id: string } }[] };
  };
  const ids = list.people.edges.map((e) => e.node.id);

  // The same answer from both, before any timing: a faster wrong answer would be no comparison.
  const [fromApollo, fromHive] = await Promise.all([
    post(apolloUrl, token, PERSON_RECORD, { id: ids[0] }),
    post(hiveUrl, token, PERSON_RECORD, { id: ids[0] }),
  ]);
  if (JSON.stringify(fromApollo) !== JSON.stringify(fromHive)) {
    throw new Error(`the gateways disagree:\n${JSON.stringify(fromApollo)}\n${JSON.stringify(fromHive)}`);
  }
  console.log(
    `both gateways answer the person record alike; ${REQUESTS} requests × ${ROUNDS} rounds each, concurrency ${CONCURRENCY}, Node ${process.version}`,
  );

  await load(apolloUrl, token, ids, 50);
  await load(hiveUrl, token, ids, 50);
  const figures: Record<'apollo' | 'hive', Figures[]> = { apollo: [], hive: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url] of [
      ['apollo', apolloUrl],
      ['hive', hiveUrl],
    ] as const) {
      const f = await load(url, token, ids, REQUESTS);
      figures[name].push(f);
      const s = summary([f]);
      console.log(
        `round ${round} ${name.padEnd(7)} ${s.rps.toFixed(1).padStart(7)} req/s   p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms`,
      );
    }
  }
  const apollo = summary(figures.apollo);
  const hiveFigures = summary(figures.hive);
  const line = (name: string, s: ReturnType<typeof summary>) =>
    `${name.padEnd(34)} ${String(s.requests).padStart(5)} req  ${s.rps.toFixed(1).padStart(7)} req/s   p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms`;
  console.log(line('@apollo/gateway 2.14.4', apollo));
  console.log(line('Hive Gateway (gateway-runtime)', hiveFigures));
  console.log(
    `ratio Apollo / Hive: throughput ${(apollo.rps / hiveFigures.rps).toFixed(2)}×, p50 ${(apollo.p50 / hiveFigures.p50).toFixed(2)}×, p99 ${(apollo.p99 / hiveFigures.p99).toFixed(2)}×`,
  );
} finally {
  hive?.kill('SIGTERM');
  await stop?.();
  rmSync(dataDir, { recursive: true, force: true });
}
