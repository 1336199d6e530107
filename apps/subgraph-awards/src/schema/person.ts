import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { Honour } from './honour.ts';

// Person (owned by the directory) gains its honours here: one batched query for every person in a request.
builder.objectFields(personRef(builder), (t) => ({
  honours: t.loadableList({
    type: Honour,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本人获得或被提名的表彰',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.honour.findMany({ where: { personId: { in: ids } }, orderBy: [{ year: 'desc' }, { kind: 'asc' }] }),
      ),
  }),
}));
