/**
 * The directory's audit trail: a full ID number only through revealIdNumber, with a reason, one REVEAL_ID_NUMBER entry
 * per answer and none per refusal; the directory's mutations audited with their after-image; the trail readable by
 * audit:read only.
 */
import { makeCreditCode, makeResidentId } from '@jining/reference-data';
import { AUDIT_TABLE } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type Connection, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../dev/seed.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { directory } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
let personId: string;
let idNumber: string;
beforeAll(async () => {
  sg = await startTestSubgraph(directory, { demo: seedDemo });
  const person = await sg.prisma.person.findFirstOrThrow({ orderBy: { id: 'asc' } });
  personId = person.id;
  idNumber = person.idNumber;
});
afterAll(async () => sg?.stop());

const REVEAL = /* GraphQL */ `
  mutation ($personId: ID!, $reason: String!) {
    revealIdNumber(personId: $personId, reason: $reason) {
      personId
      name
      idNumber
      auditEntryId
    }
  }
`;
type Revealed = { revealIdNumber: { personId: string; name: string; idNumber: string; auditEntryId: string } };

const ENTRIES = /* GraphQL */ `
  query ($entityId: ID, $action: String, $actor: String, $first: Int, $after: String) {
    auditEntries(entityId: $entityId, action: $action, actorAccountId: $actor, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actorAccountId
          actorName
          department
          action
          entityType
          entityId
          reason
          before
          after
          requestId
          trail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
interface Entry {
  id: string;
  at: string;
  actorAccountId: string;
  actorName: string;
  department: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  requestId: string;
  trail: string;
}
const auditor = devPrincipal('auditor');
const entries = async (variables: Record<string, unknown>) => {
  const res = await sg.request<{ auditEntries: Connection<Entry> }>(ENTRIES, variables, auditor);
  expect(res.errors).toBeUndefined();
  return res.data!.auditEntries;
};
const auditRows = async () =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${AUDIT_TABLE}`))[0]!.n);

describe('revealIdNumber', () => {
  it('shows the full number to pii:read with a reason, and writes one REVEAL_ID_NUMBER entry with that reason', async () => {
    const before = await auditRows();
    const res = await sg.request<Revealed>(REVEAL, { personId, reason: '  核对补贴申请材料  ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealIdNumber).toMatchObject({ personId, idNumber });
    expect(await auditRows()).toBe(before + 1);
    const found = await entries({ entityId: personId, action: 'REVEAL_ID_NUMBER', first: 5 });
    expect(found.totalCount).toBe(1);
    const entry = found.edges[0]!.node;
    expect(entry).toMatchObject({
      id: res.data!.revealIdNumber.auditEntryId,
      actorAccountId: 'acc-hrss',
      actorName: devPrincipal('hrss').displayName,
      department: 'HRSS',
      entityType: 'Person',
      entityId: personId,
      reason: '核对补贴申请材料',
      before: null,
      after: null,
      trail: 'directory',
    });
    expect(entry.requestId).not.toBe('');
    // The trail itself never holds the full number.
    expect(JSON.stringify(found)).not.toContain(idNumber);
  });

  it.each([
    ['a one-character reason', { reason: '看' }, devPrincipal('hrss'), 'BAD_USER_INPUT'],
    ['a blank reason', { reason: '    ' }, devPrincipal('hrss'), 'BAD_USER_INPUT'],
    ['a 201-character reason', { reason: '核'.repeat(201) }, devPrincipal('hrss'), 'BAD_USER_INPUT'],
    ['an account without pii:read', { reason: '核对材料' }, devPrincipal('finance'), 'FORBIDDEN'],
    ['the auditor (who reads the trail, not numbers)', { reason: '核对材料' }, auditor, 'FORBIDDEN'],
    ['an unknown person', { reason: '核对材料', personId: 'no-such-person' }, devPrincipal('hrss'), 'NOT_FOUND'],
  ])('refuses %s with a coded error and writes nothing', async (_case, vars, principal, code) => {
    const before = await auditRows();
    const res = await sg.request<Revealed>(REVEAL, { personId, ...vars }, principal);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (code !== 'FORBIDDEN') expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(res.data ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain(idNumber);
    expect(await auditRows()).toBe(before);
  });

  it('20 concurrent reveals: 20 answers, 20 entries, nothing else', async () => {
    const before = await auditRows();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sg.request<Revealed>(REVEAL, { personId, reason: `并发核对 ${i}` })),
    );
    for (const a of answers) expect(a.data!.revealIdNumber.idNumber).toBe(idNumber);
    expect(await auditRows()).toBe(before + 20);
    const rows = await sg.db.query<{ reason: string; action: string }>(
      `SELECT reason, action FROM ${AUDIT_TABLE} WHERE reason LIKE '并发核对 %'`,
    );
    expect(rows.map((r) => r.reason).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `并发核对 ${i}`).sort());
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['REVEAL_ID_NUMBER']));
    expect(new Set(answers.map((a) => a.data!.revealIdNumber.auditEntryId)).size).toBe(20);
  });
});

describe('the directory’s mutations are audited', () => {
  it('createPerson: an after-image with the number masked and the birth year only', async () => {
    const number = makeResidentId('370811', '1988-08-08', 246);
    const made = await sg.request<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: '审计测', idNumber: number, countyCode: '370811' } },
    );
    expect(made.errors).toBeUndefined();
    const id = made.data!.createPerson.id;
    const [entry] = (await entries({ entityId: id })).edges.map((e) => e.node);
    expect(entry).toMatchObject({ action: 'CREATE_PERSON', entityType: 'Person', actorAccountId: 'acc-hrss' });
    expect(entry!.before).toBeNull();
    expect(JSON.parse(entry!.after!)).toEqual({
      id,
      name: '审计测',
      idNumber: `370811********${number.slice(14)}`,
      birthYear: 1988,
      gender: 'FEMALE', // the 17th digit (6) is even
      countyCode: '370811',
      employerId: null,
    });
    expect(entry!.after).not.toContain(number);
    expect(entry!.after).not.toContain('1988-08-08');
  });

  it('a refused createPerson (a duplicate number) leaves neither the person nor an entry', async () => {
    const number = makeResidentId('370811', '1988-08-09', 246);
    const input = { name: '重复者', idNumber: number, countyCode: '370811' };
    const create = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
    expect((await sg.request(create, { input })).errors).toBeUndefined();
    const before = await auditRows();
    const again = await sg.request(create, { input });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await auditRows()).toBe(before);
  });

  it('createOrganisation: its after-image', async () => {
    // A serial the demo data does not use (it numbers its units from 1).
    const creditCode = makeCreditCode('370811', 987_654);
    const made = await sg.request<{ createOrganisation: { id: string } }>(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: '审计测试有限公司', kind: 'ENTERPRISE', creditCode, countyCode: '370811' } },
    );
    expect(made.errors).toBeUndefined();
    const [entry] = (await entries({ entityId: made.data!.createOrganisation.id })).edges.map((e) => e.node);
    expect(entry).toMatchObject({ action: 'CREATE_ORGANISATION', entityType: 'Organisation', before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({ name: '审计测试有限公司', creditCode, stateOwned: false });
  });
});

describe('auditEntries', () => {
  it.each(['hrss', 'finance', 'union', 'education'])('is FORBIDDEN to %s', async (username) => {
    const res = await sg.request(ENTRIES, { first: 1 }, devPrincipal(username));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
  });

  it('pages newest first for the auditor, filters by actor, and refuses backwards pages and bad cursors', async () => {
    const first = await entries({ actor: 'acc-hrss', first: 5 });
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await entries({ actor: 'acc-hrss', first: 5, after: first.pageInfo.endCursor });
    const seqs = [...first.edges, ...next.edges].map((e) => Number(e.cursor));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(10);
    for (const e of [...first.edges, ...next.edges]) expect(e.node.actorAccountId).toBe('acc-hrss');

    const back = await sg.request(`{ auditEntries(last: 5) { totalCount } }`, {}, auditor);
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORWARD_ONLY' });
    const bad = await sg.request(`{ auditEntries(first: 5, after: "x' OR 1=1") { totalCount } }`, {}, auditor);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
