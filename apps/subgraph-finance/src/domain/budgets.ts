import {
  BENEFIT_GROUP,
  countyLabel,
  isCountyCode,
  PAYER,
  PAYERS,
  POLICY_YEARS,
  type BenefitGroup,
} from '@jining/rules';
import { appendAudit, badInput, KitError, principalOf, type AuditActor, type Principal } from '@jining/subgraph-kit';
import { Prisma, type EntitlementStatus, type Payer, type PrismaClient } from '../generated/prisma/client.ts';
import { yuan } from './money.ts';
import { LOCKING_TRANSACTION, type Tx } from './tx.ts';
import { countyScope } from './visibility.ts';

/**
 * Budgets (预算): each payer that pays cash — the city, each county, the Trade Union — has a yearly budget per benefit
 * group. TAX is a credit against taxes due (R4), not spent from a budget: it has none and is never checked.
 *
 * Decisions:
 * - An approval needs a budget: no budget row for a payer's share is NO_BUDGET, not "unlimited". Money promised
 *   without a budget is exactly what the check exists to stop, and a missing row is more likely a forgotten entry
 *   than a decision to spend without limit. (The demo seed sets budgets for every group it approves.)
 * - Budgets are set by the city Finance Bureau (finance:manage), the county budgets included: one office keeps the
 *   year's budget table the approvals are checked against, counties report theirs to it. County accounts read their
 *   own county's lines.
 * - A budget cannot be set below what is already committed (BUDGET_BELOW_COMMITTED): that would make approved money
 *   over budget after the fact.
 */
export const CASH_PAYERS = ['CITY', 'COUNTY', 'UNION'] as const satisfies readonly Payer[];
export type CashPayer = (typeof CASH_PAYERS)[number];
export const isCashPayer = (payer: Payer): payer is CashPayer => payer !== 'TAX';

/** Approved and later: what a budget has promised (a rejection after publicity gives it back). */
export const COMMITTED_STATUSES = [
  'APPROVED',
  'IN_PUBLICITY',
  'PAYABLE',
  'IN_PAYMENT',
  'PAID',
] as const satisfies readonly EntitlementStatus[];
/** Computed or reviewed, not yet approved: what may still come. */
export const PENDING_STATUSES = ['CALCULATED', 'REVIEWED'] as const satisfies readonly EntitlementStatus[];

export const inStatuses = (column: string, statuses: readonly string[]) =>
  Prisma.sql`${Prisma.raw(column)}::text IN (${Prisma.join(statuses)})`;

/** One budget's key: the county is '' for the city-level payers (see the Budget model). */
export interface BudgetKey {
  payer: CashPayer;
  countyCode: string;
  year: number;
  benefitGroup: string;
}

/** 市财政, 任城区财政, 市总工会. */
export function payerName(payer: Payer, countyCode: string | null | undefined): string {
  if (payer === 'COUNTY' && countyCode && isCountyCode(countyCode)) return `${countyLabel(countyCode)}财政`;
  return PAYER.label(payer);
}

const groupName = (group: string) => (BENEFIT_GROUP.has(group) ? BENEFIT_GROUP.label(group as BenefitGroup) : group);

/** 2025年度市财政“技能等级一次性补贴”预算. */
export const budgetName = (k: BudgetKey) =>
  `${k.year}年度${payerName(k.payer, k.countyCode)}“${groupName(k.benefitGroup)}”预算`;

/** What a budget has committed: the shares it pays of entitlements approved and later. */
async function committedTo(tx: Tx, k: BudgetKey): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ total: bigint }[]>`
    SELECT COALESCE(SUM(s.amount), 0)::bigint AS total
    FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
    WHERE s.payer::text = ${k.payer} AND e.year = ${k.year} AND e.benefit_group = ${k.benefitGroup}
      AND ${inStatuses('e.status', COMMITTED_STATUSES)}
      AND (${k.payer} <> 'COUNTY' OR e.county_code = ${k.countyCode})`;
  return BigInt(row?.total ?? 0);
}

/** Locks a budget's row (approvals and changes of one budget run one after another); null when there is none. */
async function lockBudget(tx: Tx, k: BudgetKey): Promise<bigint | null> {
  const [row] = await tx.$queryRaw<{ amount: bigint }[]>`
    SELECT amount FROM budget
    WHERE payer::text = ${k.payer} AND county_code = ${k.countyCode} AND year = ${k.year}
      AND benefit_group = ${k.benefitGroup}
    FOR UPDATE`;
  return row ? BigInt(row.amount) : null;
}

export interface ApprovedEntitlement {
  year: number;
  benefitGroup: string;
  countyCode: string | null;
  shares: readonly { payer: Payer; amount: bigint }[];
}

/**
 * At approval, inside its transaction (the entitlement's row already locked): each cash share must fit in what its
 * payer's budget has left for the year and benefit group. Each budget row is locked (FOR UPDATE) before its
 * committed total is read, always in the same payer order, so concurrent approvals of one budget queue and the
 * budget holds exactly, on PGlite and PostgreSQL alike. Throws NO_BUDGET or BUDGET_EXCEEDED (by how much).
 */
export async function holdBudgets(tx: Tx, e: ApprovedEntitlement): Promise<void> {
  const shares = e.shares
    .filter((s): s is { payer: CashPayer; amount: bigint } => isCashPayer(s.payer))
    .sort((a, b) => PAYERS.indexOf(a.payer) - PAYERS.indexOf(b.payer));
  for (const share of shares) {
    const key: BudgetKey = {
      payer: share.payer,
      countyCode: share.payer === 'COUNTY' ? (e.countyCode ?? '') : '',
      year: e.year,
      benefitGroup: e.benefitGroup,
    };
    const budget = await lockBudget(tx, key);
    if (budget === null) {
      throw new KitError('CONFLICT', `尚未设定${budgetName(key)}，不能审批：请市财政局先设定预算`, {
        field: 'id',
        reason: 'NO_BUDGET',
        messageEn: `No budget set for ${key.payer}${key.countyCode ? ` ${key.countyCode}` : ''} ${key.year} ${key.benefitGroup}`,
      });
    }
    const committed = await committedTo(tx, key);
    const over = committed + share.amount - budget;
    if (over > 0n) {
      throw new KitError(
        'CONFLICT',
        `超出预算 ${yuan(over)}：${budgetName(key)} ${yuan(budget)}，已审批 ${yuan(committed)}，` +
          `剩余 ${yuan(budget - committed)}，本待遇由${payerName(key.payer, key.countyCode)}承担 ${yuan(share.amount)}`,
        {
          field: 'id',
          reason: 'BUDGET_EXCEEDED',
          messageEn: `Over budget by ${over} fen (${key.payer} ${key.year} ${key.benefitGroup})`,
        },
      );
    }
  }
}

export interface SetBudgetInput {
  payer: Payer;
  countyCode?: string | null;
  year: number;
  benefitGroup: string;
  amount: bigint;
}

/** The budget's key from the input, or a coded refusal naming the field. */
function budgetKeyOf(input: SetBudgetInput): BudgetKey {
  if (!isCashPayer(input.payer)) {
    throw badInput('税费抵免不是财政支出，不设预算', {
      field: 'input.payer',
      reason: 'TAX_IS_NOT_CASH',
      messageEn: 'A tax credit is not paid from a budget',
    });
  }
  const county = input.countyCode?.trim() || null;
  if (input.payer === 'COUNTY') {
    if (!county) {
      throw badInput('县级财政预算须写明县（市、区）', { field: 'input.countyCode', reason: 'COUNTY_REQUIRED' });
    }
    if (!isCountyCode(county)) {
      throw badInput(`县（市、区）代码未知：${county}`, { field: 'input.countyCode', reason: 'UNKNOWN_COUNTY' });
    }
  } else if (county) {
    throw badInput(`${PAYER.label(input.payer)}预算不分县（市、区），不填县代码`, {
      field: 'input.countyCode',
      reason: 'COUNTY_ONLY_FOR_COUNTY_PAYER',
    });
  }
  if (!Number.isInteger(input.year) || input.year < POLICY_YEARS.first || input.year > POLICY_YEARS.last) {
    throw badInput(`预算年度须在政策有效期内（${POLICY_YEARS.first}–${POLICY_YEARS.last}年）`, {
      field: 'input.year',
      reason: 'YEAR_OUTSIDE_POLICY',
    });
  }
  if (!BENEFIT_GROUP.has(input.benefitGroup)) {
    throw badInput(`待遇类别未知：${input.benefitGroup}`, {
      field: 'input.benefitGroup',
      reason: 'UNKNOWN_BENEFIT_GROUP',
    });
  }
  if (input.amount < 0n) {
    throw badInput('预算金额不能为负数', { field: 'input.amount', reason: 'NEGATIVE_AMOUNT' });
  }
  return { payer: input.payer, countyCode: county ?? '', year: input.year, benefitGroup: input.benefitGroup };
}

/**
 * Sets (creates or changes) one budget. Its row is created if missing and locked, like an approval's, so a change
 * and approvals of the same budget never interleave; a budget below what is already committed is refused.
 */
export async function setBudget(prisma: PrismaClient, actor: AuditActor, input: SetBudgetInput): Promise<string> {
  const principal = principalOf(actor);
  const key = budgetKeyOf(input);
  return prisma.$transaction(async (tx) => {
    const created = await tx.budget.createMany({
      data: [{ ...key, amount: input.amount, updatedBy: principal.accountId }],
      skipDuplicates: true,
    });
    const previous = await lockBudget(tx, key);
    const committed = await committedTo(tx, key);
    if (input.amount < committed) {
      throw new KitError(
        'CONFLICT',
        `${budgetName(key)}不能低于已审批的 ${yuan(committed)}（拟设 ${yuan(input.amount)}，差 ${yuan(committed - input.amount)}）`,
        { field: 'input.amount', reason: 'BUDGET_BELOW_COMMITTED', messageEn: 'Below what is already committed' },
      );
    }
    const row = await tx.budget.update({
      where: { payer_countyCode_year_benefitGroup: key },
      data: { amount: input.amount, updatedBy: principal.accountId },
    });
    await appendAudit(tx, actor, {
      action: 'SET_BUDGET',
      entityType: 'Budget',
      entityId: row.id,
      before: created.count === 1 ? null : { ...key, amount: previous },
      after: { ...key, amount: input.amount },
    });
    return row.id;
  }, LOCKING_TRANSACTION);
}

/** One line of the budget table: a payer (a county's for its county), a benefit group, a year. */
export interface BudgetLine {
  payer: CashPayer;
  countyCode: string | null;
  year: number;
  benefitGroup: string;
  /** Null: no budget set. */
  budget: bigint | null;
  /** Approved and later. */
  committed: bigint;
  /** Computed or reviewed, not yet approved. */
  pending: bigint;
  /** Paid out (payment lines marked paid). */
  paid: bigint;
  /** budget − committed; null without a budget. */
  remaining: bigint | null;
}

interface Aggregate {
  payer: CashPayer;
  countyCode: string;
  benefitGroup: string;
  committed: bigint;
  pending: bigint;
  paid: bigint;
}

/**
 * The budget table of a year: every budget set, and every payer and group with money committed, pending or paid even
 * without a budget (so nothing hides). A county account gets its own county's lines only.
 */
export async function budgetLines(prisma: PrismaClient, principal: Principal, year: number): Promise<BudgetLine[]> {
  const scope = countyScope(principal);
  const inScope = (payerColumn: string) =>
    scope
      ? Prisma.sql`AND ${Prisma.raw(payerColumn)} = 'COUNTY' AND e.county_code = ${scope.countyCode}`
      : Prisma.empty;
  const shares = await prisma.$queryRaw<Omit<Aggregate, 'paid'>[]>`
    SELECT s.payer::text AS payer,
      CASE WHEN s.payer = 'COUNTY' THEN COALESCE(e.county_code, '') ELSE '' END AS "countyCode",
      e.benefit_group AS "benefitGroup",
      COALESCE(SUM(s.amount) FILTER (WHERE ${inStatuses('e.status', COMMITTED_STATUSES)}), 0)::bigint AS committed,
      COALESCE(SUM(s.amount) FILTER (WHERE ${inStatuses('e.status', PENDING_STATUSES)}), 0)::bigint AS pending
    FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
    WHERE e.year = ${year} AND s.payer <> 'TAX' ${inScope('s.payer')}
    GROUP BY 1, 2, 3`;
  const paid = await prisma.$queryRaw<Pick<Aggregate, 'payer' | 'countyCode' | 'benefitGroup' | 'paid'>[]>`
    SELECT l.payer::text AS payer,
      CASE WHEN l.payer = 'COUNTY' THEN COALESCE(e.county_code, '') ELSE '' END AS "countyCode",
      e.benefit_group AS "benefitGroup", SUM(l.amount)::bigint AS paid
    FROM payment_line l JOIN entitlement e ON e.id = l.entitlement_id
    WHERE e.year = ${year} AND l.status = 'PAID' ${inScope('l.payer')}
    GROUP BY 1, 2, 3`;
  const budgets = await prisma.budget.findMany({
    where: { year, ...(scope ? { payer: 'COUNTY', countyCode: scope.countyCode } : {}) },
  });
  const lines = new Map<string, BudgetLine>();
  const line = (payer: CashPayer, countyCode: string, benefitGroup: string): BudgetLine => {
    const k = `${payer}|${countyCode}|${benefitGroup}`;
    let l = lines.get(k);
    if (!l) {
      l = {
        payer,
        countyCode: countyCode || null,
        year,
        benefitGroup,
        budget: null,
        committed: 0n,
        pending: 0n,
        paid: 0n,
        remaining: null,
      };
      lines.set(k, l);
    }
    return l;
  };
  for (const b of budgets) line(b.payer as CashPayer, b.countyCode, b.benefitGroup).budget = BigInt(b.amount);
  for (const s of shares) {
    const l = line(s.payer, s.countyCode, s.benefitGroup);
    l.committed = BigInt(s.committed);
    l.pending = BigInt(s.pending);
  }
  for (const p of paid) line(p.payer, p.countyCode, p.benefitGroup).paid = BigInt(p.paid);
  const groupOrder = (g: string) => (BENEFIT_GROUP.has(g) ? BENEFIT_GROUP.codes.indexOf(g as BenefitGroup) : 99);
  return [...lines.values()]
    .map((l) => ({ ...l, remaining: l.budget === null ? null : l.budget - l.committed }))
    .sort(
      (a, b) =>
        PAYERS.indexOf(a.payer) - PAYERS.indexOf(b.payer) ||
        (a.countyCode ?? '').localeCompare(b.countyCode ?? '') ||
        groupOrder(a.benefitGroup) - groupOrder(b.benefitGroup),
    );
}
