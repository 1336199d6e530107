import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrationStatus, openDatabase, createTestDatabase, type Database } from '../src/index.ts';
import { PrismaClient } from './fixture/src/generated/prisma/client.ts';
import { fixturePaths, scratchDir } from './helpers.ts';

const INIT = '20261125144724_init';

describe('PGlite in memory: migrate, query through Prisma, count statements', () => {
  let db: Database;
  let prisma: PrismaClient;
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });

  it('opens an in-memory PGlite', async () => {
    db = await openDatabase({ name: 'fixture', dataDir: 'memory://' });
    expect(db.kind).toBe('pglite');
    expect(db.schema).toBe('public');
  });

  it('reports the committed migration as pending before deploy', async () => {
    const status = await migrationStatus(db, fixturePaths);
    expect(status).toMatchObject({
      local: [INIT],
      applied: [],
      pending: [INIT],
      hasMigrationsTable: false,
      upToDate: false,
    });
  });

  it('applies pending migrations, then re-applying is a no-op', async () => {
    expect(await applyMigrations(db, fixturePaths)).toEqual([INIT]);
    expect(await applyMigrations(db, fixturePaths)).toEqual([]);
    const status = await migrationStatus(db, fixturePaths);
    expect(status).toMatchObject({
      applied: [INIT],
      pending: [],
      modified: [],
      failed: [],
      upToDate: true,
      drift: null,
    });
  });

  it('reports drift: hand-made changes, but not `_…` bookkeeping tables', async () => {
    await db.query('CREATE TABLE _kit_seed (key text PRIMARY KEY)');
    expect((await migrationStatus(db, fixturePaths)).drift).toBeNull();
    await db.query('CREATE TABLE hand_made (id int)');
    expect((await migrationStatus(db, fixturePaths)).drift).toMatch(/hand_made/);
    expect((await migrationStatus(db, { ...fixturePaths, ignoreTables: ['hand_made'] })).drift).toBeNull();
    await db.query('DROP TABLE hand_made');
  });

  it('inserts and selects through PrismaClient on db.adapter', async () => {
    prisma = new PrismaClient({ adapter: db.adapter });
    await prisma.widget.createMany({ data: ['a', 'b', 'c', 'd'].map((name) => ({ name })) });
    const found = await prisma.widget.findUnique({ where: { name: 'c' } });
    expect(found?.name).toBe('c');
    expect(await db.query('SELECT count(*)::int AS n FROM "Widget"')).toEqual([{ n: 4 }]);
  });

  it('counts statements: findUnique calls in one tick are one SQL query', async () => {
    const all = await prisma.widget.findMany({ orderBy: { id: 'asc' } });
    const { result, count, statements } = await db.countQueries(() =>
      Promise.all(all.map((w) => prisma.widget.findUnique({ where: { id: w.id } }))),
    );
    expect(result.map((w) => w?.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(count).toBe(1);
    expect(statements[0]).toMatch(/SELECT/i);

    const seen: string[] = [];
    const off = db.onQuery((event) => seen.push(event.sql));
    await prisma.widget.findFirst();
    await prisma.widget.count();
    off();
    await prisma.widget.findFirst();
    expect(seen).toHaveLength(2);
  });

  it('counts statements inside interactive transactions', async () => {
    const { count } = await db.countQueries(() =>
      prisma.$transaction(async (tx) => {
        await tx.widget.create({ data: { name: 'tx' } });
        return tx.widget.count();
      }),
    );
    expect(count).toBe(2);
  });
});

describe('PGlite in a data directory persists across reopen', () => {
  it('keeps migrations and rows after close and reopen', async () => {
    const { dir, cleanup } = await scratchDir();
    try {
      const first = await openDatabase({ name: 'fixture', dataDir: dir });
      expect(await applyMigrations(first, fixturePaths)).toEqual([INIT]);
      const p1 = new PrismaClient({ adapter: first.adapter });
      await p1.widget.create({ data: { name: 'kept' } });
      await p1.$disconnect();
      await first.close();

      const second = await openDatabase({ name: 'fixture', dataDir: dir });
      try {
        // One opener at a time: a second open of the same directory is refused, not allowed to corrupt it.
        await expect(openDatabase({ name: 'fixture', dataDir: dir })).rejects.toMatchObject({ code: 'DB_IN_USE' });
        expect(await applyMigrations(second, fixturePaths)).toEqual([]);
        const p2 = new PrismaClient({ adapter: second.adapter });
        expect((await p2.widget.findMany()).map((w) => w.name)).toEqual(['kept']);
        await p2.$disconnect();
      } finally {
        await second.close();
      }
    } finally {
      await cleanup();
    }
  });

  it('defaults the data dir to $DATA_DIR/<name>', async () => {
    const { dir, cleanup } = await scratchDir();
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    try {
      const db = await openDatabase({ name: 'evaluation' });
      await db.query('CREATE TABLE marker (id int)');
      await db.close();
      const { existsSync } = await import('node:fs');
      expect(existsSync(`${dir}/evaluation/PG_VERSION`)).toBe(true);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await cleanup();
    }
  });
});

describe('createTestDatabase without TEST_DATABASE_URL', () => {
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))('is an in-memory PGlite', async () => {
    const db = await createTestDatabase('kit');
    expect(db.kind).toBe('pglite');
    await db.close();
    await db.close(); // idempotent
  });
});
