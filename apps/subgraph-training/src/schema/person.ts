import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { MasterStudio } from './master-studio.ts';

// Person (owned by the directory) gains the studios it leads here: one batched query for every person in a request.
builder.objectFields(personRef(builder), (t) => ({
  ledStudios: t.loadableList({
    type: MasterStudio,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '领办的技能大师工作室',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'leadId',
        ctx.prisma.masterStudio.findMany({
          where: { leadId: { in: ids } },
          orderBy: [{ approvedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
