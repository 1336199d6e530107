import { DUTIES, WORLDSKILLS_AWARDS, type SkillAward, type TalentRoute } from '@jining/rules';
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
  type SkillAwardRecordedV1,
  type SkillAwardRevokedV1,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import type { PrismaClient, SkillAward as AwardRow } from '../generated/prisma/client.ts';
import { alreadyRevoked, auditAction, requireAwardDate, requireReason, requireText } from './awards.ts';
import { TEAM_MEMBERS_MAX } from './teams.ts';

/**
 * 技能奖项 (R10–R13 三(九)): a WorldSkills medal of a person or a team, or 中华技能大奖 / 全国技术能手 of a person, who was
 * introduced full-time or cultivated, with the unit that introduced or cultivated them. Recorded by HRSS (lead of
 * 三(九), DUTIES.SKILL_AWARD) from the awarding document; the record, its audit line and its SKILL_AWARD_RECORDED fact
 * are one transaction. Whether it pays (route, window, the unit's grant, the higher of two awards for one achievement)
 * is the rules' decision in finance: a route of NONE is recorded, and finance says why it does not pay.
 */

type Ctx = SubgraphContext<PrismaClient>;

export interface SkillAwardInput {
  award: SkillAward;
  personId?: string | null;
  teamName?: string | null;
  memberIds?: readonly string[] | null;
  awardedOn: Date;
  documentNo: string;
  route: TalentRoute;
  unitId?: string | null;
  rolePercent?: number | null;
  competitionResultId?: string | null;
  achievementId?: string | null;
}

const isWorldSkills = (award: string) => (WORLDSKILLS_AWARDS as readonly string[]).includes(award);

const clean = (value: string | null | undefined) => value?.trim() || null;

type Row = AwardRow & { winners: { personId: string }[] };

const snapshot = (a: Row) => ({
  award: a.award,
  winnerKind: a.winnerKind,
  teamName: a.teamName,
  personIds: a.winners.map((w) => w.personId),
  awardedOn: toIsoDate(a.awardedOn),
  documentNo: a.documentNo,
  route: a.route,
  unitId: a.unitId,
  rolePercent: a.rolePercent,
  competitionResultId: a.competitionResultId,
  achievementId: a.achievementId,
  status: a.status,
  revokeReason: a.revokeReason,
});

/** The winner: one person, or a named team of people (WorldSkills only: R10 团队或个人). */
function winnerOf(input: SkillAwardInput): { kind: 'PERSON' | 'TEAM'; teamName: string | null; personIds: string[] } {
  const personId = clean(input.personId);
  const teamName = clean(input.teamName);
  const members = (input.memberIds ?? []).map((id) => id.trim()).filter(Boolean);
  if (personId && (teamName || members.length > 0)) {
    throw badInput('获奖者是个人或团队其一，不能同时填写', {
      field: 'input.personId',
      reason: 'PERSON_OR_TEAM_NOT_BOTH',
      messageEn: 'Name a person or a team, not both',
    });
  }
  if (personId) return { kind: 'PERSON', teamName: null, personIds: [personId] };
  if (!teamName && members.length === 0) {
    throw badInput('请填写获奖个人，或参赛队名称及队员', {
      field: 'input.personId',
      reason: 'WINNER_REQUIRED',
      messageEn: 'A winner is required: a person, or a team with its members',
    });
  }
  if (!isWorldSkills(input.award)) {
    throw badInput('中华技能大奖、全国技术能手只授予个人（三(九)）', {
      field: 'input.teamName',
      reason: 'TEAM_NOT_ALLOWED',
      messageEn: 'This award is given to a person only',
    });
  }
  const name = requireText(teamName ?? '', 'input.teamName', '参赛队名称', 1, 100);
  if (members.length === 0) {
    throw badInput('参赛队至少有一名队员', { field: 'input.memberIds', reason: 'MEMBERS_REQUIRED' });
  }
  if (members.length > TEAM_MEMBERS_MAX) {
    throw badInput(`参赛队至多 ${TEAM_MEMBERS_MAX} 名队员`, { field: 'input.memberIds', reason: 'TOO_MANY_MEMBERS' });
  }
  if (new Set(members).size !== members.length) {
    throw badInput('同一队员不能重复列出', { field: 'input.memberIds', reason: 'DUPLICATE_MEMBER' });
  }
  return { kind: 'TEAM', teamName: name, personIds: members };
}

function requireRolePercent(award: string, rolePercent: number | null | undefined): number | null {
  if (rolePercent == null) return null;
  if (!isWorldSkills(award)) {
    throw badInput('作用发挥比例只适用于世界技能大赛奖牌（三(九)）', {
      field: 'input.rolePercent',
      reason: 'ROLE_PERCENT_NOT_ALLOWED',
      messageEn: 'rolePercent applies to WorldSkills medals only',
    });
  }
  if (!Number.isInteger(rolePercent) || rolePercent < 1 || rolePercent > 100) {
    throw badInput(`作用发挥比例应为 1–100 之间的整数：${rolePercent}`, {
      field: 'input.rolePercent',
      reason: 'INVALID_ROLE_PERCENT',
      messageEn: `rolePercent must be an integer from 1 to 100: ${rolePercent}`,
    });
  }
  return rolePercent;
}

/** The WORLD competition result a WorldSkills medal came from: it exists, is of the world tier and is a winner's. */
async function requireResult(ctx: Ctx, id: string | null, award: string, personIds: readonly string[]) {
  if (!id) return null;
  const result = await ctx.prisma.competitionResult.findUnique({
    where: { id },
    select: { id: true, personId: true, competition: { select: { tier: true } } },
  });
  if (!result) {
    throw badInput(`未找到竞赛成绩：${id.slice(0, 40)}`, {
      field: 'input.competitionResultId',
      reason: 'UNKNOWN_RESULT',
    });
  }
  if (!isWorldSkills(award) || result.competition.tier !== 'WORLD') {
    throw badInput('只有世界技能大赛奖牌可关联世界级竞赛的成绩', {
      field: 'input.competitionResultId',
      reason: 'RESULT_NOT_WORLD',
      messageEn: 'Only a WorldSkills medal links a result of a WORLD competition',
    });
  }
  if (!result.personId || !personIds.includes(result.personId)) {
    throw badInput('所关联的成绩不是本次获奖者的成绩', {
      field: 'input.competitionResultId',
      reason: 'RESULT_NOT_WINNERS',
      messageEn: 'The linked result is not a winner’s',
    });
  }
  return result.id;
}

export async function recordSkillAward(ctx: Ctx, input: SkillAwardInput): Promise<string> {
  requireDuty(ctx.principal, DUTIES.SKILL_AWARD, input.award);
  const winner = winnerOf(input);
  const rolePercent = requireRolePercent(input.award, input.rolePercent);
  const documentNo = requireText(input.documentNo, 'input.documentNo', '获奖文件文号', 2, 100);
  const awardedOn = requireAwardDate(input.awardedOn, 'input.awardedOn');
  const unitId = clean(input.unitId);
  const achievementId = clean(input.achievementId)
    ? requireText(input.achievementId!, 'input.achievementId', '同一成就编号', 1, 100)
    : null;
  const competitionResultId = await requireResult(ctx, clean(input.competitionResultId), input.award, winner.personIds);
  await ctx.references.requireKnown({
    people: winner.personIds.map((id) => ({
      field: winner.kind === 'PERSON' ? 'input.personId' : 'input.memberIds',
      id,
    })),
    organisations: unitId ? [{ field: 'input.unitId', id: unitId }] : [],
  });
  return uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const created = await tx.skillAward.create({
          data: {
            award: input.award,
            winnerKind: winner.kind,
            teamName: winner.teamName,
            awardedOn: input.awardedOn,
            documentNo,
            route: input.route,
            unitId,
            rolePercent,
            competitionResultId,
            achievementId,
            recordedBy: ctx.principal.accountId,
            // One live record of one award: the same document, award and winners recorded twice is one record.
            liveKey: [input.award, documentNo, ...[...winner.personIds].sort()].join('|'),
            winners: { create: winner.personIds.map((personId) => ({ personId })) },
          },
          include: { winners: { orderBy: { personId: 'asc' } } },
        });
        await appendAudit(tx, ctx, {
          action: auditAction('SKILL_AWARD_', 'RECORD'),
          entityType: 'SkillAward',
          entityId: created.id,
          after: snapshot(created),
        });
        const payload: SkillAwardRecordedV1 = {
          awardId: created.id,
          award: created.award,
          winnerKind: winner.kind,
          // A team is the award's own record: its key for the rules (one grant per team and achievement).
          winnerId: winner.kind === 'PERSON' ? winner.personIds[0]! : created.id,
          personIds: winner.personIds,
          teamName: winner.teamName,
          awardedOn,
          documentNo,
          route: created.route,
          unitId,
          rolePercent,
          competitionResultId,
          achievementId,
        };
        await appendFact(tx, {
          kind: 'SKILL_AWARD_RECORDED',
          version: FACT_EVENT_KINDS.SKILL_AWARD_RECORDED.version,
          subjectId: created.id,
          occurredOn: awardedOn,
          payload: { ...payload },
        });
        return created.id;
      }),
    {
      message: '该获奖（同一奖项、文号和获奖者）已登记，不能重复登记',
      field: 'input.documentNo',
      reason: 'DUPLICATE_SKILL_AWARD',
      messageEn: 'This award of these winners under this document is already recorded',
    },
  );
}

export async function revokeSkillAward(ctx: Ctx, input: { id: string; reason: string }): Promise<string> {
  const reason = requireReason(input.reason);
  const id = input.id.trim();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'skill_award',
        id,
        () => new KitError('NOT_FOUND', '技能奖项登记不存在', { field: 'input.id', reason: 'NOT_FOUND' }),
      );
      const before = await tx.skillAward.findUniqueOrThrow({ where: { id }, include: { winners: true } });
      requireDuty(ctx.principal, DUTIES.SKILL_AWARD, before.award);
      if (before.status !== 'ACTIVE') throw alreadyRevoked('技能奖项登记', 'input.id');
      const after = await tx.skillAward.update({
        where: { id },
        data: { status: 'REVOKED', revokeReason: reason, liveKey: null },
        include: { winners: true },
      });
      await appendAudit(tx, ctx, {
        action: auditAction('SKILL_AWARD_', 'REVOKE'),
        entityType: 'SkillAward',
        entityId: id,
        reason,
        before: snapshot(before),
        after: snapshot(after),
      });
      const personIds = before.winners.map((w) => w.personId);
      const payload: SkillAwardRevokedV1 = {
        awardId: id,
        award: before.award,
        winnerId: before.winnerKind === 'PERSON' ? personIds[0]! : id,
        personIds,
        documentNo: before.documentNo,
        reason,
      };
      await appendFact(tx, {
        kind: 'SKILL_AWARD_REVOKED',
        version: FACT_EVENT_KINDS.SKILL_AWARD_REVOKED.version,
        subjectId: id,
        occurredOn: chinaToday(),
        payload: { ...payload },
      });
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}
