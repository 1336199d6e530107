import {
  assess,
  citeClause,
  explain,
  resolveStacking,
  RuleInputError,
  upToMaximum,
  type Fact as RulesFact,
} from '@jining/rules';
import { badInput } from '@jining/subgraph-kit';
import { inNames, NOT_COUNTING, PRIOR_GRANT_SELECT, priorGrantOf } from '../facts/decide.ts';
import { yuan } from './money.ts';
import type { Tx } from './tx.ts';

const refuse = (message: string, reason: string, messageEn: string) =>
  badInput(message, { field: 'decidedAmount', reason, messageEn });

/**
 * 审定金额: where the policy pays "up to" an amount (R3, R14), the reviewer decides the amount within the maximum
 * (READING_UP_TO_AMOUNTS: the decided amount, capped at the maximum; the maximum when none is decided). The rules
 * assess the stored fact again with the decided amount, and 从优、就高、不重复 runs again against the beneficiary's
 * other grants of the same benefit, so the entitlement's amount, its payers' shares and its explanation are exactly
 * what the rules give for that amount. Runs inside the review step's transaction, after the entitlement's row is
 * locked; a refusal writes nothing. Returns the history note.
 */
export async function decideAmount(tx: Tx, id: string, decided: bigint, deciderId: string): Promise<string> {
  const row = await tx.entitlement.findUniqueOrThrow({
    where: { id },
    select: { benefitKey: true, maxAmount: true, fact: { select: { rulesFact: true, names: true } } },
  });
  if (row.maxAmount === null || !row.fact?.rulesFact) {
    throw refuse('该待遇的金额由政策规定，不能审定金额', 'AMOUNT_NOT_DECIDABLE', 'This amount is fixed by the policy');
  }
  if (decided <= 0n) {
    throw refuse('审定金额须大于零（不予发放的请退回）', 'AMOUNT_NOT_POSITIVE', 'A decided amount is above zero');
  }
  if (decided > row.maxAmount) {
    throw refuse(
      `审定金额 ${yuan(decided)} 超过最高标准 ${yuan(row.maxAmount)}`,
      'AMOUNT_OVER_MAXIMUM',
      `The decided amount is over the maximum of ${row.maxAmount} fen`,
    );
  }
  const rulesFact = { ...(row.fact.rulesFact as object), decidedFen: Number(decided) } as RulesFact;
  let decision;
  try {
    decision = assess(rulesFact);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw refuse(`${error.message}（${error.code}）`, 'RULES_REFUSED', error.message);
  }
  const grant = decision.grants.find((g) => g.benefitKey === row.benefitKey);
  const max = upToMaximum(decision);
  if (!grant || max === null) {
    throw refuse('按审定金额重新核定后不再享受该待遇，请退回', 'NO_LONGER_GRANTED', 'Not granted at this amount');
  }
  const others = await tx.entitlement.findMany({
    where: { benefitKey: row.benefitKey, id: { not: id }, status: { notIn: [...NOT_COUNTING] } },
    select: PRIOR_GRANT_SELECT,
  });
  const earlier = others.map(priorGrantOf);
  const { payments } = resolveStacking({ ...decision, grants: [grant] }, earlier);
  const payment = payments.find((p) => p.benefitKey === row.benefitKey);
  if (!payment || payment.payableFen <= 0) {
    throw refuse(
      `审定金额 ${yuan(decided)} 不高于已享受的同一待遇 ${yuan(BigInt(payment?.previousFen ?? 0))}（从优、就高、不重复，${citeClause(grant.clause)}），不应发放的请退回`,
      'NOT_HIGHER_THAN_EARLIER',
      'Not higher than what was already granted for this benefit',
    );
  }
  await tx.costShare.deleteMany({ where: { entitlementId: id } });
  await tx.costShare.createMany({
    data: payment.shares.map((s) => ({ entitlementId: id, payer: s.payer, amount: BigInt(s.amountFen) })),
  });
  await tx.entitlement.update({
    where: { id },
    data: {
      amount: BigInt(payment.payableFen),
      grantAmount: BigInt(grant.amountFen),
      previousAmount: BigInt(payment.previousFen),
      stacking: payment.status === 'TOP_UP' ? 'TOP_UP' : 'NEW',
      decidedAmount: decided,
      decidedBy: deciderId,
      explanation: inNames(explain(decision, grant), (row.fact.names ?? {}) as Record<string, string>) as object,
    },
  });
  return `审定金额 ${yuan(decided)}（最高标准 ${yuan(BigInt(max))}）`;
}
