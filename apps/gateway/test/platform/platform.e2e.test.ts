/**
 * The whole platform over real HTTP: six subgraph processes on their own embedded databases, the real gateway
 * composed from the committed supergraph, demo data loaded. Proves the department's cross-domain query
 * (docs/architecture.md: reads cross domains through the gateway) and the auth chain: token at the gateway,
 * signature at the subgraphs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@jining/db';
import { SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

let platform: Platform;
let dataDir: string;
/** With TEST_DATABASE_URL: a fresh PostgreSQL database holding all six subgraphs' schemas, dropped afterwards. */
let postgres: { admin: Database; name: string; url: string } | undefined;
const tokens: Record<string, string> = {};

async function login(username: string) {
  const res = await fetch(`${platform.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jining2025' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as GraphQLBody<T>) };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jining-platform-'));
  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl) {
    const name = `e2e_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ name: 'e2e', url: withSchema(testUrl, 'public') });
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(testUrl);
    url.pathname = `/${name}`;
    postgres = { admin, name, url: url.toString() };
  }
  // Other ports than a dev platform (4000…) and the admin web's e2e platform (offsets 1000 + 700k), so they can run side by side.
  // On PostgreSQL the six subgraphs start at once against one database: their migrations must queue, not time out.
  platform = await startPlatform({
    portOffset: await freePortOffset(),
    dataDir,
    databaseUrl: postgres?.url,
    log: () => {},
  });
  for (const user of ['hrss', 'finance', 'rencheng-finance']) tokens[user] = await login(user);
}, 300_000);

afterAll(async () => {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (postgres) {
    await postgres.admin.query(`DROP DATABASE IF EXISTS ${postgres.name} WITH (FORCE)`);
    await postgres.admin.close();
  }
});

function withSchema(url: string, schema: string) {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

const PERSON_RECORD = /* GraphQL */ `
  query PersonRecord($id: ID!) {
    person(id: $id) {
      id
      name
      idNumber
      gender
      birthDate
      county {
        code
        name
      }
      employer {
        name
      }
      highestLevel
      certificates {
        level
        occupation
        issuedOn
        issuer {
          name
        }
      }
      competitionResults {
        rank
        medal
        competition {
          name
          tier
        }
      }
      honours {
        kind
        year
        status
      }
      ledStudios {
        name
        level
        host {
          name
        }
      }
      entitlements {
        ruleId
        clause
        amount
        status
        shares {
          payer
          amount
        }
        county {
          name
        }
      }
    }
  }
`;
/** The data of PERSON_RECORD. */
type PersonRecord = {
  person: {
    id: string;
    name: string;
    idNumber: string;
    gender: string;
    birthDate: string;
    county: { code: string; name: string };
    employer: { name: string } | null;
    highestLevel: string | null;
    certificates: { level: string; occupation: string; issuedOn: string; issuer: { name: string } }[];
    competitionResults: { rank: number | null; medal: string | null; competition: { name: string; tier: string } }[];
    honours: { kind: string; year: number; status: string }[];
    ledStudios: { name: string; level: string; host: { name: string } }[];
    entitlements: {
      ruleId: string;
      clause: string;
      amount: number;
      status: string;
      shares: { payer: string; amount: number }[];
      county: { name: string } | null;
    }[];
  } | null;
};
/** Entitlements with the county of each, as the county test selects them. */
type EntitlementCounties = {
  entitlements: { totalCount: number; edges: { node: { county: { code: string } | null } }[] };
};

describe('a department reads one person across six subgraphs in one request', () => {
  it('returns directory, evaluation, competitions, awards, training and finance data', async () => {
    const res = await gql<PersonRecord>(PERSON_RECORD, { id: SHOWCASE_PERSON_ID }, tokens.hrss);
    expect(res.errors).toBeUndefined();
    const p = res.data!.person!;
    expect(p.name).toBe('王建国');
    expect(p.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(p.county.name).toBeTruthy();
    expect(p.certificates.length).toBeGreaterThan(0);
    expect(p.highestLevel).toBe('SENIOR_TECHNICIAN');
    expect(p.competitionResults.length).toBeGreaterThan(0);
    expect(p.competitionResults[0]!.competition.name).toBeTruthy();
    expect(p.honours.length).toBeGreaterThan(0);
    expect(p.ledStudios.length).toBeGreaterThan(0);
    expect(p.ledStudios[0]!.host.name).toBeTruthy();
    expect(p.entitlements.length).toBeGreaterThan(0);
    for (const e of p.entitlements) {
      expect(Number.isInteger(e.amount)).toBe(true);
      expect(e.shares.reduce((sum: number, s: { amount: number }) => sum + s.amount, 0)).toBe(e.amount);
    }
  });

  it('lists every domain through the gateway', async () => {
    const res = await gql(
      `{ people(first: 3) { totalCount } skillCertificates(first: 3) { totalCount } masterStudios(first: 3) { totalCount }
         competitions(first: 3) { totalCount } honours(first: 3) { totalCount } entitlements(first: 3) { totalCount } }`,
      {},
      tokens.hrss,
    );
    expect(res.errors).toBeUndefined();
    for (const [field, value] of Object.entries(res.data!))
      expect((value as { totalCount: number }).totalCount, field).toBeGreaterThan(0);
  });
});

describe('auth across the platform', () => {
  it('refuses a request without a token', async () => {
    const res = await gql(`{ counties { code } }`);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation to a department that does not lead it', async () => {
    const res = await gql(
      `mutation { createPerson(input: { name: "钱多多", idNumber: "11010519491231002X", countyCode: "370811" }) { id } }`,
      {},
      tokens.finance,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/无权/);
  });

  it('shows a county finance office only its own county’s entitlements', async () => {
    const all = await gql<EntitlementCounties>(
      `{ entitlements(first: 100) { totalCount edges { node { county { code } } } } }`,
      {},
      tokens.finance,
    );
    const county = await gql<EntitlementCounties>(
      `{ entitlements(first: 100) { totalCount edges { node { county { code } } } } }`,
      {},
      tokens['rencheng-finance'],
    );
    expect(all.errors).toBeUndefined();
    expect(county.errors).toBeUndefined();
    expect(county.data!.entitlements.totalCount).toBeLessThan(all.data!.entitlements.totalCount);
    for (const edge of county.data!.entitlements.edges) expect(edge.node.county?.code).toBe('370811');
  });

  it('subgraphs refuse calls that bypass the gateway', async () => {
    for (const s of platform.subgraphs) {
      const res = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status, s.name).toBe(401);
    }
  });
});

describe('hardening across the platform', () => {
  it('refuses a bad Date or Fen at the gateway as BAD_USER_INPUT naming the field', async () => {
    // A budget of 9999999999999999 fen: beyond what a Fen can carry exactly (Number.MAX_SAFE_INTEGER).
    const budget = await gql(
      `mutation ($input: SetBudgetInput!) { setBudget(input: $input) { budget } }`,
      {
        input: {
          payer: 'CITY',
          year: 2025,
          benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
          amount: '9999999999999999',
        },
      },
      tokens.finance,
    );
    expect(budget.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AMOUNT_OUT_OF_RANGE',
      field: 'input.amount',
    });
    const certificate = await gql(
      `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
      {
        input: {
          personId: SHOWCASE_PERSON_ID,
          level: 'TECHNICIAN',
          occupation: '焊工',
          issuerId: 'org-1',
          issuedOn: '2025-13-45',
          route: 'DIRECT_CERTIFICATION',
          certificateNo: 'X-1',
        },
      },
      tokens.hrss,
    );
    expect(certificate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      field: 'input.issuedOn',
    });
    expect(JSON.stringify([budget, certificate])).not.toContain('服务出错');
  });

  it('revokes a token on logout', async () => {
    const token = await login('union');
    expect((await gql('{ counties { code } }', {}, token)).status).toBe(200);
    const out = await fetch(`${platform.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
    expect((await gql('{ counties { code } }', {}, token)).status).toBe(401);
  });

  it('serves the admin web and the API with security headers', async () => {
    for (const path of ['/', '/people', '/readyz']) {
      const response = await fetch(`${platform.url}${path}`);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });
});
