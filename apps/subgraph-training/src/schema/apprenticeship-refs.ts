import { ENTITY_LIST_NULLABILITY, organisationRef, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { Apprenticeship } from './apprenticeship.ts';

// Person and Organisation (the directory's) gain their apprenticeships here: one batched query per request each.
builder.objectFields(personRef(builder), (t) => ({
  apprenticeships: t.loadableList({
    type: Apprenticeship,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '作为学徒的企业新型学徒培训协议（二(二)）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'apprenticeId',
        ctx.prisma.apprenticeship.findMany({
          where: { apprenticeId: { in: ids } },
          orderBy: [{ startedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));

builder.objectFields(organisationRef(builder), (t) => ({
  apprenticeships: t.loadableList({
    type: Apprenticeship,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '作为企业开展的新型学徒培训协议（二(二)）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'enterpriseId',
        ctx.prisma.apprenticeship.findMany({
          where: { enterpriseId: { in: ids } },
          orderBy: [{ startedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
