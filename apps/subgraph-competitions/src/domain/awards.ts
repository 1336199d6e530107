import { AWARD_ACTION, type AwardAction } from '@jining/rules';
import { AUDIT_TABLE, badInput, chinaToday, KitError, ErrorCode, toIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * What the two kinds of award recorded under 三(九) share (a college's prize, R14; a person's skill award, R10–R13):
 * each is recorded once from its awarding document and may be revoked with a reason; both steps write the record,
 * its audit line and its fact for finance in one transaction. Their history is read back from the audit trail.
 */

/** The audit trail's action for a step on an award of `entity` (COLLEGE_PRIZE_RECORD …). */
export const auditAction = (prefix: 'COLLEGE_PRIZE_' | 'SKILL_AWARD_', action: AwardAction) => `${prefix}${action}`;

export interface AwardHistoryLine {
  id: string;
  at: Date;
  action: AwardAction;
  actorName: string;
  note: string | null;
}

/** An award's steps, in order, from the audit records its transactions wrote (so none can be missing). */
export async function awardHistory(
  prisma: PrismaClient,
  entityType: 'CollegePrize' | 'SkillAward',
  id: string,
): Promise<AwardHistoryLine[]> {
  const prefix = entityType === 'CollegePrize' ? 'COLLEGE_PRIZE_' : 'SKILL_AWARD_';
  const rows = await prisma.$queryRawUnsafe<
    { id: string; at: Date; action: string; actor_name: string; reason: string | null }[]
  >(
    `SELECT id::text, at, action, actor_name, reason FROM ${AUDIT_TABLE}
      WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq`,
    entityType,
    id,
  );
  return rows
    .map((r) => ({ ...r, action: r.action.slice(prefix.length) }))
    .filter((r): r is typeof r & { action: AwardAction } => AWARD_ACTION.has(r.action))
    .map((r) => ({ id: r.id, at: new Date(r.at), action: r.action, actorName: r.actor_name, note: r.reason }));
}

/** The awarding document's date: a real day, not after today (China time). */
export function requireAwardDate(date: Date, field: string): string {
  if (Number.isNaN(date.getTime())) {
    throw badInput('获奖日期无效', { field, reason: 'INVALID_DATE', messageEn: 'invalid date' });
  }
  const iso = toIsoDate(date);
  if (iso > chinaToday()) {
    throw badInput(`获奖日期不能晚于今天：${iso}`, {
      field,
      reason: 'AWARDED_ON_IN_FUTURE',
      messageEn: `The award date is in the future: ${iso}`,
    });
  }
  return iso;
}

/** A trimmed text of `min`–`max` characters, or a coded refusal naming the field. */
export function requireText(value: string, field: string, what: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw badInput(min > 1 ? `${what}应为 ${min}–${max} 个字` : `${what}不能为空，且不超过 ${max} 个字`, {
      field,
      reason: 'INVALID_TEXT',
      messageEn: `${field} must have ${min}–${max} characters`,
    });
  }
  return text;
}

/** A record already revoked cannot be revoked again (nor anything else done to it). */
export const alreadyRevoked = (what: string, field: string) =>
  new KitError(ErrorCode.CONFLICT, `该${what}已撤销`, {
    field,
    reason: 'ALREADY_REVOKED',
    messageEn: 'The record is already revoked',
  });

/** The revocation's reason: 2–500 characters. */
export const requireReason = (reason: string) => requireText(reason, 'input.reason', '撤销理由', 2, 500);
