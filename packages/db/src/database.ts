import { randomBytes } from 'node:crypto';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { countingFactory, createQueryEvents } from './adapter-wrap.ts';
import { openPglite, type OpenedDriver } from './pglite.ts';
import { openPostgres, parseDatabaseUrl } from './postgres.ts';
import { defaultDataDir, quoteIdent, toIdentifier } from './paths.ts';
import type { Database, OpenDatabaseOptions, QueryEvent } from './types.ts';

/**
 * The adapter factory without statement counting, for the migration engine: its hundreds of describer queries are not
 * what a test counting Prisma's statements wants to see.
 */
const uncounted = new WeakMap<Database, SqlMigrationAwareDriverAdapterFactory>();

/** Drivers whose engine sessions need care (PostgreSQL: queued, on their own connections). */
const sessions = new WeakMap<Database, NonNullable<OpenedDriver['engineSession']>>();

/** Runs `fn` with the adapter factory the migration engine should use for one session on `db`. */
export function withEngineAdapter<T>(
  db: Database,
  fn: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  const session = sessions.get(db);
  return session ? session(fn) : fn(uncounted.get(db) ?? db.adapter);
}

function assemble(
  kind: Database['kind'],
  name: string,
  schema: string,
  driver: OpenedDriver,
  beforeClose?: () => Promise<void>,
): Database {
  const events = createQueryEvents();
  let closing: Promise<void> | undefined;
  const db: Database = {
    kind,
    name,
    schema,
    adapter: countingFactory(driver.factory, events.emit),
    query: (sql, params) => driver.query(sql, params) as never,
    onQuery: events.on,
    countQueries: async (fn) => {
      const statements: string[] = [];
      const off = events.on((event: QueryEvent) => statements.push(event.sql));
      try {
        const result = await fn();
        return { result, count: statements.length, statements };
      } finally {
        off();
      }
    },
    close: () => {
      closing ??= (async () => {
        try {
          await beforeClose?.();
        } finally {
          await driver.close();
        }
      })();
      return closing;
    },
  };
  uncounted.set(db, driver.factory);
  if (driver.engineSession) sessions.set(db, driver.engineSession);
  return db;
}

/**
 * Opens a subgraph's database.
 * - `url` (or `DATABASE_URL` when neither `url` nor `dataDir` is given): PostgreSQL, schema `?schema=` or `name`.
 * - otherwise PGlite in `dataDir`, else `$DATA_DIR/<name>`, else `<repo root>/.data/<name>`; `memory://` for tests.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const url = opts.url ?? (opts.dataDir === undefined ? process.env.DATABASE_URL || undefined : undefined);
  if (url) {
    const schema = parseDatabaseUrl(url).schema ?? toIdentifier(opts.name);
    return assemble('postgres', opts.name, schema, await openPostgres(url, schema));
  }
  const dataDir = opts.dataDir ?? defaultDataDir(opts.name);
  return assemble('pglite', opts.name, 'public', await openPglite(dataDir));
}

/**
 * A throwaway database for one test file: with `TEST_DATABASE_URL`, a fresh schema `t_<name>_<random>` in that
 * PostgreSQL, dropped on close(); otherwise an in-memory PGlite.
 */
export async function createTestDatabase(name: string): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return assemble('pglite', name, 'public', await openPglite('memory://'));
  // Keep the random suffix whole: postgres truncates identifiers at 63 bytes.
  const schema = `${toIdentifier(`t_${name}`).slice(0, 54)}_${randomBytes(4).toString('hex')}`;
  const driver = await openPostgres(url, schema);
  return assemble('postgres', name, schema, driver, async () => {
    await driver.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  });
}
