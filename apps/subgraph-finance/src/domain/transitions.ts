import { ENTITLEMENT_STATUS } from '@jining/rules';
import { appendAudit, KitError, notFound, principalOf, type AuditActor } from '@jining/subgraph-kit';
import type { EntitlementStatus, PrismaClient } from '../generated/prisma/client.ts';
import { holdBudgets } from './budgets.ts';
import { decideAmount } from './decided-amount.ts';
import { LOCKING_TRANSACTION, type Tx } from './tx.ts';

/** The review steps staff take on an entitlement (payment steps live with publicity and payment batches). */
export const REVIEW_STEPS = {
  REVIEW: { from: ['CALCULATED'], to: 'REVIEWED', zh: '审核' },
  APPROVE: { from: ['REVIEWED'], to: 'APPROVED', zh: '审批' },
  REJECT: { from: ['CALCULATED', 'REVIEWED'], to: 'REJECTED', zh: '退回不予发放' },
} as const satisfies Record<string, { from: readonly EntitlementStatus[]; to: EntitlementStatus; zh: string }>;
export type ReviewStep = keyof typeof REVIEW_STEPS;

interface Locked {
  status: EntitlementStatus;
  reviewedBy: string | null;
  countyCode: string | null;
  year: number;
  benefitGroup: string;
}

/**
 * One review step, in one transaction: the entitlement's row is locked first (two staff acting at once queue here,
 * and the second finds it moved on), the step is checked against the status and against maker-checker (whoever
 * reviewed cannot approve) and, for an approval, against the payers' budgets (budgets.ts: each budget row locked
 * in turn, so concurrent approvals of one budget cannot overspend it), then the row and its history line are written
 * together. A refusal writes nothing.
 */
export async function takeStep(
  prisma: PrismaClient,
  actor: AuditActor,
  id: string,
  step: ReviewStep,
  note: string | null,
  /** 审定金额 at REVIEW, for an "up to" award (decided-amount.ts); refused for any other. */
  decidedAmount?: bigint | null,
): Promise<void> {
  const principal = principalOf(actor);
  const rule = REVIEW_STEPS[step];
  await prisma.$transaction(async (tx: Tx) => {
    const [row] = await tx.$queryRaw<Locked[]>`
      SELECT status::text AS status, reviewed_by AS "reviewedBy", county_code AS "countyCode", year,
        benefit_group AS "benefitGroup"
      FROM entitlement WHERE id = ${id} FOR UPDATE`;
    if (!row) throw notFound('资金待遇', id);
    if (!(rule.from as readonly string[]).includes(row.status)) {
      throw new KitError(
        'CONFLICT',
        `该待遇当前为“${ENTITLEMENT_STATUS.label(row.status)}”，不能${rule.zh}（须为${rule.from.map((s) => `“${ENTITLEMENT_STATUS.label(s)}”`).join('或')}）`,
        {
          field: 'id',
          reason: 'WRONG_STATUS',
          messageEn: `Cannot ${step.toLowerCase()} an entitlement in ${row.status}`,
        },
      );
    }
    if (step === 'APPROVE' && row.reviewedBy === principal.accountId) {
      throw new KitError('FORBIDDEN', '审核人不能审批自己审核的待遇（审核与审批须由两人分别办理）', {
        field: 'id',
        reason: 'SAME_REVIEWER_AND_APPROVER',
        messageEn: 'The reviewer cannot also approve (maker-checker)',
      });
    }
    let decided: string | null = null;
    if (decidedAmount !== undefined && decidedAmount !== null) {
      if (step !== 'REVIEW') throw new KitError('BAD_USER_INPUT', '只有审核时可以审定金额', { field: 'decidedAmount' });
      decided = await decideAmount(tx, id, decidedAmount, principal.accountId);
    }
    const historyNote = decided && note ? `${decided}；${note}` : (decided ?? note);
    if (step === 'APPROVE') {
      const shares = await tx.costShare.findMany({
        where: { entitlementId: id },
        select: { payer: true, amount: true },
      });
      await holdBudgets(tx, { ...row, shares });
    }
    const now = new Date();
    await tx.entitlement.update({
      where: { id },
      data: {
        status: rule.to,
        ...(step === 'REVIEW' ? { reviewedBy: principal.accountId, reviewedAt: now } : {}),
        ...(step === 'APPROVE' ? { approvedBy: principal.accountId, approvedAt: now } : {}),
        ...(step === 'REJECT' ? { rejectedReason: note } : {}),
        history: {
          create: {
            action: rule.to,
            fromStatus: row.status,
            toStatus: rule.to,
            actorId: principal.accountId,
            actorName: principal.displayName,
            note: historyNote,
            at: now,
          },
        },
      },
    });
    await appendAudit(tx, actor, {
      action: `${step}_ENTITLEMENT`,
      entityType: 'Entitlement',
      entityId: id,
      reason: note,
      before: { status: row.status },
      after: { status: rule.to, ...(decided ? { decidedAmount: decidedAmount!.toString() } : {}) },
    });
  }, LOCKING_TRANSACTION);
}
