import { ENTITY_LIST_NULLABILITY, organisationRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CollegePrize } from './college-prize.ts';
import { SkillAward } from './skill-award.ts';

// Organisation (owned by the directory) gains its colleges' prizes and the skill awards of the people it introduced
// or cultivated here: one batched query each for every organisation in a request.
builder.objectFields(organisationRef(builder), (t) => ({
  collegePrizes: t.loadableList({
    type: CollegePrize,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本院校的职业院校技能大赛获奖（R14）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'collegeId',
        ctx.prisma.collegePrize.findMany({
          where: { collegeId: { in: ids } },
          orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
  talentSkillAwards: t.loadableList({
    type: SkillAward,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本单位引进或培养的人员获得的技能奖项（R11、R13 的单位奖励）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'unitId',
        ctx.prisma.skillAward.findMany({
          where: { unitId: { in: ids } },
          orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
