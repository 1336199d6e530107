/**
 * The graduate hiring subsidy's labels (R15 / R16 三(九)), from `@jining/rules/vocabulary/graduates`: apart from
 * labels.ts so the login page does not carry them.
 */
import {
  GRADUATE_CLASS,
  GRADUATE_HIRE_ACTION,
  GRADUATE_HIRE_STATUS,
  GRADUATE_YEAR_STATUS,
} from '@jining/rules/vocabulary/graduates';
import type { GraduateClass, GraduateHireAction, GraduateHireStatus, GraduateYearStatus } from '../../../gql/graphql';

export const graduateClassLabels: Record<GraduateClass, string> = GRADUATE_CLASS.labels;
export const graduateHireStatusLabels: Record<GraduateHireStatus, string> = GRADUATE_HIRE_STATUS.labels;
export const graduateYearStatusLabels: Record<GraduateYearStatus, string> = GRADUATE_YEAR_STATUS.labels;
export const graduateHireActionLabels: Record<GraduateHireAction, string> = GRADUATE_HIRE_ACTION.labels;
