import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
  writeFileSync(join(dist, 'assets', 'big-abc123.js'), BIG_SCRIPT);
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  stack = await startEchoStack({ staticDir: dist });
});
afterAll(async () => {
  await stack?.stop();
  if (dist) rmSync(join(dist, '..'), { recursive: true, force: true });
});

const BIG_SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: '济宁' })))};`;

/** A raw request: fetch() would normalise `..` away before it reaches the server. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: stack.gateway.port, path, method: 'GET', headers }, (res) => {
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

  it('sends text compressed (br, else gzip) to browsers that take it, and plain to those that do not', async () => {
    const fetchRaw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: stack.gateway.port,
            path: '/assets/big-abc123.js',
            headers: { 'accept-encoding': encoding },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    const br = await fetchRaw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(BIG_SCRIPT) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT);
    const gz = await fetchRaw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT);
    const plain = await fetchRaw('identity, br;q=0');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
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
