import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { applyMigrations, findRepoRoot, openDatabase } from '@jining/db';
import { JINING_COUNTIES } from '@jining/reference-data';
import { ensureAuditTrail, ensureOutbox } from '@jining/subgraph-kit';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateCity } from './generate.ts';
import { planFor } from './plan.ts';
import { SUBGRAPHS, TABLES, type TableName } from './tables.ts';

export interface LoadOptions {
  people: number;
  seed: number;
  /** A PostgreSQL database; each subgraph's schema in it is migrated with the platform's own migrations. */
  databaseUrl: string;
  /** Progress lines and the bar (stderr in the CLI). */
  progress?: (phase: string, done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface LoadReport {
  rows: Record<TableName, number>;
  databaseBytes: number;
  seconds: { migrate: number; generate: number; load: number; analyse: number };
  samplePersonId: string;
}

export class CityDatasetError extends Error {
  override name = 'CityDatasetError';
  constructor(
    readonly code: 'NOT_EMPTY' | 'NOT_POSTGRES',
    readonly zh: string,
    en: string,
  ) {
    super(en);
  }
}

/** Passes the COPY text through, calling `onRows` with the rows so far every 100,000 rows (for the progress bar). */
function countRows(onRows: (rows: number) => void): Transform {
  let rows = 0;
  let reported = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
      if (rows - reported >= 100_000) {
        reported = rows - (rows % 100_000);
        onRows(reported);
      }
      callback(null, chunk);
    },
  });
}

/** Runs every subgraph's committed migrations (and the kit's outbox and audit tables) into its schema of `url`. */
export async function migrateCity(url: string, log: (line: string) => void = () => {}): Promise<void> {
  const root = findRepoRoot(import.meta.dirname)!;
  for (const name of SUBGRAPHS) {
    const db = await openDatabase({ name, url });
    try {
      const prisma = join(root, 'apps', `subgraph-${name}`, 'prisma');
      const applied = await applyMigrations(db, {
        schemaPath: join(prisma, 'schema.prisma'),
        migrationsDir: join(prisma, 'migrations'),
      });
      await ensureOutbox(db);
      await ensureAuditTrail(db);
      log(`${name}: ${applied.length} migration(s) applied`);
    } finally {
      await db.close();
    }
  }
}

/**
 * Generates the city and loads it: migrate, spool every table to a temporary folder in one walk, then COPY them in
 * foreign-key order inside one transaction (a failure leaves the database as it was), move the outbox's sequence past
 * the loaded events, ANALYZE. Refuses a database that already holds people.
 */
export async function loadCity(options: LoadOptions): Promise<LoadReport> {
  const { people, seed, databaseUrl } = options;
  const log = options.log ?? (() => {});
  const progress = options.progress ?? (() => {});
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new CityDatasetError(
      'NOT_POSTGRES',
      '城市规模数据集只能装入 PostgreSQL（需要 COPY 批量装载）',
      'the city dataset loads into PostgreSQL only (it needs COPY)',
    );
  }
  const plan = planFor(people);
  const t0 = performance.now();
  await migrateCity(databaseUrl, log);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const dir = mkdtempSync(join(tmpdir(), 'jining-city-'));
  try {
    const existing = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM directory.person');
    if (Number(existing.rows[0]!.n) > 0) {
      throw new CityDatasetError(
        'NOT_EMPTY',
        `数据库中已有 ${existing.rows[0]!.n} 名人员：请使用新的空数据库`,
        `the database already holds ${existing.rows[0]!.n} people: use a new, empty database`,
      );
    }
    const t1 = performance.now();
    const spooled = await generateCity(plan, seed, dir, (done, total) => progress('generate', done, total));
    const t2 = performance.now();
    const total = spooled.files.reduce((sum, f) => sum + f.rows, 0);
    let done = 0;
    await client.query('BEGIN');
    try {
      // Reference data: the directory upserts the same rows at every start (src/reference-data.ts).
      for (const [i, c] of JINING_COUNTIES.entries()) {
        await client.query(
          `INSERT INTO directory.county (code, name, kind, sort_order) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [c.code, c.name, c.kind, i],
        );
      }
      for (const file of spooled.files) {
        progress(`load ${file.table}`, done, total);
        const copy = client.query(copyFrom(`COPY ${file.table} (${file.columns.join(', ')}) FROM STDIN`));
        const phase = `load ${file.table}`;
        const start = done;
        await pipeline(
          createReadStream(file.path),
          countRows((rows) => progress(phase, start + rows, total)),
          copy,
        );
        done += file.rows;
      }
      await client.query(
        `SELECT setval(pg_get_serial_sequence('evaluation._kit_outbox', 'seq'), GREATEST($1::bigint, 1), $1::bigint > 0)`,
        [spooled.lastSeq],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    progress('load', total, total);
    const t3 = performance.now();
    await client.query('ANALYZE');
    const t4 = performance.now();
    const rows = {} as Record<TableName, number>;
    for (const table of Object.keys(TABLES) as TableName[]) {
      const { rows: r } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
      rows[table] = Number(r[0]!.n);
    }
    const size = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes');
    return {
      rows,
      databaseBytes: Number(size.rows[0]!.bytes),
      seconds: {
        migrate: (t1 - t0) / 1000,
        generate: (t2 - t1) / 1000,
        load: (t3 - t2) / 1000,
        analyse: (t4 - t3) / 1000,
      },
      samplePersonId: spooled.samplePersonId,
    };
  } finally {
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
