/**
 * Runs against a real PostgreSQL when TEST_DATABASE_URL is set
 * (e.g. TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test); skipped otherwise.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, createTestDatabase, migrationStatus, openDatabase, type Database } from '../src/index.ts';
import { PrismaClient } from './fixture/src/generated/prisma/client.ts';
import { fixturePaths } from './helpers.ts';

const url = process.env.TEST_DATABASE_URL;
const INIT = '20261125144724_init';

describe.skipIf(!url)('PostgreSQL (TEST_DATABASE_URL)', () => {
  const toClose: Database[] = [];
  afterAll(async () => {
    for (const db of toClose) await db.close();
  });

  it('createTestDatabase: a fresh schema, migrated, queried through Prisma, dropped on close', async () => {
    const db = await createTestDatabase('fixture');
    expect(db.kind).toBe('postgres');
    expect(db.schema).toMatch(/^t_fixture_[0-9a-f]{8}$/);

    expect((await migrationStatus(db, fixturePaths)).pending).toEqual([INIT]);
    expect(await applyMigrations(db, fixturePaths)).toEqual([INIT]);
    expect(await applyMigrations(db, fixturePaths)).toEqual([]);
    expect(await migrationStatus(db, fixturePaths)).toMatchObject({ upToDate: true, drift: null });
    await db.query('ALTER TABLE "Widget" ADD COLUMN hand int');
    expect((await migrationStatus(db, fixturePaths)).drift).toMatch(/hand/);
    await db.query('ALTER TABLE "Widget" DROP COLUMN hand');

    const prisma = new PrismaClient({ adapter: db.adapter });
    await prisma.widget.createMany({ data: [{ name: 'x' }, { name: 'y' }, { name: 'z' }] });
    const ids = (await prisma.widget.findMany({ orderBy: { id: 'asc' } })).map((w) => w.id);
    const { result, count } = await db.countQueries(() =>
      Promise.all(ids.map((id) => prisma.widget.findUnique({ where: { id } }))),
    );
    expect(result.map((w) => w?.name)).toEqual(['x', 'y', 'z']);
    expect(count).toBe(1);
    await prisma.$disconnect();

    // The tables live in the test schema, not in public.
    const tables = await db.query<{ table_schema: string }>(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'Widget'`,
    );
    expect(tables.map((t) => t.table_schema)).toContain(db.schema);

    const probe = await openDatabase({ name: 'probe', url: `${url}${url!.includes('?') ? '&' : '?'}schema=public` });
    toClose.push(probe);
    await db.close();
    const left = await probe.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [db.schema]);
    expect(left).toEqual([]);
  });

  it('queues migrators of one database instead of timing out on the engine lock', async () => {
    // Six subgraphs starting at once on one PostgreSQL database: the engine alone would give up after 10 s.
    const first = await createTestDatabase('fixture');
    toClose.push(first);
    expect(await applyMigrations(first, fixturePaths)).toEqual([INIT]);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(72707370)'); // another migrator, busy for 12 s
      // The engine left no lock behind on the first database's (still open) connections.
      const engineLocks = await client.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 AND granted`,
      );
      expect(engineLocks.rows[0].n).toBe(0);
      const dbs = await Promise.all([1, 2, 3, 4].map(() => createTestDatabase('fixture')));
      toClose.push(...dbs);
      let done = false;
      const applying = Promise.all(dbs.map((db) => applyMigrations(db, fixturePaths))).finally(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      // They wait in our queue, not in the engine's lock (which would have given up after 10 s).
      expect(done).toBe(false);
      const atEngineLock = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE '%72707369%'`,
      );
      expect(atEngineLock.rows[0].n).toBe(0);
      await client.query('SELECT pg_advisory_unlock(72707370)');
      expect(await applying).toEqual([[INIT], [INIT], [INIT], [INIT]]);
    } finally {
      client.release();
      await pool.end();
    }
  }, 90_000);

  it('openDatabase: schema defaults to the subgraph name and is created if missing; ?schema= overrides', async () => {
    const name = `it_${randomBytes(3).toString('hex')}`;
    const byName = await openDatabase({ name, url });
    toClose.push(byName);
    expect(byName.schema).toBe(name);
    expect(await byName.query(`SELECT current_schema() AS s`)).toEqual([{ s: name }]);

    const other = `${name}_x`;
    const byUrl = await openDatabase({ name, url: `${url}?schema=${other}` });
    toClose.push(byUrl);
    expect(byUrl.schema).toBe(other);
    expect(await byUrl.query(`SELECT current_schema() AS s`)).toEqual([{ s: other }]);

    await byUrl.query(`DROP SCHEMA "${name}" CASCADE`);
    await byUrl.query(`DROP SCHEMA "${other}" CASCADE`);
  });

  it('uses DATABASE_URL when no url and no dataDir are given', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      const db = await openDatabase({ name: 'public' });
      toClose.push(db);
      expect(db.kind).toBe('postgres');
      const pglite = await openDatabase({ name: 'x', dataDir: 'memory://' });
      expect(pglite.kind).toBe('pglite');
      await pglite.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });

  it('reads "char" columns through the adapter (adapter-pg cannot by itself)', async () => {
    const db = await createTestDatabase('char');
    toClose.push(db);
    const conn = await db.adapter.connect();
    const result = await conn.queryRaw({
      sql: `SELECT relkind FROM pg_class WHERE relname = 'pg_class'`,
      args: [],
      argTypes: [],
    });
    expect(result.rows).toEqual([['r']]);
    await conn.dispose();
  });

  it('closes and drops its shadow database', async () => {
    const db = await createTestDatabase('shadow');
    toClose.push(db);
    const shadow = await db.adapter.connectToShadowDb();
    await shadow.executeScript('CREATE TABLE t (id int); INSERT INTO t VALUES (1)');
    const name = (await shadow.queryRaw({ sql: 'SELECT current_database() AS d', args: [], argTypes: [] })).rows[0]![0];
    expect(name).toMatch(/^prisma_migrate_shadow_db_/);
    await shadow.dispose();
    expect(await db.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).toEqual([]);
  });
});
