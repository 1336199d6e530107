import type { MonthlyCounts, SubgraphContext, TargetSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

type Source = TargetSource<SubgraphContext<PrismaClient>>;

const monthly = (rows: { month: string; n: bigint }[]) => Object.fromEntries(rows.map((r) => [r.month, Number(r.n)]));

/**
 * T10 二(六) 每年遴选建设１０家左右市级技能大师工作室: the city selections of the year (approvals at city level, of
 * studios not revoked since), in the month of approval — the same count as `studioYear`.
 */
export const CITY_STUDIOS: Source = {
  id: 'T10',
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(first_at, 'YYYY-MM') AS month, count(*) AS n
      FROM (SELECT h.studio_id, min(h.at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai') AS first_at
            FROM studio_history h JOIN master_studio s ON s.id = h.studio_id
            WHERE h.action = 'APPROVE' AND h.level = 'CITY' AND s.status <> 'REVOKED'
              AND (${county ?? null}::text IS NULL OR s.county_code = ${county ?? null})
            GROUP BY h.studio_id) approvals
      WHERE first_at >= ${from}::date AND first_at < ${to}::date
      GROUP BY 1`;
    return { studios: monthly(rows) };
  },
};

/** T11 二(六) ３年内建设２０个左右市级工匠学院: colleges approved (and not revoked) since the policy's first day. */
export const CRAFTSMAN_COLLEGES: Source = {
  id: 'T11',
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(approved_on, 'YYYY-MM') AS month, count(*) AS n
      FROM craftsman_college
      WHERE status = 'APPROVED' AND approved_on >= ${from}::date AND approved_on < ${to}::date
        AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
      GROUP BY 1`;
    return { colleges: monthly(rows) };
  },
};

/**
 * T5 二(二) 力争每年培训新型学徒５００名: the same count as `apprenticeTarget` — each apprentice once, in the month their
 * first new-type agreement of the year starts; revoked agreements and agreements not of the new type do not count.
 */
export const APPRENTICES: Source = {
  id: 'T5',
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(first_on, 'YYYY-MM') AS month, count(*) AS n
      FROM (SELECT apprentice_id, min(started_on) AS first_on
            FROM apprenticeship
            WHERE status = 'ACTIVE' AND new_type AND started_on >= ${from}::date AND started_on < ${to}::date
              AND (${county ?? null}::text IS NULL OR county_code = ${county ?? null})
            GROUP BY apprentice_id) firsts
      GROUP BY 1`;
    return { apprentices: monthly(rows) };
  },
};

/**
 * T9 二(五) 每年开展补贴性职业技能培训不少于２万人次: every trainee who completed a subsidised class, in the month of
 * the completion date (person-times: the same person in two classes counts twice); a revoked completion does not count.
 */
export const SUBSIDISED_TRAINING: Source = {
  id: 'T9',
  async countByMonth(ctx, { from, to, county }): Promise<MonthlyCounts> {
    const rows = await ctx.prisma.$queryRaw<{ month: string; n: bigint }[]>`
      SELECT to_char(c.completed_on, 'YYYY-MM') AS month, count(*) AS n
      FROM training_completion c
      WHERE c.revoked_at IS NULL AND c.completed_on >= ${from}::date AND c.completed_on < ${to}::date
        AND (${county ?? null}::text IS NULL
             OR EXISTS (SELECT 1 FROM training_class k WHERE k.id = c.class_id AND k.county_code = ${county ?? null}))
      GROUP BY 1`;
    return { personTimes: monthly(rows) };
  },
};

/** Approved (and not revoked) college items of these kinds, by the month of their approving document, per kind. */
async function collegeItemsByMonth(
  ctx: Parameters<Source['countByMonth']>[0],
  { from, to }: { from: string; to: string },
  kinds: Readonly<Record<string, string>>,
): Promise<MonthlyCounts> {
  const rows = await ctx.prisma.$queryRaw<{ kind: string; month: string; n: bigint }[]>`
    SELECT kind::text AS kind, to_char(document_date, 'YYYY-MM') AS month, count(*) AS n
    FROM college_major
    WHERE status = 'APPROVED' AND kind::text = ANY(${Object.keys(kinds)}::text[])
      AND document_date >= ${from}::date AND document_date < ${to}::date
    GROUP BY 1, 2`;
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, key]) => [key, monthly(rows.filter((r) => r.kind === kind))]),
  );
}

/** T6 二(三) 建成２所高水平高职校、打造４５个高水平高职（中职）专业（群）: approved ones, national or provincial. */
export const HIGH_LEVEL_COLLEGES_AND_MAJORS: Source = {
  id: 'T6',
  countByMonth: (ctx, period) =>
    collegeItemsByMonth(ctx, period, { HIGH_LEVEL_COLLEGE: 'colleges', HIGH_LEVEL_MAJOR: 'majors' }),
};

/** T7 二(三) 每年评选３０门市级精品课程: the year's approved courses, by the month of their document. */
export const QUALITY_COURSES: Source = {
  id: 'T7',
  countByMonth: (ctx, period) => collegeItemsByMonth(ctx, period, { QUALITY_COURSE: 'courses' }),
};

/** T8 二(三) 建设２０个工学一体化培养模式专业，认定３０个特色专业（群）. */
export const INTEGRATED_AND_FEATURED_MAJORS: Source = {
  id: 'T8',
  countByMonth: (ctx, period) =>
    collegeItemsByMonth(ctx, period, { INTEGRATED_MAJOR: 'integratedMajors', FEATURED_MAJOR: 'featuredMajors' }),
};

export const TRAINING_TARGETS: readonly Source[] = [
  APPRENTICES,
  HIGH_LEVEL_COLLEGES_AND_MAJORS,
  QUALITY_COURSES,
  INTEGRATED_AND_FEATURED_MAJORS,
  SUBSIDISED_TRAINING,
  CITY_STUDIOS,
  CRAFTSMAN_COLLEGES,
];
