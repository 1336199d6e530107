import {
  COMPETITION_TIER,
  DUTIES,
  H5_MEASURES,
  HONOUR_KIND,
  HONOUR_STATUS,
  honourEligibilityRefusal,
  honourQuotaFor,
  OBJECTION_STATUS,
  POLICY_YEARS,
  standingMeasureRefusal,
  type CompetitionTier,
  type HonourKind,
} from '@jining/rules';
import {
  addDays,
  appendAudit,
  badInput,
  KitError,
  notFound,
  publicityWindowRefusal,
  publicityWindowSettingsFor,
  requireDuty,
  toIsoDate,
  uniqueOrConflict,
  type CompetitionResultReference,
  type PublicityWindowSettings,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import type { HonourStatus, PrismaClient } from '../generated/prisma/client.ts';
import { makerCheckerRefusal, quotaRefusal, type ReviewRefusal } from './review.ts';

/**
 * The way of an honour (四(十三), 五(十四)), one function per step staff take:
 *
 *   nominate → NOMINATED → score (one or more experts) → REVIEWED → publish → IN_PUBLICITY
 *     → (window over, no open objection) approve → APPROVED (numbered certificate) → revoke → REVOKED
 *   reject (NOMINATED, REVIEWED, IN_PUBLICITY) → REJECTED; an upheld objection → REJECTED.
 *
 * Every step locks the honour's row (SELECT … FOR UPDATE) before it reads its state, refuses with a coded Chinese
 * error and writes nothing, or writes the change, its history line and its audit record in one transaction. "Today"
 * comes from the caller (the resolver passes China's date on the platform clock, which FINANCE_CLOCK_FILE can move in
 * development mode), so a step never reads the clock twice.
 */

type Ctx = SubgraphContext<PrismaClient>;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Approvals of one quota queue on its row: leave them time to wait their turn. */
const LOCKING = { maxWait: 20_000, timeout: 20_000 } as const;

/**
 * 公示期 of honours (a platform setting, see `publicityWindowSettingsFor` in the kit): AWARDS_PUBLICITY_DAYS (default
 * 7), AWARDS_PUBLICITY_MIN_DAYS (5), AWARDS_PUBLICITY_MAX_DAYS (30), as finance's.
 */
export const HONOUR_PUBLICITY_DEFAULTS: PublicityWindowSettings = { defaultDays: 7, minDays: 5, maxDays: 30 };
export const honourPublicitySettings = (env: NodeJS.ProcessEnv = process.env) =>
  publicityWindowSettingsFor('AWARDS', HONOUR_PUBLICITY_DEFAULTS, env);

/** Expert scores are marks out of 100 (the platform's scale for review forms, not a figure of the policy). */
export const SCORE_MAX = 100;

/** What a history line says besides the status it reaches. */
export const HONOUR_ACTIONS = {
  NOMINATED: 'NOMINATED',
  SCORED: 'SCORED',
  PUBLISHED: 'PUBLISHED',
  OBJECTION_RECORDED: 'OBJECTION_RECORDED',
  OBJECTION_UPHELD: 'OBJECTION_UPHELD',
  OBJECTION_DISMISSED: 'OBJECTION_DISMISSED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  REVOKED: 'REVOKED',
} as const;
export type HonourAction = keyof typeof HONOUR_ACTIONS;

interface Locked {
  id: string;
  kind: HonourKind;
  year: number;
  personId: string;
  status: HonourStatus;
  nominatedBy: string | null;
  publicityEndsOn: Date | null;
}

async function lockHonour(tx: Tx, id: string): Promise<Locked> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT id, kind::text AS kind, year, person_id AS "personId", status::text AS status,
      nominated_by AS "nominatedBy", publicity_ends_on AS "publicityEndsOn"
    FROM honour WHERE id = ${id} FOR UPDATE`;
  if (!row) throw notFound('表彰', id);
  return row;
}

const label = (s: HonourStatus) => HONOUR_STATUS.label(s);

function wrongState(h: Locked, allowed: readonly HonourStatus[], doing: string, field = 'id'): KitError {
  return new KitError(
    'BAD_USER_INPUT',
    `只有“${allowed.map(label).join('”“')}”的表彰可以${doing}，当前状态为“${label(h.status)}”`,
    {
      field,
      reason: 'INVALID_TRANSITION',
      messageEn: `Only a ${allowed.join('/')} honour can be ${doing} (is ${h.status})`,
    },
  );
}

function requireState(h: Locked, allowed: readonly HonourStatus[], doing: string, field = 'id'): void {
  if (!allowed.includes(h.status)) throw wrongState(h, allowed, doing, field);
}

function refuse(refusal: ReviewRefusal | null, extra: Record<string, unknown> = {}): void {
  if (!refusal) return;
  const error = new KitError(refusal.code, refusal.zh, { field: 'id', reason: refusal.reason, messageEn: refusal.en });
  Object.assign(error.extensions, extra);
  throw error;
}

function requiredText(value: string | null | undefined, field: string, what: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text)
    throw badInput(`${what}不能为空`, { field, reason: 'VALIDATION_FAILED', messageEn: `${field} is required` });
  if (text.length > max) {
    throw badInput(`${what}不超过 ${max} 个字`, { field, reason: 'VALIDATION_FAILED', messageEn: `${field} too long` });
  }
  return text;
}

/** The history line and the audit record of one step, in the step's transaction. */
async function record(
  tx: Tx,
  ctx: Ctx,
  h: Locked,
  action: HonourAction,
  to: HonourStatus,
  note: string | null,
  after: Record<string, unknown> = {},
): Promise<void> {
  await tx.honourHistory.create({
    data: {
      honourId: h.id,
      action,
      fromStatus: action === 'NOMINATED' ? null : h.status,
      toStatus: to,
      actorId: ctx.principal.accountId,
      actorName: ctx.principal.displayName,
      note,
    },
  });
  await appendAudit(tx, ctx, {
    action: `HONOUR_${action}`,
    entityType: 'Honour',
    entityId: h.id,
    reason: note,
    before: action === 'NOMINATED' ? null : { status: h.status },
    after: { status: to, ...after },
  });
}

export interface NominateInput {
  kind: HonourKind;
  year: number;
  personId: string;
  citation?: string | null;
  proposingOrganisationId?: string | null;
  competitionResultId?: string | null;
  competitionTier?: CompetitionTier | null;
  attestedBy?: string | null;
  attestation?: string | null;
}

/**
 * The competition result a nomination names, as competitions holds it (asked through the gateway, kit references):
 * it must exist and be the nominee's own. A tier the caller still sends (the deprecated `competitionTier`) must be
 * the result's. Each refusal is BAD_USER_INPUT on `input.competitionResultId`, before anything is written.
 */
async function resultOfNominee(
  ctx: Ctx,
  resultId: string,
  personId: string,
  claimedTier: CompetitionTier | null,
): Promise<CompetitionResultReference> {
  const field = 'input.competitionResultId';
  const result = await ctx.references.competitionResult(resultId);
  if (!result) {
    throw badInput(`竞赛成绩库中没有此成绩（${resultId.slice(0, 40)}），不能据以提名`, {
      field,
      reason: 'COMPETITION_RESULT_NOT_FOUND',
      messageEn: `No such competition result: ${resultId.slice(0, 40)}`,
    });
  }
  if (result.personId !== personId) {
    throw badInput('所依据的竞赛成绩不是被提名人员本人的成绩，不能据以提名', {
      field,
      reason: 'COMPETITION_RESULT_OF_ANOTHER_PERSON',
      messageEn: 'The competition result named belongs to another person (or to a team)',
    });
  }
  if (claimedTier && claimedTier !== result.tier) {
    throw badInput(
      `所填竞赛级别“${COMPETITION_TIER.label(claimedTier)}”与该成绩所属竞赛的级别“${COMPETITION_TIER.label(result.tier as CompetitionTier)}”不符`,
      {
        field: 'input.competitionTier',
        reason: 'COMPETITION_TIER_MISMATCH',
        messageEn: `The tier given (${claimedTier}) is not the result's (${result.tier})`,
      },
    );
  }
  return result;
}

/** 提名: by the body the duty map gives the kind, with the evidence its eligibility asks (rules). Returns the id. */
export async function nominateHonour(ctx: Ctx, input: NominateInput): Promise<string> {
  requireDuty(ctx.principal, DUTIES.HONOUR, input.kind);
  if (input.year < POLICY_YEARS.first || input.year > POLICY_YEARS.last) {
    throw badInput(`评选年度须在政策有效期 ${POLICY_YEARS.first}–${POLICY_YEARS.last} 年内：${input.year}`, {
      field: 'input.year',
      reason: 'OUTSIDE_POLICY_WINDOW',
      messageEn: `Year outside the policy window: ${input.year}`,
    });
  }
  const personId = input.personId.trim();
  if (!personId) throw badInput('被提名人员不能为空', { field: 'input.personId', reason: 'VALIDATION_FAILED' });
  const organisationId = input.proposingOrganisationId?.trim() || null;
  await ctx.references.requireKnown({
    people: [{ field: 'input.personId', id: personId }],
    organisations: organisationId ? [{ field: 'input.proposingOrganisationId', id: organisationId }] : [],
  });
  // The nominee's county as the directory says now, stored with the honour: a county's targets count it.
  const [countyCode] = await ctx.references.peopleCounties([{ field: 'input.personId', id: personId }]);
  const resultId = input.competitionResultId?.trim() || null;
  // The tier the rules judge is the one competitions holds for the named result, never the caller's word for it.
  const result = resultId ? await resultOfNominee(ctx, resultId, personId, input.competitionTier ?? null) : null;
  const evidence = {
    competitionResultId: resultId,
    competitionTier: (result?.tier ?? null) as CompetitionTier | null,
    attestedBy: input.attestedBy?.trim() || null,
    attestation: input.attestation?.trim() || null,
  };
  const ineligible = honourEligibilityRefusal(input.kind, evidence, input.year);
  if (ineligible) {
    const tier = evidence.competitionTier;
    throw badInput(
      ineligible.field === 'competitionTier' && tier
        ? `${ineligible.zh}：该成绩所属竞赛为“${COMPETITION_TIER.label(tier)}”`
        : ineligible.zh,
      {
        // The tier is the result's, so a tier that does not qualify is the named result's fault.
        field: ineligible.field === 'competitionTier' ? 'input.competitionResultId' : `input.${ineligible.field}`,
        reason: ineligible.reason,
        messageEn: ineligible.en,
      },
    );
  }
  // The unique index decides (不重复), so two concurrent nominations cannot both pass.
  return uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const row = await tx.honour.create({
          data: {
            kind: input.kind,
            year: input.year,
            personId,
            citation: input.citation?.trim() || null,
            status: 'NOMINATED',
            nominatedBy: ctx.principal.accountId,
            proposingOrganisationId: organisationId,
            countyCode: countyCode ?? null,
            ...evidence,
          },
        });
        const locked: Locked = { ...row, publicityEndsOn: null };
        await record(tx, ctx, locked, 'NOMINATED', 'NOMINATED', input.citation?.trim() || null, {
          kind: input.kind,
          year: input.year,
          personId,
          ...evidence,
        });
        return row.id;
      }),
    {
      message: `该人员 ${input.year} 年已有“${HONOUR_KIND.label(input.kind)}”表彰记录，不能重复提名`,
      field: 'input.personId',
      reason: 'DUPLICATE_HONOUR',
      messageEn: 'This person already has this honour for this year',
    },
  );
}

/** 专家评审: one expert's score (0–100), entered by staff of the kind's duty; the first score makes it REVIEWED. */
export async function scoreHonour(
  ctx: Ctx,
  input: { honourId: string; expertName: string; score: number; comment?: string | null },
): Promise<void> {
  const expertName = requiredText(input.expertName, 'input.expertName', '评审专家姓名', 50);
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > SCORE_MAX) {
    throw badInput(`评分须为 0–${SCORE_MAX} 的整数`, {
      field: 'input.score',
      reason: 'VALIDATION_FAILED',
      messageEn: `A score is a whole number from 0 to ${SCORE_MAX}`,
    });
  }
  const comment = input.comment?.trim() || null;
  await uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const h = await lockHonour(tx, input.honourId);
        requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
        requireState(h, ['NOMINATED', 'REVIEWED'], '评审打分', 'input.honourId');
        await tx.honourScore.create({
          data: {
            honourId: h.id,
            expertName,
            score: input.score,
            comment,
            enteredBy: ctx.principal.accountId,
            enteredByName: ctx.principal.displayName,
          },
        });
        if (h.status === 'NOMINATED') await tx.honour.update({ where: { id: h.id }, data: { status: 'REVIEWED' } });
        await record(
          tx,
          ctx,
          h,
          'SCORED',
          'REVIEWED',
          `${expertName}：${input.score} 分${comment ? `（${comment}）` : ''}`,
          {
            expertName,
            score: input.score,
          },
        );
      }),
    {
      message: `专家“${expertName}”已为该提名评分，不能重复评分`,
      field: 'input.expertName',
      reason: 'DUPLICATE_SCORE',
      messageEn: 'This expert has already scored this nomination',
    },
  );
}

/** 公示: reviewed nominations published together for an objection window (a setting). Returns the ids published. */
export async function publishHonours(
  ctx: Ctx,
  input: { honourIds: readonly string[]; windowDays?: number | null },
  today: string,
): Promise<string[]> {
  const ids = [...new Set(input.honourIds.map((id) => id.trim()).filter(Boolean))].sort();
  if (ids.length === 0) {
    throw badInput('请选择要公示的表彰', { field: 'input.honourIds', reason: 'VALIDATION_FAILED' });
  }
  if (ids.length > 200) {
    throw badInput('一次至多公示 200 项表彰', { field: 'input.honourIds', reason: 'VALIDATION_FAILED' });
  }
  const settings = honourPublicitySettings();
  const windowDays = input.windowDays ?? settings.defaultDays;
  const outOfRange = publicityWindowRefusal(windowDays, settings);
  if (outOfRange) {
    throw badInput(outOfRange.zh, {
      field: 'input.windowDays',
      reason: 'WINDOW_OUT_OF_RANGE',
      messageEn: outOfRange.en,
    });
  }
  const startsOn = addDays(today, 0);
  const endsOn = addDays(today, windowDays - 1);
  const note = `公示期 ${today} 至 ${toIsoDate(endsOn)}（${windowDays} 天）`;
  await ctx.prisma.$transaction(async (tx) => {
    // In id order: two publications of overlapping lists queue here, and the second finds them in publicity.
    for (const id of ids) {
      const h = await lockHonour(tx, id);
      requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
      requireState(h, ['REVIEWED'], '发布公示', 'input.honourIds');
      await tx.honour.update({
        where: { id },
        data: { status: 'IN_PUBLICITY', publicityStartsOn: startsOn, publicityEndsOn: endsOn },
      });
      await record(tx, ctx, h, 'PUBLISHED', 'IN_PUBLICITY', note, { publicityEndsOn: toIsoDate(endsOn) });
    }
  }, LOCKING);
  return ids;
}

const windowOver = (h: Locked, today: string) => !!h.publicityEndsOn && toIsoDate(h.publicityEndsOn) < today;

/** 公示异议: taken while the honour is in publicity and its window is open. */
export async function recordHonourObjection(
  ctx: Ctx,
  input: { honourId: string; text: string },
  today: string,
): Promise<void> {
  const text = requiredText(input.text, 'input.text', '异议内容', 2000);
  await ctx.prisma.$transaction(async (tx) => {
    const h = await lockHonour(tx, input.honourId);
    requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
    requireState(h, ['IN_PUBLICITY'], '登记公示异议', 'input.honourId');
    if (windowOver(h, today)) {
      throw new KitError('CONFLICT', `公示期已于 ${toIsoDate(h.publicityEndsOn!)} 结束，不能再登记异议`, {
        field: 'input.honourId',
        reason: 'WINDOW_CLOSED',
        messageEn: 'The objection window has ended',
      });
    }
    await tx.honourObjection.create({ data: { honourId: h.id, text, recordedBy: ctx.principal.accountId } });
    await record(tx, ctx, h, 'OBJECTION_RECORDED', h.status, text);
  });
}

/**
 * 异议处理: upheld, the honour is not approved (REJECTED, the finding its reason); dismissed, it proceeds. Returns the
 * honour's id.
 */
export async function resolveHonourObjection(
  ctx: Ctx,
  input: { objectionId: string; upheld: boolean; finding: string },
): Promise<string> {
  const finding = requiredText(input.finding, 'input.finding', '核查结论', 2000);
  const found = await ctx.prisma.honourObjection.findUnique({ where: { id: input.objectionId } });
  if (!found) throw notFound('公示异议', input.objectionId);
  await ctx.prisma.$transaction(async (tx) => {
    const h = await lockHonour(tx, found.honourId);
    requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
    const changed = await tx.honourObjection.updateMany({
      where: { id: found.id, status: 'OPEN' },
      data: {
        status: input.upheld ? 'UPHELD' : 'DISMISSED',
        finding,
        resolvedBy: ctx.principal.accountId,
        resolvedAt: new Date(),
      },
    });
    if (changed.count === 0) {
      throw new KitError('CONFLICT', `该异议已处理，不是“${OBJECTION_STATUS.label('OPEN')}”`, {
        field: 'input.objectionId',
        reason: 'OBJECTION_ALREADY_RESOLVED',
        messageEn: 'The objection has already been resolved',
      });
    }
    if (input.upheld && h.status === 'IN_PUBLICITY') {
      await tx.honour.update({
        where: { id: h.id },
        data: { status: 'REJECTED', reason: finding, decidedBy: ctx.principal.accountId, decidedAt: new Date() },
      });
      await record(tx, ctx, h, 'OBJECTION_UPHELD', 'REJECTED', finding);
    } else {
      await record(tx, ctx, h, input.upheld ? 'OBJECTION_UPHELD' : 'OBJECTION_DISMISSED', h.status, finding);
    }
  });
  return found.honourId;
}

/**
 * 审定批准: after publicity (its window over, no objection open), by someone other than the nominator, within the
 * year's quota (H3, H4), with a certificate number of its kind and year.
 */
export async function approveHonour(ctx: Ctx, id: string, today: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const h = await lockHonour(tx, id);
    requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
    requireState(h, ['IN_PUBLICITY'], '批准');
    refuse(makerCheckerRefusal(h.nominatedBy, ctx.principal.accountId));
    if (!windowOver(h, today)) {
      throw new KitError('CONFLICT', `公示期至 ${toIsoDate(h.publicityEndsOn!)} 结束，期满后方可批准`, {
        field: 'id',
        reason: 'PUBLICITY_NOT_ENDED',
        messageEn: 'The publicity window has not ended yet',
      });
    }
    const open = await tx.honourObjection.count({ where: { honourId: id, status: 'OPEN' } });
    if (open > 0) {
      throw new KitError('CONFLICT', `尚有 ${open} 条公示异议未处理，处理后方可批准`, {
        field: 'id',
        reason: 'OBJECTION_OPEN',
        messageEn: `${open} objection(s) still open`,
      });
    }
    await holdQuotaPlace(tx, h.kind, h.year);
    const certificateNo = await nextCertificateNo(tx, h.kind, h.year);
    await tx.honour.update({
      where: { id },
      data: { status: 'APPROVED', certificateNo, decidedBy: ctx.principal.accountId, decidedAt: new Date() },
    });
    await record(tx, ctx, h, 'APPROVED', 'APPROVED', `证书编号 ${certificateNo}`, { certificateNo });
  }, LOCKING);
}

/** 不予通过: before approval, by someone other than the nominator, with a reason. */
export async function rejectHonour(ctx: Ctx, id: string, reasonText: string): Promise<void> {
  const reason = requiredText(reasonText, 'reason', '不予通过的原因', 2000);
  await ctx.prisma.$transaction(async (tx) => {
    const h = await lockHonour(tx, id);
    requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
    requireState(h, ['NOMINATED', 'REVIEWED', 'IN_PUBLICITY'], '不予通过');
    refuse(makerCheckerRefusal(h.nominatedBy, ctx.principal.accountId));
    await tx.honour.update({
      where: { id },
      data: { status: 'REJECTED', reason, decidedBy: ctx.principal.accountId, decidedAt: new Date() },
    });
    await record(tx, ctx, h, 'REJECTED', 'REJECTED', reason);
  });
}

/** 撤销: an approved honour, with its reason; the certificate number stays with it (never given again). */
export async function revokeHonour(ctx: Ctx, id: string, reasonText: string): Promise<void> {
  const reason = requiredText(reasonText, 'reason', '撤销原因', 2000);
  await ctx.prisma.$transaction(async (tx) => {
    const h = await lockHonour(tx, id);
    requireDuty(ctx.principal, DUTIES.HONOUR, h.kind);
    requireState(h, ['APPROVED'], '撤销');
    await tx.honour.update({ where: { id }, data: { status: 'REVOKED', reason } });
    await record(tx, ctx, h, 'REVOKED', 'REVOKED', reason);
  });
}

/**
 * H3, H4 (五(十四)): an approval takes a place of its year's quota, or is refused naming the quota and its clause. The
 * quota's row for the year is created once and locked before the year's approvals are counted, so concurrent
 * approvals of one quota run one after another and the ceiling holds on PGlite and PostgreSQL alike.
 */
async function holdQuotaPlace(tx: Tx, kind: HonourKind, year: number): Promise<void> {
  const quota = honourQuotaFor(kind, year);
  if (!quota) return;
  await tx.honourQuota.createMany({ data: [{ quota: quota.id, year }], skipDuplicates: true });
  await tx.$queryRaw`SELECT quota FROM honour_quota WHERE quota = ${quota.id} AND year = ${year} FOR UPDATE`;
  const approved = await tx.honour.count({ where: { kind: { in: [...quota.kinds] }, year, status: 'APPROVED' } });
  refuse(quotaRefusal(quota, approved, kind), { quota: quota.id, clause: quota.clause, target: quota.target });
}

/**
 * 证书编号: the kind's next number of the year, taken by raising its counter row in the approval's transaction. The
 * row stays locked until the approval commits (concurrent approvals of a kind queue), and a refused approval rolls the
 * counter back with it, so numbers are unique and without gaps: 济宁市首席技师〔2026〕第001号.
 */
async function nextCertificateNo(tx: Tx, kind: HonourKind, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO honour_certificate_counter (kind, year, last) VALUES (${kind}::"HonourKind", ${year}, 1)
    ON CONFLICT (kind, year) DO UPDATE SET last = honour_certificate_counter.last + 1
    RETURNING last`;
  return `${HONOUR_KIND.label(kind)}〔${year}〕第${String(row!.last).padStart(3, '0')}号`;
}

const MEASURE_CODES = new Set(H5_MEASURES.map((m) => m.code));

/** H5 (五(十五)): a standing measure taken for a person in a year. Returns the record's id. */
export async function recordStandingMeasure(
  ctx: Ctx,
  input: { personId: string; measure: string; year: number; note?: string | null },
): Promise<string> {
  const refusal = standingMeasureRefusal(ctx.principal.department);
  if (refusal) {
    throw new KitError('FORBIDDEN', refusal.zh, { reason: 'NOT_THIS_DEPARTMENTS_DUTY', messageEn: refusal.en });
  }
  if (!MEASURE_CODES.has(input.measure)) {
    throw badInput(`未知的措施：${input.measure.slice(0, 40)}`, {
      field: 'input.measure',
      reason: 'VALIDATION_FAILED',
    });
  }
  if (input.year < POLICY_YEARS.first || input.year > POLICY_YEARS.last) {
    throw badInput(`年度须在政策有效期 ${POLICY_YEARS.first}–${POLICY_YEARS.last} 年内：${input.year}`, {
      field: 'input.year',
      reason: 'OUTSIDE_POLICY_WINDOW',
    });
  }
  const personId = input.personId.trim();
  if (!personId) throw badInput('人员不能为空', { field: 'input.personId', reason: 'VALIDATION_FAILED' });
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) {
    throw badInput('说明不超过 2000 个字', { field: 'input.note', reason: 'VALIDATION_FAILED' });
  }
  await ctx.references.requireKnown({ people: [{ field: 'input.personId', id: personId }] });
  const measure = H5_MEASURES.find((m) => m.code === input.measure)!;
  return uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const row = await tx.standingMeasure.create({
          data: {
            personId,
            measure: input.measure,
            year: input.year,
            note,
            recordedBy: ctx.principal.accountId,
            recordedByName: ctx.principal.displayName,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'RECORD_STANDING_MEASURE',
          entityType: 'StandingMeasure',
          entityId: row.id,
          before: null,
          after: { personId, measure: input.measure, year: input.year, note },
        });
        return row.id;
      }),
    {
      message: `该人员 ${input.year} 年已登记“${measure.zh.slice(0, 30)}”`,
      field: 'input.measure',
      reason: 'DUPLICATE_MEASURE',
      messageEn: 'This measure is already recorded for this person and year',
    },
  );
}

/** Approvals of a year per kind (the year view's counts). */
export async function approvedByKind(prisma: PrismaClient, year: number): Promise<Record<HonourKind, number>> {
  const rows = await prisma.honour.groupBy({ by: ['kind'], where: { year, status: 'APPROVED' }, _count: true });
  const counts = Object.fromEntries(HONOUR_KIND.codes.map((k) => [k, 0])) as Record<HonourKind, number>;
  for (const r of rows) counts[r.kind as HonourKind] = r._count;
  return counts;
}

/** The average of scores, two decimals, as a string (no floats: hundredths of a point, rounded half up). */
export function averageScore(scores: readonly number[]): string | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  const hundredths = Math.floor((sum * 200 + scores.length) / (2 * scores.length));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The steps staff can take on an honour; `stepsFor` says which the signed-in account may take now. */
export const HONOUR_STEPS = [
  'SCORE',
  'PUBLISH',
  'RECORD_OBJECTION',
  'RESOLVE_OBJECTION',
  'APPROVE',
  'REJECT',
  'REVOKE',
] as const;
export type HonourStep = (typeof HONOUR_STEPS)[number];

/**
 * What the account may do with this honour now, as the steps themselves decide it (duty of the kind, state,
 * maker-checker, the publicity window, open objections; the quota is only known at approval): the admin web shows
 * these buttons and no others. The server checks every step again.
 */
export function stepsFor(
  h: { kind: HonourKind; status: HonourStatus; nominatedBy: string | null; publicityEndsOn: Date | null },
  openObjections: number,
  principal: { department: string; accountId: string; permissions: readonly string[] },
  today: string,
): HonourStep[] {
  if (!principal.permissions.includes('awards:manage') || !DUTIES.HONOUR.allows(principal.department, h.kind))
    return [];
  const checker = makerCheckerRefusal(h.nominatedBy, principal.accountId) === null;
  const over = !!h.publicityEndsOn && toIsoDate(h.publicityEndsOn) < today;
  const steps: HonourStep[] = [];
  if (h.status === 'NOMINATED' || h.status === 'REVIEWED') steps.push('SCORE');
  if (h.status === 'REVIEWED') steps.push('PUBLISH');
  if (h.status === 'IN_PUBLICITY' && !over) steps.push('RECORD_OBJECTION');
  if (openObjections > 0) steps.push('RESOLVE_OBJECTION');
  if (h.status === 'IN_PUBLICITY' && over && openObjections === 0 && checker) steps.push('APPROVE');
  if ((h.status === 'NOMINATED' || h.status === 'REVIEWED' || h.status === 'IN_PUBLICITY') && checker) {
    steps.push('REJECT');
  }
  if (h.status === 'APPROVED') steps.push('REVOKE');
  return steps;
}
