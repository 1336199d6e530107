import { COMPETITION_TIER, DUTIES, type CompetitionTier } from '@jining/rules';
import { chinaToday, parseIsoDate, type SubgraphContext, type WorkSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

type Source = WorkSource<SubgraphContext<PrismaClient>>;

const tiersOf = (department: string): CompetitionTier[] =>
  COMPETITION_TIER.codes.filter((tier) => DUTIES.COMPETITION.allows(department, tier));

/**
 * 四(十三): a competition that has ended and has no result recorded is work for the departments that record
 * competitions of its tier (HRSS and the Trade Union co-lead): its results (and the certificates and honours that rest
 * on them) wait for it. Ended: past its last day, else its first, else its year.
 */
export const COMPETITIONS_WORK: readonly Source[] = [
  {
    item: 'COMPETITION_WITHOUT_RESULTS',
    does: (p) => tiersOf(p.department).length > 0,
    count: (ctx) => {
      const today = chinaToday();
      const day = parseIsoDate(today);
      return ctx.prisma.competition.count({
        where: {
          tier: { in: tiersOf(ctx.principal.department) },
          results: { none: {} },
          OR: [
            { endsOn: { lt: day } },
            { endsOn: null, heldOn: { lt: day } },
            { endsOn: null, heldOn: null, year: { lt: Number(today.slice(0, 4)) } },
          ],
        },
      });
    },
  },
];
