import type { PaymentAccountKind, RuleId } from '@jining/rules';
import {
  appendAudit,
  KitError,
  notFound,
  principalOf,
  type AuditActor,
  type ReferenceChecker,
} from '@jining/subgraph-kit';
import type { Payer, PrismaClient } from '../generated/prisma/client.ts';
import { sumFen } from './money.ts';
import { authorisePayer } from './payments.ts';

/**
 * 支付文件 (DESIGN.md "Cross-domain flow" 4): what the treasury pays from a batch — each line awaiting the bank with
 * its payee's full account, a person's 社保卡金融账户 and a unit's 基本存款账户, read from the directory at export time
 * as finance's payment-file service (the only holder of the lookup). Only whoever may pay the batch exports it
 * (city Finance for CITY and UNION, a county's finance for its own COUNTY batch), with a reason, and each export is
 * an EXPORT_PAYMENT_FILE entry in finance's trail naming who and why. A line whose payee has no account is listed as
 * missing and counted, never dropped. Accounts are not stored in finance: everywhere else they show masked, from
 * the directory.
 */

export const EXPORT_PAYMENT_FILE = 'EXPORT_PAYMENT_FILE';

export interface PaymentFileLine {
  no: number;
  lineId: string;
  entitlementId: string;
  payeeName: string;
  accountKind: PaymentAccountKind;
  bankName: string | null;
  accountNumber: string | null;
  accountMissing: boolean;
  amount: bigint;
  clause: string;
}

export interface PaymentFile {
  batchId: string;
  payer: Payer;
  countyCode: string | null;
  lines: PaymentFileLine[];
  lineCount: number;
  missingAccounts: number;
  total: bigint;
  auditEntryId: string;
}

export async function exportPaymentFile(
  prisma: PrismaClient,
  references: ReferenceChecker,
  actor: AuditActor,
  input: { batchId: string; reason: string },
): Promise<PaymentFile> {
  const principal = principalOf(actor);
  const batch = await prisma.paymentBatch.findUnique({
    where: { id: input.batchId },
    include: {
      lines: {
        where: { status: 'IN_BATCH' },
        orderBy: [{ entitlementId: 'asc' }, { id: 'asc' }],
        include: {
          entitlement: {
            select: { ruleId: true, clause: true, beneficiaryPersonId: true, beneficiaryOrganisationId: true },
          },
        },
      },
    },
  });
  if (!batch) throw notFound('支付批次', input.batchId);
  authorisePayer(
    principal,
    batch.payer,
    batch.countyCode,
    batch.lines.map((l) => l.entitlement.ruleId as RuleId),
  );
  if (batch.lines.length === 0) {
    throw new KitError('CONFLICT', '该支付批次没有待银行回单的明细，无需导出支付文件', {
      field: 'batchId',
      reason: 'NOTHING_TO_PAY',
      messageEn: 'No line of the batch awaits the bank',
    });
  }
  const people = [...new Set(batch.lines.flatMap((l) => l.entitlement.beneficiaryPersonId ?? []))];
  const organisations = [
    ...new Set(
      batch.lines.flatMap((l) =>
        l.entitlement.beneficiaryPersonId ? [] : (l.entitlement.beneficiaryOrganisationId ?? []),
      ),
    ),
  ];
  // Before anything is written: a directory that cannot answer leaves no audit entry and no file.
  const accounts = await references.paymentAccounts({ people, organisations });
  const byPerson = new Map(people.map((id, i) => [id, accounts.people[i] ?? null]));
  const byOrganisation = new Map(organisations.map((id, i) => [id, accounts.organisations[i] ?? null]));

  const lines = batch.lines.map((line, i): PaymentFileLine => {
    const personId = line.entitlement.beneficiaryPersonId;
    const holder = personId
      ? byPerson.get(personId)
      : byOrganisation.get(line.entitlement.beneficiaryOrganisationId ?? '');
    const accountMissing = !holder?.bankName || !holder.accountNumber;
    return {
      no: i + 1,
      lineId: line.id,
      entitlementId: line.entitlementId,
      payeeName: holder?.name ?? '（名录中未找到收款人）',
      accountKind: personId ? 'SOCIAL_SECURITY_CARD' : 'BASIC_DEPOSIT',
      bankName: accountMissing ? null : holder!.bankName,
      accountNumber: accountMissing ? null : holder!.accountNumber,
      accountMissing,
      amount: BigInt(line.amount),
      clause: line.entitlement.clause,
    };
  });
  const missingAccounts = lines.filter((l) => l.accountMissing).length;
  const total = sumFen(lines.map((l) => l.amount));
  const auditEntryId = await prisma.$transaction((tx) =>
    appendAudit(tx, actor, {
      action: EXPORT_PAYMENT_FILE,
      entityType: 'PaymentBatch',
      entityId: batch.id,
      reason: input.reason,
      // Counts and the total only: the trail never holds an account.
      after: { payer: batch.payer, countyCode: batch.countyCode, lineCount: lines.length, missingAccounts, total },
    }),
  );
  return {
    batchId: batch.id,
    payer: batch.payer,
    countyCode: batch.countyCode,
    lines,
    lineCount: lines.length,
    missingAccounts,
    total,
    auditEntryId,
  };
}
