/**
 * The generator end to end, on a private copy of the workspace (the real one is never touched): a seventh
 * subgraph is created, installed, migrated, composed into the supergraph, and passes its own generated tests,
 * typecheck and lint — what a developer adding a subgraph relies on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
let copy: string;

/**
 * A plain shell's environment: the outer package manager's and vitest's variables (npm_*, NODE_PATH, MODE …)
 * would point pnpm at this repository instead of the copy.
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) =>
    ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TEST_DATABASE_URL', 'DATABASE_URL'].includes(key),
  ),
);

function pnpm(args: string[], cwd = copy) {
  const result = spawnSync('pnpm', args, { cwd, encoding: 'utf8', env: { ...cleanEnv, FORCE_COLOR: '0', CI: 'true' } });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'jining-generator-'));
  // Tracked and new files as they are in the working tree; ignored ones (node_modules, .data, dist) stay behind.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(repo, file), join(copy, file));
    } catch {
      // A file deleted in the working tree but still tracked: nothing to copy.
    }
  }
  const install = pnpm(['install', '--offline', '--frozen-lockfile']);
  expect(install.code, install.output).toBe(0);
}, 300_000);

// Removing the copy's node_modules can take longer than the default 10 s hook timeout on a busy machine.
afterAll(() => {
  if (copy && !process.env.KEEP_GENERATOR_COPY) rmSync(copy, { recursive: true, force: true });
}, 120_000);

describe('pnpm new:subgraph', () => {
  it('creates a subgraph that is registered, migrated and composed', () => {
    const created = pnpm(['new:subgraph', 'skills-fund', '--entity', 'FundApplication']);
    expect(created.code, created.output).toBe(0);
    const registry = JSON.parse(readFileSync(join(copy, 'apps/gateway/subgraphs.json'), 'utf8')) as {
      name: string;
      port: number;
    }[];
    expect(registry.map((s) => s.name)).toContain('skills-fund');
    expect(new Set(registry.map((s) => s.port)).size).toBe(registry.length);
    const supergraph = readFileSync(join(copy, 'apps/gateway/supergraph.graphql'), 'utf8');
    expect(supergraph).toMatch(/type FundApplication/);
    expect(supergraph).toMatch(/fundApplications: \[FundApplication!\](?!!)/);
    expect(readFileSync(join(copy, 'apps/subgraph-skills-fund/schema.graphql'), 'utf8')).toMatch(
      /@key\(fields: "id"\)/,
    );
  }, 300_000);

  it('passes its generated tests, typecheck and lint, and the gateway build check', () => {
    for (const args of [['test'], ['typecheck'], ['lint']]) {
      const run = pnpm(['--filter', '@jining/subgraph-skills-fund', ...args]);
      expect(run.code, run.output).toBe(0);
    }
    const check = pnpm(['--filter', '@jining/gateway', 'build']);
    expect(check.code, check.output).toBe(0);
    // The whole copy, new subgraph included, keeps the house style that the lint step checks.
    const format = pnpm(['format:check']);
    expect(format.code, format.output).toBe(0);
  }, 300_000);

  it('refuses a name that exists or is not kebab-case, writing nothing', () => {
    for (const name of ['directory', 'Bad_Name']) {
      const before = readFileSync(join(copy, 'apps/gateway/subgraphs.json'), 'utf8');
      const run = pnpm(['new:subgraph', name]);
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toMatch(/✗/);
      expect(readFileSync(join(copy, 'apps/gateway/subgraphs.json'), 'utf8')).toBe(before);
    }
  }, 120_000);
});
