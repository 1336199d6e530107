/**
 * The development GraphQL IDE at /graphiql/ (src/http/graphiql.ts): served from its build, with a CSP that allows
 * only this origin, in development mode only. Without a token its queries are refused like any other. The real
 * build (apps/graphiql) is checked in a browser by apps/graphiql's end-to-end test.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_CSP } from '../src/http/security-headers.ts';
import { graphql, startEchoStack, tokenFor, type EchoStack } from './helpers.ts';

const productionEnv = {
  JWT_SECRET: 'a-production-jwt-secret-of-enough-length-0123456789',
  GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-of-enough-length-987654',
  ENABLE_DEV_LOGIN: 'true',
};

let root: string;
let ideDist: string;
let adminDist: string;
let dev: EchoStack;
let production: EchoStack;

beforeAll(async () => {
  // Stand-ins for apps/graphiql/dist and apps/admin-web/dist, with a secret beside them that must never be served.
  root = mkdtempSync(join(tmpdir(), 'gateway-graphiql-'));
  writeFileSync(join(root, 'secret.txt'), 'outside the web root');
  ideDist = join(root, 'graphiql');
  mkdirSync(join(ideDist, 'assets'), { recursive: true });
  writeFileSync(
    join(ideDist, 'index.html'),
    '<!doctype html><title>GraphiQL 开发</title><script type="module" src="/graphiql/assets/index-abc.js"></script>',
  );
  writeFileSync(join(ideDist, 'assets', 'index-abc.js'), 'console.log("ide")');
  writeFileSync(join(ideDist, 'assets', 'index-abc.css'), 'body{}');
  adminDist = join(root, 'admin');
  mkdirSync(adminDist);
  writeFileSync(join(adminDist, 'index.html'), '<!doctype html><title>管理端</title>');
  dev = await startEchoStack({ graphiqlDir: ideDist, staticDir: adminDist });
  production = await startEchoStack({ env: productionEnv, graphiqlDir: ideDist, staticDir: adminDist });
});
afterAll(async () => {
  await dev?.stop();
  await production?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A raw request: fetch() would normalise `..` away before it reaches the server. */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const browserGet = (url: string) => fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' });

describe('the GraphQL IDE in development mode', () => {
  it('is where a browser opening /graphql or /graphiql lands', async () => {
    for (const path of ['/graphql', '/graphiql']) {
      const response = await browserGet(`${dev.gateway.origin}${path}`);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe('/graphiql/');
    }
  });

  it('serves its build: the page and its assets, from this origin only', async () => {
    const page = await browserGet(`${dev.gateway.origin}/graphiql/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('GraphiQL 开发');

    const script = await fetch(`${dev.gateway.origin}/graphiql/assets/index-abc.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${dev.gateway.origin}/graphiql/assets/index-abc.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    // No client-side routes here: a missing file is 404, never a page.
    expect((await fetch(`${dev.gateway.origin}/graphiql/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${dev.gateway.origin}/graphiql/somewhere`)).status).toBe(404);
    expect((await fetch(`${dev.gateway.origin}/graphiql/`, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('gives the page and its assets a CSP that names no other origin', async () => {
    for (const path of ['/graphiql/', '/graphiql/assets/index-abc.js']) {
      const response = await fetch(`${dev.gateway.origin}${path}`);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp, path).toBe(GRAPHIQL_CSP);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const directives = new Map(
      GRAPHIQL_CSP.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name!, sources];
      }),
    );
    // Every source is this origin, none, or (fonts and images) the data: URLs inside the page's own stylesheet.
    for (const [name, sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:'], name).toContain(source);
    }
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('serves nothing outside its build', async () => {
    for (const path of ['/graphiql/../secret.txt', '/graphiql/%2e%2e/secret.txt', '/graphiql/..%2fsecret.txt']) {
      expect(await rawGet(dev.gateway.port, path), path).toBe(404);
    }
  });

  it('opens no door to the API: without a token every query is 401 as before', async () => {
    const answer = await graphql(dev.gateway.url, '{ whoami { username } }');
    expect(answer.status).toBe(401);
    expect(answer.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const get = await fetch(`${dev.gateway.url}?query=${encodeURIComponent('{ whoami { username } }')}`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    // With the token the IDE's sign-in form gets from /auth/login, the same query is answered.
    const token = await tokenFor(dev.gateway.origin, 'hrss');
    expect((await graphql(dev.gateway.url, '{ whoami { username } }', token)).body.data).toEqual({
      whoami: { username: 'hrss' },
    });
  });

  it('says how to build it when there is no build', async () => {
    const unbuilt = await startEchoStack({ graphiqlDir: join(root, 'missing') });
    try {
      const response = await fetch(`${unbuilt.gateway.origin}/graphiql/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('pnpm build');
    } finally {
      await unbuilt.stop();
    }
  });
});

describe('outside development mode', () => {
  it('does not serve the IDE at all (404, not the admin web)', async () => {
    for (const path of ['/graphiql', '/graphiql/', '/graphiql/index.html', '/graphiql/assets/index-abc.js']) {
      const response = await browserGet(`${production.gateway.origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/GraphiQL|管理端/);
    }
    // The admin web is still served.
    expect(await (await browserGet(`${production.gateway.origin}/people`)).text()).toContain('管理端');
  });

  it('answers a browser GET of /graphql with 401, and keeps introspection off', async () => {
    expect((await browserGet(production.gateway.url)).status).toBe(401);
    const token = await tokenFor(production.gateway.origin, 'hrss');
    const schema = await graphql(production.gateway.url, '{ __schema { types { name } } }', token);
    expect(schema.status).toBe(400);
    expect(schema.body.errors![0]!.message).toMatch(/introspection is not allowed/i);
  });
});
