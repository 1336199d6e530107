/**
 * The whole platform under strain, over real HTTP with real processes: the documented queries fit within the query
 * limits at the gateway and in every subgraph; a subgraph's own complexity limit refuses what would load millions of
 * rows; a subgraph killed with SIGKILL leaves the person query with every other domain's data and an error at the
 * missing field's path, `/readyz` says 503 and names it, and the supervisor brings it back (200 again, full data); the
 * gateway itself is brought back the same way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** Restarts wait this long, so the test can look at the platform while a subgraph is down. */
const RESTART_AFTER_MS = 3000;

let platform: Platform;
let dataDir: string;
let token: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jining-resilience-'));
  platform = await startPlatform({
    portOffset: await freePortOffset(),
    dataDir,
    log: (line) => logLines.push(line),
    backoff: { initialMs: RESTART_AFTER_MS },
  });
  token = await login();
}, 300_000);

afterAll(async () => {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function login(username = 'hrss') {
  const res = await fetch(`${platform.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jining2025' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  as: string = token,
) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as GraphQLBody<T>) };
}

async function readiness() {
  const res = await fetch(`${platform.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; unavailable?: string[] } };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The README's department query, exactly as documented (as the CI smoke test reads it). */
function readmePersonQuery(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((q) => q.includes('query PersonRecord'));
  if (!block) throw new Error('README.md has no person query');
  return block;
}

/** Every operation the admin web sends, as its codegen recorded them (read as text: apps do not import each other). */
function adminWebQueries(): { name: string; query: string }[] {
  const source = readFileSync(join(root, 'apps', 'admin-web', 'src', 'gql', 'gql.ts'), 'utf8');
  const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};'));
  const documents = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]!) as string);
  // Fragments travel with the queries that spread them (as the client sends them); mutations are not run here.
  const fragments = new Map(
    documents.flatMap((d) => {
      const name = /^\s*fragment (\w+)/.exec(d)?.[1];
      return name ? [[name, d] as const] : [];
    }),
  );
  // Spreads are followed through fragments that spread others (a page fragment spreading its entry fragment).
  const withFragments = (d: string): string[] => {
    const found = new Set<string>();
    const queue = [d];
    while (queue.length > 0) {
      for (const m of queue.pop()!.matchAll(/\.\.\.\s*(\w+)/g)) {
        const fragment = fragments.get(m[1]!);
        if (fragment && !found.has(fragment)) {
          found.add(fragment);
          queue.push(fragment);
        }
      }
    }
    return [...found];
  };
  return documents
    .filter((d) => /^\s*query /.test(d))
    .map((d) => ({ name: /query (\w+)/.exec(d)![1]!, query: [d, ...withFragments(d)].join('\n') }));
}

const PERSON_DOMAINS = /* GraphQL */ `
  query ($id: ID!) {
    counties {
      code
      name
    }
    person(id: $id) {
      name
      county {
        name
      }
      certificates {
        level
      }
      ledStudios {
        name
      }
      competitionResults {
        rank
      }
      honours {
        kind
      }
      entitlements {
        amount
      }
    }
  }
`;
type PersonDomains = {
  counties: { code: string; name: string }[];
  person: {
    name: string;
    county: { name: string };
    certificates: unknown[] | null;
    ledStudios: unknown[] | null;
    competitionResults: unknown[] | null;
    honours: unknown[] | null;
    entitlements: unknown[] | null;
  } | null;
};

describe('the documented queries fit within the limits, at the gateway and in every subgraph', () => {
  it("the README's six-subgraph person query", async () => {
    const res = await gql<{ person: Record<string, unknown[]> }>(readmePersonQuery(), { id: SHOWCASE_PERSON_ID });
    expect(res.errors).toBeUndefined();
    for (const field of ['certificates', 'ledStudios', 'competitionResults', 'honours', 'entitlements'])
      expect(res.data!.person[field]!.length, field).toBeGreaterThan(0);
  });

  it('every admin web query, lists at the largest page the limits allow (100)', async () => {
    const queries = adminWebQueries();
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining(['PersonDetail', 'People', 'Entitlements']));
    // The audit trails are the Audit Bureau's alone: their page's queries (one per trail) run as the auditor.
    const auditor = await login('auditor');
    for (const { name, query } of queries) {
      // Finance's yearly pages (预算执行, 报表与对账) need a year and a date range, an enterprise's credit ledger
      // (税费抵免台账) an enterprise; other queries ignore them.
      const variables = {
        id: SHOWCASE_PERSON_ID,
        enterpriseId: SHOWCASE_PERSON_ID,
        first: 100,
        year: 2026,
        from: '2025-01-01',
        to: '2029-12-31',
      };
      const res = await gql(query, { ...variables, groupBy: 'COUNTY' }, /AuditEntries$/.test(name) ? auditor : token);
      expect(res.errors, name).toBeUndefined();
      expect(res.status, name).toBe(200);
    }
  });

  it('a subgraph refuses what would multiply into millions of rows (its complexity limit), through the gateway', async () => {
    let inner = 'id';
    for (let i = 0; i < 3; i++) inner = `results { rank competition { ${inner} } }`;
    const res = await gql(`{ competitions(first: 20) { edges { node { ${inner} } } } }`);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(res.errors?.[0]?.message).toMatch(/查询复杂度超过上限/);
    // …and the platform answers the next question at once.
    const cheap = await gql<{ counties: unknown[] }>('{ counties { code } }');
    expect(cheap.data!.counties.length).toBeGreaterThan(0);
  });
});

describe('one subgraph down, and supervised back', () => {
  it('SIGKILL awards: the rest of the person stays, with an error at person.honours; /readyz 503 names awards; it comes back', async () => {
    const before = await gql<PersonDomains>(PERSON_DOMAINS, { id: SHOWCASE_PERSON_ID });
    expect(before.errors).toBeUndefined();
    const pid = platform.pids().awards!;
    expect(pid).toBeGreaterThan(0);

    process.kill(pid, 'SIGKILL');
    await waitFor('awards to exit', async () => (platform.pids().awards === undefined ? true : undefined));

    const down = await gql<PersonDomains>(PERSON_DOMAINS, { id: SHOWCASE_PERSON_ID });
    expect(down.status).toBe(200);
    expect(down.data!.counties.length).toBeGreaterThan(0);
    const person = down.data!.person!;
    expect(person.name).toBe('王建国');
    expect(person.county.name).toBeTruthy();
    expect(person.certificates!.length).toBeGreaterThan(0);
    expect(person.competitionResults!.length).toBeGreaterThan(0);
    expect(person.ledStudios!.length).toBeGreaterThan(0);
    expect(person.entitlements!.length).toBeGreaterThan(0);
    expect(person.honours).toBeNull();
    expect(down.errors).toHaveLength(1);
    expect(down.errors![0]!.path).toEqual(['person', 'honours']);
    expect(down.errors![0]!.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'SUBGRAPH_UNAVAILABLE',
    });
    expect(down.errors![0]!.message).toContain('评选表彰');

    const notReady = await readiness();
    expect(notReady.status).toBe(503);
    expect(notReady.body.unavailable).toEqual(['awards']);
    expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);

    // The supervisor restarts it (after the back-off), and the gateway is ready again with nothing else done.
    await waitFor('readyz 200', async () => ((await readiness()).status === 200 ? true : undefined));
    expect(platform.pids().awards).toBeGreaterThan(0);
    expect(platform.pids().awards).not.toBe(pid);
    expect(platform.restarts().awards).toBe(1);
    expect(logLines.some((line) => /\[platform\] awards exited \(SIGKILL\).*restarting in 3\.0 s/.test(line))).toBe(
      true,
    );
    const after = await gql<PersonDomains>(PERSON_DOMAINS, { id: SHOWCASE_PERSON_ID });
    expect(after.errors).toBeUndefined();
    expect(after.data!.person!.honours!.length).toBeGreaterThan(0);
  }, 180_000);

  it('SIGKILL the gateway: it is restarted too', async () => {
    const pid = platform.pids().gateway!;
    process.kill(pid, 'SIGKILL');
    await waitFor('the gateway to exit', async () => (platform.pids().gateway === undefined ? true : undefined));
    await waitFor('the gateway to answer again', async () => ((await readiness()).status === 200 ? true : undefined));
    expect(platform.pids().gateway).not.toBe(pid);
    token = await login();
    const res = await gql<{ counties: unknown[] }>('{ counties { code } }');
    expect(res.data!.counties.length).toBeGreaterThan(0);
  }, 180_000);
});
