/** Security headers on everything the gateway serves: the admin web, the API, health, errors. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_CSP } from '../src/http/security-headers.ts';
import { startEchoStack, tokenFor, type EchoStack } from './helpers.ts';

let stack: EchoStack;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gateway-headers-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>济宁</title><script type="module" src="/assets/a.js">',
  );
  writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
  stack = await startEchoStack({ staticDir: root });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(root, { recursive: true, force: true });
});

function expectCommon(headers: Headers, what: string) {
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

describe('security headers', () => {
  it('serves the admin web with a CSP that allows only its own scripts and styles', async () => {
    for (const path of ['/', '/people/p-1', '/assets/a.js', '/assets/missing.js']) {
      const response = await fetch(`${stack.gateway.origin}${path}`);
      expectCommon(response.headers, path);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("connect-src 'self'");
    }
  });

  it('answers the API, health and errors with a CSP that allows nothing', async () => {
    const token = await tokenFor(stack.gateway.origin);
    const answers = [
      await fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ whoami { username } }' }),
      }),
      await fetch(stack.gateway.url, { method: 'POST', body: '{}' }),
      await fetch(`${stack.gateway.origin}/auth/login`, { method: 'POST', body: '{}' }),
      await fetch(`${stack.gateway.origin}/healthz`),
      await fetch(`${stack.gateway.origin}/readyz`),
    ];
    for (const response of answers) {
      expectCommon(response.headers, response.url);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('gives the development GraphQL IDE a CSP that allows only this origin (graphiql.test.ts)', async () => {
    const page = await fetch(`${stack.gateway.origin}/graphiql/`);
    expectCommon(page.headers, '/graphiql/');
    expect(page.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).not.toMatch(/https?:|\*/);
    // The redirect from GET /graphql is an API answer.
    const redirect = await fetch(stack.gateway.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
