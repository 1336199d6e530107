import { z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { recordTeamResult, TEAM_MEMBERS_MAX } from '../domain/teams.ts';
import { Medal } from './enums.ts';

/** 参赛队: a team's placing; its members' results carry the team's rank and medal. */
export const CompetitionTeam = builder.prismaObject('CompetitionTeam', {
  description: '参赛队（团体成绩）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '参赛队名称' }),
    rank: t.exposeInt('rank', { nullable: true, description: '名次（从 1 起）' }),
    medal: t.expose('medal', { type: Medal, nullable: true, description: '奖次' }),
    competition: t.relation('competition', { description: '所属竞赛' }),
    members: t.relation('members', { description: '队员的成绩', query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.prismaObjectField('Competition', 'teams', (t) =>
  t.relation('teams', {
    description: '参赛队（团体成绩），按名次排列',
    query: { orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }] },
  }),
);

const RecordCompetitionTeamResultInput = builder.inputType('RecordCompetitionTeamResultInput', {
  description: '登记团体成绩：参赛队名称、队员、名次、奖次',
  fields: (t) => ({
    competitionId: t.id({ required: true }),
    name: t.string({
      required: true,
      description: '参赛队名称',
      validate: z.string().trim().min(1, '参赛队名称不能为空').max(100, '参赛队名称不超过 100 个字'),
    }),
    memberIds: t.idList({ required: true, description: `队员（人员库中的人员 id，至多 ${TEAM_MEMBERS_MAX} 名）` }),
    rank: t.int({ required: false, description: '名次（从 1 起）' }),
    medal: t.field({ type: Medal, required: false }),
  }),
});

builder.mutationFields((t) => ({
  recordCompetitionTeamResult: t.prismaField({
    type: CompetitionTeam,
    description: '登记团体成绩（市人社局、市总工会，四(十三)）；同一人在同一竞赛只能有一条成绩',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RecordCompetitionTeamResultInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordTeamResult(ctx, {
        competitionId: String(input.competitionId),
        name: input.name,
        memberIds: input.memberIds.map(String),
        rank: input.rank ?? null,
        medal: input.medal ?? null,
      });
      return ctx.prisma.competitionTeam.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
