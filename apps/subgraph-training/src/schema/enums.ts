import {
  CRAFTSMAN_COLLEGE_ACTION,
  CRAFTSMAN_COLLEGE_STATUS,
  STUDIO_ACTION,
  STUDIO_ASSESSMENT_RESULT,
  STUDIO_LEVEL,
  STUDIO_STATUS,
} from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  CraftsmanCollegeAction as StoredCraftsmanCollegeAction,
  CraftsmanCollegeStatus as StoredCraftsmanCollegeStatus,
  StudioAction as StoredStudioAction,
  StudioAssessmentResult as StoredStudioAssessmentResult,
  StudioLevel as StoredStudioLevel,
  StudioStatus as StoredStudioStatus,
} from '../generated/prisma/enums.ts';

/** 工作室（站）级别 (二(六)): from @jining/rules; the database enum is checked against it at start. */
export const StudioLevel = enumFromVocabulary(builder, STUDIO_LEVEL, { stored: StoredStudioLevel });
/** 工作室状态: the workflow's states. */
export const StudioStatus = enumFromVocabulary(builder, STUDIO_STATUS, { stored: StoredStudioStatus });
/** 办理事项: what a history line records. */
export const StudioAction = enumFromVocabulary(builder, STUDIO_ACTION, { stored: StoredStudioAction });
/** 年度考核结果. */
export const StudioAssessmentResult = enumFromVocabulary(builder, STUDIO_ASSESSMENT_RESULT, {
  stored: StoredStudioAssessmentResult,
});
/** 工匠学院状态 (二(六)). */
export const CraftsmanCollegeStatus = enumFromVocabulary(builder, CRAFTSMAN_COLLEGE_STATUS, {
  stored: StoredCraftsmanCollegeStatus,
});
/** 工匠学院办理事项: what a college's history line records. */
export const CraftsmanCollegeAction = enumFromVocabulary(builder, CRAFTSMAN_COLLEGE_ACTION, {
  stored: StoredCraftsmanCollegeAction,
});
