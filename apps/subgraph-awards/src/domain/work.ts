import { DUTIES, HONOUR_KIND, type HonourKind } from '@jining/rules';
import type { SubgraphContext, WorkSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

type Source = WorkSource<SubgraphContext<PrismaClient>>;

/** The honour kinds a department nominates and decides (四(十三), 五(十四)): HRSS all, the Trade Union its own. */
const kindsOf = (department: string): HonourKind[] =>
  HONOUR_KIND.codes.filter((kind) => DUTIES.HONOUR.allows(department, kind));
const does: Source['does'] = (p) => kindsOf(p.department).length > 0;
const mine = (ctx: SubgraphContext<PrismaClient>) => ({ kind: { in: kindsOf(ctx.principal.department) } });

/**
 * The honours waiting for a department of the kind's duty: nominations to score, scored ones to publish, those in
 * publicity to decide (never by whoever nominated them: the decision is a second account's), and open objections.
 */
export const AWARDS_WORK: readonly Source[] = [
  {
    item: 'HONOUR_TO_REVIEW',
    does,
    count: (ctx) => ctx.prisma.honour.count({ where: { ...mine(ctx), status: 'NOMINATED' } }),
  },
  {
    item: 'HONOUR_TO_PUBLISH',
    does,
    count: (ctx) => ctx.prisma.honour.count({ where: { ...mine(ctx), status: 'REVIEWED' } }),
  },
  {
    item: 'HONOUR_IN_PUBLICITY',
    does,
    count: (ctx) =>
      ctx.prisma.honour.count({
        where: {
          ...mine(ctx),
          status: 'IN_PUBLICITY',
          OR: [{ nominatedBy: null }, { nominatedBy: { not: ctx.principal.accountId } }],
        },
      }),
  },
  {
    item: 'HONOUR_OBJECTION_OPEN',
    does,
    count: (ctx) => ctx.prisma.honourObjection.count({ where: { status: 'OPEN', honour: mine(ctx) } }),
  },
];
