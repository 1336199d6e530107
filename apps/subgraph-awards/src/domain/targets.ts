import type { MonthlyCounts, SubgraphContext, TargetSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

type Source = TargetSource<SubgraphContext<PrismaClient>>;

/**
 * The honours approved for `year`, by kind and month of approval (China time). An honour belongs to the year it was
 * nominated for, which is what the quotas count (`approvedByKind`); its month is when it was approved.
 */
function approvedByMonth(
  ctx: SubgraphContext<PrismaClient>,
  from: string,
  county: string | null,
): Promise<Map<string, Record<string, number>>> {
  // T13, T14 and T15 of one request read the same grouped count: asked once per request, year and county.
  let byYear = asked.get(ctx);
  if (!byYear) asked.set(ctx, (byYear = new Map()));
  const key = `${from}:${county ?? ''}`;
  let counts = byYear.get(key);
  if (!counts) byYear.set(key, (counts = countApproved(ctx, from, county)));
  return counts;
}
const asked = new WeakMap<object, Map<string, Promise<Map<string, Record<string, number>>>>>();

async function countApproved(
  ctx: SubgraphContext<PrismaClient>,
  from: string,
  county: string | null,
): Promise<Map<string, Record<string, number>>> {
  const year = Number(from.slice(0, 4));
  const rows = await ctx.prisma.$queryRaw<{ kind: string; month: string; n: bigint }[]>`
    SELECT kind::text AS kind,
           to_char(coalesce(decided_at, created_at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
           count(*) AS n
    FROM honour
    WHERE status = 'APPROVED' AND year = ${year}
      AND (${county}::text IS NULL OR county_code = ${county})
    GROUP BY 1, 2`;
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = out.get(r.kind) ?? {};
    m[r.month] = (m[r.month] ?? 0) + Number(r.n);
    out.set(r.kind, m);
  }
  return out;
}

const merge = (...parts: (Record<string, number> | undefined)[]) => {
  const out: Record<string, number> = {};
  for (const p of parts) for (const [m, n] of Object.entries(p ?? {})) out[m] = (out[m] ?? 0) + n;
  return out;
};

/** T13 四(十三) 每年认定２００名以上“济宁市技术能手”. */
export const TECHNICAL_EXPERTS: Source = {
  id: 'T13',
  async countByMonth(ctx, { from, county }): Promise<MonthlyCounts> {
    const k = await approvedByMonth(ctx, from, county ?? null);
    return { technicalExperts: merge(k.get('TECHNICAL_EXPERT')) };
  },
};

/** T14 五(十四) 每年培育认定２０名“济宁市首席技师” (a quota: more is a breach). */
export const CHIEF_TECHNICIANS: Source = {
  id: 'T14',
  async countByMonth(ctx, { from, county }): Promise<MonthlyCounts> {
    const k = await approvedByMonth(ctx, from, county ?? null);
    return { chiefTechnicians: merge(k.get('CHIEF_TECHNICIAN')) };
  },
};

/** T15 五(十四) 每年５名左右“济宁大工匠”、３０名左右“济宁工匠”（含“济宁手造工匠”）. */
export const CRAFTSMEN: Source = {
  id: 'T15',
  async countByMonth(ctx, { from, county }): Promise<MonthlyCounts> {
    const k = await approvedByMonth(ctx, from, county ?? null);
    return {
      grandCraftsmen: merge(k.get('GRAND_CRAFTSMAN')),
      craftsmen: merge(k.get('CRAFTSMAN'), k.get('HANDICRAFT_CRAFTSMAN')),
    };
  },
};

export const AWARDS_TARGETS: readonly Source[] = [TECHNICAL_EXPERTS, CHIEF_TECHNICIANS, CRAFTSMEN];
