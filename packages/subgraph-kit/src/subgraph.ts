import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { applyMigrations, openDatabase, type Database } from '@jining/db';
import { formatError } from '@jining/graphql-server/errors';
import { closeServer, createGraphQLHttpServer, healthRoutes, listen, toHeaderMap } from '@jining/graphql-server/http';
import {
  queryLimitOptions,
  queryLimitsFromEnv,
  subgraphQueryLimits,
  type QueryLimits,
} from '@jining/graphql-server/limits';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal, type Route } from '@jining/protocol/http';
import type { Principal } from '@jining/protocol/principal';
import { DEV_MODE_WARNING, isDevMode, readSecret, SecretsError, type Env } from '@jining/protocol/secrets';
import { NonceCache, verifyRequest } from '@jining/protocol/signature';
import type { SubgraphContext } from './context.ts';
import { referenceCheckerFor, undeclaredReferences, type ReferenceChecker } from './references.ts';
import { factFeedRoute } from './feed-route.ts';
import { ensureAuditTrail } from './audit.ts';
import { ensureOutbox } from './outbox.ts';
import { claimMutationNonces, ensureServiceNonces, SharedNonces } from './service-nonces.ts';

type DriverAdapterFactory = Database['adapter'];

/** Everything the kit needs to know about one subgraph; each subgraph exports one from `src/subgraph.ts`. */
export interface SubgraphDefinition<Client extends { $disconnect(): Promise<void> }> {
  /** Short name: `directory`, `evaluation` … (also its database name / PostgreSQL schema). */
  name: string;
  defaultPort: number;
  /** Absolute path of the subgraph package (holds `prisma/` and `schema.graphql`). */
  packageDir: string;
  schema: GraphQLSchema;
  createPrisma(adapter: DriverAdapterFactory): Client;
  /** Runs at every start after migrations: reference data every database needs (idempotent). */
  prepare?(prisma: Client, args: { env: Env; log: (line: string) => void }): Promise<void>;
  /**
   * HTTP routes of this subgraph besides /graphql, health and the fact feed (the directory's `/accounts/*` for the
   * gateway's sign-in). `verify` checks the request's gateway signature (for this subgraph) and returns the signed
   * principal; a route decides which principals it serves.
   */
  routes?(args: SubgraphRouteArgs<Client>): Route[];
  /**
   * Background work that runs while the subgraph serves (finance's fact consumer), started once it listens;
   * returns its stop function, awaited before the database closes.
   */
  background?(args: BackgroundArgs<Client>): Promise<() => Promise<void>>;
  /**
   * true: its writes name people or units of the directory and check them (`ctx.references`), so outside development
   * mode it needs GATEWAY_URL to start. The directory itself checks nothing this way; finance reads accounts this way
   * for its payment file (`paymentAccounts`).
   */
  checksReferences?: boolean;
}

export interface SubgraphRouteArgs<Client> {
  prisma: Client;
  db: Database;
  env: Env;
  /** The signed principal of a request whose body is `body`; refuses (401) an unsigned, stale or replayed one. */
  verify: (req: IncomingMessage, body: Buffer) => Principal;
}

export interface BackgroundArgs<Client> {
  prisma: Client;
  db: Database;
  env: Env;
  log: (line: string) => void;
}

/**
 * Loads the demo dataset; must be idempotent (the kit also runs it only once per database). It lives in a
 * subgraph's `dev/` folder and is handed in by `dev/server.ts` or a test, never imported by `src/`: production code
 * carries no demo data.
 */
export type DemoSeed<Client> = (args: { prisma: Client; db: Database; log: (line: string) => void }) => Promise<void>;

export interface StartOptions<Client> {
  port?: number;
  host?: string;
  /** An already-open database (tests); otherwise `openDatabase({ name })` (PGlite or DATABASE_URL). */
  db?: Database;
  /** Load this demo data on first start. */
  demo?: DemoSeed<Client>;
  log?: (line: string) => void;
  /** Where GATEWAY_SIGNING_SECRET and JINING_DEV_MODE are read; default process.env. */
  env?: Env;
  /**
   * The platform's query limits, as the gateway enforces them on clients (default: from the environment). The
   * subgraph widens them by what the gateway's query plans add (`subgraphQueryLimits`).
   */
  limits?: QueryLimits;
  /** false: do not start the definition's background work (tests that drive it themselves). */
  background?: boolean;
  /** How writes check the people and units they name; default `referenceCheckerFor(env)` (through the gateway). */
  references?: ReferenceChecker;
}

export interface RunningSubgraph<Client> {
  name: string;
  url: string;
  port: number;
  db: Database;
  prisma: Client;
  stop(): Promise<void>;
}

export const prismaPaths = (packageDir: string) => ({
  schemaPath: join(packageDir, 'prisma', 'schema.prisma'),
  migrationsDir: join(packageDir, 'prisma', 'migrations'),
});

const SEED_MARKER_TABLE = '_kit_seed';

/** Runs `seed` once per database: a marker row records it, so a restart neither reloads nor duplicates. */
async function seedOnce(db: Database, key: string, seed: () => Promise<void>, log: (line: string) => void) {
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${SEED_MARKER_TABLE} (key text PRIMARY KEY, loaded_at timestamptz NOT NULL DEFAULT now())`,
  );
  const done = await db.query(`SELECT key FROM ${SEED_MARKER_TABLE} WHERE key = $1`, [key]);
  if (done.length > 0) {
    log('demo data already loaded');
    return;
  }
  log('loading demo data …');
  await seed();
  await db.query(`INSERT INTO ${SEED_MARKER_TABLE} (key) VALUES ($1) ON CONFLICT DO NOTHING`, [key]);
  log('demo data loaded');
}

/** Opens the database, applies pending migrations, seeds if asked, and serves the subgraph over HTTP. */
export async function startSubgraph<Client extends { $disconnect(): Promise<void> }>(
  def: SubgraphDefinition<Client>,
  options: StartOptions<Client> = {},
): Promise<RunningSubgraph<Client>> {
  const log = options.log ?? ((line: string) => console.log(`[${def.name}] ${line}`));
  // First, before any database is touched: no signing secret, no subgraph (SecretsError says what to set).
  const env = options.env ?? process.env;
  const signingSecret = readSecret('GATEWAY_SIGNING_SECRET', env);
  if (isDevMode(env)) log(DEV_MODE_WARNING);
  const references =
    options.references ??
    (def.checksReferences ? referenceCheckerFor(env, signingSecret, log) : undeclaredReferences(def.name));
  const nonces = new NonceCache();
  let ready = false;
  const db = options.db ?? (await openDatabase({ name: def.name }));
  const ownsDb = !options.db;
  const applied = await applyMigrations(db, { ...prismaPaths(def.packageDir), log });
  if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.join(', ')}`);
  await ensureOutbox(db);
  await ensureAuditTrail(db);
  await ensureServiceNonces(db);
  const prisma = def.createPrisma(db.adapter);
  await def.prepare?.(prisma, { env, log });
  const demo = options.demo;
  if (demo) await seedOnce(db, `demo:${def.name}`, () => demo({ prisma, db, log }), log);

  const limits = queryLimitOptions<SubgraphContext<Client>>(
    subgraphQueryLimits(options.limits ?? queryLimitsFromEnv(env)),
  );
  const apollo = new ApolloServer<SubgraphContext<Client>>({
    schema: def.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Depth, aliases, tokens, cost, directives and page size, as at the gateway (with room for its query plans).
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // runSubgraphMain owns the signals: Apollo's own handler would stop the server a second time underneath it and
    // leave its stop() waiting until the 8 s watchdog fired (seen on every Ctrl+C of npm start).
    stopOnTerminationSignals: false,
    // Subgraphs are reached only through the gateway: no landing page.
    plugins: [
      ...limits.plugins,
      // A mutation's nonce is claimed where every replica of this subgraph sees it (service-nonces.ts says why reads
      // rely on the guard's per-process cache).
      claimMutationNonces(new SharedNonces(db, log)),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  const verifySigned = (req: IncomingMessage, headers: HeaderMap, body: Buffer): Principal => {
    const verified = verifyRequest(
      headers,
      { method: req.method ?? 'GET', path: req.url ?? '/', body },
      { secret: signingSecret, target: def.name, nonces },
    );
    if (!verified.ok) {
      throw new HttpRefusal(
        401,
        ErrorCode.GATEWAY_SIGNATURE_REQUIRED,
        `只接受经网关签名的请求（${verified.detail}）`,
        verified.reason,
      );
    }
    return verified.principal;
  };
  let served = 0;
  const server: Server = createGraphQLHttpServer<SubgraphContext<Client>, Principal>({
    apollo,
    routes: [
      // `served`: this process's GraphQL requests so far, so an operator (and the replicas test) sees which replica
      // takes load without a log line per request.
      healthRoutes(
        () => ready,
        () => ({ served }),
      ),
      factFeedRoute(db, verifySigned, def.name),
      ...(def.routes?.({ prisma, db, env, verify: (req, body) => verifySigned(req, toHeaderMap(req), body) }) ?? []),
    ],
    guard: verifySigned,
    context: async (_req, headers, principal) => {
      // The guard ran first and refused anything unsigned: a missing principal here is a bug, not a caller's fault.
      if (!principal) throw new Error('subgraph context without a verified principal');
      served++;
      return { principal, prisma, db, requestId: headers.get('x-request-id') ?? randomUUID(), references };
    },
  });
  const port = await listen(server, options.port ?? def.defaultPort, options.host);
  ready = true;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  log(`ready at ${url}`);
  const stopBackground = options.background === false ? null : await def.background?.({ prisma, db, env, log });

  return {
    name: def.name,
    url,
    port,
    db,
    prisma,
    async stop() {
      ready = false;
      await stopBackground?.();
      await closeServer(server);
      await apollo.stop();
      await prisma.$disconnect();
      if (ownsDb) await db.close();
    },
  };
}

/**
 * The body of every subgraph's `src/server.ts` (production: no demo data) and `dev/server.ts` (hands in its demo
 * seed, loaded on first start unless DEMO_DATA=false): start from the environment, stop cleanly on signals.
 */
export async function runSubgraphMain<Client extends { $disconnect(): Promise<void> }>(
  def: SubgraphDefinition<Client>,
  options: { demo?: DemoSeed<Client> } = {},
) {
  const prefix = def.name.toUpperCase().replace(/-/g, '_');
  const envPort = process.env[`${prefix}_PORT`] ?? process.env[`${def.name.toUpperCase()}_PORT`] ?? process.env.PORT;
  // Replicas on other machines bind an address the gateway can reach (`0.0.0.0`, or the machine's own address).
  const host = process.env[`${prefix}_HOST`] || process.env.HOST || undefined;
  const running = await startSubgraph(def, {
    port: envPort ? Number(envPort) : def.defaultPort,
    ...(host ? { host } : {}),
    ...(options.demo && process.env.DEMO_DATA !== 'false' ? { demo: options.demo } : {}),
  }).catch((error: unknown) => {
    // A missing or weak secret is the operator's to fix: say what to set, without a stack trace.
    if (error instanceof SecretsError) {
      console.error(`[${def.name}] cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${def.name}] ${signal}: stopping`);
    // A stop that hangs (a stuck connection, a database that will not close) must not keep the process alive:
    // PGlite recovers its directory on the next start, a process that never exits blocks the next one.
    setTimeout(() => {
      console.error(`[${def.name}] stop did not finish in 8 s: exiting anyway`);
      process.exit(1);
    }, 8000).unref();
    await running.stop().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return running;
}
