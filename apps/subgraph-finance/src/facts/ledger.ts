import { randomUUID } from 'node:crypto';
import {
  assess,
  explain,
  formatYuan,
  RuleInputError,
  type AssessContext,
  type Decision,
  type EducationInvestmentFact,
} from '@jining/rules';
import { SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import type { Tx } from '../domain/tx.ts';
import type { EntitlementStatus, FactOutcome, TaxCreditLine } from '../generated/prisma/client.ts';
import { entitlementRow, inNames, type PageEvent } from './decide.ts';
import {
  ENTITLEMENT_COLUMNS,
  FACT_COLUMNS,
  HISTORY_COLUMNS,
  insertRows,
  SHARE_COLUMNS,
  type Row,
} from './write-rows.ts';

/**
 * Finance's tax-credit ledger of R4 (二(四)): per enterprise and tax year, the credit carried in from earlier years,
 * the credit earned (30 % of the investment, the rules' R4_CREDIT_PERCENT), the credit used against the year's
 * education surcharges and what carries on (READING_R4_CARRY_FORWARD). The rules decide each year; the ledger only
 * feeds them the carry-in — the previous recorded year's carry-forward, never the caller's — and keeps the result.
 *
 * The used credit is an entitlement whose only share is TAX: reviewed and approved like any other, never in a budget
 * or a payment batch (budgets.ts, payments.ts), a credit the tax bureau grants, not cash.
 *
 * Corrections recompute, they are not refused: a record or a correction of a year recomputes that year and every later
 * year of the enterprise, in order, in the page's transaction. Training cannot ask finance synchronously whether a
 * later year was reviewed (the fact arrives through the outbox, after the record is committed), so a refusal could
 * only come too late, and a wrong early year would then stay wrong in every later one. Where a year's used credit
 * changes, its earlier entitlement is cancelled (a TAX credit never reaches the bank, so it always can be) with a
 * history line naming the correction, and a new one is calculated for review; years whose figures do not change keep
 * their entitlement and its review. The fact's note lists what changed.
 */

const CALCULATOR = SERVICE_PRINCIPALS.FINANCE_FACTS;

/** A TAX entitlement stops at PAYABLE (待支付: for the tax bureau); the rest are listed for completeness. */
const REPLACEABLE: readonly EntitlementStatus[] = ['CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY', 'PAYABLE'];

interface YearResult {
  carriedIn: number;
  earned: number;
  used: number;
  carriedForward: number;
  conclusion: string;
  decision: Decision | null;
  rulesFact: EducationInvestmentFact;
}

/** One year decided by the rules with what the ledger carries in. */
function decideYear(line: TaxCreditLine, carriedIn: number, rules: AssessContext | undefined): YearResult {
  const rulesFact: EducationInvestmentFact = {
    kind: 'EDUCATION_INVESTMENT',
    enterpriseId: line.enterpriseId,
    pilotEnterprise: line.pilotEnterprise,
    taxYear: line.taxYear,
    investmentFen: Number(line.investmentFen),
    surchargeDueFen: Number(line.surchargeDueFen),
    carriedForwardFen: carriedIn,
  };
  const decision = assess(rulesFact, rules);
  const d = decision.details;
  if (d && typeof d.creditUsedFen === 'number') {
    const used = d.creditUsedFen;
    const carriedForward = Number(d.carryForwardFen);
    return {
      carriedIn,
      earned: Number(d.creditEarnedFen),
      used,
      carriedForward,
      conclusion:
        used > 0
          ? `抵免 ${formatYuan(used)}` + (carriedForward > 0 ? `，结转以后年度 ${formatYuan(carriedForward)}` : '')
          : `当年无应缴附加可抵，${formatYuan(carriedForward)}结转以后年度`,
      decision,
      rulesFact,
    };
  }
  // Not credited this year (not a pilot enterprise that year, outside the policy window, nothing to credit): the rules
  // give the reasons; credit earned in earlier pilot years is neither used nor lost, it stays carried.
  const reasons = decision.reasons.map((r) => r.zh).join('；') || '不予抵免';
  return {
    carriedIn,
    earned: 0,
    used: 0,
    carriedForward: carriedIn,
    conclusion: carriedIn > 0 ? `${reasons}；此前结转的 ${formatYuan(carriedIn)}继续结转` : reasons,
    decision,
    rulesFact,
  };
}

/**
 * Records one EDUCATION_INVESTMENT_RECORDED / _CORRECTED event: writes the year's figures to the ledger and recomputes
 * that year and every later one of the enterprise (see above). Called inside the page's transaction, in feed order.
 */
export async function recordLedgerEvent(
  tx: Tx,
  source: string,
  { event, handler, completed }: PageEvent,
  rules: AssessContext | undefined,
): Promise<FactOutcome> {
  const factId = randomUUID();
  const subject = handler?.subject(event.payload) ?? {};
  const fact: Row<typeof FACT_COLUMNS> = {
    id: factId,
    event_id: event.eventId,
    source,
    seq: event.seq,
    kind: event.kind,
    version: event.version,
    subject_id: event.subjectId,
    occurred_on: event.occurredOn,
    payload: event.payload,
    rules_fact: null,
    names: null,
    outcome: 'FAILED',
    reasons: [],
    note: null,
    beneficiary_person_id: null,
    beneficiary_organisation_id: subject.organisationId ?? null,
  };
  const writeFact = () => insertRows(tx, 'fact', FACT_COLUMNS, [fact]);
  if (!completed || !completed.ok) {
    fact.note = completed ? completed.note : `不支持的事实类型或版本：${event.kind} v${event.version}`;
    await writeFact();
    return 'FAILED';
  }
  const { names } = completed.value;
  const p = completed.value.rulesFact as EducationInvestmentFact;
  fact.names = names;
  const recordId = String(event.payload.recordId);
  const describe = (year: number) =>
    `产教融合型企业教育费附加和地方教育附加抵免：${names[p.enterpriseId] ?? p.enterpriseId} ${year} 年度`;
  // One enterprise's ledger at a time, whichever consumer holds the page.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`r4-ledger|${p.enterpriseId}`}, 0))`;
  const figures = {
    recordId,
    pilotEnterprise: p.pilotEnterprise,
    investmentFen: BigInt(p.investmentFen),
    surchargeDueFen: BigInt(p.surchargeDueFen),
    factId,
  };
  // Checked by the rules before anything is written: a figure they refuse fails the fact, the ledger unchanged.
  try {
    assess({ ...p, carriedForwardFen: 0 }, rules);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    fact.rules_fact = p;
    fact.note = `${error.message}（${error.code}）`;
    await writeFact();
    return 'FAILED';
  }
  await tx.taxCreditLine.upsert({
    where: { enterpriseId_taxYear: { enterpriseId: p.enterpriseId, taxYear: p.taxYear } },
    create: {
      enterpriseId: p.enterpriseId,
      taxYear: p.taxYear,
      ...figures,
      carriedInFen: 0n,
      earnedFen: 0n,
      usedFen: 0n,
      carriedForwardFen: 0n,
      conclusion: '',
    },
    update: figures,
  });
  const lines = await tx.taxCreditLine.findMany({
    where: { enterpriseId: p.enterpriseId },
    orderBy: { taxYear: 'asc' },
  });
  const live = await tx.entitlement.findMany({
    where: { id: { in: lines.flatMap((l) => (l.entitlementId ? [l.entitlementId] : [])) } },
    select: { id: true, status: true, amount: true },
  });
  const liveById = new Map(live.map((e) => [e.id, e]));

  const entitlements: Row<typeof ENTITLEMENT_COLUMNS>[] = [];
  const shares: Row<typeof SHARE_COLUMNS>[] = [];
  const history: Row<typeof HISTORY_COLUMNS>[] = [];
  const cancelled: { id: string; from: EntitlementStatus }[] = [];
  const changes: string[] = [];
  let own: YearResult | undefined;
  let carried = 0;
  for (const line of lines) {
    if (line.taxYear < p.taxYear) {
      carried = Number(line.carriedForwardFen);
      continue;
    }
    const r = decideYear(line, carried, rules);
    carried = r.carriedForward;
    if (line.taxYear === p.taxYear) own = r;
    const current = line.entitlementId ? liveById.get(line.entitlementId) : undefined;
    const currentUsed = current && REPLACEABLE.includes(current.status) ? Number(current.amount) : 0;
    let entitlementId = current && REPLACEABLE.includes(current.status) ? current.id : null;
    const grant = r.decision?.grants[0];
    if (currentUsed !== r.used) {
      if (current && REPLACEABLE.includes(current.status)) {
        cancelled.push({ id: current.id, from: current.status });
        entitlementId = null;
      }
      if (grant && r.used > 0) {
        const id = randomUUID();
        entitlementId = id;
        entitlements.push(
          entitlementRow(id, factId, grant, {
            amount: r.used,
            previous: 0,
            topUp: false,
            explanation: inNames(explain(r.decision!, grant), names),
            description: describe(line.taxYear),
            county: false,
            maxAmount: null,
          }),
        );
        for (const s of grant.shares) shares.push({ entitlement_id: id, payer: s.payer, amount: s.amountFen });
        history.push({
          id: randomUUID(),
          entitlement_id: id,
          action: 'CALCULATED',
          to_status: 'CALCULATED',
          actor_id: CALCULATOR.accountId,
          actor_name: CALCULATOR.displayName,
          note: line.taxYear === p.taxYear ? null : `${p.taxYear} 年度登记或更正后重算`,
        });
      }
      if (line.taxYear !== p.taxYear) {
        changes.push(`${line.taxYear} 年度已抵免由 ${formatYuan(currentUsed)} 重算为 ${formatYuan(r.used)}`);
      }
    }
    await tx.taxCreditLine.update({
      where: { id: line.id },
      data: {
        carriedInFen: BigInt(r.carriedIn),
        earnedFen: BigInt(r.earned),
        usedFen: BigInt(r.used),
        carriedForwardFen: BigInt(r.carriedForward),
        conclusion: r.conclusion,
        factId,
        entitlementId,
        computedAt: new Date(),
      },
    });
  }
  if (cancelled.length > 0) {
    await tx.entitlement.updateMany({
      where: { id: { in: cancelled.map((c) => c.id) } },
      data: { status: 'CANCELLED' },
    });
    const why =
      event.kind === 'EDUCATION_INVESTMENT_CORRECTED' ? `更正（${String(event.payload.reason ?? '')}）` : '登记';
    await insertRows(
      tx,
      'entitlement_history',
      { ...HISTORY_COLUMNS, from_status: '"EntitlementStatus"' },
      cancelled.map((c) => ({
        id: randomUUID(),
        entitlement_id: c.id,
        action: 'CANCELLED',
        from_status: c.from,
        to_status: 'CANCELLED',
        actor_id: CALCULATOR.accountId,
        actor_name: CALCULATOR.displayName,
        note: `${p.taxYear} 年度投资${why}后抵免台账重算，按新金额重新计算`,
      })),
    );
  }
  const result = own!;
  fact.rules_fact = result.rulesFact;
  fact.reasons = (result.decision?.reasons ?? []).map((r) => ({
    code: r.code,
    ruleId: r.ruleId,
    clause: r.clause,
    zh: r.zh,
  }));
  fact.outcome = result.used > 0 ? 'GRANTED' : 'NOT_ELIGIBLE';
  fact.note = [result.conclusion, ...changes].join('；');
  await writeFact();
  await insertRows(tx, 'entitlement', ENTITLEMENT_COLUMNS, entitlements);
  await insertRows(tx, 'cost_share', SHARE_COLUMNS, shares);
  await insertRows(tx, 'entitlement_history', HISTORY_COLUMNS, history);
  return fact.outcome as FactOutcome;
}
