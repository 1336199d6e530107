#!/usr/bin/env -S node --import tsx
/**
 * jining-migrate — migrations for one subgraph, run in its package folder (the one holding prisma/schema.prisma and
 * prisma/migrations/):
 *
 *   jining-migrate create --name <name>   write prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff
 *   jining-migrate deploy                 apply pending migrations
 *   jining-migrate status                 list applied / pending migrations, history problems and drift
 *   jining-migrate resolve --rolled-back <migration> | --applied <migration>
 *                                         record a hand-made fix of a failed migration
 *
 * Options: --db-name <name> (default: folder name without `subgraph-`), --schema <path>, --migrations <dir>,
 * --data-dir <dir> (PGlite). DATABASE_URL selects PostgreSQL; otherwise the subgraph's PGlite data directory is used.
 */
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from './database.ts';
import { DbError } from './errors.ts';
import {
  applyMigrations,
  createMigration,
  migrationStatus,
  resolveMigration,
  type MigrationPaths,
} from './migrations.ts';
import { defaultDataDir } from './paths.ts';
import { redact } from './postgres.ts';
import type { Database } from './types.ts';

const USAGE = `用法 / usage: jining-migrate <create --name <name> | deploy | status | resolve --rolled-back <m> | resolve --applied <m>> [--db-name <name>] [--schema <path>] [--migrations <dir>] [--data-dir <dir>]`;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'db-name': { type: 'string' },
      schema: { type: 'string' },
      migrations: { type: 'string' },
      'data-dir': { type: 'string' },
      'rolled-back': { type: 'string' },
      applied: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 1;
  }
  const cwd = process.cwd();
  const paths: MigrationPaths = {
    schemaPath: resolve(cwd, values.schema ?? join('prisma', 'schema.prisma')),
    migrationsDir: resolve(cwd, values.migrations ?? join('prisma', 'migrations')),
    log: out,
    ...(values.verbose ? { engineLog: (line: string) => process.stderr.write(`${line}\n`) } : {}),
  };
  const dbName = values['db-name'] ?? basename(cwd).replace(/^subgraph-/, '');

  switch (command) {
    case 'create': {
      if (!values.name) {
        throw new DbError('CLI_USAGE', '缺少 --name <迁移名称>', 'missing --name <migration name>');
      }
      const created = await createMigration({ ...paths, name: values.name, log: out });
      if (created) out(created.path);
      return 0;
    }
    case 'deploy':
      return withDatabase(dbName, values['data-dir'], async (db) => {
        const applied = await applyMigrations(db, paths);
        out(`完成：应用了 ${applied.length} 个迁移 / done: ${applied.length} migration(s) applied`);
        return 0;
      });
    case 'status':
      return withDatabase(dbName, values['data-dir'], async (db) => {
        const status = await migrationStatus(db, paths);
        out(`本地迁移 / local migrations: ${status.local.length}`);
        for (const name of status.local) {
          const mark = status.applied.includes(name) ? '已应用 applied' : '待应用 pending';
          out(`  ${mark.padEnd(16)} ${name}`);
        }
        const problems: [string, string[]][] = [
          ['已修改 / modified after apply', status.modified],
          ['执行失败 / failed', status.failed],
          ['目录中缺失 / missing from the folder', status.missingLocally],
        ];
        for (const [label, names] of problems) if (names.length) out(`${label}: ${names.join(', ')}`);
        if (status.drift) {
          out(
            '数据库结构与已应用的迁移不一致（有人手工修改？）/ drift: the database differs from its applied migrations:',
          );
          out(status.drift);
        }
        if (status.upToDate && !status.drift) out('数据库已是最新 / database is up to date');
        else if (status.pending.length)
          out(`待应用 ${status.pending.length} 个 / ${status.pending.length} pending: run deploy`);
        // Pending migrations are a normal state; a broken history or drift is a failure.
        const broken = status.modified.length || status.failed.length || status.missingLocally.length || status.drift;
        return broken ? 1 : 0;
      });
    case 'resolve': {
      const rolledBack = values['rolled-back'];
      const applied = values.applied;
      if (Boolean(rolledBack) === Boolean(applied)) {
        throw new DbError(
          'CLI_USAGE',
          '请给出 --rolled-back <迁移> 或 --applied <迁移> 之一',
          'give exactly one of --rolled-back <migration> or --applied <migration>',
        );
      }
      return withDatabase(dbName, values['data-dir'], async (db) => {
        await resolveMigration(db, {
          ...paths,
          name: (rolledBack ?? applied)!,
          as: rolledBack ? 'rolled-back' : 'applied',
        });
        return 0;
      });
    }
    default:
      throw new DbError('CLI_USAGE', `未知命令 "${command}"。${USAGE}`, `unknown command "${command}". ${USAGE}`);
  }
}

async function withDatabase(
  name: string,
  dataDir: string | undefined,
  fn: (db: Database) => Promise<number>,
): Promise<number> {
  const db = await openDatabase({ name, ...(dataDir ? { dataDir: resolve(dataDir) } : {}) });
  const where =
    db.kind === 'postgres'
      ? `PostgreSQL ${redact(process.env.DATABASE_URL ?? '')} schema "${db.schema}"`
      : `PGlite ${dataDir ? resolve(dataDir) : defaultDataDir(name)}`;
  out(`子图 / subgraph: ${name} · 数据库 / database: ${where}`);
  // Ctrl-C must still close the database: an unclosed PGlite directory troubles the next process (docs/stack.md).
  const interrupt = (signal: NodeJS.Signals) => {
    void db.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    return await fn(db);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await db.close();
  }
}

function reportError(error: unknown): void {
  if (error instanceof DbError) {
    process.stderr.write(`错误 [${error.code}] ${error.zh}\nError [${error.code}] ${error.en}\n`);
  } else {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`错误 [UNEXPECTED] 意外错误：${message}\nError [UNEXPECTED] unexpected error: ${message}\n`);
  }
}

// Exit explicitly: the wasm engine and drivers may leave timers behind (docs/stack.md), and a CLI must not linger.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    reportError(error);
    process.exit(1);
  },
);
