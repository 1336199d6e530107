/**
 * More than one process per subgraph, through the real platform (real processes, real HTTP, one PostgreSQL database):
 * evaluation runs as two replicas behind the gateway, finance as two processes whose fact consumers run at once.
 *
 * - A steady load of person-record queries (directory → evaluation's certificates → directory's issuers) is spread
 *   over both evaluation replicas; one replica is killed in the middle of it, and not one request fails: the gateway
 *   sends the calls that were refused or broken to the other replica (apps/gateway/src/signed-data-source.ts,
 *   @jining/protocol/replicas).
 * - Two finance processes consume the same evaluation feed at once: every certificate gives one fact decision and one
 *   entitlement, never two (the cursor row lock, the unique event id and the benefit locks in PostgreSQL; the one-
 *   process cases are in apps/subgraph-finance/test/facts.test.ts and facts-to-payments.e2e.test.ts).
 *
 * Replicas share one database, so this needs PostgreSQL (TEST_DATABASE_URL, which `npm test` and CI set).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@jining/db';
import { makeResidentId } from '@jining/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

const testUrl = process.env.TEST_DATABASE_URL;

let platform: Platform;
let dataDir: string;
let postgres: { admin: Database; name: string } | undefined;
const tokens: Record<string, string> = {};
const logLines: string[] = [];

beforeAll(async () => {
  if (!testUrl) return;
  dataDir = mkdtempSync(join(tmpdir(), 'jining-replicas-'));
  const name = `e2e_replicas_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(testUrl);
  adminUrl.searchParams.set('schema', 'public');
  const admin = await openDatabase({ name: 'e2e', url: adminUrl.toString() });
  await admin.query(`CREATE DATABASE ${name}`);
  postgres = { admin, name };
  const databaseUrl = new URL(testUrl);
  databaseUrl.pathname = `/${name}`;
  process.env.FACT_POLL_MS = '200';
  platform = await startPlatform({
    portOffset: await freePortOffset(),
    dataDir,
    databaseUrl: databaseUrl.toString(),
    only: ['directory', 'evaluation', 'finance'],
    replicas: { evaluation: 2, finance: 2 },
    log: (line) => logLines.push(line),
  });
  for (const user of ['hrss', 'finance']) tokens[user] = await login(user);
}, 300_000);

afterAll(async () => {
  delete process.env.FACT_POLL_MS;
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (postgres) {
    await postgres.admin.query(`DROP DATABASE IF EXISTS ${postgres.name} WITH (FORCE)`);
    await postgres.admin.close();
  }
});

async function login(username: string) {
  const res = await fetch(`${platform.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jining2025' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function gql<T = Record<string, unknown>>(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[user]}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as GraphQLBody<T>) };
}

/** GraphQL requests a subgraph process has served (its /healthz `served` counter). */
async function served(processName: string): Promise<number> {
  const url = platform.subgraphs.find((s) => s.name === processName)!.url.replace('/graphql', '/healthz');
  const body = (await (await fetch(url)).json()) as { served: number };
  return body.served;
}

const PERSON_RECORD = `query ($id: ID!) { person(id: $id) {
  name county { name } employer { name } highestLevel
  certificates { level occupation issuedOn issuer { name } } } }`;

describe.skipIf(!testUrl)('two replicas of a subgraph, two finance processes (PostgreSQL)', () => {
  it('a steady load is spread over both evaluation replicas; one is killed mid-load and no request fails', async () => {
    const people = await gql<{ people: { edges: { node: { id: string } }[] } }>(
      'hrss',
      `{ people(first: 50) { edges { node { id } } } }`,
    );
    const ids = people.data!.people.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(10);
    const before = { one: await served('evaluation'), two: await served('evaluation#2') };

    const failures: string[] = [];
    let done = 0;
    let certificatesSeen = 0;
    let killedAt = -1;
    const TOTAL = 240;
    const KILL_AFTER = 80;
    let next = 0;
    let servedBeforeKill = { one: 0, two: 0 };
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        if (i === KILL_AFTER) {
          servedBeforeKill = {
            one: (await served('evaluation')) - before.one,
            two: (await served('evaluation#2')) - before.two,
          };
          killedAt = done;
          // Not awaited: the kill lands while the other workers' requests are in flight.
          void platform.stopProcess('evaluation#2', 'SIGKILL');
        }
        try {
          const res = await gql<{ person: { certificates: unknown[] } | null }>('hrss', PERSON_RECORD, {
            id: ids[i % ids.length],
          });
          if (res.status !== 200 || res.errors || !res.data?.person) {
            failures.push(`#${i}: HTTP ${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
          } else certificatesSeen += res.data.person.certificates.length;
        } catch (error) {
          failures.push(`#${i}: ${(error as Error).message}`);
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));

    expect(failures, logLines.slice(-20).join('\n')).toEqual([]);
    expect(done).toBe(TOTAL);
    expect(killedAt).toBeGreaterThan(0);
    // Both replicas took load before the stop (round robin: about half each).
    expect(servedBeforeKill.one).toBeGreaterThan(10);
    expect(servedBeforeKill.two).toBeGreaterThan(10);
    expect(platform.pids()['evaluation#2']).toBeUndefined();
    // The answers carried evaluation's data, not nulls: the demo people hold certificates.
    expect(certificatesSeen).toBeGreaterThan(0);
  }, 180_000);

  it('two finance processes consume the same facts at once: one decision and one entitlement per certificate', async () => {
    expect(platform.pids().finance).toBeDefined();
    expect(platform.pids()['finance#2']).toBeDefined();
    const orgs = await gql<{ organisations: { edges: { node: { id: string; kind: string } }[] } }>(
      'hrss',
      `{ organisations(first: 100, countyCode: "370811") { edges { node { id kind } } } }`,
    );
    const units = orgs.data!.organisations.edges.map((e) => e.node);
    const enterprise = units.find((o) => o.kind === 'ENTERPRISE')!;
    const sequence = 500 + Math.floor(Math.random() * 400);
    const COUNT = 8;
    const personIds = await Promise.all(
      Array.from({ length: COUNT }, async (_, k) => {
        const res = await gql<{ createPerson: { id: string } }>(
          'hrss',
          `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
          {
            input: {
              name: `双消费${k}`,
              idNumber: makeResidentId('370811', '1987-06-01', sequence + k),
              countyCode: '370811',
              employerId: enterprise.id,
            },
          },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.createPerson.id;
      }),
    );
    // All certificates at once, so both consumers find a backlog of the same events.
    await Promise.all(
      personIds.map(async (personId, k) => {
        const res = await gql(
          'hrss',
          `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
          {
            input: {
              personId,
              level: 'SENIOR_TECHNICIAN',
              occupation: '数控车工',
              issuerId: units[0]!.id,
              issuedOn: '2025-10-01',
              route: 'SKILL_LEVEL_CERTIFICATION',
              certificateNo: `REPL-${sequence}-${k}`,
            },
          },
        );
        expect(res.errors).toBeUndefined();
      }),
    );
    const RECORD = `query ($id: ID!) { person(id: $id) { entitlements { id ruleId } factDecisions { outcome } } }`;
    type Record_ = { entitlements: { id: string; ruleId: string }[]; factDecisions: { outcome: string }[] };
    const recordOf = async (id: string) => (await gql<{ person: Record_ }>('finance', RECORD, { id })).data?.person;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const decided = await Promise.all(personIds.map(recordOf));
      if (decided.every((r) => (r?.factDecisions.length ?? 0) >= 1)) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // A moment longer, so a duplicate written late by the second consumer would show.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const records = await Promise.all(personIds.map(recordOf));
    for (const record of records) {
      expect(record?.factDecisions, logLines.slice(-20).join('\n')).toHaveLength(1);
      expect(record?.entitlements.map((e) => e.ruleId)).toEqual(['R1']);
    }
    // Both processes were consuming (neither crashed out of the race).
    expect(platform.pids().finance).toBeDefined();
    expect(platform.pids()['finance#2']).toBeDefined();
  }, 180_000);
});
