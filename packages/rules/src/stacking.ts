import type { Decision, Grant, GrantNature } from './decision.ts';
import { splitBy, type Fen, type PayerShare } from './money.ts';

/**
 * A grant already made, under this policy or another. Grants from assess() fit as they are.
 * amountFen is the entitlement reached for the benefit (after any earlier top-ups), or null for a
 * benefit that is not money and so cannot be compared.
 */
export interface PriorGrant {
  readonly benefitKey: string;
  readonly amountFen: Fen | null;
  readonly nature: GrantNature | 'IN_KIND';
  /** The item it was granted under, e.g. 'R12' or another policy's article. */
  readonly ruleId?: string;
  /** The policy it was granted under. */
  readonly source?: string;
}

export type StackingStatus = 'NEW' | 'TOP_UP' | 'NOT_HIGHER';

export interface StackingPayment {
  readonly benefitKey: string;
  readonly grant: Grant;
  readonly status: StackingStatus;
  /** The highest entitlement already granted for this benefit. */
  readonly previousFen: Fen;
  /** What to pay now: the full amount, the difference, or 0. */
  readonly payableFen: Fen;
  /** payableFen split by the grant's own ratio; adds up exactly. */
  readonly shares: readonly PayerShare[];
  /** The lower grants this one supersedes (never paid twice). */
  readonly supersedes: readonly PriorGrant[];
  /** Lower candidates for the same benefit in this decision, not paid. */
  readonly displaced: readonly Grant[];
}

export type StackingConflictCode = 'NATURE_MISMATCH' | 'NOT_MONETARY' | 'TIE_BETWEEN_RULES';

export interface StackingConflict {
  readonly benefitKey: string;
  readonly code: StackingConflictCode;
  readonly candidates: readonly (Grant | PriorGrant)[];
  readonly zh: string;
  readonly en: string;
}

export interface StackingResult {
  readonly payments: readonly StackingPayment[];
  readonly conflicts: readonly StackingConflict[];
}

const CONFLICT_TEXT: Readonly<Record<StackingConflictCode, { zh: string; en: string }>> = {
  NATURE_MISMATCH: {
    zh: '同一待遇既有资金又有税费抵免等不同性质的给付，无法比较高低，须人工裁定',
    en: 'Cash and a tax credit (or other natures) for one benefit cannot be ordered; a person must decide',
  },
  NOT_MONETARY: {
    zh: '同一待遇的已有给付不是金额，无法比较高低，须人工裁定',
    en: 'A prior benefit is not an amount of money and cannot be ordered',
  },
  TIE_BETWEEN_RULES: {
    zh: '同一待遇有两项以上不同条款的给付金额相同，无法确定适用哪一条款（及由谁承担），须人工裁定',
    en: 'Two items give the same amount for one benefit: which item (and which payers) applies cannot be decided automatically',
  },
};

function conflict(
  benefitKey: string,
  code: StackingConflictCode,
  candidates: readonly (Grant | PriorGrant)[],
): StackingConflict {
  return { benefitKey, code, candidates, zh: CONFLICT_TEXT[code].zh, en: CONFLICT_TEXT[code].en };
}

const NONE: readonly PriorGrant[] = Object.freeze([]);
const NONE_GRANTS: readonly Grant[] = Object.freeze([]);

const sameSplit = (a: Grant, b: Grant): boolean =>
  a.splitParts.length === b.splitParts.length &&
  a.splitParts.every((p, i) => p.payer === b.splitParts[i]!.payer && p.parts === b.splitParts[i]!.parts);

/**
 * 从优、就高、不重复 (closing paragraph; READING_STACKING_KEY, READING_STACKING_TOP_UP): one grant per
 * benefit key; among candidates the highest wins; against grants already made, a higher one pays only
 * the difference and a lower or equal one pays nothing; what cannot be ordered is a conflict — never
 * a sum.
 */
export function resolveStacking(
  newGrants: Decision | readonly Grant[],
  prior: readonly PriorGrant[] = [],
): StackingResult {
  const grants: readonly Grant[] = 'grants' in newGrants ? newGrants.grants : newGrants;
  const byKey = new Map<string, Grant[]>();
  for (const g of grants) {
    const list = byKey.get(g.benefitKey);
    if (list) list.push(g);
    else byKey.set(g.benefitKey, [g]);
  }
  const priorByKey = new Map<string, PriorGrant[]>();
  for (const p of prior) {
    const list = priorByKey.get(p.benefitKey);
    if (list) list.push(p);
    else priorByKey.set(p.benefitKey, [p]);
  }

  const payments: StackingPayment[] = [];
  const conflicts: StackingConflict[] = [];
  for (const [key, candidates] of byKey) {
    const nature = candidates[0]!.nature;
    if (candidates.length > 1 && candidates.some((c) => c.nature !== nature)) {
      conflicts.push(conflict(key, 'NATURE_MISMATCH', candidates));
      continue;
    }
    const ranked = candidates.length === 1 ? candidates : [...candidates].sort((a, b) => b.amountFen - a.amountFen);
    const best = ranked[0]!;
    const runnerUp = ranked[1];
    if (
      runnerUp &&
      runnerUp.amountFen === best.amountFen &&
      (runnerUp.ruleId !== best.ruleId || !sameSplit(runnerUp, best))
    ) {
      conflicts.push(
        conflict(
          key,
          'TIE_BETWEEN_RULES',
          ranked.filter((c) => c.amountFen === best.amountFen),
        ),
      );
      continue;
    }
    const earlier = priorByKey.get(key) ?? NONE;
    let previous = 0;
    let blocked: StackingConflictCode | undefined;
    for (const p of earlier) {
      if (p.amountFen === null) blocked = 'NOT_MONETARY';
      else if (p.nature !== nature) blocked ??= 'NATURE_MISMATCH';
      else if (p.amountFen > previous) previous = p.amountFen;
    }
    if (blocked !== undefined) {
      conflicts.push(conflict(key, blocked, [best, ...earlier]));
      continue;
    }
    const payable = best.amountFen > previous ? best.amountFen - previous : 0;
    const status: StackingStatus = earlier.length === 0 ? 'NEW' : payable > 0 ? 'TOP_UP' : 'NOT_HIGHER';
    payments.push({
      benefitKey: key,
      grant: best,
      status,
      previousFen: previous,
      payableFen: payable,
      shares: payable === best.amountFen ? best.shares : splitBy(payable, best.splitParts),
      supersedes: payable > 0 ? earlier : NONE,
      displaced: ranked.length === 1 ? NONE_GRANTS : ranked.slice(1),
    });
  }
  return { payments, conflicts };
}

export class StackingConflictError extends Error {
  override readonly name = 'StackingConflictError';
  readonly code = 'RULES_STACKING_CONFLICT';
  constructor(readonly conflicts: readonly StackingConflict[]) {
    super(`同一待遇存在无法比较高低的给付，须人工裁定：${conflicts.map((c) => c.benefitKey).join('；')}`);
  }
}

/** For callers that must not proceed past a conflict. */
export function resolveStackingOrThrow(
  newGrants: Decision | readonly Grant[],
  prior: readonly PriorGrant[] = [],
): readonly StackingPayment[] {
  const r = resolveStacking(newGrants, prior);
  if (r.conflicts.length > 0) throw new StackingConflictError(r.conflicts);
  return r.payments;
}
