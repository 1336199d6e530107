import { CITY_COMPETITION_TIERS } from '@jining/rules';
import type { MonthlyCounts, SubgraphContext, TargetSource } from '@jining/subgraph-kit';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';

/**
 * T12 四(十三): city competitions (市级一类、二类) of the year, in the month each was held. A competition recorded without
 * its dates counts in the month it was recorded (the kit moves a month outside the year to its nearest end).
 */
export const CITY_COMPETITIONS: TargetSource<SubgraphContext<PrismaClient>> = {
  id: 'T12',
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const fromYear = Number(from.slice(0, 4));
    const toYear = Number(to.slice(0, 4)) - (to.endsWith('-01-01') ? 1 : 0);
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT coalesce(to_char(held_on, 'YYYY-MM'),
                      to_char(created_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')) AS month,
             count(*) AS n
      FROM competition
      WHERE year BETWEEN ${fromYear} AND ${toYear} AND tier::text IN (${Prisma.join(CITY_COMPETITION_TIERS)})
        AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
      GROUP BY 1`;
    return { competitions: Object.fromEntries(rows.map((r) => [r.month, Number(r.n)])) };
  },
};

export const COMPETITION_TARGETS = [CITY_COMPETITIONS] as const;
