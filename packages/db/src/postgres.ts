/**
 * PostgreSQL through `pg` + @prisma/adapter-pg. Each subgraph lives in its own postgres schema of one database, so
 * one server hosts the whole platform without subgraphs seeing each other's tables.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { override } from './adapter-wrap.ts';
import { DbError } from './errors.ts';
import { quoteIdent } from './paths.ts';
import type { OpenedDriver } from './pglite.ts';

/** PostgreSQL's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype…). */
const CHAR_OID = 18;
const TEXT_OID = 25;

type AnyResult = { fields?: { dataTypeID: number }[] } | undefined;

function charAsText<R>(result: R): R {
  for (const field of (result as AnyResult)?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * A pg Client that reports `"char"` columns as text. adapter-pg 7.10.1 rejects OID 18 ("Column type 'char' could not
 * be deserialized") and the schema engine's describer selects such columns; pg already parses the value as a string,
 * so only the reported type needs to change.
 */
class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); forward them all and fix the result.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : charAsText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    if (ret && typeof (ret as Promise<unknown>).then === 'function') {
      return (ret as Promise<unknown>).then(charAsText) as never;
    }
    return ret as never;
  }
}

/**
 * adapter-pg 7.10.1 runs a migration script by splitting it on every `;`, so a `;` in a comment, a string or a
 * `$$` function body breaks the migration. PostgreSQL runs a whole multi-statement script in one simple query,
 * as one implicit transaction: a failing migration leaves nothing half-applied.
 */
function wholeScript(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  return override(adapter, {
    executeScript: async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        const e = error as pg.DatabaseError;
        throw new DriverAdapterError({
          kind: 'postgres',
          code: e.code ?? 'N/A',
          severity: e.severity ?? 'ERROR',
          message: e.message,
          detail: e.detail,
          column: e.column,
          hint: e.hint,
        });
      }
    },
  });
}

export interface ParsedUrl {
  /** Connection string without Prisma's `schema` parameter (pg would send it to the server as a setting). */
  connectionString: string;
  /** The `?schema=` value, if any. */
  schema: string | undefined;
}

export function parseDatabaseUrl(url: string): ParsedUrl {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

function makePool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CharAsTextClient } as pg.PoolConfig);
}

/**
 * A fixed `connectToShadowDb`: adapter-pg drops its shadow database before ending the shadow pool, which fails
 * ("database is being accessed by other users") and leaves `prisma_migrate_shadow_db_*` behind. Here the pool ends
 * first, then the database is dropped.
 */
function shadowDbConnector(adminPool: pg.Pool, config: pg.PoolConfig, schema: string): () => Promise<SqlDriverAdapter> {
  return async () => {
    const database = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
    await adminPool.query(`CREATE DATABASE ${quoteIdent(database)}`);
    // The database must be set in the URL: pg lets connectionString override a separate `database` field.
    const shadowUrl = new URL(config.connectionString ?? '');
    shadowUrl.pathname = `/${database}`;
    // Same schema name as the live database, so a diff between the two compares like with like.
    const shadowPool = makePool({ connectionString: shadowUrl.toString(), options: config.options, max: 2 });
    await shadowPool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    const adapter = wholeScript(await new PrismaPg(shadowPool, { schema }).connect(), shadowPool);
    return override(adapter, {
      dispose: async () => {
        await adapter.dispose();
        await shadowPool.end();
        await adminPool.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
      },
    });
  };
}

/**
 * Prisma's engine takes advisory lock 72707369 once per database (every subgraph schema shares it), gives up after
 * 10 s, and leaves the lock held by an idle pooled connection after it is done. When six subgraphs migrate one
 * database at once (the platform starting on PostgreSQL, parallel test runs) that times out. So each engine session
 * (1) queues first on a lock of our own, held by a dedicated session and released when it ends even if the process
 * dies, and (2) runs on a pool of its own that is closed afterwards, which releases the engine's lock with it.
 */
const MIGRATION_QUEUE_LOCK = 72707370;

async function engineSession<T>(
  pool: pg.Pool,
  config: pg.PoolConfig,
  schema: string,
  fn: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  const queue = await pool.connect();
  try {
    await queue.query('SELECT pg_advisory_lock($1)', [MIGRATION_QUEUE_LOCK]);
    const enginePool = makePool({ ...config, max: 2 });
    try {
      return await fn(migrationAwareFactory(enginePool, config, schema));
    } finally {
      await enginePool.end();
      await queue.query('SELECT pg_advisory_unlock($1)', [MIGRATION_QUEUE_LOCK]);
    }
  } finally {
    queue.release();
  }
}

function migrationAwareFactory(
  pool: pg.Pool,
  config: pg.PoolConfig,
  schema: string,
): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg(pool, { schema });
  return override<SqlMigrationAwareDriverAdapterFactory>(base, {
    connect: async () => wholeScript(await base.connect(), pool),
    connectToShadowDb: shadowDbConnector(pool, config, schema),
  });
}

export async function openPostgres(url: string, schema: string): Promise<OpenedDriver & { pool: pg.Pool }> {
  const { connectionString } = parseDatabaseUrl(url);
  // search_path makes unqualified SQL (migration scripts, raw helpers) land in the subgraph's schema.
  const config: pg.PoolConfig = { connectionString, options: `-c search_path=${quoteIdent(schema)}` };
  const pool = makePool(config);
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } catch (error) {
    await pool.end().catch(() => {});
    const where = redact(connectionString);
    throw new DbError(
      'DB_OPEN_FAILED',
      `无法连接 PostgreSQL（${where}）或创建 schema "${schema}"：${(error as Error).message}`,
      `cannot connect to PostgreSQL (${where}) or create schema "${schema}": ${(error as Error).message}`,
      { cause: error },
    );
  }
  const factory = migrationAwareFactory(pool, config, schema);
  let closed = false;
  return {
    pool,
    factory,
    query: async (sql, params) => (await pool.query(sql, params)).rows as Record<string, unknown>[],
    engineSession: (fn) => engineSession(pool, config, schema, fn),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
