/**
 * The compliance checks enterprises report on each year (`compliance.ts`): 六's frontline share of employee-education
 * funds and 三(八)'s (E3) wage growth in state-owned enterprises. `@jining/rules/vocabulary/compliance`.
 */
import { defineVocabulary } from './define.ts';

export const COMPLIANCE_CHECK = defineVocabulary('ComplianceCheck', '合规检查事项', {
  FRONTLINE_EDUCATION_FUNDS: {
    zh: '职工教育经费用于一线职工',
    en: 'Employee-education funds spent on frontline workers',
    clause: '六',
  },
  E3_SOE_WAGE_GROWTH: {
    zh: '国有企业高技能人才工资增幅',
    en: 'High-skilled wage growth in state-owned enterprises',
    clause: '三(八)',
  },
});
export type ComplianceCheck = (typeof COMPLIANCE_CHECK.codes)[number];

/** What staff did to a report: one line of its history each (read back from the audit trail). */
export const COMPLIANCE_ACTION = defineVocabulary('ComplianceAction', '合规报告办理事项', {
  REPORT: { zh: '登记报告', en: 'Report recorded' },
  CORRECT: { zh: '更正报告', en: 'Report corrected' },
});
export type ComplianceAction = (typeof COMPLIANCE_ACTION.codes)[number];
