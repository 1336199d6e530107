import type { Decision } from './decision.ts';
import type { Fen } from './money.ts';

/**
 * The maximum of an "up to" (最高) award in a decision, or null when the decision's amount is fixed. R3 and R14 pay
 * "up to" an amount (READING_UP_TO_AMOUNTS: the decided amount, capped at the maximum; the maximum when none is
 * decided), so a reviewer may decide a lower one; every other rule's amount is the rule's and nobody's to change. Read
 * from the decision's UP_TO_AMOUNT step (its second argument is the maximum), so the cap a reviewer sees is exactly
 * the one the rule applied.
 */
export function upToMaximum(decision: Decision): Fen | null {
  const step = decision.trace.find((s) => s.code === 'UP_TO_AMOUNT');
  return step && typeof step.b === 'number' ? step.b : null;
}
