/**
 * The colleges' majors' labels (二(三)), from `@jining/rules/vocabulary/college-majors`: apart from labels.ts so the
 * login page does not carry them.
 */
import {
  COLLEGE_MAJOR_ACTION,
  COLLEGE_MAJOR_KIND,
  COLLEGE_MAJOR_LEVEL,
  COLLEGE_MAJOR_STATUS,
} from '@jining/rules/vocabulary/college-majors';
import type { CollegeMajorAction, CollegeMajorKind, CollegeMajorLevel, CollegeMajorStatus } from '../../../gql/graphql';

export const collegeMajorKindLabels: Record<CollegeMajorKind, string> = COLLEGE_MAJOR_KIND.labels;
export const collegeMajorLevelLabels: Record<CollegeMajorLevel, string> = COLLEGE_MAJOR_LEVEL.labels;
export const collegeMajorStatusLabels: Record<CollegeMajorStatus, string> = COLLEGE_MAJOR_STATUS.labels;
export const collegeMajorActionLabels: Record<CollegeMajorAction, string> = COLLEGE_MAJOR_ACTION.labels;
