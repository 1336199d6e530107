/**
 * The labels of 二(四) R4 (pilot enterprises' investment, finance's credit ledger), from
 * `@jining/rules/vocabulary/education-investment`: apart from labels.ts so the login page does not carry them.
 */
import {
  EDUCATION_INVESTMENT_ACTION,
  EDUCATION_INVESTMENT_ITEM,
  TAX_CREDIT_FIGURE,
} from '@jining/rules/vocabulary/education-investment';
import type { EducationInvestmentAction } from '../../../gql/graphql';

export const educationInvestmentActionLabels: Record<EducationInvestmentAction, string> =
  EDUCATION_INVESTMENT_ACTION.labels;
/** 产教融合型企业兴办职业教育投资: the page's title and menu entry. */
export const educationInvestmentTitle = EDUCATION_INVESTMENT_ITEM.label('INVESTMENT_RECORD');
export const taxCreditFigureLabels = TAX_CREDIT_FIGURE.labels;
