import type { SubgraphContext } from '@jining/subgraph-kit';
import { canSee, scopedWhere } from '../domain/visibility.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;

/**
 * The entitlements the caller may see: the only place that reads the entitlement table (a test keeps it so), so the
 * county scope is applied once for every read — lists and their totals, by id, `_entities`, and the entitlements
 * added to Person and Organisation. Writes (the fact consumer, review steps) go to the table directly.
 */
export function visibleEntitlements(ctx: Ctx) {
  const table = ctx.prisma.entitlement;
  return {
    count: (args: { where?: Prisma.EntitlementWhereInput }) =>
      table.count({ where: scopedWhere(ctx.principal, args.where) }),
    findMany: (args: Prisma.EntitlementFindManyArgs) =>
      table.findMany({ ...args, where: scopedWhere(ctx.principal, args.where) }),
    findFirst: (args: Prisma.EntitlementFindFirstArgs) =>
      table.findFirst({ ...args, where: scopedWhere(ctx.principal, args.where) }),
    /** How many in each status (the workbench's queues). */
    countByStatus: async () => {
      const groups = await table.groupBy({ by: ['status'], where: scopedWhere(ctx.principal), _count: { _all: true } });
      return new Map(groups.map((g) => [g.status as string, g._count._all]));
    },
    /**
     * By id, batched: Prisma turns the findUnique calls of one tick (`_entities`) into one query only when their
     * where holds the id alone, so the scope is checked on the row here instead.
     */
    findById: async (id: string) => {
      const row = await table.findUnique({ where: { id } });
      return row && canSee(ctx.principal, row) ? row : null;
    },
  };
}
