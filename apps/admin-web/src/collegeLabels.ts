/**
 * The craftsman college workflow's labels (二(六)), from `@jining/rules/vocabulary/college`: apart from labels.ts so
 * the login page does not carry them.
 */
import type { CraftsmanCollegeAction, CraftsmanCollegeStatus } from './gql/graphql';
import {
  CRAFTSMAN_COLLEGE_ACTION,
  CRAFTSMAN_COLLEGE_LEVEL,
  CRAFTSMAN_COLLEGE_STATUS,
} from '@jining/rules/vocabulary/college';

/** The one level the text funds (市级工匠学院): the list's and its Excel file's name. */
export { CRAFTSMAN_COLLEGE_LEVEL };

export const collegeStatusLabels: Record<CraftsmanCollegeStatus, string> = CRAFTSMAN_COLLEGE_STATUS.labels;
export const collegeActionLabels: Record<CraftsmanCollegeAction, string> = CRAFTSMAN_COLLEGE_ACTION.labels;
