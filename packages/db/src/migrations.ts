/**
 * Migrations through the WebAssembly schema engine: `prisma migrate` needs a native engine downloaded from the
 * internet, which this platform cannot do; the same engine compiled to wasm runs over our driver adapters instead.
 */
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg';
import { withEngineAdapter } from './database.ts';
import { startEngine, type SchemaEngine } from './engine.ts';
import { DbError, engineMessage, engineMigrationName } from './errors.ts';
import { ensureLockfile, migrationTimestamp, readMigrationList, snakeName } from './migrations-dir.ts';
import { openPglite } from './pglite.ts';
import { quoteIdent } from './paths.ts';
import type { Database } from './types.ts';

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export type Log = (line: string) => void;

export interface MigrationPaths {
  /** `prisma/schema.prisma` of the subgraph. */
  schemaPath: string;
  /** `prisma/migrations` of the subgraph. */
  migrationsDir: string;
  /** Progress lines (the CLI prints them). */
  log?: Log;
  /** Raw engine log lines (JSON tracing), for debugging. */
  engineLog?: Log;
}

async function readSchema(schemaPath: string): Promise<{ path: string; text: string }> {
  const path = resolve(schemaPath);
  if (!existsSync(path)) {
    throw new DbError('SCHEMA_NOT_FOUND', `找不到 Prisma schema 文件：${path}`, `Prisma schema not found: ${path}`);
  }
  return { path, text: await readFile(path, 'utf8') };
}

/** Runs `fn` with an engine bound to `db`, always freeing the engine; engine failures become coded errors. */
async function withEngine<T>(
  db: Database,
  paths: MigrationPaths,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  // One engine per database at a time, on its own connections (see engineSession in postgres.ts).
  return withEngineAdapter(db, (factory) => runEngine(paths, factory, fn));
}

async function runEngine<T>(
  paths: MigrationPaths,
  factory: SqlMigrationAwareDriverAdapterFactory,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const schema = await readSchema(paths.schemaPath);
  let engine: SchemaEngine;
  try {
    engine = await startEngine({
      schemaPath: schema.path,
      schemaText: schema.text,
      adapter: factory,
      ...(paths.engineLog ? { log: paths.engineLog } : {}),
    });
  } catch (error) {
    throw engineError('启动迁移引擎失败', 'failed to start the schema engine', error);
  }
  try {
    return await fn(engine);
  } catch (error) {
    if (error instanceof DbError) throw error;
    throw engineError('迁移引擎报错', 'the schema engine failed', error);
  } finally {
    engine.free();
  }
}

function engineError(zh: string, en: string, error: unknown): DbError {
  const message = engineMessage(error);
  return new DbError('MIGRATION_ENGINE_ERROR', `${zh}：${message}`, `${en}: ${message}`, { cause: error });
}

/** Refuses to go on when the history in the database and the folder disagree in a way deploying cannot fix. */
function assertHealthyHistory(diagnosis: DiagnoseMigrationHistoryOutput): void {
  const failed = diagnosis.failedMigrationNames;
  if (failed.length > 0) {
    throw new DbError(
      'MIGRATION_FAILED',
      `数据库中有执行失败的迁移：${failed.join(', ')}。请修复数据库后用 resolve --rolled-back 或 --applied 标记，再重试`,
      `the database has failed migrations: ${failed.join(', ')}. Fix the database, then mark them with resolve --rolled-back or --applied`,
    );
  }
  const edited = diagnosis.editedMigrationNames;
  if (edited.length > 0) {
    throw new DbError(
      'MIGRATION_MODIFIED',
      `已应用的迁移在提交后被修改：${edited.join(', ')}。不要修改已提交的迁移，请新建一个迁移`,
      `applied migrations were modified after being applied: ${edited.join(', ')}. Never edit a committed migration; create a new one`,
    );
  }
  const history = diagnosis.history;
  if (history && history.diagnostic !== 'databaseIsBehind' && history.unpersistedMigrationNames.length > 0) {
    const names = history.unpersistedMigrationNames.join(', ');
    throw new DbError(
      'MIGRATION_MISSING_LOCALLY',
      `数据库中已应用的迁移在迁移目录中不存在：${names}（代码版本比数据库旧？）`,
      `migrations applied to the database are missing from the migrations folder: ${names} (is this code older than the database?)`,
    );
  }
}

async function diagnose(engine: SchemaEngine, list: MigrationList): Promise<DiagnoseMigrationHistoryOutput> {
  return engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER });
}

/**
 * Applies the committed migrations the database has not run yet, in folder order; returns their names.
 * Idempotent: a database that is up to date gets nothing and `[]` comes back.
 */
export async function applyMigrations(db: Database, paths: MigrationPaths): Promise<string[]> {
  const log = paths.log ?? (() => {});
  const list = await readMigrationList(paths.migrationsDir);
  if (list.migrationDirectories.length === 0) {
    log(`没有迁移 / no migrations in ${list.baseDir}`);
    return [];
  }
  if (await appliedExactly(db, list)) {
    log(`数据库已是最新 / database is up to date (${db.kind}:${db.schema})`);
    return [];
  }
  return applyWithEngine(db, paths, list, log);
}

/**
 * True when the database's history is exactly the folder's: every migration applied, none failed, rolled back or
 * unknown to the folder, each with the checksum Prisma records (SHA-256 of migration.sql). Read with one SELECT, so a
 * process restarting on an up-to-date database (every restart in production, every replica) does not compile the
 * 5 MB schema engine: it keeps about 40 MB of memory and a second of start-up. Anything else, or any doubt, goes
 * to the engine, which diagnoses and applies as before.
 */
async function appliedExactly(db: Database, list: MigrationList): Promise<boolean> {
  const table = `${quoteIdent(db.schema)}."_prisma_migrations"`;
  const [exists] = await db.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [table]);
  if (!exists?.found) return false;
  const rows = await db.query<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM ${table}`,
  );
  const expected = new Map<string, string>();
  for (const dir of list.migrationDirectories) {
    if (dir.migrationFile.content.tag !== 'ok') return false;
    expected.set(dir.path, createHash('sha256').update(dir.migrationFile.content.value).digest('hex'));
  }
  const applied = rows.filter((r) => !r.rolled_back);
  if (applied.length !== expected.size || new Set(applied.map((r) => r.migration_name)).size !== expected.size)
    return false;
  return applied.every((r) => r.finished && expected.get(r.migration_name) === r.checksum);
}

async function applyWithEngine(
  db: Database,
  paths: MigrationPaths,
  list: MigrationList,
  log: (line: string) => void,
): Promise<string[]> {
  return withEngine(db, paths, async (engine) => {
    const diagnosis = await diagnose(engine, list);
    assertHealthyHistory(diagnosis);
    const pending =
      diagnosis.history?.diagnostic === 'databaseIsBehind' ? diagnosis.history.unappliedMigrationNames : [];
    if (pending.length) log(`待应用 / pending: ${pending.join(', ')}`);
    let appliedMigrationNames: string[];
    try {
      ({ appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER }));
    } catch (error) {
      const name = engineMigrationName(error);
      if (!name) throw error;
      const message = engineMessage(error);
      throw new DbError(
        'MIGRATION_FAILED',
        `迁移 ${name} 执行失败：${message}。修复后用 resolve --rolled-back ${name} 标记为已回滚，再重新部署`,
        `migration ${name} failed: ${message}. Fix it, mark it with resolve --rolled-back ${name}, then deploy again`,
        { cause: error },
      );
    }
    for (const name of appliedMigrationNames) log(`已应用 / applied ${name}`);
    if (appliedMigrationNames.length === 0) log(`数据库已是最新 / database is up to date (${db.kind}:${db.schema})`);
    return appliedMigrationNames;
  });
}

export interface MigrationStatus {
  /** Migration folders, in order. */
  local: string[];
  /** Migrations recorded as successfully applied in the database, in order. */
  applied: string[];
  /** Local migrations not applied yet. */
  pending: string[];
  /** Applied migrations whose file changed since (checksum mismatch). */
  modified: string[];
  /** Migrations that failed in the database and were not rolled back. */
  failed: string[];
  /** Applied in the database but absent from the folder. */
  missingLocally: string[];
  /** Whether `_prisma_migrations` exists (false on a database never migrated). */
  hasMigrationsTable: boolean;
  /** True when the database is exactly the folder's history: nothing pending, modified, failed or missing. */
  upToDate: boolean;
  /**
   * The engine's summary of how the live tables differ from what the applied migrations create (hand-made changes),
   * or null when they match. Tables named `_…` (platform bookkeeping such as the kit's `_kit_seed`) and
   * `ignoreTables` are not compared. Undefined when not checked (`checkDrift: false`, or failed migrations).
   */
  drift?: string | null;
}

export interface MigrationStatusOptions extends MigrationPaths {
  /** Replay the applied migrations into a shadow database and compare with the live one (default true; ~1 s). */
  checkDrift?: boolean;
  /** More table names (unqualified) that live outside the Prisma schema. */
  ignoreTables?: string[];
}

/** Compares the migrations folder with the database's `_prisma_migrations` history. Changes nothing. */
export async function migrationStatus(db: Database, paths: MigrationStatusOptions): Promise<MigrationStatus> {
  const list = await readMigrationList(paths.migrationsDir);
  const local = list.migrationDirectories.map((dir) => dir.path);
  const diagnosis = await withEngine(db, paths, (engine) => diagnose(engine, list));
  const applied = diagnosis.hasMigrationsTable ? await appliedNames(db) : [];
  const appliedSet = new Set(applied);
  const history = diagnosis.history;
  const missingLocally = history && history.diagnostic !== 'databaseIsBehind' ? history.unpersistedMigrationNames : [];
  const pending = local.filter((name) => !appliedSet.has(name));
  const status: MigrationStatus = {
    local,
    applied,
    pending,
    modified: diagnosis.editedMigrationNames,
    failed: diagnosis.failedMigrationNames,
    missingLocally,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    upToDate: false,
  };
  status.upToDate =
    pending.length === 0 && status.modified.length === 0 && status.failed.length === 0 && missingLocally.length === 0;
  if (paths.checkDrift !== false && status.failed.length === 0) {
    status.drift = await detectDrift(db, paths, list, appliedSet);
  }
  return status;
}

/**
 * Diffs "the applied migrations replayed into a shadow database" with the live database. Only the applied ones: a
 * pending migration is not drift.
 */
async function detectDrift(
  db: Database,
  paths: MigrationStatusOptions,
  list: MigrationList,
  applied: Set<string>,
): Promise<string | null> {
  const appliedList: MigrationList = {
    ...list,
    migrationDirectories: list.migrationDirectories.filter((dir) => applied.has(dir.path)),
  };
  const bookkeeping = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename LIKE '\\_%' AND tablename <> '_prisma_migrations'`,
    [db.schema],
  );
  const ignored = [...bookkeeping.map((row) => row.tablename), ...(paths.ignoreTables ?? [])];
  const schema = await readSchema(paths.schemaPath);
  const result = await withEngine(db, paths, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...appliedList },
      to: {
        tag: 'schemaDatasource',
        files: [{ path: schema.path, content: schema.text }],
        configDir: dirname(schema.path),
      },
      script: false,
      exitCode: true,
      // The engine wants schema-qualified names here.
      filters: { externalTables: ignored.map((table) => `${db.schema}.${table}`), externalEnums: [] },
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? '').trim() || 'drift' : null;
}

async function appliedNames(db: Database): Promise<string[]> {
  const rows = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM ${quoteIdent(db.schema)}."_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY started_at, migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

export interface CreateMigrationOptions {
  schemaPath: string;
  migrationsDir: string;
  /** Free text; becomes the snake_case folder suffix. */
  name: string;
  /** Progress lines; defaults to console.log (this is an authoring command). */
  log?: Log;
  engineLog?: Log;
  /** For tests: the timestamp of the folder name. */
  now?: Date;
}

export interface CreatedMigration {
  /** `<YYYYMMDDHHMMSS>_<snake_name>` */
  name: string;
  /** Absolute path of the written migration.sql. */
  path: string;
  sql: string;
}

/**
 * Writes a new migration holding the SQL from the folder's history to `schema.prisma`. Needs no live database: the
 * engine replays the folder into a throwaway in-memory PGlite (the "shadow") and diffs it with the datamodel.
 * Returns null and writes nothing when the schema has no changes.
 */
export async function createMigration(opts: CreateMigrationOptions): Promise<CreatedMigration | null> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const suffix = snakeName(opts.name);
  const migrationsDir = resolve(opts.migrationsDir);
  // The engine reads the lock file before the first diff (docs/stack.md, "Prisma without internet").
  if (await ensureLockfile(migrationsDir)) log(`已创建 / created ${join(migrationsDir, 'migration_lock.toml')}`);
  const list = await readMigrationList(migrationsDir);
  const schema = await readSchema(opts.schemaPath);

  const scratch = await openPglite('memory://');
  let result;
  try {
    const engine = await startEngine({
      schemaPath: schema.path,
      schemaText: schema.text,
      adapter: scratch.factory,
      ...(opts.engineLog ? { log: opts.engineLog } : {}),
    }).catch((error: unknown) => {
      throw engineError('启动迁移引擎失败', 'failed to start the schema engine', error);
    });
    try {
      result = await engine.diff({
        from: { tag: 'migrations', ...list },
        to: { tag: 'schemaDatamodel', files: [{ path: schema.path, content: schema.text }] },
        script: true,
        exitCode: true,
        filters: NO_FILTER,
      });
    } catch (error) {
      throw engineError('生成迁移失败', 'failed to diff the migrations with the schema', error);
    } finally {
      engine.free();
    }
  } finally {
    await scratch.close();
  }

  // exitCode 2 = there are changes; 0 = none (docs/stack.md, "Prisma without internet").
  if (result.exitCode !== 2 || !result.stdout?.trim()) {
    log('没有变更，未创建迁移 / no changes: schema.prisma matches the migrations, nothing written');
    return null;
  }
  const name = `${migrationTimestamp(opts.now)}_${suffix}`;
  const dir = join(migrationsDir, name);
  if (existsSync(dir)) {
    throw new DbError('MIGRATION_NAME_INVALID', `迁移目录已存在：${dir}`, `migration folder already exists: ${dir}`);
  }
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'migration.sql');
  await writeFile(path, result.stdout);
  log(`已创建迁移 / created migration ${name}`);
  return { name, path, sql: result.stdout };
}

export interface ResolveMigrationOptions extends MigrationPaths {
  /** The migration folder name (`<timestamp>_<name>`). */
  name: string;
  /**
   * `rolled-back`: a failed migration was undone by hand; deploy will run it again.
   * `applied`: its changes were made by hand; record it as applied without running it.
   */
  as: 'rolled-back' | 'applied';
}

/** Records a hand-made fix of a failed migration in the history (`prisma migrate resolve`). */
export async function resolveMigration(db: Database, opts: ResolveMigrationOptions): Promise<void> {
  const list = await readMigrationList(opts.migrationsDir);
  if (!list.migrationDirectories.some((dir) => dir.path === opts.name)) {
    throw new DbError(
      'MIGRATION_NOT_FOUND',
      `迁移目录中没有 ${opts.name}`,
      `no migration named ${opts.name} in ${list.baseDir}`,
    );
  }
  await withEngine(db, opts, async (engine) => {
    if (opts.as === 'rolled-back') await engine.markMigrationRolledBack({ migrationName: opts.name });
    else await engine.markMigrationApplied({ migrationName: opts.name, migrationsList: list });
  });
  opts.log?.(`已标记 / marked ${opts.name} as ${opts.as}`);
}
