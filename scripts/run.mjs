#!/usr/bin/env node
/**
 * The README's two commands, for a machine with only Node 20 and npm:
 *   npm start  → install, build, start the whole platform on embedded PGlite with demo data, print the URLs
 *   npm test   → install, build, lint, typecheck and run every test (PostgreSQL too when TEST_DATABASE_URL is set),
 *                ending with one line `tests: N passed, N failed` over every package
 *
 * What a first run installs: pnpm (pinned in package.json) into .tools/ from the npm registry when there is no global
 * one (scripts/bootstrap/pnpm.mjs); for `npm test`, Debian's chromium and fonts-noto-cjk when they are missing and
 * this is root with apt-get (scripts/bootstrap/chromium.mjs).
 * Plain JavaScript on purpose: this file runs before anything is installed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './bootstrap/chromium.mjs';
import { ensurePnpm } from './bootstrap/pnpm.mjs';
import { REPORTER_ARGS, clearReports, closingLine, summarise } from './bootstrap/test-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];
const extra = process.argv.slice(3);
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

const step = (text) => console.log(`\n▶ ${text}`);

/**
 * Runs a command; resolves with its exit code (a failure is the caller's to judge). While it runs, Ctrl+C and SIGTERM
 * are the child's to handle (the platform stops its processes and exits 0): this process passes them on and waits, as
 * a shell would, instead of dying first and orphaning the platform.
 */
function exec(env, file, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: root, env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = () => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    child.on('error', (error) => (done(), reject(error)));
    child.on('exit', (code, signal) => (done(), resolve(code ?? (signal ? 128 : 1))));
  });
}

const pnpm = (env, args) => exec(env, 'pnpm', args);

async function must(env, args) {
  const code = await pnpm(env, args);
  if (code !== 0) throw new Error(`pnpm ${args.join(' ')} failed (exit ${code})`);
}

async function test(env) {
  step(`lint (ESLint with the workspace's walls, Prettier) and typecheck`);
  const format = await pnpm(env, ['run', 'format:check']);
  const lint = await pnpm(env, [
    'turbo',
    'run',
    'lint',
    'lint:scripts',
    'typecheck',
    '--concurrency=2',
    '--continue',
    ...extra,
  ]);
  const checks = format || lint;
  step(`tests${process.env.TEST_DATABASE_URL ? ' (PostgreSQL: TEST_DATABASE_URL is set)' : ' (embedded PGlite)'}`);
  clearReports(root);
  const tests = await pnpm(env, [
    'turbo',
    'run',
    'test',
    '--concurrency=3',
    '--continue',
    ...extra,
    '--',
    ...REPORTER_ARGS,
  ]);
  const summary = summarise(root, { expectAll: extra.length === 0 });
  console.log(`\n${summary.lines.join('\n')}`);
  if (checks !== 0) console.log('✗ lint, format or typecheck failed (see above; `pnpm format` fixes the format)');
  console.log(closingLine(summary));
  if (checks !== 0 || tests !== 0 || summary.failed > 0) process.exit(1);
}

async function main() {
  if (command !== 'start' && command !== 'test') {
    console.error('usage: node scripts/run.mjs start|test [turbo options]');
    process.exit(2);
  }
  const env = ensurePnpm(root, pinned, step);
  if (command === 'test') env.CHROMIUM_PATH = ensureChromium(step);
  step('pnpm install');
  await must(env, ['install', '--frozen-lockfile', '--prefer-offline']);
  step('build (prisma clients, schema and supergraph checks, admin web, GraphQL IDE)');
  await must(env, ['turbo', 'run', 'build', '--output-logs=errors-only']);
  if (command === 'start') {
    step('starting the platform');
    // Node itself rather than `pnpm exec tsx`: both of those answer Ctrl+C with exit 130 before the platform has
    // stopped its processes, so a clean stop would look like a failure.
    const code = await exec(env, process.execPath, ['--import', 'tsx', 'scripts/platform.ts', ...extra]);
    if (code !== 0) throw new Error(`the platform exited with ${code}`);
  } else {
    await test(env);
  }
}

main().catch((error) => {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
});
