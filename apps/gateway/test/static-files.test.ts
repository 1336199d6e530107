import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoStack, graphql, type AuthErrorBody, type EchoStack } from './helpers.ts';

let stack: EchoStack;
let dist: string;

beforeAll(async () => {
  // A stand-in for apps/admin-web/dist, with a secret next to it that must never be served.
  const root = mkdtempSync(join(tmpdir(), 'gateway-static-'));
  writeFileSync(join(root, 'secret.txt'), 'outside the web root');
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>济宁市高技能人才</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  stack = await startEchoStack({ staticDir: dist });
});
afterAll(async () => {
  await stack?.stop();
  if (dist) rmSync(join(dist, '..'), { recursive: true, force: true });
});

/** A raw request: fetch() would normalise `..` away before it reaches the server. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: stack.gateway.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the admin web at /', () => {
  it('serves index.html and assets with their content types', async () => {
    const index = await fetch(`${stack.gateway.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('济宁市高技能人才');

    const script = await fetch(`${stack.gateway.origin}/assets/index-abc123.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${stack.gateway.origin}/assets/index-abc123.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${stack.gateway.origin}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('falls back to index.html for client-side routes, but not for missing files', async () => {
    const route = await fetch(`${stack.gateway.origin}/people/p-1?tab=certificates`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('济宁市高技能人才');
    expect((await fetch(`${stack.gateway.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
    ]) {
      const { body } = await rawGet(path);
      expect(body, path).not.toContain('outside the web root');
      expect(body, path).not.toContain('root:');
    }
  });

  it('leaves the API paths to the API', async () => {
    expect((await graphql(stack.gateway.url, '{ whoami { username } }')).status).toBe(401);
    expect(await (await fetch(`${stack.gateway.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${stack.gateway.origin}/auth/nothing`)).status).toBe(404);
    expect(((await (await fetch(`${stack.gateway.origin}/auth/nothing`)).json()) as AuthErrorBody).error.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('without a build', () => {
  it('answers / with 404 instead of failing', async () => {
    const bare = await startEchoStack({ staticDir: join(tmpdir(), 'no-such-admin-web-dist') });
    try {
      expect((await fetch(`${bare.gateway.origin}/`)).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });
});
