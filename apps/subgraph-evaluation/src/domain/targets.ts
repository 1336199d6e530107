import { compareLevels, isHighSkilled, SKILL_LEVELS, type IsoDate } from '@jining/rules';
import type { MonthlyCounts, SubgraphContext, TargetSource } from '@jining/subgraph-kit';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';

type Source = TargetSource<SubgraphContext<PrismaClient>>;

const monthly = (rows: { month: string; n: bigint }[]) => Object.fromEntries(rows.map((r) => [r.month, Number(r.n)]));

/**
 * T4 二(二) 每年培养１０００名以上技师、高级技师等: certificates at 技师 or above issued in the year and not revoked, in
 * the month of issue. Each certificate is one person trained to that level; a person certified at two such levels in
 * one year counts twice, as each level is a separate achievement of the year.
 */
export const TECHNICIANS_TRAINED: Source = {
  id: 'T4',
  async countByMonth(ctx, { from, to }): Promise<MonthlyCounts> {
    const levels = SKILL_LEVELS.filter((l) => compareLevels(l, 'TECHNICIAN') >= 0);
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(issued_on, 'YYYY-MM') AS month, count(*) AS n
      FROM skill_certificate
      WHERE revoked_at IS NULL AND level::text IN (${Prisma.join(levels)})
        AND issued_on >= ${from}::date AND issued_on < ${to}::date
      GROUP BY 1`;
    return { technicians: monthly(rows) };
  },
};

/**
 * T2 一 高技能人才总量超过３２万人: a stock, not a flow — everyone holding a certificate at a high-skilled level
 * (READING_HIGH_SKILLED_FROM_LEVEL of the rules), whenever certified, counted once in the month of their first such
 * certificate. So this source counts from before the policy's first day (the kit sums those months into the first).
 */
export const HIGH_SKILLED_TOTAL: Source = {
  id: 'T2',
  stock: true,
  async countByMonth(ctx, { from, to }): Promise<MonthlyCounts> {
    const levels = SKILL_LEVELS.filter((l) => isHighSkilled(l, from as IsoDate));
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(first_on, 'YYYY-MM') AS month, count(*) AS n
      FROM (SELECT person_id, min(issued_on) AS first_on
            FROM skill_certificate
            WHERE revoked_at IS NULL AND level::text IN (${Prisma.join(levels)}) AND issued_on < ${to}::date
            GROUP BY person_id) firsts
      GROUP BY 1`;
    return { highSkilled: monthly(rows) };
  },
};

export const EVALUATION_TARGETS: readonly Source[] = [HIGH_SKILLED_TOTAL, TECHNICIANS_TRAINED];
