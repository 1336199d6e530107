import { ENTITY_LIST_NULLABILITY, organisationRef, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { GraduateHire } from './graduate-hiring.ts';

// Person and Organisation (the directory's) gain their graduate hires here: one batched query per request each.
builder.objectFields(personRef(builder), (t) => ({
  graduateHires: t.loadableList({
    type: GraduateHire,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '作为毕业生的就业补贴聘用登记（三(九)）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.graduateHire.findMany({
          where: { personId: { in: ids } },
          orderBy: [{ hiredOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));

builder.objectFields(organisationRef(builder), (t) => ({
  graduateHires: t.loadableList({
    type: GraduateHire,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '作为用人单位新全职引进的毕业生（三(九)）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'employerId',
        ctx.prisma.graduateHire.findMany({
          where: { employerId: { in: ids } },
          orderBy: [{ hiredOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
