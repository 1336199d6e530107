/**
 * Query limits at the gateway (`@jining/graphql-server/limits`): an operation over a limit is refused before anything
 * is planned or sent to a subgraph, with BAD_USER_INPUT, a reason naming the limit and a Chinese message — and the
 * gateway answers the next cheap query at once. The committed supergraph, no subgraph running: nothing here reaches one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, queryLimitsFromEnv } from '@jining/graphql-server/limits';
import { startGateway, type RunningGateway } from '../src/gateway.ts';
import { graphql, tokenFor } from './helpers.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';

let gateway: RunningGateway;
let token: string;

beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    log: () => {},
    subgraphUrls: unreachableSubgraphs(),
    accounts: fixtureAccounts(),
  });
  token = await tokenFor(gateway.origin);
});
afterAll(() => gateway?.stop());

/** Every subgraph on a closed port: a query that got past the limits would fail differently. */
function unreachableSubgraphs() {
  const names = ['directory', 'training', 'evaluation', 'competitions', 'awards', 'finance'];
  return Object.fromEntries(names.map((name) => [name, 'http://127.0.0.1:9/graphql']));
}

/** `people → certificates → person` nested `levels` times: the shape that once killed evaluation. */
function deepPersonQuery(levels: number) {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `certificates { person { ${inner} } }`;
  return `{ person(id: "p") { ${inner} } }`;
}

async function expectRefused(query: string, reason: string) {
  const { status, body } = await graphql(gateway.url, query, token);
  expect(status).toBe(400);
  expect(body.data ?? null).toBeNull();
  const refusal = body.errors?.find((e) => e.extensions?.reason === reason);
  expect(refusal, JSON.stringify(body.errors)).toBeDefined();
  expect(refusal!.extensions!.code).toBe('BAD_USER_INPUT');
  expect(refusal!.message).toMatch(/超过上限/);
  expect(typeof refusal!.extensions!.limit).toBe('number');
  expect(JSON.stringify(body)).not.toContain('stacktrace');
  await expectStillAnswering();
  return refusal!;
}

/** The liveness probe after each refusal: a cheap query is answered within a second (a generous bound). */
async function expectStillAnswering() {
  const started = performance.now();
  const { status, body } = await graphql(gateway.url, '{ __typename }', token);
  const elapsed = performance.now() - started;
  expect(status).toBe(200);
  expect(body.data).toEqual({ __typename: 'Query' });
  expect(elapsed).toBeLessThan(1000);
}

describe('query limits at the gateway', () => {
  it('refuses a query nested deeper than the limit (people → certificates → person, 30 levels)', async () => {
    const refusal = await expectRefused(deepPersonQuery(30), 'QUERY_TOO_DEEP');
    expect(refusal.extensions!.limit).toBe(DEFAULT_QUERY_LIMITS.maxDepth);
    expect(refusal.extensions!.found).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxDepth);
  });

  it('refuses competitions { results { competition { results … } } } six levels deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 6; i++) inner = `results { competition { ${inner} } }`;
    await expectRefused(`{ competitions { edges { node { ${inner} } } } }`, 'QUERY_TOO_DEEP');
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: counties { code }`).join(' ');
    const refusal = await expectRefused(`{ ${aliases} }`, 'TOO_MANY_ALIASES');
    expect(refusal.extensions!.found).toBe(200);
  });

  it('refuses a 1,000-alias query before it is even parsed in full (token limit)', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: person(id: "p${i}") { name }`).join(' ');
    await expectRefused(`{ ${aliases} }`, 'TOO_MANY_TOKENS');
  });

  it('refuses a document with more tokens than the limit', async () => {
    const refusal = await expectRefused(`{ counties { ${'code '.repeat(50_000)} } }`, 'TOO_MANY_TOKENS');
    expect(refusal.extensions!.limit).toBe(DEFAULT_QUERY_LIMITS.maxTokens);
  });

  it('refuses a page larger than the maximum, as a literal or a variable, instead of clamping it', async () => {
    const refusal = await expectRefused('{ people(first: 1000) { totalCount } }', 'PAGE_TOO_LARGE');
    expect(refusal.extensions).toMatchObject({ limit: 100, found: 1000, field: 'people.first' });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'query ($n: Int) { honours(last: $n) { totalCount } }',
        variables: { n: DEFAULT_QUERY_LIMITS.maxPageSize + 1 },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_TOO_LARGE' });
    await expectStillAnswering();
  });

  it('checks the page of every request of the same query text against its own variables', async () => {
    // The paged fields of a document are found once and kept: only the variables differ between these requests.
    const ask = async (n: number) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query Page ($n: Int) { honours(last: $n) { totalCount } }', variables: { n } }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions: object }[] } };
    };
    for (const n of [5, DEFAULT_QUERY_LIMITS.maxPageSize + 1, 5, DEFAULT_QUERY_LIMITS.maxPageSize * 10]) {
      const { status, body } = await ask(n);
      if (n <= DEFAULT_QUERY_LIMITS.maxPageSize) {
        expect(body.errors?.map((e) => e.extensions)).not.toContainEqual(
          expect.objectContaining({ reason: 'PAGE_TOO_LARGE' }),
        );
      } else {
        expect(status).toBe(400);
        expect(body.errors![0]!.extensions).toMatchObject({ reason: 'PAGE_TOO_LARGE', found: n });
      }
    }
  });

  it('refuses a query whose cost is over the limit', async () => {
    // Wide and nested, but within depth, aliases and tokens: only the cost gives it away.
    const wide = 'id name idNumber gender birthDate county { code name } employer { id name creditCode }';
    const fragment = `fragment P on Person { ${wide} certificates { id level occupation issuer { ${'id name '.repeat(4)} } } }`;
    await expectRefused(`{ people(first: 100) { edges { node { ...P } } } } ${fragment}`, 'QUERY_TOO_COSTLY');
  });

  it('lets a query within every limit through to the subgraphs', async () => {
    const { status, body } = await graphql(gateway.url, '{ people(first: 100) { totalCount } }', token);
    expect(status).toBe(200);
    // Past the limits: refused only because no subgraph runs here.
    expect(body.errors![0]!.extensions!.reason).toBe('SUBGRAPH_UNAVAILABLE');
    expect(body.errors![0]!.path).toEqual(['people']);
  });
});

describe('the limits in force', () => {
  it('have defaults and read each from its environment variable', () => {
    expect(queryLimitsFromEnv({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(queryLimitsFromEnv({ GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_PAGE_SIZE: '50' })).toMatchObject({
      maxDepth: 12,
      maxPageSize: 50,
      maxAliases: DEFAULT_QUERY_LIMITS.maxAliases,
    });
    expect(() => queryLimitsFromEnv({ GRAPHQL_MAX_DEPTH: 'ten' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => queryLimitsFromEnv({ GRAPHQL_MAX_ALIASES: '0' })).toThrow(/positive integer/);
  });

  it('apply when set: a gateway started with GRAPHQL_MAX_DEPTH=3 refuses depth 4', async () => {
    const strict = await startGateway({
      port: 0,
      log: () => {},
      env: { ...process.env, GRAPHQL_MAX_DEPTH: '3' },
      subgraphUrls: unreachableSubgraphs(),
      accounts: fixtureAccounts(),
    });
    try {
      const own = await tokenFor(strict.origin);
      const { status, body } = await graphql(strict.url, '{ person(id: "p") { county { name } } }', own);
      expect(status).toBe(200);
      const deeper = await graphql(strict.url, '{ person(id: "p") { employer { county { name } } } }', own);
      expect(deeper.status).toBe(400);
      expect(deeper.body.errors![0]!.extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP', limit: 3, found: 4 });
      expect(body.errors?.[0]?.extensions?.reason).not.toBe('QUERY_TOO_DEEP');
    } finally {
      await strict.stop();
    }
  });
});
