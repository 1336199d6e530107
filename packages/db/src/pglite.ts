/**
 * PGlite (Postgres compiled to wasm, in process): the default database, one data directory per subgraph, so the
 * platform runs and tests with no server at all.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { override } from './adapter-wrap.ts';
import { createMemoryPglite } from './pglite-snapshot.ts';
import { lockDataDir } from './dir-lock.ts';
import { DbError } from './errors.ts';

export interface OpenedDriver {
  factory: SqlMigrationAwareDriverAdapterFactory;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
  /**
   * Gives the migration engine an adapter for one session (PostgreSQL: queued behind other migrators of the same
   * database, on connections closed afterwards). Without it the engine uses `factory`: PGlite's directory lock suffices.
   */
  engineSession?<T>(fn: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>): Promise<T>;
}

/**
 * pglite-prisma-adapter 0.7.2's executeScript calls `client.exec(script)` without awaiting it: a failing migration
 * script is reported as applied and its error surfaces later as an unhandled rejection. Await it, and report the
 * postgres error the way adapters do, so the engine records the migration as failed with the server's message.
 */
function awaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  return override(adapter, {
    executeScript: async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        throw toDriverError(error);
      }
    },
  });
}

function toDriverError(error: unknown): unknown {
  const e = error as {
    code?: unknown;
    severity?: unknown;
    message?: unknown;
    detail?: unknown;
    column?: unknown;
    hint?: unknown;
  };
  if (typeof e?.code !== 'string' || typeof e.message !== 'string') return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: typeof e.severity === 'string' ? e.severity : 'ERROR',
    message: e.message,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  });
}

/**
 * A shadow database for the schema engine: a fresh in-memory PGlite, closed when the engine disposes the connection.
 * pglite-prisma-adapter's own connectToShadowDb never closes its PGlite, whose 10 s internal timer then keeps the
 * process alive after migrations.
 */
export async function connectMemoryShadow(): Promise<SqlDriverAdapter> {
  const shadow = await createMemoryPglite();
  const adapter = awaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
  return override(adapter, {
    dispose: async () => {
      await adapter.dispose();
      if (!shadow.closed) await shadow.close();
    },
  });
}

/** A migration-aware factory over an open PGlite whose shadow databases are fresh in-memory PGlites. */
export function pgliteFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite);
  return override<SqlMigrationAwareDriverAdapterFactory>(factory, {
    connect: async () => awaitedScripts(await factory.connect(), pglite),
    connectToShadowDb: connectMemoryShadow,
  });
}

export async function openPglite(dataDir: string): Promise<OpenedDriver> {
  const inMemory = dataDir.startsWith('memory://');
  let pglite: PGlite;
  let unlock = () => {};
  try {
    if (inMemory) {
      pglite = await createMemoryPglite();
    } else {
      await mkdir(dataDir, { recursive: true });
      unlock = lockDataDir(dataDir);
      pglite = await PGlite.create(dataDir);
    }
  } catch (error) {
    unlock();
    if (error instanceof DbError) throw error;
    throw new DbError(
      'DB_OPEN_FAILED',
      `无法打开 PGlite 数据目录 ${dataDir}：${String((error as Error)?.message ?? error)}`,
      `cannot open the PGlite data directory ${dataDir}: ${String((error as Error)?.message ?? error)}`,
      { cause: error },
    );
  }
  return {
    factory: pgliteFactory(pglite),
    query: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
    close: async () => {
      // An unclosed data directory makes the next process that opens it hang (docs/stack.md): always close.
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
