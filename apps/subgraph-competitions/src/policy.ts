/**
 * The policy vocabulary this subgraph uses, taken from `@jining/rules` (never re-typed here):
 * competition tiers of 三(九)/四(十三) with their Chinese labels.
 */
export { COMPETITION_TIERS, COMPETITION_TIER_LABELS, type CompetitionTier } from '@jining/rules';
