import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { countyScope } from '../domain/visibility.ts';
import { Entitlement } from './entitlement.ts';

// Person (owned by the directory) gains its entitlements here, within the caller's county scope: one statement for
// every person of a request.
builder.objectFields(personRef(builder), (t) => ({
  entitlements: t.loadableList({
    type: Entitlement,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '该人员享受的资金待遇',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'beneficiaryPersonId',
        ctx.prisma.entitlement.findMany({
          where: { beneficiaryPersonId: { in: ids }, ...countyScope(ctx.principal) },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
