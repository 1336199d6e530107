import { DUTIES, isCountyCode, PAYER, type RuleId } from '@jining/rules';
import {
  appendAudit,
  badInput,
  KitError,
  notFound,
  principalOf,
  requireDuty,
  type AuditActor,
  type Principal,
} from '@jining/subgraph-kit';
import { Prisma, type EntitlementStatus, type Payer, type PrismaClient } from '../generated/prisma/client.ts';
import { isCashPayer, payerName } from './budgets.ts';
import { chinaToday, isoDate } from './clock.ts';
import { HISTORY_EVENTS, historyEntry } from './history.ts';
import { sumFen, yuan } from './money.ts';
import { LOCKING_TRANSACTION, type Tx } from './tx.ts';
import { countyScope } from './visibility.ts';

/**
 * Payment batches (支付批次), one payer at a time (DESIGN.md "Cross-domain flow" 4): a batch takes every payable cash
 * share of its payer — a COUNTY batch only its county's — as lines; each line is marked paid with the bank's
 * reference and date, or returned (e.g. a wrong account), when the share is payable again and goes into a later
 * batch as a new line. An entitlement is IN_PAYMENT while any of its cash shares is in a batch or paid, and PAID
 * when all of them are paid.
 *
 * Who pays which share, from the duty map (@jining/rules DUTIES):
 * - COUNTY shares: the county's own finance office only (DUTIES.COUNTY_SHARE, reading DUTY_COUNTY_SHARE, and the
 *   account's county): city Finance does not pay a county's money, and a county pays no other county's.
 * - CITY and UNION shares: city Finance (DUTIES.ENTITLEMENT for the rule of every line, reading
 *   DUTY_ENTITLEMENTS_FINANCE). The Trade Union holds no finance duty on the platform, so its shares (R9 craftsman
 *   colleges) go out through the Finance Bureau's payment run like the city's.
 * - TAX is not cash: R4's credit against the education surcharges is never put in a payment batch. Its entitlement
 *   stays payable (待支付, for the tax bureau to credit) and shows as such in reconciliation; the credit ledger per
 *   enterprise and year, with its carry-forward, is src/facts/ledger.ts.
 */

/** Statuses whose cash shares may be put in a batch: payable, or in payment through another payer's share. */
const BATCHABLE: readonly EntitlementStatus[] = ['PAYABLE', 'IN_PAYMENT'];

const otherCounty = () =>
  new KitError('FORBIDDEN', '县级财政只能办理本县（市、区）承担的支付', {
    reason: 'OTHER_COUNTY',
    messageEn: 'A county finance office handles its own county’s shares only',
  });

/**
 * May the caller pay this payer's shares (of these rules)? COUNTY: the county's own office; CITY and UNION: city
 * Finance, holding the entitlement duty for each rule.
 */
export function authorisePayer(
  principal: Principal,
  payer: Payer,
  countyCode: string | null,
  ruleIds: Iterable<RuleId>,
) {
  if (payer === 'COUNTY') {
    requireDuty(principal, DUTIES.COUNTY_SHARE, 'COUNTY');
    if (!principal.countyCode || principal.countyCode !== countyCode) throw otherCounty();
    return;
  }
  if (principal.countyCode) throw otherCounty();
  for (const ruleId of new Set(ruleIds)) requireDuty(principal, DUTIES.ENTITLEMENT, ruleId);
}

/** The batch's county from the input: a COUNTY batch names one (a county account's own by default), others none. */
function batchCounty(principal: Principal, payer: Payer, countyCode: string | null | undefined): string | null {
  if (!isCashPayer(payer)) {
    throw badInput('税费抵免不是现金支付，不进入支付批次', {
      field: 'input.payer',
      reason: 'TAX_IS_NOT_CASH',
      messageEn: 'A tax credit is not paid in cash',
    });
  }
  const county = countyCode?.trim() || null;
  if (payer !== 'COUNTY') {
    if (county) {
      throw badInput(`${PAYER.label(payer)}支付批次不分县（市、区），不填县代码`, {
        field: 'input.countyCode',
        reason: 'COUNTY_ONLY_FOR_COUNTY_PAYER',
      });
    }
    return null;
  }
  const chosen = county ?? principal.countyCode ?? null;
  if (!chosen) {
    throw badInput('县级财政支付批次须写明县（市、区）', { field: 'input.countyCode', reason: 'COUNTY_REQUIRED' });
  }
  if (!isCountyCode(chosen)) {
    throw badInput(`县（市、区）代码未知：${chosen}`, { field: 'input.countyCode', reason: 'UNKNOWN_COUNTY' });
  }
  return chosen;
}

/** A share with no line that is in a batch or paid: payable (again, after a return). */
const NO_LIVE_LINE = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM payment_line l
  WHERE l.entitlement_id = s.entitlement_id AND l.payer = s.payer AND l.status <> 'RETURNED')`;

interface PayableShare {
  entitlementId: string;
  amount: bigint;
  ruleId: RuleId;
  status: EntitlementStatus;
}

/** Makes one payer's payment batch of all its payable shares (a county's: that county's). Returns the batch's id. */
export async function createPaymentBatch(
  prisma: PrismaClient,
  actor: AuditActor,
  input: { payer: Payer; countyCode?: string | null },
): Promise<string> {
  const principal = principalOf(actor);
  const county = batchCounty(principal, input.payer, input.countyCode);
  if (input.payer === 'COUNTY') authorisePayer(principal, 'COUNTY', county, []);
  const payer = input.payer;
  const who = payerName(payer, county);
  return prisma.$transaction(async (tx) => {
    // One batch of a payer (and county) at a time; the entitlements are locked because their status moves.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`payment-batch:${payer}:${county ?? ''}`}, 0))`;
    const shares = await tx.$queryRaw<PayableShare[]>`
      SELECT s.entitlement_id AS "entitlementId", s.amount, e.rule_id AS "ruleId", e.status::text AS status
      FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
      WHERE s.payer::text = ${payer} AND e.status::text IN (${Prisma.join(BATCHABLE)})
        ${county ? Prisma.sql`AND e.county_code = ${county}` : Prisma.empty}
        AND ${NO_LIVE_LINE}
      ORDER BY e.id FOR UPDATE OF e`;
    if (shares.length === 0) {
      throw new KitError('CONFLICT', `${who}没有待支付的分担`, {
        field: 'input.payer',
        reason: 'NOTHING_TO_PAY',
        messageEn: `Nothing payable for ${payer}${county ? ` ${county}` : ''}`,
      });
    }
    authorisePayer(
      principal,
      payer,
      county,
      shares.map((s) => s.ruleId),
    );
    const total = sumFen(shares.map((s) => BigInt(s.amount)));
    const batch = await tx.paymentBatch.create({
      data: { payer, countyCode: county, total, lineCount: shares.length, createdBy: principal.accountId },
    });
    await tx.paymentLine.createMany({
      data: shares.map((s) => ({ batchId: batch.id, entitlementId: s.entitlementId, payer, amount: s.amount })),
    });
    const starting = shares.filter((s) => s.status === 'PAYABLE').map((s) => s.entitlementId);
    await tx.entitlement.updateMany({ where: { id: { in: starting } }, data: { status: 'IN_PAYMENT' } });
    const now = new Date();
    await tx.entitlementHistory.createMany({
      data: shares.map((s) =>
        historyEntry(
          principal,
          s.entitlementId,
          s.status === 'PAYABLE' ? 'IN_PAYMENT' : HISTORY_EVENTS.SHARE_IN_BATCH,
          s.status,
          'IN_PAYMENT',
          `${who}分担 ${yuan(BigInt(s.amount))} 进入支付批次（${shares.length} 笔，合计 ${yuan(total)}）`,
          now,
        ),
      ),
    });
    await appendAudit(tx, actor, {
      action: 'CREATE_PAYMENT_BATCH',
      entityType: 'PaymentBatch',
      entityId: batch.id,
      after: { payer, countyCode: county, total, lineCount: shares.length },
    });
    return batch.id;
  }, LOCKING_TRANSACTION);
}

interface LockedLine {
  status: string;
  entitlementId: string;
  payer: Payer;
  amount: bigint;
  batchId: string;
  countyCode: string | null;
  batchCreatedAt: Date;
  ruleId: RuleId;
}

/** The line's row locked, with its batch and rule; refuses a caller who may not pay its payer's share. */
async function lockLine(tx: Tx, principal: Principal, lineId: string): Promise<LockedLine> {
  const [line] = await tx.$queryRaw<LockedLine[]>`
    SELECT l.status::text AS status, l.entitlement_id AS "entitlementId", l.payer::text AS payer, l.amount,
      l.batch_id AS "batchId", b.county_code AS "countyCode", b.created_at AS "batchCreatedAt", e.rule_id AS "ruleId"
    FROM payment_line l JOIN payment_batch b ON b.id = l.batch_id JOIN entitlement e ON e.id = l.entitlement_id
    WHERE l.id = ${lineId}
    FOR UPDATE OF l`;
  if (!line) throw notFound('支付明细', lineId);
  authorisePayer(principal, line.payer, line.countyCode, [line.ruleId]);
  if (line.status !== 'IN_BATCH') {
    throw new KitError('CONFLICT', '该支付明细已办结（已发放或已退回），不能再次办理', {
      field: 'input.lineId',
      reason: 'WRONG_STATUS',
      messageEn: `The line is ${line.status}`,
    });
  }
  return line;
}

/**
 * After a line of an entitlement is paid or returned: its status from its cash shares — PAID when every one is paid,
 * IN_PAYMENT while any is in a batch or paid, else PAYABLE — and one history line either way.
 */
async function settleEntitlement(tx: Tx, principal: Principal, line: LockedLine, event: string, note: string) {
  const [row] = await tx.$queryRaw<{ status: EntitlementStatus }[]>`
    SELECT status::text AS status FROM entitlement WHERE id = ${line.entitlementId} FOR UPDATE`;
  const shares = await tx.costShare.findMany({
    where: { entitlementId: line.entitlementId, payer: { not: 'TAX' } },
    select: { paymentLines: { where: { status: { not: 'RETURNED' } }, select: { status: true } } },
  });
  const paid = shares.filter((s) => s.paymentLines.some((l) => l.status === 'PAID')).length;
  const live = shares.filter((s) => s.paymentLines.length > 0).length;
  const to: EntitlementStatus = paid === shares.length ? 'PAID' : live > 0 ? 'IN_PAYMENT' : 'PAYABLE';
  const from = row!.status;
  if (to !== from) await tx.entitlement.update({ where: { id: line.entitlementId }, data: { status: to } });
  await tx.entitlementHistory.create({
    data: historyEntry(principal, line.entitlementId, to !== from ? to : event, from, to, note, new Date()),
  });
}

/** A batch with no line left awaiting the bank is settled. */
async function settleBatch(tx: Tx, batchId: string) {
  const waiting = await tx.paymentLine.count({ where: { batchId, status: 'IN_BATCH' } });
  if (waiting === 0) await tx.paymentBatch.update({ where: { id: batchId }, data: { status: 'SETTLED' } });
}

/** Marks one line paid with the bank's reference and the date it was paid (not after today, not before the batch). */
export async function markPaymentLinePaid(
  prisma: PrismaClient,
  actor: AuditActor,
  input: { lineId: string; reference: string; paidOn: Date },
  today: string,
): Promise<string> {
  const principal = principalOf(actor);
  const paidOn = isoDate(input.paidOn);
  if (paidOn > today) {
    throw badInput(`支付日期不能晚于今天（${today}）`, { field: 'input.paidOn', reason: 'PAID_ON_IN_FUTURE' });
  }
  return prisma.$transaction(async (tx) => {
    const line = await lockLine(tx, principal, input.lineId);
    const batchDay = chinaToday(line.batchCreatedAt);
    if (paidOn < batchDay) {
      throw badInput(`支付日期不能早于支付批次生成日（${batchDay}）`, {
        field: 'input.paidOn',
        reason: 'PAID_BEFORE_BATCH',
      });
    }
    await tx.paymentLine.update({
      where: { id: input.lineId },
      data: {
        status: 'PAID',
        reference: input.reference,
        paidOn: input.paidOn,
        settledBy: principal.accountId,
        settledAt: new Date(),
      },
    });
    const who = payerName(line.payer, line.countyCode);
    await settleEntitlement(
      tx,
      principal,
      line,
      HISTORY_EVENTS.SHARE_PAID,
      `${who}分担 ${yuan(BigInt(line.amount))} 已于 ${paidOn} 支付（回单号 ${input.reference}）`,
    );
    await settleBatch(tx, line.batchId);
    await appendAudit(tx, actor, {
      action: 'MARK_PAYMENT_LINE_PAID',
      entityType: 'PaymentLine',
      entityId: input.lineId,
      before: { status: 'IN_BATCH' },
      after: { status: 'PAID', reference: input.reference, paidOn, amount: line.amount, payer: line.payer },
    });
    return input.lineId;
  }, LOCKING_TRANSACTION);
}

/** Returns one line (e.g. a wrong bank account): the share is payable again, for a later batch. */
export async function returnPaymentLine(
  prisma: PrismaClient,
  actor: AuditActor,
  input: { lineId: string; reason: string },
): Promise<string> {
  const principal = principalOf(actor);
  return prisma.$transaction(async (tx) => {
    const line = await lockLine(tx, principal, input.lineId);
    await tx.paymentLine.update({
      where: { id: input.lineId },
      data: {
        status: 'RETURNED',
        returnedReason: input.reason,
        settledBy: principal.accountId,
        settledAt: new Date(),
      },
    });
    const who = payerName(line.payer, line.countyCode);
    await settleEntitlement(
      tx,
      principal,
      line,
      HISTORY_EVENTS.SHARE_RETURNED,
      `${who}分担 ${yuan(BigInt(line.amount))} 被退回：${input.reason}；重新待支付`,
    );
    await settleBatch(tx, line.batchId);
    await appendAudit(tx, actor, {
      action: 'RETURN_PAYMENT_LINE',
      entityType: 'PaymentLine',
      entityId: input.lineId,
      reason: input.reason,
      before: { status: 'IN_BATCH' },
      after: { status: 'RETURNED', amount: line.amount, payer: line.payer },
    });
    return input.lineId;
  }, LOCKING_TRANSACTION);
}

/** What is payable now, per payer (and county for COUNTY): the workbench's "create a batch" view. */
export interface PayableSummary {
  payer: Payer;
  countyCode: string | null;
  count: number;
  amount: bigint;
}

export async function payableSummary(prisma: PrismaClient, principal: Principal): Promise<PayableSummary[]> {
  const scope = countyScope(principal);
  return prisma.$queryRaw<PayableSummary[]>`
    SELECT s.payer::text AS payer, CASE WHEN s.payer = 'COUNTY' THEN e.county_code END AS "countyCode",
      COUNT(*)::int AS count, SUM(s.amount)::bigint AS amount
    FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
    WHERE s.payer <> 'TAX' AND e.status::text IN (${Prisma.join(BATCHABLE)}) AND ${NO_LIVE_LINE}
      ${scope ? Prisma.sql`AND s.payer = 'COUNTY' AND e.county_code = ${scope.countyCode}` : Prisma.empty}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}
