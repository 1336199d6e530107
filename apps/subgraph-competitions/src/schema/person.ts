import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CompetitionResult } from './competition-result.ts';
import { SkillAward } from './skill-award.ts';

// Person (owned by the directory) gains its results here: one batched query for every person in a request.
builder.objectFields(personRef(builder), (t) => ({
  competitionResults: t.loadableList({
    type: CompetitionResult,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本人的竞赛成绩',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.competitionResult.findMany({
          where: { personId: { in: ids } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));

// Person gains the skill awards they won, alone or in a team: one batched query for every person in a request.
builder.objectFields(personRef(builder), (t) => ({
  skillAwards: t.loadableList({
    type: SkillAward,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本人获得的技能奖项（个人或团队）',
    resolve: (entity) => entity.id,
    load: async (ids: string[], ctx) => {
      const winners = await ctx.prisma.skillAwardWinner.findMany({
        where: { personId: { in: ids } },
        include: { award: true },
        orderBy: [{ award: { awardedOn: 'desc' } }, { awardId: 'asc' }],
      });
      return ids.map((id) => winners.filter((w) => w.personId === id).map((w) => w.award));
    },
  }),
}));
