import {
  citeClause,
  countyLabel,
  ENTITLEMENT_STATUS,
  PAYMENT_LINE_STATUS,
  isCountyCode,
  PAYER,
  PAYERS,
  REPORT_GROUPING,
  type ReportGrouping,
} from '@jining/rules';
import { badInput, type Principal } from '@jining/subgraph-kit';
import {
  Prisma,
  type EntitlementStatus,
  type Payer,
  type PaymentLineStatus,
  type PrismaClient,
} from '../generated/prisma/client.ts';
import { COMMITTED_STATUSES, inStatuses, payerName } from './budgets.ts';
import { yuan } from './money.ts';
import { countyScope } from './visibility.ts';

/**
 * Reconciliation (对账) and reports. Every figure is read from where it is kept — committed from the entitlements and
 * their shares, in batch and paid from the payment lines, batch totals from the batches — and compared, never derived
 * from one another, so a difference shows instead of being absorbed. A county account sees its own county only
 * (`countyScope`, as every read of entitlements does).
 */

/** One payer's (and, for COUNTY, one county's) money of a budget year, bucket by bucket. */
export interface ReconciliationTotal {
  payer: Payer;
  countyCode: string | null;
  /** Approved and later (the shares of APPROVED … PAID entitlements). */
  committed: bigint;
  /** Approved, not yet published. */
  awaitingPublicity: bigint;
  inPublicity: bigint;
  /** Payable or in payment through another share, with no line in a batch or paid (TAX credits stay here). */
  payable: bigint;
  /** Lines in a batch, awaiting the bank. */
  inBatch: bigint;
  /** Lines paid. */
  paid: bigint;
  /** committed − (awaitingPublicity + inPublicity + payable + inBatch + paid): zero when the books agree. */
  difference: bigint;
}

export const DIFFERENCE_KINDS = {
  BUCKETS: '承诺金额与各环节合计不符',
  BATCH_TOTAL: '支付批次合计与明细不符',
  LINE_AMOUNT: '支付明细金额与分担金额不符',
  LINE_STATUS: '支付明细与待遇状态不符',
  ENTITLEMENT_STATUS: '待遇状态与支付明细不符',
  SHARES_SUM: '分担合计与待遇金额不符',
} as const;
export type DifferenceKind = keyof typeof DIFFERENCE_KINDS;

export interface Difference {
  kind: DifferenceKind;
  message: string;
  payer: Payer | null;
  countyCode: string | null;
  entitlementId: string | null;
  batchId: string | null;
  lineId: string | null;
  expected: bigint;
  actual: bigint;
}

export interface Reconciliation {
  year: number;
  totals: ReconciliationTotal[];
  differences: Difference[];
}

const difference = (d: Partial<Difference> & Pick<Difference, 'kind' | 'message' | 'expected' | 'actual'>) => ({
  payer: null,
  countyCode: null,
  entitlementId: null,
  batchId: null,
  lineId: null,
  ...d,
});

/** The county a share is paid by: its entitlement's for a COUNTY share, none for the others. */
const SHARE_COUNTY = Prisma.sql`CASE WHEN s.payer = 'COUNTY' THEN e.county_code END`;
const LINE_COUNTY = Prisma.sql`CASE WHEN l.payer = 'COUNTY' THEN e.county_code END`;

export async function reconcile(prisma: PrismaClient, principal: Principal, year: number): Promise<Reconciliation> {
  const scope = countyScope(principal);
  const inScope = scope ? Prisma.sql`AND e.county_code = ${scope.countyCode}` : Prisma.empty;
  // A county account reconciles the money it pays: its county's COUNTY shares.
  const sharesInScope = scope ? Prisma.sql`AND s.payer = 'COUNTY' ${inScope}` : Prisma.empty;
  const linesInScope = scope ? Prisma.sql`AND l.payer = 'COUNTY' ${inScope}` : Prisma.empty;

  const shareBuckets = await prisma.$queryRaw<
    {
      payer: Payer;
      countyCode: string | null;
      committed: bigint;
      awaiting: bigint;
      publicity: bigint;
      payable: bigint;
    }[]
  >`
    SELECT s.payer::text AS payer, ${SHARE_COUNTY} AS "countyCode",
      COALESCE(SUM(s.amount) FILTER (WHERE ${inStatuses('e.status', COMMITTED_STATUSES)}), 0)::bigint AS committed,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status = 'APPROVED'), 0)::bigint AS awaiting,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status = 'IN_PUBLICITY'), 0)::bigint AS publicity,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status IN ('PAYABLE', 'IN_PAYMENT') AND NOT EXISTS (
        SELECT 1 FROM payment_line l
        WHERE l.entitlement_id = s.entitlement_id AND l.payer = s.payer AND l.status <> 'RETURNED')), 0)::bigint AS payable
    FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
    WHERE e.year = ${year} ${sharesInScope}
    GROUP BY 1, 2`;
  const lineBuckets = await prisma.$queryRaw<
    { payer: Payer; countyCode: string | null; inBatch: bigint; paid: bigint }[]
  >`
    SELECT l.payer::text AS payer, ${LINE_COUNTY} AS "countyCode",
      COALESCE(SUM(l.amount) FILTER (WHERE l.status = 'IN_BATCH'), 0)::bigint AS "inBatch",
      COALESCE(SUM(l.amount) FILTER (WHERE l.status = 'PAID'), 0)::bigint AS paid
    FROM payment_line l JOIN entitlement e ON e.id = l.entitlement_id
    WHERE e.year = ${year} ${linesInScope}
    GROUP BY 1, 2`;

  const totals = new Map<string, ReconciliationTotal>();
  const total = (payer: Payer, countyCode: string | null) => {
    const k = `${payer}|${countyCode ?? ''}`;
    let t = totals.get(k);
    if (!t) {
      t = {
        payer,
        countyCode,
        committed: 0n,
        awaitingPublicity: 0n,
        inPublicity: 0n,
        payable: 0n,
        inBatch: 0n,
        paid: 0n,
        difference: 0n,
      };
      totals.set(k, t);
    }
    return t;
  };
  for (const b of shareBuckets) {
    const t = total(b.payer, b.countyCode);
    t.committed = BigInt(b.committed);
    t.awaitingPublicity = BigInt(b.awaiting);
    t.inPublicity = BigInt(b.publicity);
    t.payable = BigInt(b.payable);
  }
  for (const b of lineBuckets) {
    const t = total(b.payer, b.countyCode);
    t.inBatch = BigInt(b.inBatch);
    t.paid = BigInt(b.paid);
  }
  const differences: Difference[] = [];
  const list = [...totals.values()]
    .filter((t) => t.committed + t.inBatch + t.paid + t.payable > 0n || t.awaitingPublicity + t.inPublicity > 0n)
    .sort(
      (a, b) =>
        PAYERS.indexOf(a.payer) - PAYERS.indexOf(b.payer) || (a.countyCode ?? '').localeCompare(b.countyCode ?? ''),
    );
  for (const t of list) {
    const accounted = t.awaitingPublicity + t.inPublicity + t.payable + t.inBatch + t.paid;
    t.difference = t.committed - accounted;
    if (t.difference !== 0n) {
      differences.push(
        difference({
          kind: 'BUCKETS',
          message: `${year}年度${payerName(t.payer, t.countyCode)}：已审批 ${yuan(t.committed)}，待公示、公示中、待支付、支付中、已发放合计 ${yuan(accounted)}，相差 ${yuan(t.difference)}`,
          payer: t.payer,
          countyCode: t.countyCode,
          expected: t.committed,
          actual: accounted,
        }),
      );
    }
  }

  // Batches with a line of this year: their stored total and count against their lines (all of them).
  const batches = await prisma.$queryRaw<
    { id: string; payer: Payer; countyCode: string | null; total: bigint; lineCount: number; sum: bigint; n: number }[]
  >`
    SELECT b.id, b.payer::text AS payer, b.county_code AS "countyCode", b.total, b.line_count AS "lineCount",
      COALESCE(SUM(l.amount), 0)::bigint AS sum, COUNT(l.id)::int AS n
    FROM payment_batch b LEFT JOIN payment_line l ON l.batch_id = b.id
    WHERE b.id IN (
      SELECT l.batch_id FROM payment_line l JOIN entitlement e ON e.id = l.entitlement_id
      WHERE e.year = ${year} ${linesInScope})
    GROUP BY b.id
    ORDER BY b.created_at, b.id`;
  for (const b of batches) {
    if (BigInt(b.total) !== BigInt(b.sum) || b.lineCount !== b.n) {
      differences.push(
        difference({
          kind: 'BATCH_TOTAL',
          message: `${payerName(b.payer, b.countyCode)}支付批次 ${b.id}：批次合计 ${yuan(BigInt(b.total))}（${b.lineCount} 笔），明细合计 ${yuan(BigInt(b.sum))}（${b.n} 笔）`,
          payer: b.payer,
          countyCode: b.countyCode,
          batchId: b.id,
          expected: BigInt(b.total),
          actual: BigInt(b.sum),
        }),
      );
    }
  }

  // Lines against their shares and their entitlements' status.
  const lines = await prisma.$queryRaw<
    {
      id: string;
      batchId: string;
      entitlementId: string;
      payer: Payer;
      countyCode: string | null;
      amount: bigint;
      lineStatus: PaymentLineStatus;
      share: bigint | null;
      status: EntitlementStatus;
    }[]
  >`
    SELECT l.id, l.batch_id AS "batchId", l.entitlement_id AS "entitlementId", l.payer::text AS payer,
      ${LINE_COUNTY} AS "countyCode", l.amount, l.status::text AS "lineStatus", s.amount AS share,
      e.status::text AS status
    FROM payment_line l JOIN entitlement e ON e.id = l.entitlement_id
      LEFT JOIN cost_share s ON s.entitlement_id = l.entitlement_id AND s.payer = l.payer
    WHERE e.year = ${year} ${linesInScope}
    ORDER BY l.id`;
  for (const l of lines) {
    const where = {
      payer: l.payer,
      countyCode: l.countyCode,
      entitlementId: l.entitlementId,
      batchId: l.batchId,
      lineId: l.id,
    };
    if (l.share === null || BigInt(l.share) !== BigInt(l.amount)) {
      differences.push(
        difference({
          kind: 'LINE_AMOUNT',
          message: `支付明细 ${l.id}：明细金额 ${yuan(BigInt(l.amount))}，${payerName(l.payer, l.countyCode)}分担 ${l.share === null ? '不存在' : yuan(BigInt(l.share))}`,
          ...where,
          expected: l.share === null ? 0n : BigInt(l.share),
          actual: BigInt(l.amount),
        }),
      );
    }
    if (l.lineStatus !== 'RETURNED' && l.status !== 'IN_PAYMENT' && l.status !== 'PAID') {
      differences.push(
        difference({
          kind: 'LINE_STATUS',
          message: `支付明细 ${l.id} 为“${PAYMENT_LINE_STATUS.label(l.lineStatus)}”，但待遇 ${l.entitlementId} 为“${ENTITLEMENT_STATUS.label(l.status)}”`,
          ...where,
          expected: BigInt(l.amount),
          actual: 0n,
        }),
      );
    }
  }

  // Entitlements whose status says otherwise than their lines; shares that do not add up to the amount.
  const entitlements = await prisma.$queryRaw<
    {
      id: string;
      status: EntitlementStatus;
      amount: bigint;
      shares: bigint;
      cash: number;
      live: number;
      paid: number;
    }[]
  >`
    WITH per AS (
      SELECT e.id, e.status::text AS status, e.amount, COALESCE(SUM(s.amount), 0)::bigint AS shares,
        COUNT(s.payer) FILTER (WHERE s.payer <> 'TAX')::int AS cash,
        COUNT(s.payer) FILTER (WHERE s.payer <> 'TAX' AND EXISTS (SELECT 1 FROM payment_line l
          WHERE l.entitlement_id = s.entitlement_id AND l.payer = s.payer AND l.status <> 'RETURNED'))::int AS live,
        COUNT(s.payer) FILTER (WHERE s.payer <> 'TAX' AND EXISTS (SELECT 1 FROM payment_line l
          WHERE l.entitlement_id = s.entitlement_id AND l.payer = s.payer AND l.status = 'PAID'))::int AS paid
      FROM entitlement e LEFT JOIN cost_share s ON s.entitlement_id = e.id
      WHERE e.year = ${year} ${inScope}
      GROUP BY e.id)
    SELECT * FROM per
    WHERE amount <> shares OR (status = 'PAID') <> (cash > 0 AND paid = cash) OR (status = 'IN_PAYMENT' AND live = 0)
    ORDER BY id`;
  for (const e of entitlements) {
    if (BigInt(e.amount) !== BigInt(e.shares)) {
      differences.push(
        difference({
          kind: 'SHARES_SUM',
          message: `待遇 ${e.id}：金额 ${yuan(BigInt(e.amount))}，各出资方分担合计 ${yuan(BigInt(e.shares))}`,
          entitlementId: e.id,
          expected: BigInt(e.amount),
          actual: BigInt(e.shares),
        }),
      );
    }
    const allPaid = e.cash > 0 && e.paid === e.cash;
    if ((e.status === 'PAID') !== allPaid || (e.status === 'IN_PAYMENT' && e.live === 0)) {
      differences.push(
        difference({
          kind: 'ENTITLEMENT_STATUS',
          message: `待遇 ${e.id} 为“${ENTITLEMENT_STATUS.label(e.status)}”，但 ${e.cash} 项现金分担中已支付 ${e.paid} 项、进入支付批次 ${e.live} 项`,
          entitlementId: e.id,
          expected: BigInt(e.cash),
          actual: BigInt(e.status === 'PAID' ? e.paid : e.live),
        }),
      );
    }
  }
  return { year, totals: list, differences };
}

export interface ReportRow {
  key: string;
  label: string;
  /** Entitlements (not rejected or cancelled). */
  count: number;
  /** Their amount: computed, whatever their status. */
  amount: bigint;
  /** Approved and later. */
  committed: bigint;
  /** Paid out. */
  paid: bigint;
  /** Rejected (including after an upheld objection). */
  rejected: bigint;
}

export interface EntitlementReport {
  from: string;
  to: string;
  groupBy: ReportGrouping;
  rows: ReportRow[];
  total: ReportRow;
}

const KEY: Record<ReportGrouping, Prisma.Sql> = {
  COUNTY: Prisma.sql`COALESCE(e.county_code, '')`,
  PAYER: Prisma.sql`s.payer::text`,
  RULE: Prisma.sql`e.rule_id`,
  YEAR: Prisma.sql`e.year::text`,
};

function labelOf(groupBy: ReportGrouping, key: string, clause: string | null): string {
  switch (groupBy) {
    case 'COUNTY':
      return key && isCountyCode(key) ? countyLabel(key) : '市级承担（无县级分担）';
    case 'PAYER':
      return PAYER.has(key) ? PAYER.label(key) : key;
    case 'RULE':
      return clause ? `${key} ${citeClause(clause)}` : key;
    case 'YEAR':
      return `${key}年度`;
  }
}

/**
 * Entitlements computed on the days `from` through `to` in China (UTC+8; `created_at` is stored in UTC), written as a
 * range of `created_at` itself so the `entitlement_created_at_idx` index serves it: the same rows as
 * `(created_at + 8 h)::date BETWEEN from AND to`, which no plain index can (issue 13's plans).
 */
function computedWithin(range: { from: string; to: string }): Prisma.Sql {
  return Prisma.sql`e.created_at >= ${range.from}::date - interval '8 hours'
    AND e.created_at < ${range.to}::date + interval '1 day' - interval '8 hours'`;
}

/**
 * Totals in fen of the entitlements computed from `from` through `to` (their date in China), grouped by county (the
 * county paying the COUNTY share; none for city-only rules), payer (share by share), rule or budget year. A county
 * account gets its own county's entitlements only.
 */
export async function entitlementReport(
  prisma: PrismaClient,
  principal: Principal,
  range: { from: string; to: string },
  groupBy: ReportGrouping,
): Promise<EntitlementReport> {
  if (range.from > range.to) {
    throw badInput('起始日期不能晚于截止日期', { field: 'from', reason: 'EMPTY_RANGE' });
  }
  const scope = countyScope(principal);
  const rows = await prisma.$queryRaw<
    {
      key: string;
      clause: string | null;
      count: number;
      amount: bigint;
      committed: bigint;
      paid: bigint;
      rejected: bigint;
    }[]
  >`
    SELECT ${KEY[groupBy]} AS key, MIN(e.clause) AS clause,
      COUNT(DISTINCT e.id) FILTER (WHERE e.status NOT IN ('REJECTED', 'CANCELLED'))::int AS count,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status NOT IN ('REJECTED', 'CANCELLED')), 0)::bigint AS amount,
      COALESCE(SUM(s.amount) FILTER (WHERE ${inStatuses('e.status', COMMITTED_STATUSES)}), 0)::bigint AS committed,
      COALESCE(SUM(s.amount) FILTER (WHERE EXISTS (SELECT 1 FROM payment_line l WHERE l.entitlement_id = s.entitlement_id
        AND l.payer = s.payer AND l.status = 'PAID')), 0)::bigint AS paid,
      COALESCE(SUM(s.amount) FILTER (WHERE e.status = 'REJECTED'), 0)::bigint AS rejected
    FROM entitlement e JOIN cost_share s ON s.entitlement_id = e.id
    WHERE ${computedWithin(range)}
      ${scope ? Prisma.sql`AND e.county_code = ${scope.countyCode}` : Prisma.empty}
    GROUP BY 1
    ORDER BY 1`;
  const out: ReportRow[] = rows.map((r) => ({
    key: r.key,
    label: labelOf(groupBy, r.key, r.clause),
    count: r.count,
    amount: BigInt(r.amount),
    committed: BigInt(r.committed),
    paid: BigInt(r.paid),
    rejected: BigInt(r.rejected),
  }));
  if (groupBy === 'PAYER') out.sort((a, b) => PAYERS.indexOf(a.key as Payer) - PAYERS.indexOf(b.key as Payer));
  if (groupBy === 'RULE') out.sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)));
  // The total counts each entitlement once, whatever the grouping (by payer, one entitlement is in several rows).
  const [all] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS count FROM entitlement e
    WHERE ${computedWithin(range)}
      AND e.status NOT IN ('REJECTED', 'CANCELLED')
      ${scope ? Prisma.sql`AND e.county_code = ${scope.countyCode}` : Prisma.empty}`;
  const total: ReportRow = {
    key: 'TOTAL',
    label: `合计（${REPORT_GROUPING.label(groupBy)}）`,
    count: all?.count ?? 0,
    amount: out.reduce((s, r) => s + r.amount, 0n),
    committed: out.reduce((s, r) => s + r.committed, 0n),
    paid: out.reduce((s, r) => s + r.paid, 0n),
    rejected: out.reduce((s, r) => s + r.rejected, 0n),
  };
  return { from: range.from, to: range.to, groupBy, rows: out, total };
}
