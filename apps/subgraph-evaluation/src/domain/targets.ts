import { compareLevels, countyLabel, isCountyCode, isHighSkilled, SKILL_LEVELS, type IsoDate } from '@jining/rules';
import { toIsoDate, type MonthlyCounts, type SubgraphContext, type TargetSource } from '@jining/subgraph-kit';
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
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const levels = SKILL_LEVELS.filter((l) => compareLevels(l, 'TECHNICIAN') >= 0);
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(issued_on, 'YYYY-MM') AS month, count(*) AS n
      FROM skill_certificate
      WHERE revoked_at IS NULL AND level::text IN (${Prisma.join(levels)})
        AND issued_on >= ${from}::date AND issued_on < ${to}::date
        AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
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
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const levels = SKILL_LEVELS.filter((l) => isHighSkilled(l, from as IsoDate));
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(first_on, 'YYYY-MM') AS month, count(*) AS n
      FROM (SELECT person_id, min(issued_on) AS first_on
            FROM skill_certificate
            WHERE revoked_at IS NULL AND level::text IN (${Prisma.join(levels)}) AND issued_on < ${to}::date
              AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
            GROUP BY person_id) firsts
      GROUP BY 1`;
    return { highSkilled: monthly(rows) };
  },
};

const placeOf = (county: string | null) => (county && isCountyCode(county) ? countyLabel(county) : '全市');

/**
 * T1 一 技能人才占就业人员比例超过３０％: the numerator is a stock, everyone holding a certificate the platform records
 * (any level, not revoked), counted once in the month of their first; the denominator is the employed population,
 * a statistic the platform does not count: HRSS records it per year as published (EmployedPopulation). A year
 * without its own figure takes the latest earlier year's, and says so.
 */
export const SKILLED_SHARE: Source = {
  id: 'T1',
  stock: true,
  async countByMonth(ctx, { to, county }): Promise<MonthlyCounts> {
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(first_on, 'YYYY-MM') AS month, count(*) AS n
      FROM (SELECT person_id, min(issued_on) AS first_on
            FROM skill_certificate
            WHERE revoked_at IS NULL AND issued_on < ${to}::date
              AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
            GROUP BY person_id) firsts
      GROUP BY 1`;
    return { skilled: monthly(rows) };
  },
  async denominators(ctx, { year, county }) {
    const row = await ctx.prisma.employedPopulation.findFirst({
      where: { year: { lte: year }, countyCode: county ?? '' },
      orderBy: [{ year: 'desc' }, { recordedAt: 'desc' }],
    });
    if (!row) return { employed: null };
    const of = row.year === year ? '' : `（${year}年尚未登记，沿用${row.year}年）`;
    return {
      employed: {
        value: row.value,
        note: `${placeOf(county)}${row.year}年就业人员 ${row.value} 人${of}，来源：${row.source}（${toIsoDate(row.publishedOn)}发布）`,
      },
    };
  },
};

/**
 * T3 一 到２０２９年，高技能人才数量、结构与基本建成新时代现代化强市相适应: qualitative, so not counted — shown with the
 * standing HRSS last recorded for the year (TargetAssessment), or none yet. The city's aim: a county has no assessment
 * of its own and sees the city's.
 */
export const QUALITATIVE_STRUCTURE: Source = {
  id: 'T3',
  async countByMonth(): Promise<MonthlyCounts> {
    return {};
  },
  async assessment(ctx, { year }) {
    const row = await ctx.prisma.targetAssessment.findFirst({
      where: { targetId: 'T3', year },
      orderBy: { recordedAt: 'desc' },
    });
    return row
      ? { status: row.status, note: row.note, assessedOn: toIsoDate(row.assessedOn), assessedBy: row.assessedBy }
      : null;
  },
};

export const EVALUATION_TARGETS: readonly Source[] = [
  SKILLED_SHARE,
  HIGH_SKILLED_TOTAL,
  QUALITATIVE_STRUCTURE,
  TECHNICIANS_TRAINED,
];
