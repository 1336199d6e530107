import { randomUUID } from 'node:crypto';
import {
  assess,
  citeClause,
  explain,
  resolveStacking,
  RuleInputError,
  upToMaximum,
  type AssessContext,
  type Decision,
  type Explanation,
  type Grant,
  type GrantNature,
  type PriorGrant,
} from '@jining/rules';
import { SERVICE_PRINCIPALS, type OutboxEvent } from '@jining/subgraph-kit';
import { yuan } from '../domain/money.ts';
import type { Tx } from '../domain/tx.ts';
import type { FactOutcome } from '../generated/prisma/client.ts';
import type { Completed, FactHandler } from './handlers.ts';
import { recordLedgerEvent } from './ledger.ts';
import { reverseOne, type Reversal } from './reverse.ts';
import {
  ENTITLEMENT_COLUMNS,
  FACT_COLUMNS,
  HISTORY_COLUMNS,
  insertRows,
  SHARE_COLUMNS,
  type Row,
} from './write-rows.ts';

/** Statuses whose grant no longer counts for 从优、就高、不重复 (a later fact may be granted afresh). */
export const NOT_COUNTING = ['REJECTED', 'CANCELLED'] as const;

const CALCULATOR = SERVICE_PRINCIPALS.FINANCE_FACTS;

/** One event of a page, with what finance knows to decide it. */
export interface PageEvent {
  event: OutboxEvent;
  handler: FactHandler | undefined;
  completed: Completed | undefined;
  /** Set for a revocation: it undoes an earlier fact instead of asking the rules. */
  reversal?: Reversal | undefined;
}

/** The rules know ids only: the explanation a reviewer reads names people and units instead. */
export function inNames(explanation: Explanation, names: Record<string, string>): Explanation {
  const pairs = Object.entries(names);
  return {
    ...explanation,
    steps: explanation.steps.map((step) => ({
      ...step,
      sentenceZh: pairs.reduce((text, [id, name]) => text.split(id).join(name), step.sentenceZh),
    })),
  };
}

const reasonsOf = (decision: Decision) =>
  decision.reasons.map((r) => ({ code: r.code, ruleId: r.ruleId, clause: r.clause, zh: r.zh }));

/** The rules' decision for one event, before 从优、就高、不重复 (which needs the earlier grants). */
type Assessed =
  | { kind: 'failed'; note: string; rulesFact?: unknown; names?: Record<string, string> }
  | { kind: 'decided'; decision: Decision; rulesFact: unknown; names: Record<string, string>; description: string };

function assessEvent({ event, handler, completed }: PageEvent, rules: AssessContext | undefined): Assessed {
  if (!handler || !completed)
    return { kind: 'failed', note: `不支持的事实类型或版本：${event.kind} v${event.version}` };
  if (!completed.ok) return { kind: 'failed', note: completed.note };
  const { rulesFact, names, description, trainingCatalogue } = completed.value;
  // R6: the catalogue line the fact carries, as dated on the completion date.
  const context = trainingCatalogue ? { ...rules, trainingCatalogue } : rules;
  try {
    return { kind: 'decided', decision: assess(rulesFact, context), rulesFact, names, description };
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return { kind: 'failed', note: `${error.message}（${error.code}）`, rulesFact, names };
  }
}

/** What a page writes, built in memory and written with one statement per table (write-rows.ts). */
interface PageRows {
  facts: Row<typeof FACT_COLUMNS>[];
  entitlements: Row<typeof ENTITLEMENT_COLUMNS>[];
  shares: Row<typeof SHARE_COLUMNS>[];
  history: Row<typeof HISTORY_COLUMNS>[];
}

/**
 * Records a page of fact events inside the page's transaction: each fact as received and completed, the rules'
 * decision, and the entitlements it grants after 从优、就高、不重复 against the beneficiary's earlier grants — those
 * already stored and those granted earlier in the same page. The page's benefit keys are locked first (transaction
 * advisory locks, in one sorted statement), so two consumers deciding the same benefit at once queue and the second
 * sees the first's grant: twenty identical facts give one grant. Rows are written per table in one statement each,
 * so a page of a hundred facts is a handful of statements (the 70,000-fact year of bench/facts.ts depends on it).
 * Returns each event's outcome.
 */
export async function recordPage(
  tx: Tx,
  source: string,
  page: readonly PageEvent[],
  rules?: AssessContext,
): Promise<FactOutcome[]> {
  // In feed order: the facts before a revocation are written first, so it finds what they granted.
  const outcomes: FactOutcome[] = [];
  let run: PageEvent[] = [];
  for (const item of page) {
    if (!item.reversal && !item.handler?.ledger && !item.handler?.enrich) {
      run.push(item);
      continue;
    }
    outcomes.push(...(await recordRun(tx, source, run, rules)));
    run = [];
    if (item.handler?.enrich && !item.reversal) {
      // R3: completed from what finance granted before it (the college's year), so decided alone, in feed order.
      const completed = item.completed?.ok
        ? { ok: true as const, value: await item.handler.enrich(tx, item.completed.value) }
        : item.completed;
      outcomes.push(...(await recordRun(tx, source, [{ ...item, completed }], rules)));
      continue;
    }
    outcomes.push(
      item.reversal
        ? await reverseOne(tx, source, item.event, item.reversal)
        : // R4: a ledger year depends on the enterprise's earlier years, so it is decided alone, in feed order.
          await recordLedgerEvent(tx, source, item, rules),
    );
  }
  outcomes.push(...(await recordRun(tx, source, run, rules)));
  return outcomes;
}

/** A run of facts that ask the rules, decided together (see recordPage). */
async function recordRun(
  tx: Tx,
  source: string,
  page: readonly PageEvent[],
  rules: AssessContext | undefined,
): Promise<FactOutcome[]> {
  if (page.length === 0) return [];
  const assessed = page.map((e) => assessEvent(e, rules));
  const keys = [
    ...new Set(assessed.flatMap((a) => (a.kind === 'decided' ? a.decision.grants.map((g) => g.benefitKey) : []))),
  ].sort();
  const prior = new Map<string, PriorGrant[]>();
  if (keys.length > 0) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) AS k ORDER BY k`;
    const earlier = await tx.entitlement.findMany({
      where: { benefitKey: { in: keys }, status: { notIn: [...NOT_COUNTING] } },
      select: PRIOR_GRANT_SELECT,
    });
    for (const e of earlier) addPrior(prior, priorGrantOf(e));
  }
  const rows: PageRows = { facts: [], entitlements: [], shares: [], history: [] };
  const outcomes = page.map((item, i) =>
    decideOne(source, item.event, item.handler?.subject(item.event.payload) ?? {}, assessed[i]!, prior, rows),
  );
  await insertRows(tx, 'fact', FACT_COLUMNS, rows.facts);
  await insertRows(tx, 'entitlement', ENTITLEMENT_COLUMNS, rows.entitlements);
  await insertRows(tx, 'cost_share', SHARE_COLUMNS, rows.shares);
  await insertRows(tx, 'entitlement_history', HISTORY_COLUMNS, rows.history);
  return outcomes;
}

/** What 从优、就高、不重复 compares of a stored entitlement: its benefit, standard amount, nature and rule. */
export const PRIOR_GRANT_SELECT = {
  benefitKey: true,
  grantAmount: true,
  ruleId: true,
  shares: { select: { payer: true } },
} as const;

export function priorGrantOf(e: {
  benefitKey: string;
  grantAmount: bigint;
  ruleId: string;
  shares: { payer: string }[];
}): PriorGrant {
  // A tax credit's only share is TAX; anything else was paid in cash (the two never compare, 末段).
  const nature: GrantNature = e.shares.length > 0 && e.shares.every((s) => s.payer === 'TAX') ? 'TAX_CREDIT' : 'CASH';
  return {
    benefitKey: e.benefitKey,
    amountFen: Number(e.grantAmount),
    nature,
    ruleId: e.ruleId,
  };
}

function addPrior(prior: Map<string, PriorGrant[]>, grant: PriorGrant) {
  const list = prior.get(grant.benefitKey);
  if (list) list.push(grant);
  else prior.set(grant.benefitKey, [grant]);
}

function decideOne(
  source: string,
  event: OutboxEvent,
  subject: { personId?: string; organisationId?: string },
  assessed: Assessed,
  prior: Map<string, PriorGrant[]>,
  rows: PageRows,
): FactOutcome {
  const factId = randomUUID();
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
    rules_fact: assessed.rulesFact ?? null,
    names: assessed.names ?? null,
    outcome: 'FAILED',
    reasons: [],
    note: null,
    beneficiary_person_id: subject.personId ?? null,
    beneficiary_organisation_id: subject.organisationId ?? null,
  };
  rows.facts.push(fact);
  if (assessed.kind === 'failed') {
    fact.note = assessed.note;
    return 'FAILED';
  }
  const { decision, names, description } = assessed;
  fact.reasons = reasonsOf(decision);
  if (decision.grants.length === 0) {
    fact.outcome = 'NOT_ELIGIBLE';
    return 'NOT_ELIGIBLE';
  }
  const earlier = decision.grants.flatMap((g) => prior.get(g.benefitKey) ?? []);
  const { payments, conflicts } = resolveStacking(decision, earlier);
  const payable = payments.filter((p) => p.payableFen > 0);
  const notes = [
    ...payments
      .filter((p) => p.payableFen === 0)
      .map(
        (p) =>
          `已享受同等或更高待遇（${yuan(BigInt(p.previousFen))}），本次不重复享受（从优、就高、不重复，${citeClause(p.grant.clause)}）`,
      ),
    ...conflicts.map((c) => c.zh),
  ];
  const outcome: FactOutcome = payable.length > 0 ? 'GRANTED' : conflicts.length > 0 ? 'CONFLICT' : 'NOT_HIGHER';
  fact.outcome = outcome;
  if (notes.length) fact.note = notes.join('；');
  for (const payment of payable) {
    const topUp = payment.status === 'TOP_UP';
    const id = randomUUID();
    rows.entitlements.push(
      entitlementRow(id, factId, payment.grant, {
        amount: payment.payableFen,
        previous: payment.previousFen,
        topUp,
        explanation: inNames(explain(decision, payment.grant), names),
        description: topUp ? `${description}（补差额）` : description,
        county: payment.shares.some((s) => s.payer === 'COUNTY'),
        maxAmount: upToMaximum(decision),
      }),
    );
    for (const s of payment.shares) rows.shares.push({ entitlement_id: id, payer: s.payer, amount: s.amountFen });
    rows.history.push({
      id: randomUUID(),
      entitlement_id: id,
      action: 'CALCULATED',
      to_status: 'CALCULATED',
      actor_id: CALCULATOR.accountId,
      actor_name: CALCULATOR.displayName,
      note: topUp ? `补差额：已享受 ${yuan(BigInt(payment.previousFen))}` : null,
    });
    // Later facts of this page see this grant as earlier (a second identical fact is NOT_HIGHER).
    addPrior(prior, {
      benefitKey: payment.benefitKey,
      amountFen: payment.grant.amountFen,
      nature: payment.grant.nature,
      ruleId: payment.grant.ruleId,
    });
  }
  return outcome;
}

export function entitlementRow(
  id: string,
  factId: string,
  grant: Grant,
  at: {
    amount: number;
    previous: number;
    topUp: boolean;
    explanation: Explanation;
    description: string;
    county: boolean;
    /** The cap of an "up to" award, which a reviewer may decide under; null for a fixed amount. */
    maxAmount: number | null;
  },
): Row<typeof ENTITLEMENT_COLUMNS> {
  return {
    id,
    rule_id: grant.ruleId,
    clause: grant.clause,
    description: at.description,
    beneficiary_person_id: grant.beneficiary.kind === 'PERSON' ? grant.beneficiary.id : null,
    beneficiary_organisation_id: grant.beneficiary.kind === 'PERSON' ? null : grant.beneficiary.id,
    county_code: at.county ? (grant.countyCode ?? null) : null,
    amount: at.amount,
    grant_amount: grant.amountFen,
    previous_amount: at.previous,
    stacking: at.topUp ? 'TOP_UP' : 'NEW',
    fact_ref: grant.factRef,
    benefit_group: grant.benefitGroup,
    benefit_key: grant.benefitKey,
    fact_id: factId,
    year: Number(grant.date.slice(0, 4)),
    explanation: at.explanation,
    max_amount: at.maxAmount,
  };
}
