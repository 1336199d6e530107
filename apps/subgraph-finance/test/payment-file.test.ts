/**
 * 支付文件 (DESIGN.md "Cross-domain flow" 4): a batch's payment file carries each line's full account from the
 * directory (the references' paymentAccounts, answered here by an in-process directory as finance's other tests do),
 * lists a payee without one as missing and counts it, is exported only by whoever may pay the batch and with a
 * reason, and every export is one EXPORT_PAYMENT_FILE entry in finance's trail that never holds an account.
 */
import { listReferences, type ReferenceChecker } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  approved,
  computed,
  count,
  FINANCE,
  ok,
  payable,
  refusal,
  RENCHENG,
  YANZHOU,
  type Finance,
} from './helpers.ts';

/** The directory's accounts, by person id: set per test. */
const accounts = new Map<string, { bankName: string; accountNumber: string }>();
const asked: { people: readonly string[]; organisations: readonly string[] }[] = [];
const references: ReferenceChecker = {
  ...listReferences(null),
  async paymentAccounts(holders) {
    asked.push(holders);
    const of = (id: string) => ({
      id,
      name: `名录-${id.slice(0, 6)}`,
      bankName: null,
      accountNumber: null,
      ...accounts.get(id),
    });
    return { people: holders.people.map(of), organisations: holders.organisations.map(of) };
  },
};

let sg: Finance;
let cityBatch: string;
let countyBatch: string;
let withAccount: string;
let without: string;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false, references });
  await ampleBudgets(sg, ['370811', '370812']);
  const [a, b] = await payable(sg, await approved(sg, await computed(sg, ['账户甲', '账户乙'])));
  const rows = await sg.db.query<{ id: string; p: string }>(
    `SELECT id, beneficiary_person_id AS p FROM entitlement WHERE id = ANY($1)`,
    [[a, b]],
  );
  const personOf = new Map(rows.map((r) => [r.id, r.p]));
  withAccount = personOf.get(a!)!;
  without = personOf.get(b!)!;
  accounts.set(withAccount, { bankName: '中国工商银行济宁分行', accountNumber: '6217002340001234567' });
  const create = `mutation ($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id } }`;
  cityBatch = ok(
    await sg.request<{ createPaymentBatch: { id: string } }>(create, { input: { payer: 'CITY' } }, FINANCE),
  ).createPaymentBatch.id;
  countyBatch = ok(
    await sg.request<{ createPaymentBatch: { id: string } }>(create, { input: { payer: 'COUNTY' } }, RENCHENG),
  ).createPaymentBatch.id;
});
afterAll(async () => sg?.stop());

const FILE = /* GraphQL */ `
  mutation ($batchId: ID!, $reason: String!) {
    paymentFile(batchId: $batchId, reason: $reason) {
      batchId
      payer
      lineCount
      missingAccounts
      total
      auditEntryId
      lines {
        no
        payeeName
        accountKind
        bankName
        accountNumber
        accountMissing
        amount
        clause
      }
    }
  }
`;
interface File {
  paymentFile: {
    lineCount: number;
    missingAccounts: number;
    total: number;
    auditEntryId: string;
    lines: {
      no: number;
      payeeName: string;
      accountKind: string;
      bankName: string | null;
      accountNumber: string | null;
      accountMissing: boolean;
      amount: number;
      clause: string;
    }[];
  };
}
const audited = () => count(sg, `_kit_audit`);

describe('paymentFile', () => {
  it('city Finance exports the city batch: full accounts, the payee without one listed and counted, one audit entry', async () => {
    const before = await audited();
    const file = ok(
      await sg.request<File>(FILE, { batchId: cityBatch, reason: ' 报送国库集中支付 ' }, FINANCE),
    ).paymentFile;
    expect(file).toMatchObject({ lineCount: 2, missingAccounts: 1, total: 200_000 });
    expect(file.lines.map((l) => l.no)).toEqual([1, 2]);
    const full = file.lines.find((l) => !l.accountMissing)!;
    expect(full).toMatchObject({
      payeeName: `名录-${withAccount.slice(0, 6)}`,
      accountKind: 'SOCIAL_SECURITY_CARD',
      bankName: '中国工商银行济宁分行',
      accountNumber: '6217002340001234567',
      amount: 100_000,
      clause: '二(二)', // R1's clause, as the entitlement holds it
    });
    const missing = file.lines.find((l) => l.accountMissing)!;
    expect(missing).toMatchObject({ payeeName: `名录-${without.slice(0, 6)}`, bankName: null, accountNumber: null });
    expect(asked.at(-1)).toEqual({ people: expect.arrayContaining([withAccount, without]), organisations: [] });

    expect(await audited()).toBe(before + 1);
    const [entry] = await sg.db.query<Record<string, unknown>>(
      `SELECT action, entity_type, entity_id, reason, actor_account_id, after::text AS after FROM _kit_audit WHERE id = $1`,
      [file.auditEntryId],
    );
    expect(entry).toMatchObject({
      action: 'EXPORT_PAYMENT_FILE',
      entity_type: 'PaymentBatch',
      entity_id: cityBatch,
      reason: '报送国库集中支付',
      actor_account_id: 'acc-finance',
    });
    expect(JSON.parse(entry!.after as string)).toMatchObject({ lineCount: 2, missingAccounts: 1 });
    expect(String(entry!.after)).not.toContain('6217002340001234567');
    // The auditor finds it in finance's trail.
    const trail = ok(
      await sg.request<{ financeAuditEntries: { edges: { node: { action: string; reason: string } }[] } }>(
        `query ($id: ID) { financeAuditEntries(first: 5, entityId: $id, action: "EXPORT_PAYMENT_FILE") {
          edges { node { action reason } } } }`,
        { id: cityBatch },
        devPrincipal('auditor'),
      ),
    );
    expect(trail.financeAuditEntries.edges.map((e) => e.node)).toEqual([
      { action: 'EXPORT_PAYMENT_FILE', reason: '报送国库集中支付' },
    ]);
  });

  it('任城区 exports its own county batch', async () => {
    const file = ok(
      await sg.request<File>(FILE, { batchId: countyBatch, reason: '报送县级国库' }, RENCHENG),
    ).paymentFile;
    expect(file).toMatchObject({ lineCount: 2, missingAccounts: 1 });
  });

  it.each([
    ['another county’s finance (the county batch)', () => countyBatch, YANZHOU, 'FORBIDDEN'],
    ['a county’s finance (the city batch)', () => cityBatch, RENCHENG, 'FORBIDDEN'],
    ['city Finance (a county batch)', () => countyBatch, FINANCE, 'FORBIDDEN'],
    ['HRSS', () => cityBatch, devPrincipal('hrss'), 'FORBIDDEN'],
    ['the auditor', () => cityBatch, devPrincipal('auditor'), 'FORBIDDEN'],
    ['an unknown batch', () => 'no-such-batch', FINANCE, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_c, batchId, who, code) => {
    const before = await audited();
    const calls = asked.length;
    const res = await sg.request<File>(FILE, { batchId: batchId(), reason: '核对' }, who);
    expect(refusal(res)?.code).toBe(code);
    expect(JSON.stringify(res)).not.toContain('6217002340001234567');
    expect(await audited()).toBe(before);
    expect(asked.length).toBe(calls);
  });

  it('refuses a missing reason with a coded Chinese error and writes nothing', async () => {
    const before = await audited();
    const res = await sg.request<File>(FILE, { batchId: cityBatch, reason: ' 看 ' }, FINANCE);
    expect(refusal(res)?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/导出理由/);
    expect(await audited()).toBe(before);
  });
});
