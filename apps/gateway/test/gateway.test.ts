import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { SignJWT } from 'jose';
import { startGateway } from '../src/gateway.ts';
import { DEFAULT_SUPERGRAPH_PATH } from '../src/registry.ts';
import { startEchoStack, graphql, tokenFor, type EchoStack, type GraphQLBody } from './helpers.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';

let stack: EchoStack;
let token: string;

beforeAll(async () => {
  stack = await startEchoStack();
  token = await tokenFor(stack.gateway.origin, 'hrss');
});
afterAll(() => stack?.stop());

describe('/graphql authentication', () => {
  it('refuses a request without a token with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await graphql(stack.gateway.url, '{ whoami { username } }');
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuses a forged, expired or malformed token alike', async () => {
    const forged = await new SignJWT({ username: 'hrss' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('acc-hrss')
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('not-the-gateway-secret-not-the-gateway-secret'));
    const expired = await new SignJWT({ username: 'hrss' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('acc-hrss')
      .setJti('y')
      .setIssuer('jining-gateway')
      .setAudience('jining-platform')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 20 * 60)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 5 * 60)
      .sign(new TextEncoder().encode(process.env.JWT_SECRET));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"acc-hrss"}').toString('base64url')}.`;
    for (const bad of [forged, expired, unsigned, 'garbage', `${token}x`]) {
      const { status, body } = await graphql(stack.gateway.url, '{ whoami { username } }', bad);
      expect(status).toBe(401);
      expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('serves a query with a valid token', async () => {
    const { status, body } = await graphql(stack.gateway.url, '{ whoami { username } }', token);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { whoami: { username: 'hrss' } } });
  });

  it('sends a browser GET without a token to the development GraphQL IDE (graphiql.test.ts), not to a CDN page', async () => {
    const response = await fetch(stack.gateway.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql/');
  });

  it('still requires a token for a GET that carries an operation', async () => {
    const response = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ whoami { username } }')}`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(401);
  });
});

describe('principal signing to subgraphs', () => {
  it('signs each logged-in principal: the subgraph verifies it and echoes who called', async () => {
    for (const username of ['hrss', 'rencheng-finance']) {
      const own = await tokenFor(stack.gateway.origin, username);
      const { body } = await graphql<{ whoami: { username: string; department: string; permissions: string[] } }>(
        stack.gateway.url,
        '{ whoami { username department permissions } }',
        own,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.whoami.username).toBe(username);
    }
    const { body } = await graphql<{ whoami: { department: string; permissions: string[] } }>(
      stack.gateway.url,
      '{ whoami { department permissions } }',
      token,
    );
    expect(body.data!.whoami.department).toBe('HRSS');
    expect(body.data!.whoami.permissions).toContain('pii:read');
  });

  it('passes the request id to the subgraph and back to the client', async () => {
    const { headers, body } = await graphql<{ whoami: { requestId: string } }>(
      stack.gateway.url,
      '{ whoami { requestId } }',
      token,
      { 'x-request-id': 'req-42' },
    );
    expect(body.data!.whoami.requestId).toBe('req-42');
    expect(headers.get('x-request-id')).toBe('req-42');
    const generated = await graphql<{ whoami: { requestId: string } }>(
      stack.gateway.url,
      '{ whoami { requestId } }',
      token,
    );
    expect(generated.body.data!.whoami.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get('x-request-id')).toBe(generated.body.data!.whoami.requestId);
  });

  it('the subgraph refuses an unsigned direct call with 401 GATEWAY_SIGNATURE_REQUIRED', async () => {
    const { status, body } = await graphql(stack.echo.url, '{ whoami { username } }', token);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'GATEWAY_SIGNATURE_REQUIRED',
      reason: 'GATEWAY_SIGNATURE_MISSING',
    });
  });

  it('signs each subgraph request over its exact body, for that subgraph, once', async () => {
    // Capture what the gateway sends: a proxy in front of the echo subgraph that records and forwards.
    const { createServer } = await import('node:http');
    const seen: { headers: Record<string, string>; body: string }[] = [];
    const proxy = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        seen.push({ headers, body });
        const answer = await fetch(stack.echo.url, { method: 'POST', headers, body });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(await answer.text());
      });
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const port = (proxy.address() as { port: number }).port;
    const proxied = await startEchoStack({ subgraphUrls: { echo: `http://127.0.0.1:${port}/graphql` } });
    try {
      const own = await tokenFor(proxied.gateway.origin);
      expect((await graphql(proxied.gateway.url, '{ whoami { username } }', own)).body.errors).toBeUndefined();
      const [{ headers, body }] = seen as [{ headers: Record<string, string>; body: string }];
      expect(headers['x-jining-target']).toBe('echo');
      expect(headers['x-jining-body-sha256']).toBe(createHash('sha256').update(body).digest('base64url'));
      expect(headers['x-jining-nonce']).toMatch(/^[\w-]{16,}$/);
      // The captured request, sent again: the subgraph has seen its nonce.
      const replay = await fetch(stack.echo.url, { method: 'POST', headers, body });
      expect(replay.status).toBe(401);
      expect(((await replay.json()) as GraphQLBody).errors![0]!.extensions!.reason).toBe('GATEWAY_SIGNATURE_REPLAYED');
    } finally {
      await proxied.stop();
      await new Promise((done) => proxy.close(done));
    }
  });

  it('a subgraph with another signing secret refuses the gateway: a coded error, no URL or body leaked', async () => {
    const mismatched = await startEchoStack({ echoSecret: 'some-other-secret' });
    try {
      const own = await tokenFor(mismatched.gateway.origin);
      const { status, body } = await graphql(mismatched.gateway.url, '{ whoami { username } }', own);
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'GATEWAY_SIGNATURE_REQUIRED',
        reason: 'GATEWAY_SIGNATURE_INVALID',
      });
      expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    } finally {
      await mismatched.stop();
    }
  });
});

describe('errors', () => {
  it("passes a subgraph's coded error through", async () => {
    const { body } = await graphql(stack.gateway.url, '{ forbiddenThing }', token);
    expect(body.errors![0]!.message).toBe('当前账号无权执行此操作');
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('hides an uncoded error and never sends a stack trace', async () => {
    const { body } = await graphql(stack.gateway.url, '{ brokenThing }', token);
    expect(body.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    const text = JSON.stringify(body);
    expect(text).not.toContain('secret database detail');
    expect(text).not.toContain('stacktrace');
  });

  it('reports an unreachable subgraph by name, with a code', async () => {
    const down = await startEchoStack({ subgraphUrls: { echo: 'http://127.0.0.1:9/graphql' } });
    try {
      const own = await tokenFor(down.gateway.origin);
      const { body } = await graphql(down.gateway.url, '{ whoami { username } }', own);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'SUBGRAPH_UNAVAILABLE',
      });
      expect(body.errors![0]!.message).toContain('echo');
    } finally {
      await down.stop();
    }
  });

  it('answers a query error with GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await graphql(stack.gateway.url, '{ nope }', token);
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('health, readiness and CORS', () => {
  it('answers /healthz and /readyz with each subgraph’s readiness', async () => {
    expect(await (await fetch(`${stack.gateway.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${stack.gateway.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { echo: 'ready' } });
  });

  it('lets the admin web dev server call /graphql and /auth, and no one else', async () => {
    for (const path of ['/graphql', '/auth/login']) {
      const preflight = await fetch(`${stack.gateway.origin}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    }
    const refused = await graphql(stack.gateway.url, '{ whoami { username } }', undefined, {
      origin: 'http://127.0.0.1:5173',
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const evil = await graphql(stack.gateway.url, '{ whoami { username } }', token, { origin: 'http://evil.example' });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the committed supergraph', () => {
  it.skipIf(!existsSync(DEFAULT_SUPERGRAPH_PATH))('loads into the gateway as committed', async () => {
    const real = await startGateway({ port: 0, log: () => {}, accounts: fixtureAccounts() });
    try {
      expect(Object.keys(real.subgraphUrls)).toEqual(expect.arrayContaining(['directory', 'finance']));
      // No subgraph runs here: loaded, but not ready, and it says which.
      const readiness = await fetch(`${real.origin}/readyz`);
      expect(readiness.status).toBe(503);
      expect(((await readiness.json()) as { unavailable: string[] }).unavailable).toContain('directory');
      const { status, body } = await graphql(real.url, '{ __typename }', await tokenFor(real.origin));
      expect(status).toBe(200);
      expect(body.data).toEqual({ __typename: 'Query' });
    } finally {
      await real.stop();
    }
  });
});
