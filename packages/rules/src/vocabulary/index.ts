/**
 * `@jining/rules/vocabulary`: the policy's and the platform's words without the parameters and rules behind them,
 * for a browser bundle (the admin web) that needs labels, not decisions.
 */
export * from './define.ts';
export * from './policy-words.ts';
export * from './platform-words.ts';
export * from './target-words.ts';
export { PAYER, PAYERS, PAYER_LABELS, type Payer } from '../payers.ts';
export { BODY, BODIES, BODY_LABELS, type Body } from '../bodies.ts';
export { POLICY_SOURCE } from '../params/types.ts';
// A clause as staff cite it ('二(二)' → '济人社发〔2024〕9号 第二部分（二）'): the admin web cites each explanation step.
export { citeClause, CLAUSE_TITLES, type Clause } from '../clauses.ts';

import { PART1_PARAMS } from '../params/part1-targets.ts';
import { yearOf } from '../dates.ts';

const policyWindow = PART1_PARAMS.POLICY_WINDOW.versions[PART1_PARAMS.POLICY_WINDOW.versions.length - 1]!.value;

/**
 * The years of the policy window (2025–2029 as issued): titles, and the years an honour or a yearly figure may be
 * given for. Here, not in window.ts, so a browser bundle gets it without the parameter registry.
 */
export const POLICY_YEARS = { first: yearOf(policyWindow.from), last: yearOf(policyWindow.through) } as const;
