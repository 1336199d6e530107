import {
  COLLEGE_PRIZE_GRADES,
  COLLEGE_PRIZE_TIERS,
  DUTIES,
  ORGANISATION_KIND,
  type CompetitionTier,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  chinaToday,
  FACT_EVENT_KINDS,
  KitError,
  lockRowById,
  requireDuty,
  toIsoDate,
  uniqueOrConflict,
  type CollegePrizeRecordedV1,
  type CollegePrizeRevokedV1,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import type { CollegePrize, PrismaClient } from '../generated/prisma/client.ts';
import { alreadyRevoked, auditAction, requireAwardDate, requireReason, requireText } from './awards.ts';

/**
 * 职业院校技能大赛获奖 (R14 三(九)): a vocational college's 一、二、三等奖 in the ranking round or final of the world or
 * national vocational-college skills competition, recorded from the awarding document by HRSS (lead of 三(九)) or
 * Education, whose colleges they are (DUTIES.COLLEGE_PRIZE). The record, its audit line and its
 * COLLEGE_PRIZE_RECORDED fact are one transaction; finance decides the amount "up to" the rules' maximum.
 */

type Ctx = SubgraphContext<PrismaClient>;

export interface CollegePrizeInput {
  collegeId: string;
  eventName: string;
  eventKey: string;
  entryName: string;
  entryKey: string;
  tier: CompetitionTier;
  stage: 'RANKING' | 'FINAL';
  prize: number;
  documentNo: string;
  awardedOn: Date;
}

/** One live record per college, event, entry and stage: a second identical record is a CONFLICT, not a second fact. */
const liveKey = (p: { collegeId: string; eventKey: string; entryKey: string; stage: string }) =>
  [p.collegeId, p.eventKey, p.entryKey, p.stage].join('|');

const snapshot = (p: CollegePrize) => ({
  collegeId: p.collegeId,
  eventName: p.eventName,
  eventKey: p.eventKey,
  entryName: p.entryName,
  entryKey: p.entryKey,
  tier: p.tier,
  stage: p.stage,
  prize: p.prize,
  documentNo: p.documentNo,
  awardedOn: toIsoDate(p.awardedOn),
  status: p.status,
  revokeReason: p.revokeReason,
});

/** Checks what can be checked without the database; returns the cleaned values. */
function validate(input: CollegePrizeInput) {
  if (!(COLLEGE_PRIZE_TIERS as readonly string[]).includes(input.tier)) {
    throw badInput('职业院校技能大赛获奖只登记世界级和国家级（全国）赛事（三(九)）', {
      field: 'input.tier',
      reason: 'TIER_NOT_COVERED',
      messageEn: `R14 covers the world and national competitions only: ${input.tier}`,
    });
  }
  if (!(COLLEGE_PRIZE_GRADES as readonly number[]).includes(input.prize)) {
    throw badInput(`奖次应为一、二、三等奖（1–3）：${input.prize}`, {
      field: 'input.prize',
      reason: 'INVALID_PRIZE',
      messageEn: `prize must be 1, 2 or 3: ${input.prize}`,
    });
  }
  return {
    collegeId: requireText(input.collegeId, 'input.collegeId', '获奖院校', 1, 100),
    eventName: requireText(input.eventName, 'input.eventName', '赛事名称', 2, 100),
    eventKey: requireText(input.eventKey, 'input.eventKey', '赛事编号', 1, 50),
    entryName: requireText(input.entryName, 'input.entryName', '参赛项目（选手或团队）', 1, 100),
    entryKey: requireText(input.entryKey, 'input.entryKey', '参赛项目编号', 1, 50),
    documentNo: requireText(input.documentNo, 'input.documentNo', '获奖文件文号', 2, 100),
    awardedOn: requireAwardDate(input.awardedOn, 'input.awardedOn'),
  };
}

export async function recordCollegePrize(ctx: Ctx, input: CollegePrizeInput): Promise<string> {
  // The tier first: a provincial prize is not R14's at all (TIER_NOT_COVERED), whoever records it.
  const v = validate(input);
  requireDuty(ctx.principal, DUTIES.COLLEGE_PRIZE, input.tier as (typeof COLLEGE_PRIZE_TIERS)[number]);
  await ctx.references.requireKnown({
    organisations: [
      {
        field: 'input.collegeId',
        id: v.collegeId,
        kinds: { codes: ['VOCATIONAL_COLLEGE'], zh: ORGANISATION_KIND.label('VOCATIONAL_COLLEGE') },
      },
    ],
  });
  return uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const prize = await tx.collegePrize.create({
          data: {
            ...v,
            awardedOn: input.awardedOn,
            tier: input.tier,
            stage: input.stage,
            prize: input.prize,
            recordedBy: ctx.principal.accountId,
            liveKey: liveKey({ ...v, stage: input.stage }),
          },
        });
        await appendAudit(tx, ctx, {
          action: auditAction('COLLEGE_PRIZE_', 'RECORD'),
          entityType: 'CollegePrize',
          entityId: prize.id,
          after: snapshot(prize),
        });
        const payload: CollegePrizeRecordedV1 = {
          prizeId: prize.id,
          collegeId: prize.collegeId,
          eventName: prize.eventName,
          eventId: prize.eventKey,
          entryName: prize.entryName,
          entryId: prize.entryKey,
          tier: prize.tier,
          stage: prize.stage,
          prize: prize.prize,
          awardedOn: v.awardedOn,
          documentNo: prize.documentNo,
        };
        // Last in the transaction: the outbox's lock is held only for the commit.
        await appendFact(tx, {
          kind: 'COLLEGE_PRIZE_RECORDED',
          version: FACT_EVENT_KINDS.COLLEGE_PRIZE_RECORDED.version,
          subjectId: prize.id,
          occurredOn: v.awardedOn,
          payload: { ...payload },
        });
        return prize.id;
      }),
    {
      message: '该院校此赛事、此参赛项目在该赛段的获奖已登记，不能重复登记',
      field: 'input.entryKey',
      reason: 'DUPLICATE_COLLEGE_PRIZE',
      messageEn: 'This prize of this college, event, entry and stage is already recorded',
    },
  );
}

/** 撤销: the record stays, marked revoked with its reason; finance reverses what its fact granted and is unpaid. */
export async function revokeCollegePrize(ctx: Ctx, input: { id: string; reason: string }): Promise<string> {
  const reason = requireReason(input.reason);
  const id = input.id.trim();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'college_prize',
        id,
        () => new KitError('NOT_FOUND', '院校获奖登记不存在', { field: 'input.id', reason: 'NOT_FOUND' }),
      );
      const before = await tx.collegePrize.findUniqueOrThrow({ where: { id } });
      requireDuty(ctx.principal, DUTIES.COLLEGE_PRIZE, before.tier as (typeof COLLEGE_PRIZE_TIERS)[number]);
      if (before.status !== 'ACTIVE') throw alreadyRevoked('院校获奖登记', 'input.id');
      const after = await tx.collegePrize.update({
        where: { id },
        data: { status: 'REVOKED', revokeReason: reason, liveKey: null },
      });
      await appendAudit(tx, ctx, {
        action: auditAction('COLLEGE_PRIZE_', 'REVOKE'),
        entityType: 'CollegePrize',
        entityId: id,
        reason,
        before: snapshot(before),
        after: snapshot(after),
      });
      const payload: CollegePrizeRevokedV1 = {
        prizeId: id,
        collegeId: before.collegeId,
        eventName: before.eventName,
        entryName: before.entryName,
        reason,
      };
      await appendFact(tx, {
        kind: 'COLLEGE_PRIZE_REVOKED',
        version: FACT_EVENT_KINDS.COLLEGE_PRIZE_REVOKED.version,
        subjectId: id,
        occurredOn: chinaToday(),
        payload: { ...payload },
      });
    },
    // Concurrent revocations queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}
