import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.ts';
import { isQueryBody } from '../src/signed-data-source.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';
import { echoSupergraph, graphql, tokenFor } from './helpers.ts';

describe('which subgraph calls may go to a second replica after a broken connection', () => {
  it('queries, as RemoteGraphQLDataSource writes them, are replayable; mutations and anything unknown are not', () => {
    const body = (query: string) => JSON.stringify({ query, variables: {} });
    expect(isQueryBody(body('query Person__directory__0($id:ID!){person(id:$id){name}}'))).toBe(true);
    expect(isQueryBody(body('{people(first:20){edges{node{id}}}}'))).toBe(true);
    expect(
      isQueryBody(body('query($representations:[_Any!]!){_entities(representations:$representations){__typename}}')),
    ).toBe(true);
    expect(isQueryBody(body('mutation($input:CreatePersonInput!){createPerson(input:$input){id}}'))).toBe(false);
    expect(isQueryBody(body('queryish'))).toBe(false);
    expect(isQueryBody(JSON.stringify({ variables: {}, query: '{a}' }))).toBe(false);
    expect(isQueryBody(undefined)).toBe(false);
  });
});

/**
 * The gateway over two replicas of one subgraph, each a tiny real HTTP server: round robin, a stopped replica's
 * refused connections sent to the other (a mutation too), and a connection dropped mid-request retried for a query
 * only (a mutation that may have reached its replica is not sent twice).
 */
describe('a subgraph with two replicas behind the gateway', () => {
  interface Replica {
    url: string;
    queries: number;
    mutations: number;
    /** Drop the connection without answering (as a replica killed mid-request). */
    drop: boolean;
    stop(): Promise<void>;
  }
  const started: { stop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const s of started.reverse()) await s.stop();
  });

  async function replica(): Promise<Replica> {
    const state = { queries: 0, mutations: 0, drop: false };
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const mutation = body.startsWith('{"query":"mutation');
        if (mutation) state.mutations++;
        else state.queries++;
        if (state.drop) return void req.socket.destroy();
        const data = mutation ? { pay: 1 } : { whoami: { username: 'hrss' } };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const stop = () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    const r = Object.assign(state, { url, stop }) as Replica;
    started.push(r);
    return r;
  }

  async function gatewayOver(...replicas: Replica[]) {
    const gateway = await startGateway({
      port: 0,
      log: () => {},
      supergraphSdl: echoSupergraph(),
      subgraphUrls: { echo: replicas.map((r) => r.url).join(',') },
      accounts: fixtureAccounts(),
    });
    started.push(gateway);
    return { gateway, token: await tokenFor(gateway.origin) };
  }

  const WHOAMI = '{ whoami { username } }';
  const PAY = 'mutation { pay(input: { amount: 100, paidOn: "2025-01-01" }) }';

  it('spreads queries round robin; a stopped replica’s calls go to the other, mutations too', async () => {
    const [a, b] = [await replica(), await replica()];
    const { gateway, token } = await gatewayOver(a, b);
    for (let i = 0; i < 6; i++) expect((await graphql(gateway.url, WHOAMI, token)).body.errors).toBeUndefined();
    expect([a.queries, b.queries]).toEqual([3, 3]);
    await b.stop();
    for (let i = 0; i < 4; i++) {
      const { body } = await graphql(gateway.url, i % 2 ? PAY : WHOAMI, token);
      expect(body.errors, JSON.stringify(body)).toBeUndefined();
    }
    expect([a.queries, a.mutations]).toEqual([5, 2]);
  });

  it('a connection dropped before any answer: the query is answered by the other replica, the mutation is not resent', async () => {
    const [a, b] = [await replica(), await replica()];
    const { gateway, token } = await gatewayOver(a, b);
    a.drop = true;
    for (let i = 0; i < 4; i++) {
      const { body } = await graphql(gateway.url, WHOAMI, token);
      expect(body.errors, JSON.stringify(body)).toBeUndefined();
    }
    // A mutation whose connection drops is a coded failure, sent once only.
    a.drop = true;
    b.drop = true;
    const { body } = await graphql(gateway.url, PAY, token);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'SUBGRAPH_UNAVAILABLE' });
    expect(a.mutations + b.mutations).toBe(1);
  });
});
