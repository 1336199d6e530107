/**
 * A subgraph process without its signing secret does not start: it says what to set and exits, before it opens a
 * database or a port.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = fileURLToPath(new URL('./fixtures/tiny-server.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'kit-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  // Only what a process needs to run: none of this test process's secrets or development mode leak in.
  const run = spawnSync(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stderr: run.stderr };
}

describe('a subgraph process checks its secret at start', () => {
  it('refuses to start without GATEWAY_SIGNING_SECRET, saying what to set', () => {
    const { code, stderr } = start({ NODE_ENV: 'development' });
    expect(code).toBe(1);
    expect(stderr).toContain('[tiny] cannot start: 缺少密钥 GATEWAY_SIGNING_SECRET is not set');
    expect(stderr).toContain('JINING_DEV_MODE=true');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('refuses a secret shorter than 32 bytes', () => {
    const { code, stderr } = start({ GATEWAY_SIGNING_SECRET: 'short' });
    expect(code).toBe(1);
    expect(stderr).toContain('GATEWAY_SIGNING_SECRET is too short (5 bytes, at least 32)');
  });
});
