/**
 * Generated from the duty map (`DUTIES` of @jining/rules): every mutation of every subgraph, for every code of the
 * duty it is checked against (honour kind, studio level, tier, route, rule …), as every dev account, through the real
 * gateway and the six real subgraph processes. The map says allowed or not; the platform must agree:
 *
 * - allowed: the mutation answers without error (and so neither FORBIDDEN nor UNAUTHENTICATED);
 * - not allowed: FORBIDDEN, and nothing is written (the counts of every domain, read as HRSS, stay the same).
 *
 * Why here and not per subgraph: the chain under test runs from the dev account's login (its permissions in the
 * JWT, from the protocol's table) through the gateway's signing to each subgraph's schema gate and `requireDuty`, so
 * only the whole platform proves the table and the map agree at run time; and one file can list the supergraph's
 * mutations and fail when a new one has no case here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataset } from '@jining/demo-data';
import { DEV_ACCOUNTS, type DevAccount } from '@jining/protocol/dev-accounts';
import { BENEFIT_GROUPS, DUTIES, RULE_CLAUSES, type Duty, type RuleId } from '@jining/rules';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

let platform: Platform;
let dataDir: string;
const tokens: Record<string, string> = {};
/** One competition per tier, for recordCompetitionResult. */
const competitionOfTier: Record<string, string> = {};
const demo = demoDataset();

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLBody<T>;
}

async function ok<T>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const body = await gql<T>(query, variables, tokens[username]!);
  expect(body.errors, `${username}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data!;
}

/** What a refused call must leave as it was: every domain's rows, and the honours by status. */
const COUNTS = /* GraphQL */ `
  {
    people(first: 1) {
      totalCount
    }
    organisations(first: 1) {
      totalCount
    }
    skillCertificates(first: 1) {
      totalCount
    }
    masterStudios(first: 1) {
      totalCount
    }
    competitions(first: 1) {
      totalCount
    }
    competitionResults(first: 1) {
      totalCount
    }
    nominated: honours(first: 1, status: NOMINATED) {
      totalCount
    }
    approved: honours(first: 1, status: APPROVED) {
      totalCount
    }
    rejected: honours(first: 1, status: REJECTED) {
      totalCount
    }
    entitlements(first: 1) {
      totalCount
    }
  }
`;
const counts = () => ok<Record<string, { totalCount: number }>>(COUNTS, {}, 'hrss');

let serial = 0;
/** A fresh value per call, so unique indexes never refuse an allowed call. */
const next = () => ++serial;
/** Demo people and units not loaded anywhere here: real ID numbers and credit codes, each used once. */
let person = 0;
let unit = 0;

interface MutationCase {
  /** The duty the mutation is checked against (its area's permission at the schema, the code in the resolver). */
  duty: Duty<string>;
  /** The GraphQL enum the code travels as, where it is one: only the codes the API accepts can be called. */
  codeEnum?: string;
  /** What must exist before the call (written as other accounts, before the counts are taken). */
  prepare?(code: string, username: string): Promise<string>;
  /** Calls the mutation as `username` for `code`; returns the answer. */
  call(code: string, username: string, prepared: string | undefined): Promise<GraphQLBody>;
}

/** A nominator for a decision by `decider`: another account that may nominate `kind` (maker-checker). */
const nominatorFor = (kind: string, decider: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== decider && DUTIES.HONOUR.allows(a.department, kind))!.username;

const CASES: Record<string, MutationCase> = {
  createPerson: {
    duty: DUTIES.DIRECTORY,
    call: (_code, username) => {
      const p = demo.people[person++]!;
      return gql(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { name: p.name, idNumber: p.idNumber, countyCode: p.countyCode } },
        tokens[username]!,
      );
    },
  },
  createOrganisation: {
    duty: DUTIES.DIRECTORY,
    call: (_code, username) => {
      const o = demo.organisations[unit++]!;
      return gql(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
        { input: { name: o.name, kind: o.kind, creditCode: o.creditCode, countyCode: o.countyCode } },
        tokens[username]!,
      );
    },
  },
  createSkillCertificate: {
    codeEnum: 'CertificationRoute',
    duty: DUTIES.CERTIFICATE,
    call: (route, username) =>
      gql(
        `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
        {
          input: {
            personId: `duty-person-${next()}`,
            level: 'SENIOR',
            occupation: '电工',
            issuerId: 'duty-organisation',
            issuedOn: '2025-06-01',
            route,
            certificateNo: `DUTY-${serial}`,
          },
        },
        tokens[username]!,
      ),
  },
  createMasterStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    call: (level, username) =>
      gql(
        `mutation ($input: CreateMasterStudioInput!) { createMasterStudio(input: $input) { id } }`,
        {
          input: {
            name: '职责测试技能大师工作室',
            level,
            leadId: `duty-person-${next()}`,
            hostId: 'duty-organisation',
            trade: '焊工',
            approvedOn: '2025-06-01',
          },
        },
        tokens[username]!,
      ),
  },
  createCompetition: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
        { input: { name: `职责测试竞赛 ${next()}`, tier, trade: '电工', year: 2026 } },
        tokens[username]!,
      ),
  },
  recordCompetitionResult: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
        { input: { competitionId: competitionOfTier[tier], personId: `duty-person-${next()}`, rank: 1 } },
        tokens[username]!,
      ),
  },
  nominateHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    call: (kind, username) =>
      gql(
        `mutation ($input: NominateHonourInput!) { nominateHonour(input: $input) { id } }`,
        { input: { kind, year: 2026, personId: `duty-person-${next()}` } },
        tokens[username]!,
      ),
  },
  decideHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    prepare: async (kind, username) => {
      const nominated = await ok<{ nominateHonour: { id: string } }>(
        `mutation ($input: NominateHonourInput!) { nominateHonour(input: $input) { id } }`,
        { input: { kind, year: 2027, personId: `duty-person-${next()}` } },
        nominatorFor(kind, username),
      );
      return nominated.nominateHonour.id;
    },
    call: (_kind, username, id) =>
      gql(`mutation ($id: ID!) { decideHonour(id: $id, approve: true) { id status } }`, { id }, tokens[username]!),
  },
  createEntitlement: {
    duty: DUTIES.ENTITLEMENT,
    call: (ruleId, username) =>
      gql(
        `mutation ($input: CreateEntitlementInput!) { createEntitlement(input: $input) { id } }`,
        {
          input: {
            ruleId,
            clause: RULE_CLAUSES[ruleId as RuleId],
            description: '职责测试待遇',
            beneficiaryPersonId: 'duty-person',
            factRef: `duty-fact-${next()}`,
            benefitGroup: BENEFIT_GROUPS[0],
            amount: 100_000,
            shares: [{ payer: 'CITY', amount: 100_000 }],
          },
        },
        tokens[username]!,
      ),
  },
};

/** The enums of the committed supergraph (what the gateway serves), read before the tests are generated. */
const SUPERGRAPH_ENUMS = new Map(
  parse(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8'))
    .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
);
/** The codes a mutation can be called with: the duty's, as far as the API records them (evaluation records 4 of 6 routes). */
const codesOf = (c: MutationCase) =>
  c.codeEnum ? c.duty.codes.filter((code) => SUPERGRAPH_ENUMS.get(c.codeEnum!)!.includes(code)) : c.duty.codes;

/** Every (mutation, code, account) with what the map says. */
const MATRIX = Object.entries(CASES).flatMap(([mutation, c]) =>
  codesOf(c).flatMap((code) =>
    DEV_ACCOUNTS.map((account: DevAccount) => ({
      mutation,
      code,
      username: account.username,
      allowed: c.duty.allows(account.department, code),
    })),
  ),
);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jining-duties-'));
  // No demo data: the counts start from the reference data alone, and every write below is this test's.
  platform = await startPlatform({ portOffset: await freePortOffset(), dataDir, demoData: false, log: () => {} });
  for (const { username } of DEV_ACCOUNTS) {
    const res = await fetch(`${platform.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'jining2025' }),
    });
    expect(res.status, username).toBe(200);
    tokens[username] = ((await res.json()) as { token: string }).token;
  }
  for (const tier of DUTIES.COMPETITION.codes) {
    const made = await ok<{ createCompetition: { id: string } }>(
      `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
      { input: { name: `职责测试竞赛（${tier}）`, tier, trade: '电工', year: 2026 } },
      'hrss',
    );
    competitionOfTier[tier] = made.createCompetition.id;
  }
}, 300_000);

afterAll(async () => {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the permission test is complete', () => {
  it('has a case for every mutation of the supergraph', async () => {
    const data = await ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      `{ __schema { mutationType { fields { name } } } }`,
      {},
      'hrss',
    );
    expect(data.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('calls every code the API accepts, and the API accepts no code the duty map has no rule for', () => {
    for (const [mutation, c] of Object.entries(CASES)) {
      if (!c.codeEnum) continue;
      const api = SUPERGRAPH_ENUMS.get(c.codeEnum);
      expect(api, `${mutation}: enum ${c.codeEnum}`).toBeDefined();
      expect(c.duty.codes, mutation).toEqual(expect.arrayContaining(api!));
      expect(codesOf(c).length, mutation).toBeGreaterThan(0);
    }
  });

  it('acts as every dev account; the map allows some calls and refuses others', () => {
    expect(new Set(MATRIX.map((m) => m.username))).toEqual(new Set(DEV_ACCOUNTS.map((a) => a.username)));
    expect(MATRIX.some((m) => m.allowed)).toBe(true);
    expect(MATRIX.some((m) => !m.allowed)).toBe(true);
  });
});

describe.each(Object.keys(CASES))('%s, as the duty map says', (mutation) => {
  it.each(MATRIX.filter((m) => m.mutation === mutation))(
    '$code as $username: allowed = $allowed',
    async ({ code, username, allowed }) => {
      const c = CASES[mutation]!;
      const prepared = await c.prepare?.(code, username);
      if (allowed) {
        const res = await c.call(code, username, prepared);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        return;
      }
      const before = await counts();
      const res = await c.call(code, username, prepared);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    },
  );
});
