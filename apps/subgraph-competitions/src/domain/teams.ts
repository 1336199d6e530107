import { DUTIES, type Medal } from '@jining/rules';
import {
  appendAudit,
  badInput,
  KitError,
  ErrorCode,
  requireDuty,
  uniqueOrConflict,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * 团体成绩: a team's placing and its members. Each member gets a result row with the team's rank and medal and the
 * team's id, so a member's result knows its competition's tier and medal like an individual's (what R10–R13 pay
 * on), and the one-result-per-person index keeps a person out of two teams (or a team and an individual placing)
 * of one competition.
 */

type Ctx = SubgraphContext<PrismaClient>;

/** The most members a team may name: a sanity bound of data entry (skill competitions field teams of 2–5). */
export const TEAM_MEMBERS_MAX = 20;

export interface TeamResultInput {
  competitionId: string;
  name: string;
  memberIds: readonly string[];
  rank?: number | null;
  medal?: Medal | null;
}

export async function recordTeamResult(ctx: Ctx, input: TeamResultInput): Promise<string> {
  const name = input.name.trim();
  const memberIds = input.memberIds.map((id) => id.trim()).filter(Boolean);
  if (memberIds.length === 0) {
    throw badInput('参赛队至少有一名队员', { field: 'input.memberIds', reason: 'MEMBERS_REQUIRED' });
  }
  if (memberIds.length > TEAM_MEMBERS_MAX) {
    throw badInput(`参赛队至多 ${TEAM_MEMBERS_MAX} 名队员`, { field: 'input.memberIds', reason: 'TOO_MANY_MEMBERS' });
  }
  if (new Set(memberIds).size !== memberIds.length) {
    throw badInput('同一队员不能重复列出', { field: 'input.memberIds', reason: 'DUPLICATE_MEMBER' });
  }
  if (input.rank != null && input.rank < 1) {
    throw badInput(`名次须为正整数：${input.rank}`, { field: 'input.rank', reason: 'INVALID_RANK' });
  }
  const competition = await ctx.prisma.competition.findUnique({
    where: { id: input.competitionId },
    select: { id: true, tier: true },
  });
  if (!competition) {
    throw badInput(`未找到竞赛：${input.competitionId}`, {
      field: 'input.competitionId',
      reason: 'UNKNOWN_COMPETITION',
      messageEn: `Unknown competition: ${input.competitionId}`,
    });
  }
  requireDuty(ctx.principal, DUTIES.COMPETITION, competition.tier);
  await ctx.references.requireKnown({ people: memberIds.map((id) => ({ field: 'input.memberIds', id })) });
  const rank = input.rank ?? null;
  const medal = input.medal ?? null;
  return uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        const placed = await tx.competitionResult.findFirst({
          where: { competitionId: competition.id, personId: { in: memberIds } },
          select: { personId: true },
        });
        if (placed) {
          throw new KitError(ErrorCode.CONFLICT, '有队员在该竞赛中已有成绩（个人或其他参赛队），不能再列入本队', {
            field: 'input.memberIds',
            reason: 'MEMBER_ALREADY_PLACED',
            messageEn: `A member already has a result in this competition: ${placed.personId}`,
          });
        }
        const sameName = await tx.competitionTeam.findFirst({ where: { competitionId: competition.id, name } });
        if (sameName) {
          throw new KitError(ErrorCode.CONFLICT, `该竞赛已有参赛队“${name}”`, {
            field: 'input.name',
            reason: 'DUPLICATE_TEAM',
            messageEn: 'A team of this name already exists in this competition',
          });
        }
        const team = await tx.competitionTeam.create({ data: { competitionId: competition.id, name, rank, medal } });
        await tx.competitionResult.createMany({
          data: memberIds.map((personId) => ({
            competitionId: competition.id,
            personId,
            teamId: team.id,
            teamName: name,
            rank,
            medal,
          })),
        });
        await appendAudit(tx, ctx, {
          action: 'RECORD_TEAM_RESULT',
          entityType: 'CompetitionTeam',
          entityId: team.id,
          after: { ...team, memberIds },
        });
        return team.id;
      }),
    // The team name per competition, or a member placed meanwhile: the unique indexes decide under concurrency.
    {
      message: '该竞赛已有同名参赛队或队员已有成绩，未保存',
      field: 'input.name',
      reason: 'DUPLICATE_TEAM',
      messageEn: 'A team of this name, or a result of a member, already exists in this competition',
    },
  );
}
