/**
 * 收款账户 (DESIGN.md "Cross-domain flow" 4): a person's 社保卡金融账户 and a unit's 基本存款账户, set by HRSS (coded
 * refusals writing nothing, audited with masked images, the same account twice written once), served masked to every
 * account, shown in full only by revealPaymentAccount (pii:read, a reason, one entry per answer) and to finance's
 * payment-file service (paymentAccounts), which no user's account can call.
 */
import { AUDIT_TABLE, SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../dev/seed.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { directory } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
let personId: string;
let organisationId: string;
let otherPersonId: string;
beforeAll(async () => {
  sg = await startTestSubgraph(directory, { demo: seedDemo });
  const [person, other] = await sg.prisma.person.findMany({ orderBy: { id: 'asc' }, take: 2 });
  personId = person!.id;
  otherPersonId = other!.id;
  organisationId = (await sg.prisma.organisation.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
});
afterAll(async () => sg?.stop());

const CARD = '6217002340001234567';
const BASIC = '37050168860100000789';

const SET_PERSON = /* GraphQL */ `
  mutation ($input: SetPersonPaymentAccountInput!) {
    setPersonPaymentAccount(input: $input) {
      id
      socialSecurityCardAccount {
        bankName
        accountNumber
        text
      }
    }
  }
`;
const SET_ORGANISATION = /* GraphQL */ `
  mutation ($input: SetOrganisationPaymentAccountInput!) {
    setOrganisationPaymentAccount(input: $input) {
      id
      basicAccount {
        text
      }
    }
  }
`;
const REVEAL = /* GraphQL */ `
  mutation ($personId: ID, $organisationId: ID, $reason: String!) {
    revealPaymentAccount(personId: $personId, organisationId: $organisationId, reason: $reason) {
      ownerId
      name
      kindLabel
      bankName
      accountNumber
      auditEntryId
    }
  }
`;
const LOOKUP = /* GraphQL */ `
  query ($personIds: [ID!]!, $organisationIds: [ID!]!) {
    paymentAccounts(personIds: $personIds, organisationIds: $organisationIds) {
      people {
        id
        name
        bankName
        accountNumber
      }
      organisations {
        id
        bankName
        accountNumber
      }
    }
  }
`;

const auditRows = async (where = 'true') =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${AUDIT_TABLE} WHERE ${where}`))[0]!.n);
const stored = async (id: string) =>
  sg.prisma.person.findUniqueOrThrow({ where: { id }, select: { cardBankName: true, cardAccountNumber: true } });

describe('setting an account', () => {
  it('HRSS sets a person’s card account: served masked, audited with the masked number only', async () => {
    const res = await sg.request<{
      setPersonPaymentAccount: { socialSecurityCardAccount: { bankName: string; accountNumber: string; text: string } };
    }>(SET_PERSON, {
      input: { personId, bankName: ' 中国工商银行济宁分行 ', accountNumber: '6217 0023 4000 1234 567' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setPersonPaymentAccount.socialSecurityCardAccount).toEqual({
      bankName: '中国工商银行济宁分行',
      accountNumber: '****4567',
      text: '中国工商银行济宁分行 ****4567',
    });
    expect(await stored(personId)).toEqual({ cardBankName: '中国工商银行济宁分行', cardAccountNumber: CARD });
    const [entry] = await sg.db.query<{ action: string; before: unknown; after: unknown }>(
      `SELECT action, before, after FROM ${AUDIT_TABLE} WHERE entity_id = $1 AND action = 'SET_PAYMENT_ACCOUNT'`,
      [personId],
    );
    expect(entry!.action).toBe('SET_PAYMENT_ACCOUNT');
    expect(JSON.stringify(entry)).toContain('****4567');
    expect(JSON.stringify(entry)).not.toContain(CARD);
  });

  it('every account reads the masked account; none reads the full number from Person or Organisation', async () => {
    const set = await sg.request(SET_ORGANISATION, {
      input: { organisationId, bankName: '济宁银行', accountNumber: BASIC },
    });
    expect(set.errors).toBeUndefined();
    for (const who of ['finance', 'auditor', 'rencheng-finance', 'hrss'] as const) {
      const res = await sg.request<{
        person: { socialSecurityCardAccount: { text: string } };
        organisation: { basicAccount: { text: string } };
      }>(
        `query ($p: ID!, $o: ID!) { person(id: $p) { socialSecurityCardAccount { text } }
          organisation(id: $o) { basicAccount { text } } }`,
        { p: personId, o: organisationId },
        devPrincipal(who),
      );
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.person.socialSecurityCardAccount.text).toBe('中国工商银行济宁分行 ****4567');
      expect(res.data!.organisation.basicAccount.text).toBe('济宁银行 ****0789');
      expect(JSON.stringify(res)).not.toContain(CARD);
    }
    // The organisation's audit image masks its number too.
    const [entry] = await sg.db.query<{ after: unknown }>(
      `SELECT after FROM ${AUDIT_TABLE} WHERE entity_id = $1 AND action = 'SET_PAYMENT_ACCOUNT'`,
      [organisationId],
    );
    expect(JSON.stringify(entry)).toContain('****0789');
    expect(JSON.stringify(entry)).not.toContain(BASIC);
  });

  it.each([
    ['letters in the number', { accountNumber: '62170023400012345X' }, 'INVALID_ACCOUNT_NUMBER', 'input.accountNumber'],
    ['a number too short', { accountNumber: '62170023400' }, 'INVALID_ACCOUNT_NUMBER', 'input.accountNumber'],
    ['a number too long', { accountNumber: '6'.repeat(31) }, 'INVALID_ACCOUNT_NUMBER', 'input.accountNumber'],
    ['no bank name', { bankName: '  ' }, undefined, 'input.bankName'],
  ])('refuses %s with a coded Chinese error on the field and writes nothing', async (_c, vars, reason, field) => {
    const before = await auditRows();
    const res = await sg.request(SET_PERSON, {
      input: { personId: otherPersonId, bankName: '中国农业银行', accountNumber: '6228480000000000001', ...vars },
    });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    if (reason) expect(error?.extensions?.reason).toBe(reason);
    expect(JSON.stringify(error?.extensions)).toContain(field.split('.').pop()!);
    expect(error?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await stored(otherPersonId)).toEqual({ cardBankName: null, cardAccountNumber: null });
    expect(await auditRows()).toBe(before);
  });

  it.each([
    ['finance', devPrincipal('finance'), 'FORBIDDEN'],
    ['the auditor', devPrincipal('auditor'), 'FORBIDDEN'],
    ['the Trade Union', devPrincipal('union'), 'FORBIDDEN'],
  ])('refuses %s and writes nothing', async (_c, who, code) => {
    const before = await auditRows();
    const res = await sg.request(
      SET_PERSON,
      { input: { personId: otherPersonId, bankName: '中国农业银行', accountNumber: '6228480000000000001' } },
      who,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await stored(otherPersonId)).toEqual({ cardBankName: null, cardAccountNumber: null });
    expect(await auditRows()).toBe(before);
  });

  it('refuses an unknown person or unit as NOT_FOUND', async () => {
    const input = { bankName: '中国农业银行', accountNumber: '6228480000000000001' };
    const p = await sg.request(SET_PERSON, { input: { ...input, personId: 'no-such-person' } });
    expect(p.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const o = await sg.request(SET_ORGANISATION, { input: { ...input, organisationId: 'no-such-unit' } });
    expect(o.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('20 identical requests at once write once and audit once; a change is audited with before and after', async () => {
    const input = { personId: otherPersonId, bankName: '中国建设银行', accountNumber: '6217000000000000042' };
    const before = await auditRows(`entity_id = '${otherPersonId}'`);
    const answers = await Promise.all(Array.from({ length: 20 }, () => sg.request(SET_PERSON, { input })));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(await auditRows(`entity_id = '${otherPersonId}'`)).toBe(before + 1);
    const change = await sg.request(SET_PERSON, { input: { ...input, accountNumber: '6217000000000000099' } });
    expect(change.errors).toBeUndefined();
    const rows = await sg.db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM ${AUDIT_TABLE} WHERE entity_id = $1 AND action = 'SET_PAYMENT_ACCOUNT' ORDER BY at`,
      [otherPersonId],
    );
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows[1]!.before)).toContain('****0042');
    expect(JSON.stringify(rows[1]!.after)).toContain('****0099');
  });
});

describe('revealPaymentAccount', () => {
  it('shows the full account to pii:read with a reason, one REVEAL_PAYMENT_ACCOUNT entry with that reason', async () => {
    const before = await auditRows();
    const res = await sg.request<{ revealPaymentAccount: { accountNumber: string; auditEntryId: string } }>(REVEAL, {
      personId,
      reason: ' 核对发放账户 ',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealPaymentAccount).toMatchObject({
      ownerId: personId,
      kindLabel: '社保卡金融账户',
      bankName: '中国工商银行济宁分行',
      accountNumber: CARD,
    });
    expect(await auditRows()).toBe(before + 1);
    const [entry] = await sg.db.query<Record<string, unknown>>(
      `SELECT action, entity_type, entity_id, reason, actor_account_id FROM ${AUDIT_TABLE} WHERE id = $1`,
      [res.data!.revealPaymentAccount.auditEntryId],
    );
    expect(entry).toEqual({
      action: 'REVEAL_PAYMENT_ACCOUNT',
      entity_type: 'Person',
      entity_id: personId,
      reason: '核对发放账户',
      actor_account_id: 'acc-hrss',
    });
    const unit = await sg.request<{ revealPaymentAccount: { accountNumber: string; kindLabel: string } }>(REVEAL, {
      organisationId,
      reason: '核对发放账户',
    });
    expect(unit.data!.revealPaymentAccount).toMatchObject({ accountNumber: BASIC, kindLabel: '基本存款账户' });
  });

  it.each([
    ['a one-character reason', { personId: 'P', reason: '看' }, devPrincipal('hrss'), 'BAD_USER_INPUT'],
    ['neither a person nor a unit', { reason: '核对材料' }, devPrincipal('hrss'), 'BAD_USER_INPUT'],
    ['finance (no pii:read)', { personId: 'P', reason: '核对材料' }, devPrincipal('finance'), 'FORBIDDEN'],
    ['the auditor', { personId: 'P', reason: '核对材料' }, devPrincipal('auditor'), 'FORBIDDEN'],
    ['a person without an account', { personId: 'NONE', reason: '核对材料' }, devPrincipal('hrss'), 'NOT_FOUND'],
  ])('refuses %s with a coded error and writes nothing', async (_c, vars, who, code) => {
    const none = (await sg.prisma.person.findFirstOrThrow({ where: { cardAccountNumber: null } })).id;
    const resolved = { ...vars, ...('personId' in vars ? { personId: vars.personId === 'P' ? personId : none } : {}) };
    const before = await auditRows();
    const res = await sg.request(REVEAL, resolved, who);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(res)).not.toContain(CARD);
    expect(await auditRows()).toBe(before);
  });
});

describe('paymentAccounts (finance’s payment-file service only)', () => {
  it('answers the service in order, null for nobody, with the full numbers', async () => {
    const res = await sg.request<{
      paymentAccounts: {
        people: ({ id: string; bankName: string | null; accountNumber: string | null } | null)[];
        organisations: ({ id: string; accountNumber: string | null } | null)[];
      };
    }>(
      LOOKUP,
      { personIds: ['nobody', personId], organisationIds: [organisationId] },
      { ...SERVICE_PRINCIPALS.PAYMENT_FILE, permissions: [...SERVICE_PRINCIPALS.PAYMENT_FILE.permissions] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.paymentAccounts.people[0]).toBeNull();
    expect(res.data!.paymentAccounts.people[1]).toMatchObject({ id: personId, accountNumber: CARD });
    expect(res.data!.paymentAccounts.organisations[0]).toMatchObject({ id: organisationId, accountNumber: BASIC });
  });

  it.each(['hrss', 'finance', 'auditor', 'rencheng-finance'] as const)('refuses %s', async (who) => {
    const res = await sg.request(LOOKUP, { personIds: [personId], organisationIds: [] }, devPrincipal(who));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res)).not.toContain(CARD);
  });
});
