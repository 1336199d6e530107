/**
 * A subgraph that fails in any way — refuses the body with 413, resets the connection, never answers, answers
 * something that is not GraphQL — gives the caller a coded GraphQL error at the path of the fields it could not fill,
 * and the gateway lives on and keeps answering. Each fault is a tiny real HTTP server standing in for the subgraph.
 * (An unhandled 'error' event in the gateway would fail this file: vitest reports it as an unhandled error.)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '@jining/graphql-server/limits';
import { HttpRefusal, readBody, sendJson } from '@jining/protocol/http';
import { startGateway, type RunningGateway } from '../src/gateway.ts';
import { echoSupergraph, graphql, tokenFor } from './helpers.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';

interface Fake {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

async function startFake(handle: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Promise<Fake> {
  const server = createServer((req, res) => {
    void Promise.resolve(handle(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const running: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const r of running.reverse()) await r.stop();
});

/** A gateway in front of one fake `echo` subgraph, with a short subgraph timeout and room for large queries. */
async function gatewayBefore(fake: Fake): Promise<{ gateway: RunningGateway; token: string }> {
  running.push(fake);
  const gateway = await startGateway({
    port: 0,
    log: () => {},
    supergraphSdl: echoSupergraph(),
    subgraphUrls: { echo: fake.url },
    accounts: fixtureAccounts(),
    env: { ...process.env, SUBGRAPH_TIMEOUT_MS: '400' },
    limits: { ...DEFAULT_QUERY_LIMITS, maxAliases: 100_000, maxTokens: 1_000_000, maxCost: 10_000_000 },
  });
  running.push(gateway);
  return { gateway, token: await tokenFor(gateway.origin) };
}

async function expectFieldError(
  gateway: RunningGateway,
  token: string,
  reason: string,
  query = '{ whoami { username } }',
) {
  const { status, body } = await graphql(gateway.url, query, token);
  expect(status).toBe(200);
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
  const error = body.errors![0]!;
  expect(error.path).toEqual(['whoami']);
  expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason });
  expect(error.message).toContain('echo');
  expect(JSON.stringify(body)).not.toContain('127.0.0.1');
  return error;
}

/** The gateway still lives: its health route and a second request answer. */
async function expectAlive(gateway: RunningGateway, token: string) {
  expect((await fetch(`${gateway.origin}/healthz`)).status).toBe(200);
  const { status } = await graphql(gateway.url, '{ whoami { username } }', token);
  expect(status).toBe(200);
}

const bigQuery = (aliases: number) =>
  `{ whoami { ${Array.from({ length: aliases }, (_, i) => `a${i}: username`).join(' ')} } }`;

describe('a failing subgraph never takes the gateway down', () => {
  it('413: a subgraph refusing the body (the platform’s own readBody, here with a 1 KB limit)', async () => {
    const fake = await startFake(async (req, res) => {
      try {
        await readBody(req, 1024);
        sendJson(res, 200, { data: { whoami: { username: 'never' } } });
      } catch (error) {
        // As createGraphQLHttpServer answers a refusal.
        if (!(error instanceof HttpRefusal)) throw error;
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      }
    });
    const { gateway, token } = await gatewayBefore(fake);
    // ~4 KB: over the limit, within what the subgraph drains before it answers 413 on an intact connection.
    const error = await expectFieldError(gateway, token, 'SUBGRAPH_HTTP_ERROR', bigQuery(300));
    expect(error.message).toContain('413');
    // Repeated on the same kept-alive connections.
    for (let i = 0; i < 3; i++) await expectFieldError(gateway, token, 'SUBGRAPH_HTTP_ERROR', bigQuery(300));
    await expectAlive(gateway, token);
  });

  it('413 on a body far over the limit: the subgraph cuts the connection mid-upload', async () => {
    const fake = await startFake(async (req) => {
      await readBody(req, 1024); // 8 × 1 KB drained at most, then the connection is cut
    });
    const { gateway, token } = await gatewayBefore(fake);
    await expectFieldError(gateway, token, 'SUBGRAPH_UNAVAILABLE', bigQuery(40_000));
    await new Promise((resolve) => setTimeout(resolve, 300)); // late socket errors would surface here
    await expectAlive(gateway, token);
  });

  it('a connection reset before any answer', async () => {
    const fake = await startFake((req) => {
      req.socket.destroy();
    });
    const { gateway, token } = await gatewayBefore(fake);
    await expectFieldError(gateway, token, 'SUBGRAPH_UNAVAILABLE');
    await expectAlive(gateway, token);
  });

  it('a connection reset in the middle of the answer', async () => {
    const fake = await startFake((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":{"whoami":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const { gateway, token } = await gatewayBefore(fake);
    await expectFieldError(gateway, token, 'SUBGRAPH_UNAVAILABLE');
    await expectAlive(gateway, token);
  });

  it('a subgraph that never answers: SUBGRAPH_TIMEOUT after SUBGRAPH_TIMEOUT_MS', async () => {
    const fake = await startFake(() => {
      // accepts the request and never answers
    });
    const { gateway, token } = await gatewayBefore(fake);
    const error = await expectFieldError(gateway, token, 'SUBGRAPH_TIMEOUT');
    expect(error.message).toMatch(/超时/);
    await expectAlive(gateway, token);
  });

  it('a subgraph that sends headers and then stalls the body', async () => {
    const fake = await startFake((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    const { gateway, token } = await gatewayBefore(fake);
    await expectFieldError(gateway, token, 'SUBGRAPH_TIMEOUT');
    await expectAlive(gateway, token);
  });

  it('an answer that is not GraphQL: an HTML page, broken JSON, a 502 from a proxy', async () => {
    const answers: [number, string, string, string][] = [
      [200, 'text/html', '<html><body>维护中</body></html>', 'SUBGRAPH_BAD_RESPONSE'],
      [200, 'application/json', '{"data": {"whoami": ', 'SUBGRAPH_BAD_RESPONSE'],
      [502, 'text/html', '<html>Bad Gateway</html>', 'SUBGRAPH_HTTP_ERROR'],
    ];
    for (const [status, type, text, reason] of answers) {
      const fake = await startFake((_req, res) => {
        res.writeHead(status, { 'content-type': type });
        res.end(text);
      });
      const { gateway, token } = await gatewayBefore(fake);
      await expectFieldError(gateway, token, reason);
      await expectAlive(gateway, token);
    }
  });
});
