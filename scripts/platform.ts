/**
 * Starts the whole platform: every registered subgraph as its own process (real HTTP between gateway and
 * subgraphs), then the gateway, which also serves the built admin web. Embedded PGlite by default (one data
 * directory per subgraph under .data/), PostgreSQL when DATABASE_URL is set. Demo data loads on first start only.
 * Always in development mode (JINING_DEV_MODE=true): one run's random JWT_SECRET and GATEWAY_SIGNING_SECRET (unless
 * the environment gives them) are handed to every child, so the gateway and the subgraphs agree and nothing in the
 * source signs anything.
 *
 *   pnpm exec tsx scripts/platform.ts        (what `npm start` runs after building)
 *   startPlatform({ portOffset, dataDir })   (end-to-end tests: a private copy on other ports)
 *
 * Supervised: once up, a subgraph or the gateway that exits (a crash, an out-of-memory kill) is started again after a
 * back-off that doubles with each quick failure (0.5 s, 1 s, 2 s … capped at 30 s; back to 0.5 s once a process has
 * lived a minute), and each restart is logged. Stopping the platform stops the restarts first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { DEV_MODE_WARNING, enableDevMode } from '@jining/protocol/secrets';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface PlatformOptions {
  /** Gateway port (default 4000 + portOffset). */
  gatewayPort?: number;
  /** Added to every registered port, so a test platform can run beside a dev one. */
  portOffset?: number;
  /** PGlite data root (default .data/ in the repository). */
  dataDir?: string;
  log?: (line: string) => void;
  /** Load demo data on first start (default: true unless DEMO_DATA=false). */
  demoData?: boolean;
  /** PostgreSQL for every subgraph (one schema each) instead of PGlite; default: DATABASE_URL from the environment. */
  databaseUrl?: string;
  /** Restart back-off (default: 500 ms doubling to 30 s, reset after a minute of life). */
  backoff?: Partial<Backoff>;
  /**
   * Start only these registered subgraphs (default: all), for a test that needs part of the graph. The gateway still
   * knows every subgraph, at its offset port where nothing listens, so the others' fields fail as if they were down;
   * the platform is then ready when the gateway is live (/healthz), since its /readyz names them as unavailable.
   */
  only?: string[];
  /**
   * Run these subgraphs as several processes (name → count, at most 3): replica k (from 2) listens 10 × (k − 1) ports
   * above the subgraph's port and is named `<name>#k`; the gateway and finance get the comma-separated list in
   * `<NAME>_URL`. Replicas share one database, so this needs `databaseUrl` (PGlite is one process's directory).
   */
  replicas?: Record<string, number>;
  /** Extra Node options for the gateway process (`--cpu-prof` … for a profile; NODE_OPTIONS refuses those). */
  gatewayNodeArgs?: string[];
  /** Extra Node options for every subgraph process (`--cpu-prof` … for a profile). */
  subgraphNodeArgs?: string[];
  /**
   * Run the compiled JavaScript of `pnpm build` (each service's dist/, scripts/build/bundle-service.mjs) with `node`,
   * as production does, instead of the TypeScript source through tsx: a third less memory per process and a faster
   * start. `npm start` and the benchmarks do; tests default to the source, so a test never runs a stale build.
   */
  compiled?: boolean;
}

export interface Platform {
  url: string;
  graphqlUrl: string;
  subgraphs: { name: string; url: string }[];
  /** The running process of each subgraph (by name) and of the `gateway`; it changes when one is restarted. */
  pids(): Record<string, number | undefined>;
  /** How often each process has been restarted so far. */
  restarts(): Record<string, number>;
  /** Stops one process for good (no restart), e.g. `directory#2`: what an operator's `systemctl stop` does. */
  stopProcess(name: string, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export interface Backoff {
  /** Wait before the first restart. */
  initialMs: number;
  /** The longest wait, however often a process keeps failing. */
  maxMs: number;
  /** A process that lived this long before it exited is restarted after `initialMs` again. */
  resetAfterMs: number;
}

const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };

/** The wait before restart number `failures + 1` of a process that keeps failing quickly. */
export function restartDelay(failures: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.initialMs * 2 ** failures, backoff.maxMs);
}

interface Service {
  name: string;
  launch: () => ChildProcess;
  child: ChildProcess;
  startedAt: number;
  /** Quick failures in a row (the back-off's exponent). */
  failures: number;
  restarts: number;
  timer?: NodeJS.Timeout;
  /** Stopped on purpose: not restarted. */
  stopped?: boolean;
}

/** Keeps each process running: restarts it when it exits, until `stop()`. */
class Supervisor {
  private stopping = false;
  private readonly services: Service[] = [];

  constructor(
    private readonly log: (line: string) => void,
    private readonly backoff: Backoff,
  ) {}

  start(name: string, launch: () => ChildProcess): ChildProcess {
    const service: Service = { name, launch, child: launch(), startedAt: Date.now(), failures: 0, restarts: 0 };
    this.services.push(service);
    this.watch(service);
    return service.child;
  }

  private watch(service: Service) {
    const child = service.child;
    child.once('exit', (code, signal) => {
      if (this.stopping || service.stopped || service.child !== child) return;
      const lived = Date.now() - service.startedAt;
      if (lived >= this.backoff.resetAfterMs) service.failures = 0;
      const delay = restartDelay(service.failures, this.backoff);
      service.failures++;
      this.log(
        `[platform] ${service.name} exited (${signal ?? `code ${code}`}) after ${(lived / 1000).toFixed(1)} s; ` +
          `restarting in ${(delay / 1000).toFixed(1)} s (restart ${service.restarts + 1})`,
      );
      service.timer = setTimeout(() => {
        service.timer = undefined;
        if (this.stopping) return;
        service.restarts++;
        service.child = service.launch();
        service.startedAt = Date.now();
        this.watch(service);
      }, delay);
    });
  }

  pids(): Record<string, number | undefined> {
    const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
    return Object.fromEntries(this.services.map((s) => [s.name, alive(s.child) ? s.child.pid : undefined]));
  }

  restarts(): Record<string, number> {
    return Object.fromEntries(this.services.map((s) => [s.name, s.restarts]));
  }

  async stopOne(name: string, signal: NodeJS.Signals = 'SIGTERM') {
    const service = this.services.find((s) => s.name === name);
    if (!service) throw new Error(`no process named ${name}`);
    service.stopped = true;
    clearTimeout(service.timer);
    await stopChild(service.child, signal);
  }

  /** No more restarts; every process stopped (SIGTERM, then SIGKILL after 10 s). */
  async stop() {
    this.stopping = true;
    for (const service of this.services) clearTimeout(service.timer);
    await Promise.all(this.services.map((s) => stopChild(s.child)));
  }
}

const registry = () =>
  JSON.parse(readFileSync(join(root, 'apps', 'gateway', 'subgraphs.json'), 'utf8')) as { name: string; port: number }[];

/** A process could not listen because another one (of another run, or a platform already started) holds its port. */
export class PortTakenError extends Error {
  override name = 'PortTakenError';
}

/**
 * Ready when the child itself says so (its `ready at <url>` line: it listens) and `url` answers 200. The answer alone
 * is not enough: a process of another run already on that port would answer for a child that then fails with
 * EADDRINUSE, and whoever started this platform would be talking to another one, with other secrets and data.
 */
async function waitReady(url: string, child: ChildProcess, name: string, port: number, timeoutMs = 180_000) {
  // `[directory] ready at http://127.0.0.1:4101/graphql`, whatever host it was given.
  const announcement = new RegExp(`^\\[${name}\\] ready at http://\\S+:${port}/graphql`, 'm');
  let output = '';
  let announced = false;
  const watch = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8192);
    if (announcement.test(output)) announced = true;
  };
  child.stdout!.on('data', watch);
  child.stderr!.on('data', watch);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        const how = child.signalCode ?? `code ${child.exitCode}`;
        if (/EADDRINUSE/.test(output)) throw new PortTakenError(`${name} exited (${how}): its port is taken (${url})`);
        throw new Error(`${name} exited (${how}) before it was ready`);
      }
      if (announced) {
        try {
          const res = await fetch(url);
          await res.body?.cancel();
          if (res.ok) return;
        } catch {
          // not answering yet
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000}s`);
  } finally {
    child.stdout!.off('data', watch);
    child.stderr!.off('data', watch);
  }
}

/**
 * The source entry and how Node runs it: through tsx, or its compiled bundle (`src/server.ts` → `dist/server.mjs`,
 * `dev/server.ts` → `dist/dev-server.mjs`), which must have been built.
 */
function entryArgs(cwd: string, entry: string, compiled: boolean): string[] {
  if (!compiled) return ['--import', 'tsx', entry];
  const bundle = join('dist', entry === 'dev/server.ts' ? 'dev-server.mjs' : 'server.mjs');
  if (!existsSync(join(cwd, bundle)))
    throw new Error(`${join(cwd, bundle)} is missing: run \`pnpm build\` first (or start from the TypeScript source)`);
  return [bundle];
}

/**
 * How every service process runs, here and in production (docs/operations.md § 7 sets the same in its units): the
 * compiled services of `npm start` and the benchmarks run under production's limits, the tests and `pnpm dev` under
 * the same ones but a larger heap. Issue 13 measured each subgraph's memory under load:
 * - `--max-old-space-size=128`: a compiled subgraph's heap holds 35–50 MB under the benchmarks; without a limit V8
 *   lets it grow towards a quarter of the machine's memory before collecting hard. From the TypeScript source
 *   (tsx, with PGlite in the process: the tests, `pnpm dev`) the heap holds 52–70 MB at rest and peaked at 108 MB
 *   in the admin web's e2e run, too close to 128 MB for a process the tests must not lose mid-run: 256 MB there.
 *   `--max-semi-space-size=4`: the young generation's pages (16 MB per semi-space by default) are resident once
 *   touched.
 * - `MALLOC_MMAP_THRESHOLD_`: glibc raises its mmap threshold to the largest block freed (up to 32 MB), after which
 *   large temporary blocks — scrypt's 32 MB at each sign-in, the schema engine's compilation — stay in a thread's
 *   arena for good (39 MB seen in the directory and finance at rest). A fixed 128 KiB keeps them returned on free.
 */
const serviceNodeArgs = (compiled: boolean) => [
  `--max-old-space-size=${compiled ? 128 : 256}`,
  '--max-semi-space-size=4',
];
const SERVICE_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };

function launch(
  name: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  entry = 'src/server.ts',
  nodeArgs: string[] = [],
  compiled = false,
): ChildProcess {
  const child = spawn(
    process.execPath,
    [...serviceNodeArgs(compiled), ...nodeArgs, ...entryArgs(cwd, entry, compiled)],
    {
      cwd,
      env: { ...SERVICE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) log(line.startsWith('[') ? line : `[${name}] ${line}`);
  };
  child.stdout!.on('data', forward);
  child.stderr!.on('data', forward);
  return child;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * A port offset whose gateway (4000 + offset) and subgraph ports (41xx + offset) are all free, so a test's private
 * platform runs beside a developer's or another test run's. The search starts at a random step, and an offset is
 * claimed with a file naming this process (in the system's temp folder) before it is returned: two platforms
 * starting at once in different processes cannot both take it in the seconds between the check and the bind, which
 * once sent one gateway's requests to another platform's subgraph. A claim whose process is gone is taken over.
 */
export async function freePortOffset(): Promise<number> {
  const steps = 28;
  const first = Math.floor(Math.random() * steps);
  for (let i = 0; i < steps; i++) {
    const offset = 1000 + ((first + i) % steps) * 700;
    if (!claimOffset(offset)) continue;
    // The subgraphs' ports and their replicas' (10 and 20 above: `replicas`).
    const ports = [4000 + offset, ...Array.from({ length: 30 }, (_, k) => 4100 + offset + k)];
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return offset;
  }
  throw new Error('no free port range for a test platform');
}

const claimed = new Set<number>();

function claimOffset(offset: number): boolean {
  if (claimed.has(offset)) return false;
  const file = join(tmpdir(), `jining-platform-ports-${offset}.pid`);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    try {
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) return false;
      writeFileSync(file, String(process.pid));
    } catch {
      return false;
    }
  }
  claimed.add(offset);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const log = options.log ?? ((line: string) => console.log(line));
  const offset = options.portOffset ?? 0;
  const gatewayPort = options.gatewayPort ?? 4000 + offset;
  const demoData = options.demoData ?? process.env.DEMO_DATA !== 'false';
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...enableDevMode({ ...process.env }),
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    DEMO_DATA: demoData ? 'true' : 'false',
  };
  const supervisor = new Supervisor(log, { ...DEFAULT_BACKOFF, ...options.backoff });
  const children: ChildProcess[] = [];
  const stop = () => supervisor.stop();
  try {
    const registered = registry().map((s) => ({
      ...s,
      port: s.port + offset,
      url: `http://127.0.0.1:${s.port + offset}/graphql`,
    }));
    const unknown = (options.only ?? []).filter((name) => !registered.some((s) => s.name === name));
    if (unknown.length) throw new Error(`not registered in apps/gateway/subgraphs.json: ${unknown.join(', ')}`);
    const chosen = options.only ? registered.filter((s) => options.only!.includes(s.name)) : registered;
    const subgraphs = chosen.flatMap((s) =>
      replicasOf(s, options.replicas?.[s.name] ?? 1, options.databaseUrl ?? process.env.DATABASE_URL),
    );
    // Every process knows where the others are: the gateway its subgraphs, finance the feeds it reads and the
    // gateway it completes facts through (all registered ones, started or not; replicas comma-separated).
    const urls = Object.fromEntries(
      registered.map((s) => [
        `${s.name.toUpperCase()}_URL`,
        subgraphs
          .filter((r) => r.name === s.name)
          .map((r) => r.url)
          .join(',') || s.url,
      ]),
    );
    const peers = { ...urls, GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql` };
    log(DEV_MODE_WARNING);
    log(`starting ${subgraphs.length} subgraphs: ${subgraphs.map((s) => s.process).join(', ')}`);
    const startAll = async (group: typeof subgraphs) => {
      const started = group.map((s) => {
        const cwd = join(root, 'apps', `subgraph-${s.name}`);
        if (!existsSync(cwd)) throw new Error(`registered subgraph ${s.name} has no folder ${cwd}`);
        // dev/server.ts hands the subgraph its demo seed; src/server.ts (production) carries none.
        const entry = demoData ? 'dev/server.ts' : 'src/server.ts';
        const child = supervisor.start(s.process, () =>
          launch(
            s.name,
            cwd,
            { ...baseEnv, ...peers, PORT: String(s.port) },
            log,
            entry,
            options.subgraphNodeArgs,
            options.compiled,
          ),
        );
        children.push(child);
        return child;
      });
      await Promise.all(
        group.map((s, i) => waitReady(s.url.replace('/graphql', '/readyz'), started[i]!, s.name, s.port)),
      );
    };
    // Further replicas start once the first has migrated and seeded their shared database.
    await startAll(subgraphs.filter((s) => s.process === s.name));
    await startAll(subgraphs.filter((s) => s.process !== s.name));
    const gateway = supervisor.start('gateway', () =>
      launch(
        'gateway',
        join(root, 'apps', 'gateway'),
        { ...baseEnv, ...urls, GATEWAY_PORT: String(gatewayPort) },
        log,
        undefined,
        options.gatewayNodeArgs,
        options.compiled,
      ),
    );
    children.push(gateway);
    const url = `http://127.0.0.1:${gatewayPort}`;
    await waitReady(`${url}/${options.only ? 'healthz' : 'readyz'}`, gateway, 'gateway', gatewayPort);
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      subgraphs: subgraphs.map(({ process: name, url: u }) => ({ name, url: u })),
      pids: () => supervisor.pids(),
      restarts: () => supervisor.restarts(),
      stopProcess: (name, signal) => supervisor.stopOne(name, signal),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The processes of one subgraph: itself, and replicas 2 … count on ports 10 apart (`PlatformOptions.replicas`). */
function replicasOf(
  s: { name: string; port: number; url: string },
  count: number,
  databaseUrl: string | undefined,
): { name: string; process: string; port: number; url: string }[] {
  if (!Number.isInteger(count) || count < 1 || count > 3) throw new Error(`${s.name}: 1 to 3 replicas, not ${count}`);
  if (count > 1 && !databaseUrl) throw new Error(`${s.name}: replicas share one database, so they need databaseUrl`);
  return Array.from({ length: count }, (_, k) => {
    const port = s.port + 10 * k;
    return {
      name: s.name,
      process: k === 0 ? s.name : `${s.name}#${k + 1}`,
      port,
      url: `http://127.0.0.1:${port}/graphql`,
    };
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const started = Date.now();
  // `npm start` has just built: run what production runs.
  const platform = await startPlatform({ compiled: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
济宁市高技能人才政策管理平台 — running (started in ${seconds}s)
  管理端 Admin web        ${platform.url}/
  一人一档 Person record  ${platform.url}/people/${SHOWCASE_PERSON_ID}   (demo person: data from all six subgraphs)
  GraphQL (gateway)      ${platform.graphqlUrl}
  GraphiQL (dev only)    ${platform.url}/graphiql/   (sign in with a dev account)
  Health                 ${platform.url}/readyz
  Subgraphs (gateway-signed calls only):
${platform.subgraphs.map((s) => `    ${s.name.padEnd(13)} ${s.url}`).join('\n')}
  Dev accounts (password jining2025): hrss · hrss-reviewer · finance · rencheng-finance · union · education
${DEV_MODE_WARNING}
Press Ctrl+C to stop.`);
  let stopping = false;
  // Ctrl+C reaches this process both from the terminal (the whole process group) and forwarded by scripts/run.mjs.
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping …');
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}
