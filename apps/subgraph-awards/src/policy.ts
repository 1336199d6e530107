/**
 * The policy vocabulary and numbers this subgraph uses, taken from `@jining/rules` (never re-typed here):
 * honour kinds of 四(十三)/五(十四) with their Chinese labels, and the policy window (末段).
 */
import { POLICY_WINDOW, yearOf } from '@jining/rules';

export { HONOUR_KIND_LABELS, HONOUR_KINDS, type HonourKind } from '@jining/rules';

/** Years an honour may be given for: the years of the policy window (2025–2029 as issued). */
export const HONOUR_YEARS = { first: yearOf(POLICY_WINDOW.from), last: yearOf(POLICY_WINDOW.through) } as const;
