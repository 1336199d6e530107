import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { Entitlement } from './entitlement.ts';
import { visibleEntitlements } from './visible-entitlements.ts';

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
        visibleEntitlements(ctx).findMany({
          where: { beneficiaryPersonId: { in: ids } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
