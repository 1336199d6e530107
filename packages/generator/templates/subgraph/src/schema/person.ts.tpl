import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { __ENTITY__ } from './__FILE__.ts';

// Person (owned by the directory) gains this subgraph's side here: one batched query for all people in a request
// (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  __CAMEL__s: t.loadableList({
    type: __ENTITY__,
    nullable: ENTITY_LIST_NULLABILITY,
    resolve: (person) => person.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(ids, 'personId', ctx.prisma.__CAMEL__.findMany({ where: { personId: { in: ids } }, orderBy: { recordedOn: 'desc' } })),
  }),
}));
