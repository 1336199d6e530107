import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** One SQL statement sent through the adapter (by Prisma Client or the migration engine). */
export interface QueryEvent {
  sql: string;
  args: unknown[];
  /** `query` for reads/RETURNING, `execute` for row-count statements, `script` for a multi-statement script. */
  kind: 'query' | 'execute' | 'script';
}

export type QueryListener = (event: QueryEvent) => void;

export interface Database {
  kind: 'pglite' | 'postgres';
  /** The subgraph name this database belongs to (`directory`, `evaluation`, …). */
  name: string;
  /** The postgres schema holding this subgraph's tables (`public` on PGlite). */
  schema: string;
  /**
   * Pass to `new PrismaClient({ adapter: db.adapter })`. It is also migration-aware (has `connectToShadowDb`), so
   * `applyMigrations(db, …)` drives the wasm schema engine through it. Statements through it are reported to
   * `onQuery` listeners.
   */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Raw SQL helper for tests and seed checks; `$1…` parameters. Does not go through the adapter (not counted). */
  query<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Listens to every statement sent through `adapter`. Returns an unsubscribe function. */
  onQuery(listener: QueryListener): () => void;
  /**
   * Runs `fn` and returns how many statements went through the adapter meanwhile, with their SQL.
   * Counts everything on this database during `fn`, so do not run unrelated work concurrently.
   */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }>;
  /** Closes the connection pool / PGlite instance (and drops a test schema). Idempotent. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Subgraph name: default PGlite folder name and default postgres schema. */
  name: string;
  /** PostgreSQL URL; `?schema=x` picks the schema. When undefined, `DATABASE_URL` is used unless `dataDir` is given. */
  url?: string;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string;
}
