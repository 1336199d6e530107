import {
  assess,
  explain,
  resolveStacking,
  RuleInputError,
  type Decision,
  type Explanation,
  type Grant,
  type PriorGrant,
} from '@jining/rules';
import { SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import type { OutboxEvent } from '@jining/subgraph-kit';
import type { FactOutcome, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { Completed, FactHandler } from './handlers.ts';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Statuses whose grant no longer counts for 从优、就高、不重复 (a later fact may be granted afresh). */
const NOT_COUNTING = ['REJECTED', 'CANCELLED'] as const;

const CALCULATOR = SERVICE_PRINCIPALS.FINANCE_FACTS;

/** The rules know ids only: the explanation a reviewer reads names people and units instead. */
function inNames(explanation: Explanation, names: Record<string, string>): Explanation {
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

/**
 * Records one fact event inside the page's transaction: the fact as received and completed, the rules' decision,
 * and the entitlements it grants after 从优、就高、不重复 against the beneficiary's earlier grants. Returns the outcome.
 * The benefit keys are locked first (a transaction-scoped advisory lock), so twenty identical facts arriving at once
 * are decided one after another and only the first is granted.
 */
export async function recordFact(
  tx: Tx,
  source: string,
  event: OutboxEvent,
  handler: FactHandler | undefined,
  completed: Completed | undefined,
): Promise<FactOutcome> {
  const subject = handler?.subject(event.payload) ?? {};
  const base = {
    eventId: event.eventId,
    source,
    seq: BigInt(event.seq),
    kind: event.kind,
    version: event.version,
    subjectId: event.subjectId,
    occurredOn: new Date(`${event.occurredOn}T00:00:00Z`),
    payload: event.payload as Prisma.InputJsonValue,
    beneficiaryPersonId: subject.personId ?? null,
    beneficiaryOrganisationId: subject.organisationId ?? null,
  };
  if (!handler || !completed) {
    await tx.fact.create({
      data: { ...base, outcome: 'FAILED', note: `不支持的事实类型或版本：${event.kind} v${event.version}` },
    });
    return 'FAILED';
  }
  if (!completed.ok) {
    await tx.fact.create({ data: { ...base, outcome: 'FAILED', note: completed.note } });
    return 'FAILED';
  }
  const { rulesFact, names, description } = completed.value;
  const stored = {
    ...base,
    rulesFact: rulesFact as unknown as Prisma.InputJsonValue,
    names: names as Prisma.InputJsonValue,
  };
  let decision: Decision;
  try {
    decision = assess(rulesFact);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    await tx.fact.create({ data: { ...stored, outcome: 'FAILED', note: `${error.message}（${error.code}）` } });
    return 'FAILED';
  }
  const reasons = reasonsOf(decision) as Prisma.InputJsonValue;
  if (decision.grants.length === 0) {
    await tx.fact.create({ data: { ...stored, outcome: 'NOT_ELIGIBLE', reasons } });
    return 'NOT_ELIGIBLE';
  }

  const keys = [...new Set(decision.grants.map((g) => g.benefitKey))].sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  const earlier = await tx.entitlement.findMany({
    where: { benefitKey: { in: keys }, status: { notIn: [...NOT_COUNTING] } },
    select: { benefitKey: true, grantAmount: true, ruleId: true },
  });
  const natureOf = new Map(decision.grants.map((g) => [g.benefitKey, g.nature]));
  const prior: PriorGrant[] = earlier.map((e) => ({
    benefitKey: e.benefitKey,
    amountFen: Number(e.grantAmount),
    nature: natureOf.get(e.benefitKey) ?? 'CASH',
    ruleId: e.ruleId,
  }));
  const { payments, conflicts } = resolveStacking(decision, prior);
  const payable = payments.filter((p) => p.payableFen > 0);
  const notHigher = payments.filter((p) => p.payableFen === 0);
  const outcome: FactOutcome = payable.length > 0 ? 'GRANTED' : conflicts.length > 0 ? 'CONFLICT' : 'NOT_HIGHER';
  const notes = [
    ...notHigher.map((p) => `已享受同等或更高待遇（${yuan(p.previousFen)}），本次不重复享受：${p.benefitKey}`),
    ...conflicts.map((c) => c.zh),
  ];
  const fact = await tx.fact.create({
    data: { ...stored, outcome, reasons, ...(notes.length ? { note: notes.join('；') } : {}) },
  });
  for (const payment of payable) {
    await createEntitlement(tx, fact.id, payment.grant, {
      amount: payment.payableFen,
      previous: payment.previousFen,
      shares: payment.shares,
      stacking: payment.status === 'TOP_UP' ? 'TOP_UP' : 'NEW',
      explanation: inNames(explain(decision, payment.grant), names),
      description: payment.status === 'TOP_UP' ? `${description}（补差额）` : description,
    });
  }
  return outcome;
}

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

async function createEntitlement(
  tx: Tx,
  factId: string,
  grant: Grant,
  at: {
    amount: number;
    previous: number;
    shares: readonly { payer: Grant['shares'][number]['payer']; amountFen: number }[];
    stacking: 'NEW' | 'TOP_UP';
    explanation: Explanation;
    description: string;
  },
): Promise<void> {
  await tx.entitlement.create({
    data: {
      ruleId: grant.ruleId,
      clause: grant.clause,
      description: at.description,
      beneficiaryPersonId: grant.beneficiary.kind === 'PERSON' ? grant.beneficiary.id : null,
      beneficiaryOrganisationId: grant.beneficiary.kind === 'PERSON' ? null : grant.beneficiary.id,
      countyCode: at.shares.some((s) => s.payer === 'COUNTY') ? (grant.countyCode ?? null) : null,
      amount: BigInt(at.amount),
      grantAmount: BigInt(grant.amountFen),
      previousAmount: BigInt(at.previous),
      stacking: at.stacking,
      factRef: grant.factRef,
      benefitGroup: grant.benefitGroup,
      benefitKey: grant.benefitKey,
      factId,
      year: Number(grant.date.slice(0, 4)),
      explanation: at.explanation as unknown as Prisma.InputJsonValue,
      shares: { create: at.shares.map((s) => ({ payer: s.payer, amount: BigInt(s.amountFen) })) },
      history: {
        create: {
          action: 'CALCULATED',
          toStatus: 'CALCULATED',
          actorId: CALCULATOR.accountId,
          actorName: CALCULATOR.displayName,
          note: at.stacking === 'TOP_UP' ? `补差额：已享受 ${yuan(at.previous)}` : null,
        },
      },
    },
  });
}
