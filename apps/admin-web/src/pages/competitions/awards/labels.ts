/**
 * The words of 三(九)'s awards (R10–R14), from `@jining/rules/vocabulary` and `…/awards`: apart from labels.ts so the
 * login page does not carry them.
 */
import { COMPETITION_STAGE, SKILL_AWARD, TALENT_ROUTE } from '@jining/rules/vocabulary';
import {
  AWARD_ACTION,
  AWARD_RECORD_STATUS,
  AWARD_WINNER_KIND,
  COLLEGE_PRIZE_GRADE_LABELS,
} from '@jining/rules/vocabulary/awards';
import type {
  AwardAction,
  AwardRecordStatus,
  AwardWinnerKind,
  CompetitionStage,
  SkillAwardKind,
  TalentRoute,
} from '../../../gql/graphql';

export const skillAwardLabels: Record<SkillAwardKind, string> = SKILL_AWARD.labels;
export const talentRouteLabels: Record<TalentRoute, string> = TALENT_ROUTE.labels;
export const awardWinnerKindLabels: Record<AwardWinnerKind, string> = AWARD_WINNER_KIND.labels;
export const awardStatusLabels: Record<AwardRecordStatus, string> = AWARD_RECORD_STATUS.labels;
export const awardActionLabels: Record<AwardAction, string> = AWARD_ACTION.labels;
/** R14 records the ranking round and the final only. */
export const collegeStageLabels: Record<CompetitionStage, string> = {
  RANKING: COMPETITION_STAGE.label('RANKING'),
  FINAL: COMPETITION_STAGE.label('FINAL'),
};
export const prizeLabels: Record<'1' | '2' | '3', string> = {
  '1': COLLEGE_PRIZE_GRADE_LABELS[1],
  '2': COLLEGE_PRIZE_GRADE_LABELS[2],
  '3': COLLEGE_PRIZE_GRADE_LABELS[3],
};
export const prizeLabel = (prize: number) => prizeLabels[String(prize) as '1' | '2' | '3'] ?? String(prize);
