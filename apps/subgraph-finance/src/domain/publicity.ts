import { DUTIES, ENTITLEMENT_STATUS, type RuleId } from '@jining/rules';
import {
  appendAudit,
  badInput,
  KitError,
  notFound,
  principalOf,
  requireDuty,
  type AuditActor,
} from '@jining/subgraph-kit';
import { Prisma, type EntitlementStatus, type PrismaClient } from '../generated/prisma/client.ts';
import { addDays, isoDate } from './clock.ts';
import { HISTORY_EVENTS, historyEntry } from './history.ts';
import { publicityWindowSettings } from './settings.ts';
import { LOCKING_TRANSACTION, type Tx } from './tx.ts';

/**
 * 公示 (DESIGN.md "Cross-domain flow" 4): approved entitlements are published in a batch for an objection window
 * (settings.ts: 7 calendar days unless the batch says otherwise, within 5–30); objections are recorded and resolved —
 * upheld, the entitlement is rejected with the objection's finding as its reason; dismissed, it proceeds; once the
 * window has ended and no objection is open, the batch is closed and what is left in it becomes payable.
 *
 * Every step takes "today" from its caller (the resolver passes China's date, tests and the demo seed any date), locks
 * the rows it changes, writes each entitlement's history line in the same transaction, and writes nothing when it
 * refuses. Only city Finance publishes (finance:manage, and the entitlement duty for each rule in the batch).
 */

interface LockedEntitlement {
  id: string;
  status: EntitlementStatus;
  ruleId: RuleId;
  amount: bigint;
}

const wrongStatus = (zh: string, en: string, field = 'id') =>
  new KitError('CONFLICT', zh, { field, reason: 'WRONG_STATUS', messageEn: en });

const label = (status: EntitlementStatus) => ENTITLEMENT_STATUS.label(status);

export interface CreatePublicityBatchInput {
  entitlementIds?: readonly string[] | null;
  allApproved?: boolean | null;
  windowDays?: number | null;
  title?: string | null;
}

/** Publishes approved entitlements: APPROVED → IN_PUBLICITY, one line each. Returns the batch's id. */
export async function createPublicityBatch(
  prisma: PrismaClient,
  actor: AuditActor,
  input: CreatePublicityBatchInput,
  today: string,
): Promise<string> {
  const principal = principalOf(actor);
  const ids = [...new Set(input.entitlementIds ?? [])];
  if (ids.length > 0 === !!input.allApproved) {
    throw badInput('请选择要公示的待遇：列出待遇，或选择“全部已审批待遇”，二者择一', {
      field: 'input.entitlementIds',
      reason: 'ONE_SELECTION_REQUIRED',
      messageEn: 'Give entitlementIds or allApproved: true, not both and not neither',
    });
  }
  const settings = publicityWindowSettings();
  const windowDays = input.windowDays ?? settings.defaultDays;
  if (!Number.isInteger(windowDays) || windowDays < settings.minDays || windowDays > settings.maxDays) {
    throw badInput(`公示期须为 ${settings.minDays}–${settings.maxDays} 天（自然日）`, {
      field: 'input.windowDays',
      reason: 'WINDOW_OUT_OF_RANGE',
      messageEn: `The window must be ${settings.minDays} to ${settings.maxDays} calendar days`,
    });
  }
  const startsOn = addDays(today, 0);
  const endsOn = addDays(today, windowDays - 1);
  const title = input.title?.trim() || `资金待遇公示（${today}）`;

  return prisma.$transaction(async (tx) => {
    // Locked in id order (two batches made at once queue here); "all approved" is re-checked after a wait, so an
    // entitlement another batch has just published is not taken twice.
    const rows = await tx.$queryRaw<LockedEntitlement[]>`
      SELECT id, status::text AS status, rule_id AS "ruleId", amount FROM entitlement
      WHERE ${ids.length > 0 ? Prisma.sql`id IN (${Prisma.join(ids)})` : Prisma.sql`status = 'APPROVED'`}
      ORDER BY id FOR UPDATE`;
    if (ids.length > 0) {
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw notFound('资金待遇', missing);
      const notApproved = rows.filter((r) => r.status !== 'APPROVED');
      if (notApproved.length > 0) {
        const first = notApproved[0]!;
        throw wrongStatus(
          `只能公示“${label('APPROVED')}”的待遇：${notApproved.length} 项不是（如 ${first.id} 为“${label(first.status)}”）`,
          `${notApproved.length} entitlement(s) are not APPROVED`,
          'input.entitlementIds',
        );
      }
    }
    if (rows.length === 0) {
      throw new KitError('CONFLICT', `没有“${label('APPROVED')}”待公示的待遇`, {
        field: 'input.allApproved',
        reason: 'NOTHING_TO_PUBLISH',
        messageEn: 'No approved entitlement to publish',
      });
    }
    for (const ruleId of new Set(rows.map((r) => r.ruleId))) requireDuty(principal, DUTIES.ENTITLEMENT, ruleId);
    const now = new Date();
    const batch = await tx.publicityBatch.create({
      data: { title, startsOn, endsOn, windowDays, createdBy: principal.accountId },
    });
    await tx.publicityLine.createMany({
      data: rows.map((r) => ({ batchId: batch.id, entitlementId: r.id, amount: r.amount })),
    });
    await tx.entitlement.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'IN_PUBLICITY' } });
    const note = `${title}，公示期 ${today} 至 ${isoDate(endsOn)}`;
    await tx.entitlementHistory.createMany({
      data: rows.map((r) => historyEntry(principal, r.id, 'IN_PUBLICITY', 'APPROVED', 'IN_PUBLICITY', note, now)),
    });
    await appendAudit(tx, actor, {
      action: 'CREATE_PUBLICITY_BATCH',
      entityType: 'PublicityBatch',
      entityId: batch.id,
      after: { title, startsOn: today, endsOn: isoDate(endsOn), windowDays, entitlementIds: rows.map((r) => r.id) },
    });
    return batch.id;
  }, LOCKING_TRANSACTION);
}

interface LineInBatch {
  lineId: string;
  batchId: string;
  batchStatus: string;
  endsOn: Date;
  status: EntitlementStatus;
}

/** The entitlement's row locked, with its publicity line and batch; refuses when it is not being published. */
async function lockPublished(tx: Tx, entitlementId: string, field: string): Promise<LineInBatch> {
  const [row] = await tx.$queryRaw<
    (Omit<LineInBatch, 'lineId' | 'batchId'> & { lineId: string | null; batchId: string | null })[]
  >`
    SELECT e.status::text AS status, l.id AS "lineId", b.id AS "batchId", b.status::text AS "batchStatus",
      b.ends_on AS "endsOn"
    FROM entitlement e
      LEFT JOIN publicity_line l ON l.entitlement_id = e.id
      LEFT JOIN publicity_batch b ON b.id = l.batch_id
    WHERE e.id = ${entitlementId}
    FOR UPDATE OF e`;
  if (!row) throw notFound('资金待遇', entitlementId);
  if (!row.lineId || !row.batchId) {
    throw new KitError('CONFLICT', `该待遇未在公示中（当前为“${label(row.status)}”）`, {
      field,
      reason: 'NOT_IN_PUBLICITY',
      messageEn: 'The entitlement has not been published',
    });
  }
  return { ...row, lineId: row.lineId, batchId: row.batchId };
}

/** 公示异议: an objection to a published entitlement, taken while its window is open. Returns the objection's id. */
export async function recordObjection(
  prisma: PrismaClient,
  actor: AuditActor,
  input: { entitlementId: string; text: string },
  today: string,
): Promise<string> {
  const principal = principalOf(actor);
  return prisma.$transaction(async (tx) => {
    const line = await lockPublished(tx, input.entitlementId, 'input.entitlementId');
    if (line.status !== 'IN_PUBLICITY' || line.batchStatus !== 'OPEN') {
      throw wrongStatus(
        `该待遇当前为“${label(line.status)}”，不再受理异议`,
        `Objections are taken only in publicity (${line.status})`,
        'input.entitlementId',
      );
    }
    if (today > isoDate(line.endsOn)) {
      throw new KitError('CONFLICT', `公示期已于 ${isoDate(line.endsOn)} 结束，不再受理异议`, {
        field: 'input.entitlementId',
        reason: 'WINDOW_ENDED',
        messageEn: `The objection window ended on ${isoDate(line.endsOn)}`,
      });
    }
    const now = new Date();
    const objection = await tx.objection.create({
      data: {
        lineId: line.lineId,
        entitlementId: input.entitlementId,
        text: input.text,
        recordedBy: principal.accountId,
        recordedAt: now,
      },
    });
    await tx.entitlementHistory.create({
      data: historyEntry(
        principal,
        input.entitlementId,
        HISTORY_EVENTS.OBJECTION_RECORDED,
        'IN_PUBLICITY',
        'IN_PUBLICITY',
        input.text,
        now,
      ),
    });
    await appendAudit(tx, actor, {
      action: 'RECORD_OBJECTION',
      entityType: 'Objection',
      entityId: objection.id,
      after: { entitlementId: input.entitlementId, text: input.text, status: 'OPEN' },
    });
    return objection.id;
  }, LOCKING_TRANSACTION);
}

/**
 * Resolves an open objection. Upheld: the entitlement is rejected (IN_PUBLICITY → REJECTED) with the finding as its
 * reason, and its budget is freed (a rejected entitlement commits nothing). Dismissed: it proceeds with the batch.
 */
export async function resolveObjection(
  prisma: PrismaClient,
  actor: AuditActor,
  input: { id: string; upheld: boolean; note: string },
): Promise<string> {
  const principal = principalOf(actor);
  return prisma.$transaction(async (tx) => {
    const [objection] = await tx.$queryRaw<{ status: string; entitlementId: string }[]>`
      SELECT status::text AS status, entitlement_id AS "entitlementId" FROM objection WHERE id = ${input.id} FOR UPDATE`;
    if (!objection) throw notFound('公示异议', input.id);
    if (objection.status !== 'OPEN') {
      throw new KitError('CONFLICT', '该异议已处理，不能再次处理', {
        field: 'id',
        reason: 'ALREADY_RESOLVED',
        messageEn: 'The objection is already resolved',
      });
    }
    const line = await lockPublished(tx, objection.entitlementId, 'id');
    const now = new Date();
    await tx.objection.update({
      where: { id: input.id },
      data: {
        status: input.upheld ? 'UPHELD' : 'DISMISSED',
        resolution: input.note,
        resolvedBy: principal.accountId,
        resolvedAt: now,
      },
    });
    if (input.upheld && line.status === 'IN_PUBLICITY') {
      const reason = `公示异议成立：${input.note}`;
      await tx.entitlement.update({
        where: { id: objection.entitlementId },
        data: { status: 'REJECTED', rejectedReason: reason },
      });
      await tx.entitlementHistory.create({
        data: historyEntry(principal, objection.entitlementId, 'REJECTED', 'IN_PUBLICITY', 'REJECTED', reason, now),
      });
    } else {
      // Dismissed, or upheld when another upheld objection has already rejected it: recorded, nothing moves.
      await tx.entitlementHistory.create({
        data: historyEntry(
          principal,
          objection.entitlementId,
          input.upheld ? HISTORY_EVENTS.OBJECTION_UPHELD : HISTORY_EVENTS.OBJECTION_DISMISSED,
          line.status,
          line.status,
          input.note,
          now,
        ),
      });
    }
    await appendAudit(tx, actor, {
      action: 'RESOLVE_OBJECTION',
      entityType: 'Objection',
      entityId: input.id,
      reason: input.note,
      before: { status: 'OPEN' },
      after: { status: input.upheld ? 'UPHELD' : 'DISMISSED', entitlementId: objection.entitlementId },
    });
    return input.id;
  }, LOCKING_TRANSACTION);
}

/**
 * Closes a publicity batch after its window (from the day after `endsOn`) with no objection open: every entitlement
 * still in publicity becomes payable (IN_PUBLICITY → PAYABLE); the rejected ones stay rejected.
 */
export async function closePublicityBatch(
  prisma: PrismaClient,
  actor: AuditActor,
  id: string,
  today: string,
): Promise<string> {
  const principal = principalOf(actor);
  return prisma.$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<{ status: string; endsOn: Date; title: string }[]>`
      SELECT status::text AS status, ends_on AS "endsOn", title FROM publicity_batch WHERE id = ${id} FOR UPDATE`;
    if (!batch) throw notFound('公示批次', id);
    if (batch.status !== 'OPEN') {
      throw new KitError('CONFLICT', '该公示批次已结束', {
        field: 'id',
        reason: 'ALREADY_CLOSED',
        messageEn: 'The batch is already closed',
      });
    }
    const endsOn = isoDate(batch.endsOn);
    if (today <= endsOn) {
      throw new KitError('CONFLICT', `公示期至 ${endsOn} 止，${isoDate(addDays(endsOn, 1))} 起方可结束公示`, {
        field: 'id',
        reason: 'WINDOW_NOT_ENDED',
        messageEn: `The objection window runs through ${endsOn}`,
      });
    }
    const open = await tx.objection.count({ where: { line: { batchId: id }, status: 'OPEN' } });
    if (open > 0) {
      throw new KitError('CONFLICT', `尚有 ${open} 项异议未处理，处理后方可结束公示`, {
        field: 'id',
        reason: 'OPEN_OBJECTIONS',
        messageEn: `${open} objection(s) are still open`,
      });
    }
    const rows = await tx.$queryRaw<{ id: string; status: EntitlementStatus }[]>`
      SELECT e.id, e.status::text AS status
      FROM entitlement e JOIN publicity_line l ON l.entitlement_id = e.id
      WHERE l.batch_id = ${id}
      ORDER BY e.id FOR UPDATE OF e`;
    const passing = rows.filter((r) => r.status === 'IN_PUBLICITY').map((r) => r.id);
    const now = new Date();
    await tx.entitlement.updateMany({ where: { id: { in: passing } }, data: { status: 'PAYABLE' } });
    const note = `${batch.title}：公示期满（至 ${endsOn}），转入待支付`;
    await tx.entitlementHistory.createMany({
      data: passing.map((e) => historyEntry(principal, e, 'PAYABLE', 'IN_PUBLICITY', 'PAYABLE', note, now)),
    });
    await tx.publicityBatch.update({
      where: { id },
      data: { status: 'CLOSED', closedBy: principal.accountId, closedAt: now },
    });
    await appendAudit(tx, actor, {
      action: 'CLOSE_PUBLICITY_BATCH',
      entityType: 'PublicityBatch',
      entityId: id,
      before: { status: 'OPEN' },
      after: { status: 'CLOSED', payable: passing },
    });
    return id;
  }, LOCKING_TRANSACTION);
}
