import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, scratchDir } from './helpers.ts';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

describe('jining-migrate CLI (PGlite data dir)', () => {
  let root: string;
  let pkg: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await scratchDir());
    pkg = join(root, 'subgraph-widgets');
    await mkdir(pkg);
    await copyFixture(pkg, false);
  });
  afterAll(() => cleanup());

  function run(...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(root, 'data') };
    delete env.DATABASE_URL;
    const result = spawnSync(tsx, [cli, ...args], { cwd: pkg, env, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('create writes the first migration, then reports no changes', async () => {
    const first = run('create', '--name', 'init');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created migration \d{14}_init/);
    const again = run('create', '--name', 'again');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/no changes/);
    expect((await readdir(join(pkg, 'prisma', 'migrations'))).length).toBe(2);
  });

  it('status shows pending, deploy applies into $DATA_DIR/<folder name without subgraph->, status is then clean', () => {
    const before = run('status');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/subgraph: widgets/);
    expect(before.stdout).toMatch(/pending/);

    const deploy = run('deploy');
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toMatch(/applied \d{14}_init/);
    expect(existsSync(join(root, 'data', 'widgets', 'PG_VERSION'))).toBe(true);

    expect(run('deploy').stdout).toMatch(/0 migration\(s\) applied/);
    expect(run('status').stdout).toMatch(/database is up to date/);
  });

  it('--db-name picks another data dir', () => {
    const deploy = run('deploy', '--db-name', 'other');
    expect(deploy.code).toBe(0);
    expect(existsSync(join(root, 'data', 'other', 'PG_VERSION'))).toBe(true);
  });

  it('fails with a coded bilingual error and exit code 1 on a modified migration', async () => {
    const [dir] = (await readdir(join(pkg, 'prisma', 'migrations'))).filter((n) => n !== 'migration_lock.toml');
    await appendFile(join(pkg, 'prisma', 'migrations', dir!, 'migration.sql'), '\n-- edited\n');
    const deploy = run('deploy');
    expect(deploy.code).toBe(1);
    expect(deploy.stderr).toMatch(/错误 \[MIGRATION_MODIFIED\]/);
    expect(deploy.stderr).toMatch(/Error \[MIGRATION_MODIFIED\]/);
    expect(run('status').code).toBe(1);
  });

  it('rejects usage errors', () => {
    expect(run('create').stderr).toMatch(/CLI_USAGE/);
    expect(run('nope').code).toBe(1);
  });
});
