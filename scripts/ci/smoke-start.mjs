#!/usr/bin/env node
/**
 * CI's smoke test of the README's `npm start`, as a new user would try it: run the command, wait until it prints
 * its URLs and the gateway's /readyz answers, sign in as a dev account, post the README's own person query (read
 * from README.md, so the documented query is the one proven) for the demo person it printed, check that every one of
 * the six subgraphs answered with data, then stop it with Ctrl+C (SIGINT to its process group) and check that every
 * process it started exits by itself, without the 8 s watchdog, and that no port is left open.
 *
 *   node scripts/ci/smoke-start.mjs        (the environment decides PATH, DATA_DIR, DATABASE_URL)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 15 * 60_000; // a first run installs and builds before it starts
const STOP_TIMEOUT_MS = 30_000;

const log = (line) => console.log(`[smoke] ${line}`);
const fail = (message) => {
  throw new Error(message);
};

/** The README's department query, exactly as documented. */
function readmeQuery() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((q) => q.includes('query PersonRecord'));
  if (!block) fail('README.md has no ```graphql block with `query PersonRecord`');
  return block;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** True while any process of the group is alive. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function post(url, body, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) fail(`${url} answered HTTP ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jining-smoke-'));
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so Ctrl+C can be sent to the whole of it
  });
  let output = '';
  const printed = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no URLs within ${START_TIMEOUT_MS / 60_000} min`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const person = output.match(/(http:\/\/127\.0\.0\.1:\d+)\/people\/([0-9a-f-]{36})/);
      if (person && output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve({ url: person[1], personId: person[2] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it printed its URLs`)));
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  try {
    const { url, personId } = await printed;
    log(`npm start printed ${url} and the demo person ${personId}`);

    const ready = await fetch(`${url}/readyz`);
    if (ready.status !== 200) fail(`${url}/readyz answered ${ready.status}`);
    log('/readyz: 200');

    const { token } = await post(`${url}/auth/login`, { username: 'hrss', password: 'jining2025' });
    if (!token) fail('dev login returned no token');
    const result = await post(`${url}/graphql`, { query: readmeQuery(), variables: { id: personId } }, token);
    if (result.errors?.length)
      fail(`the README's person query answered errors: ${JSON.stringify(result.errors).slice(0, 800)}`);
    const p = result.data?.person;
    if (!p) fail("the README's person query returned no person");
    const domains = {
      directory: Boolean(p.name && p.idNumber && p.county?.name),
      evaluation: p.certificates?.length > 0 && Boolean(p.highestLevel),
      training: p.ledStudios?.length > 0,
      competitions: p.competitionResults?.length > 0,
      awards: p.honours?.length > 0,
      finance: p.entitlements?.length > 0,
    };
    for (const [domain, ok] of Object.entries(domains)) log(`${ok ? '✓' : '✗'} ${domain}`);
    const missing = Object.entries(domains)
      .filter(([, ok]) => !ok)
      .map(([d]) => d);
    if (missing.length) fail(`no data from ${missing.join(', ')} for ${p.name}`);
    log(`the person record of ${p.name} holds data from all six subgraphs`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      log('stopping with Ctrl+C (SIGINT to the process group)');
      process.kill(-child.pid, 'SIGINT');
    }
  }

  const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), STOP_TIMEOUT_MS))]);
  // npm mirrors a Ctrl+C by ending with SIGINT itself (its `sh -c` saw the signal); anything else is a failure.
  if (!stopped) fail(`npm start did not exit within ${STOP_TIMEOUT_MS / 1000}s of Ctrl+C`);
  if (stopped.code !== 0 && stopped.signal !== 'SIGINT')
    fail(`npm start exited with ${stopped.code ?? stopped.signal} after Ctrl+C`);
  // npm may be gone before the platform has stopped: wait for every process it started, then judge how they ended.
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(child.pid)) {
    if (Date.now() > deadline) {
      process.kill(-child.pid, 'SIGKILL');
      fail(`processes of npm start were still running ${STOP_TIMEOUT_MS / 1000}s after Ctrl+C`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const sign of ['exiting anyway', 'the platform exited with', '✗']) {
    if (output.includes(sign)) fail(`the stop was not clean: npm start printed "${sign}"`);
  }
  const registry = JSON.parse(readFileSync(join(root, 'apps', 'gateway', 'subgraphs.json'), 'utf8'));
  const open = [];
  for (const port of [4000, ...registry.map((s) => s.port)]) if (await portOpen(port)) open.push(port);
  if (open.length) fail(`ports still open after the stop: ${open.join(', ')}`);
  rmSync(dataDir, { recursive: true, force: true });
  log('✓ npm start stopped cleanly (every process exited by itself, no port left open)');
}

main().catch((error) => {
  console.error(`[smoke] ✗ ${error.message}`);
  process.exit(1);
});
