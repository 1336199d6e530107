import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CompetitionResult } from './competition-result.ts';

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
