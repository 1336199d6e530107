/**
 * The apprenticeship's labels (R2 二(二)), from `@jining/rules/vocabulary/apprenticeships`: apart from labels.ts so the
 * login page does not carry them.
 */
import {
  APPRENTICESHIP_ACTION,
  APPRENTICESHIP_STATUS,
  APPRENTICESHIP_YEAR_STATUS,
} from '@jining/rules/vocabulary/apprenticeships';
import type { ApprenticeshipAction, ApprenticeshipStatus, ApprenticeshipYearStatus } from '../../../gql/graphql';

export const apprenticeshipStatusLabels: Record<ApprenticeshipStatus, string> = APPRENTICESHIP_STATUS.labels;
export const apprenticeshipYearStatusLabels: Record<ApprenticeshipYearStatus, string> =
  APPRENTICESHIP_YEAR_STATUS.labels;
export const apprenticeshipActionLabels: Record<ApprenticeshipAction, string> = APPRENTICESHIP_ACTION.labels;
