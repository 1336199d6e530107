import { ENTITY_LIST_NULLABILITY, organisationRef, rowsPerEntity } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CraftsmanCollege } from './craftsman-college.ts';
import { MasterStudio } from './master-studio.ts';

// Organisation (owned by the directory) gains the studios it hosts and the craftsman colleges it builds here: one batched query for every organisation.
builder.objectFields(organisationRef(builder), (t) => ({
  hostedStudios: t.loadableList({
    type: MasterStudio,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '依托本单位建设的技能大师工作室',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'hostId',
        ctx.prisma.masterStudio.findMany({
          where: { hostId: { in: ids } },
          orderBy: [{ approvedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
  craftsmanColleges: t.loadableList({
    type: CraftsmanCollege,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本单位建设的市级工匠学院',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'hostId',
        ctx.prisma.craftsmanCollege.findMany({
          where: { hostId: { in: ids } },
          orderBy: [{ appliedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
}));
