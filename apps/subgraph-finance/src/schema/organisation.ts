import { ENTITY_LIST_NULLABILITY, organisationRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { Entitlement } from './entitlement.ts';
import { visibleEntitlements } from './visible-entitlements.ts';

// Organisation (owned by the directory) gains its entitlements here, within the caller's county scope.
builder.objectFields(organisationRef(builder), (t) => ({
  entitlements: t.loadableList({
    type: Entitlement,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '该单位享受的资金待遇',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'beneficiaryOrganisationId',
        visibleEntitlements(ctx).findMany({
          where: { beneficiaryOrganisationId: { in: ids } },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
