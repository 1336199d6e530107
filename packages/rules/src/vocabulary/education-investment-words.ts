/**
 * The words of 二(四)'s first half (R4): a pilot industry-education-integration enterprise's (产教融合型企业) investment
 * in vocational education, credited against its education surcharges, and finance's credit ledger of it.
 * `@jining/rules/vocabulary/education-investment`.
 */
import { defineVocabulary } from './define.ts';

/** What of 二(四) R4 is recorded on the platform: the duty map's code (DUTIES.EDUCATION_INVESTMENT). */
export const EDUCATION_INVESTMENT_ITEM = defineVocabulary('EducationInvestmentItem', '产教融合投资事项（二(四)）', {
  INVESTMENT_RECORD: {
    zh: '产教融合型企业兴办职业教育投资',
    en: 'Pilot enterprises’ investment in vocational education',
    clause: '二(四)',
  },
});
export type EducationInvestmentItem = (typeof EDUCATION_INVESTMENT_ITEM.codes)[number];

/** What staff did to an investment record: one line of its history each (read back from the audit trail). */
export const EDUCATION_INVESTMENT_ACTION = defineVocabulary('EducationInvestmentAction', '产教融合投资办理事项', {
  RECORD: { zh: '登记投资', en: 'Investment recorded' },
  CORRECT: { zh: '更正投资', en: 'Investment corrected' },
});
export type EducationInvestmentAction = (typeof EDUCATION_INVESTMENT_ACTION.codes)[number];

/** The figures of one year of finance's tax-credit ledger (R4), as staff read them. */
export const TAX_CREDIT_FIGURE = defineVocabulary('TaxCreditFigure', '教育费附加抵免台账项目', {
  CARRIED_IN: { zh: '上年结转', en: 'Carried in from earlier years', clause: '二(四)' },
  EARNED: { zh: '本年新增抵免额', en: 'Credit earned this year', clause: '二(四)' },
  USED: { zh: '本年已抵免', en: 'Credit used against this year’s surcharges', clause: '二(四)' },
  CARRIED_FORWARD: { zh: '结转以后年度', en: 'Carried forward', clause: '二(四)' },
});
export type TaxCreditFigure = (typeof TAX_CREDIT_FIGURE.codes)[number];
