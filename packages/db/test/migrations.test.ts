import { readdir, readFile, writeFile, mkdir, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  createTestDatabase,
  DbError,
  migrationStatus,
  resolveMigration,
  type Database,
} from '../src/index.ts';
import { migrationTimestamp, snakeName } from '../src/migrations-dir.ts';
import { copyFixture, fixturePaths, scratchDir } from './helpers.ts';

const silent = () => {};
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function scratch(withMigrations: boolean) {
  const { dir, cleanup } = await scratchDir();
  cleanups.push(cleanup);
  return copyFixture(dir, withMigrations);
}

async function testDb(): Promise<Database> {
  const db = await createTestDatabase('migrations');
  cleanups.push(() => db.close());
  return db;
}

describe('createMigration', () => {
  it('writes <timestamp>_<snake_name>/migration.sql and the lock file from an empty folder', async () => {
    const paths = await scratch(false);
    const lines: string[] = [];
    const created = await createMigration({
      ...paths,
      name: 'Create widgets',
      log: (line) => lines.push(line),
      now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
    });
    expect(created?.name).toBe('20260102030405_create_widgets');
    expect(await readdir(paths.migrationsDir)).toEqual(['20260102030405_create_widgets', 'migration_lock.toml']);
    expect(await readFile(join(paths.migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(/provider = "postgresql"/);
    const sql = await readFile(created!.path, 'utf8');
    expect(sql).toMatch(/CREATE TABLE "Widget"/);
    // Unqualified names: the same migration serves every postgres schema (one per subgraph).
    expect(sql).not.toMatch(/"public"\./);
    expect(lines.join('\n')).toMatch(/created migration/);
  });

  it('prints "no changes" and writes nothing when the schema matches the migrations', async () => {
    const lines: string[] = [];
    const before = await readdir(fixturePaths.migrationsDir);
    expect(await createMigration({ ...fixturePaths, name: 'nothing', log: (l) => lines.push(l) })).toBeNull();
    expect(await readdir(fixturePaths.migrationsDir)).toEqual(before);
    expect(lines.join('\n')).toMatch(/no changes/);
  });

  it('writes only the difference when the schema changes, and that migration applies', async () => {
    const paths = await scratch(true);
    const schema = await readFile(paths.schemaPath, 'utf8');
    await writeFile(
      paths.schemaPath,
      schema.replace('name      String   @unique', 'name      String   @unique\n  colour    String?'),
    );
    const created = await createMigration({ ...paths, name: 'add colour', log: silent });
    expect(created?.sql).toMatch(/ALTER TABLE "Widget" ADD COLUMN\s+"colour" TEXT/);
    expect(created?.sql).not.toMatch(/CREATE TABLE/);

    const db = await testDb();
    const applied = await applyMigrations(db, paths);
    expect(applied).toHaveLength(2);
    expect(applied[1]).toBe(created?.name);
    expect(
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'Widget' ORDER BY ordinal_position`,
        [db.schema],
      ),
    ).toEqual([
      { column_name: 'id' },
      { column_name: 'name' },
      { column_name: 'createdAt' },
      { column_name: 'colour' },
    ]);
  });

  it('rejects a name without letters or digits', async () => {
    expect(() => snakeName('  --- ')).toThrow(DbError);
    expect(snakeName('addPersonIndex')).toBe('add_person_index');
    expect(migrationTimestamp(new Date(Date.UTC(2026, 10, 5, 1, 2, 3)))).toBe('20261105010203');
  });
});

describe('applyMigrations on an up-to-date database', () => {
  it('recognises it with one SELECT, without starting the schema engine', async () => {
    const paths = await scratch(true);
    const db = await testDb();
    const first = await applyMigrations(db, paths);
    expect(first.length).toBeGreaterThan(0);
    // The engine reads the schema file first and fails without it: an answer here means it never started, and that
    // the checksums the engine recorded are the ones computed without it.
    const lines: string[] = [];
    const withoutEngine = { ...paths, schemaPath: join(paths.migrationsDir, 'no-such-schema.prisma') };
    expect(await applyMigrations(db, { ...withoutEngine, log: (l) => lines.push(l) })).toEqual([]);
    expect(lines.join('\n')).toMatch(/database is up to date/);
    // A pending migration still needs the engine (and gets it).
    const later = join(paths.migrationsDir, '29990101000000_later');
    await mkdir(later);
    await writeFile(join(later, 'migration.sql'), 'CREATE TABLE later (id int);\n');
    await expect(applyMigrations(db, withoutEngine)).rejects.toMatchObject({ code: 'SCHEMA_NOT_FOUND' });
    expect(await applyMigrations(db, paths)).toEqual(['29990101000000_later']);
  });
});

describe('applyMigrations refuses a broken history', () => {
  it('fails with MIGRATION_MODIFIED when an applied migration was edited', async () => {
    const paths = await scratch(true);
    const db = await testDb();
    await applyMigrations(db, paths);
    const [dir] = (await readdir(paths.migrationsDir)).filter((name) => name !== 'migration_lock.toml');
    await appendFile(join(paths.migrationsDir, dir!, 'migration.sql'), '\n-- edited after apply\n');

    await expect(applyMigrations(db, paths)).rejects.toMatchObject({ code: 'MIGRATION_MODIFIED' });
    expect((await migrationStatus(db, paths)).modified).toEqual([dir]);
  });

  it('fails with MIGRATION_FAILED after a migration failed', async () => {
    const paths = await scratch(true);
    const db = await testDb();
    const broken = join(paths.migrationsDir, '29990101000000_broken');
    await mkdir(broken);
    await writeFile(join(broken, 'migration.sql'), 'ALTER TABLE "NoSuchTable" ADD COLUMN x int;\n');

    const first = await applyMigrations(db, paths).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(DbError);
    expect((first as DbError).code).toBe('MIGRATION_FAILED');
    expect((first as DbError).en).toMatch(/migration 29990101000000_broken failed: .*NoSuchTable/s);
    expect((first as DbError).en).not.toMatch(/schema_engine_wasm/);

    await expect(applyMigrations(db, paths)).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    const status = await migrationStatus(db, paths);
    expect(status.failed).toEqual(['29990101000000_broken']);
    expect(status.upToDate).toBe(false);

    // Fix the migration, mark it rolled back, deploy again.
    await writeFile(join(broken, 'migration.sql'), 'ALTER TABLE "Widget" ADD COLUMN x int;\n');
    await resolveMigration(db, { ...paths, name: '29990101000000_broken', as: 'rolled-back' });
    expect(await applyMigrations(db, paths)).toEqual(['29990101000000_broken']);
    expect((await migrationStatus(db, paths)).upToDate).toBe(true);
    await expect(resolveMigration(db, { ...paths, name: 'nope', as: 'applied' })).rejects.toMatchObject({
      code: 'MIGRATION_NOT_FOUND',
    });
  });

  it('applies a script whose comments, strings and function bodies contain semicolons, atomically', async () => {
    const paths = await scratch(true);
    const db = await testDb();
    const dir = join(paths.migrationsDir, '29990101000000_semicolons');
    await mkdir(dir);
    await writeFile(
      join(dir, 'migration.sql'),
      [
        '-- a comment; with a semicolon',
        `ALTER TABLE "Widget" ADD COLUMN note text NOT NULL DEFAULT 'a;b';`,
        "CREATE FUNCTION widget_note() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'x;y'; END; $$;",
        '',
      ].join('\n'),
    );
    expect(await applyMigrations(db, paths)).toContain('29990101000000_semicolons');
    expect(await db.query(`SELECT widget_note() AS v`)).toEqual([{ v: 'x;y' }]);
  });

  it('fails with MIGRATION_MISSING_LOCALLY when the database knows migrations the folder lacks', async () => {
    const paths = await scratch(true);
    const db = await testDb();
    const extra = join(paths.migrationsDir, '29990101000000_later');
    await mkdir(extra);
    await writeFile(join(extra, 'migration.sql'), 'CREATE TABLE later (id int);\n');
    await applyMigrations(db, paths);
    const { rm } = await import('node:fs/promises');
    await rm(extra, { recursive: true });

    await expect(applyMigrations(db, paths)).rejects.toMatchObject({ code: 'MIGRATION_MISSING_LOCALLY' });
    expect((await migrationStatus(db, paths)).missingLocally).toEqual(['29990101000000_later']);
  });

  it('fails with SCHEMA_NOT_FOUND for a wrong schema path', async () => {
    const db = await testDb();
    await expect(
      applyMigrations(db, { schemaPath: '/nonexistent/schema.prisma', migrationsDir: fixturePaths.migrationsDir }),
    ).rejects.toMatchObject({ code: 'SCHEMA_NOT_FOUND' });
  });
});
