#!/usr/bin/env node
/**
 * The README's two commands, for a machine with only Node 20 and npm:
 *   npm start  → install, build, start the whole platform on embedded PGlite with demo data, print the URLs
 *   npm test   → install, build, run every test (PostgreSQL too when TEST_DATABASE_URL is set)
 *
 * pnpm is the workspace's package manager; when it is not installed it is fetched from the npm registry into
 * .tools/ (the pinned version in package.json) and put on PATH for turbo, which needs a real `pnpm` binary.
 * Plain JavaScript on purpose: this file runs before anything is installed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];
const extra = process.argv.slice(3);
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

const step = (text) => console.log(`\n▶ ${text}`);

function hasPnpm(env) {
  try {
    return execFileSync('pnpm', ['--version'], { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

function ensurePnpm() {
  const toolsBin = join(root, '.tools', 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${toolsBin}${delimiter}${process.env.PATH}`, COREPACK_ENABLE_STRICT: '0' };
  const version = hasPnpm(env);
  if (version) return env;
  step(`pnpm ${pinned} not found: installing it into .tools/ from the npm registry`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', join(root, '.tools'), `pnpm@${pinned}`], { stdio: 'inherit' });
  if (!hasPnpm(env)) throw new Error('pnpm could not be installed');
  return env;
}

function run(env, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

async function main() {
  if (command !== 'start' && command !== 'test') {
    console.error('usage: node scripts/run.mjs start|test');
    process.exit(2);
  }
  const env = ensurePnpm();
  step('pnpm install');
  await run(env, ['install', '--frozen-lockfile', '--prefer-offline']);
  step('build (prisma clients, schema and supergraph checks, admin web)');
  await run(env, ['turbo', 'run', 'build', '--output-logs=errors-only']);
  if (command === 'start') {
    step('starting the platform');
    await run(env, ['exec', 'tsx', 'scripts/platform.ts', ...extra]);
  } else {
    step(`tests${process.env.TEST_DATABASE_URL ? ' (PostgreSQL: TEST_DATABASE_URL is set)' : ' (embedded PGlite)'}`);
    await run(env, ['turbo', 'run', 'lint', 'typecheck', 'test', '--concurrency=3', '--continue', ...extra]);
  }
}

main().catch((error) => {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
});
