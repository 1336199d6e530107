/**
 * The studio workflow's labels (二(六)), from `@jining/rules/vocabulary/studio`: apart from labels.ts so the login
 * page, which imports labels.ts for the departments' names, does not carry them.
 */
import type { StudioAction, StudioAssessmentResult, StudioStatus } from './gql/graphql';
import { STUDIO_ACTION, STUDIO_ASSESSMENT_RESULT, STUDIO_STATUS } from '@jining/rules/vocabulary/studio';

export const studioStatusLabels: Record<StudioStatus, string> = STUDIO_STATUS.labels;
export const studioActionLabels: Record<StudioAction, string> = STUDIO_ACTION.labels;
export const studioAssessmentResultLabels: Record<StudioAssessmentResult, string> = STUDIO_ASSESSMENT_RESULT.labels;
