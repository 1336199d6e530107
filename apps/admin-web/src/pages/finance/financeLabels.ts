/**
 * Labels only the finance pages use. Not in src/labels.ts: that module rides in the login page's bundle (the login
 * form names departments), which is at its size budget, and these words are needed only after sign-in.
 */
import type { BenefitGroup, ReportGrouping } from '../../gql/graphql';
import { BENEFIT_GROUP, REPORT_GROUPING } from '@jining/rules/vocabulary';

/** 技能等级一次性补贴 …: what a budget is set for, per payer and year. */
export const benefitGroupLabels: Record<BenefitGroup, string> = BENEFIT_GROUP.labels;
/** 按县（市、区） / 按出资方 / 按政策条目 / 按预算年度. */
export const reportGroupingLabels: Record<ReportGrouping, string> = REPORT_GROUPING.labels;
