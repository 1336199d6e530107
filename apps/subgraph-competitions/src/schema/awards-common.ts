import {
  AWARD_ACTION,
  AWARD_RECORD_STATUS,
  AWARD_WINNER_KIND,
  COMPETITION_STAGE,
  SKILL_AWARD,
  TALENT_ROUTE,
} from '@jining/rules';
import { enumFromVocabulary, parseIsoDate } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import type { AwardHistoryLine } from '../domain/awards.ts';
import {
  AwardRecordStatus as StoredStatus,
  AwardWinnerKind as StoredWinnerKind,
  CompetitionStage as StoredStage,
  SkillAwardKind as StoredAward,
  TalentRoute as StoredRoute,
} from '../generated/prisma/enums.ts';

/** The words of 三(九)'s awards, from @jining/rules; the database enums are checked against them at start. */
export const AwardRecordStatus = enumFromVocabulary(builder, AWARD_RECORD_STATUS, { stored: StoredStatus });
export const AwardAction = enumFromVocabulary(builder, AWARD_ACTION);
export const AwardWinnerKind = enumFromVocabulary(builder, AWARD_WINNER_KIND, { stored: StoredWinnerKind });
export const SkillAwardKind = enumFromVocabulary(builder, SKILL_AWARD, { stored: StoredAward });
export const TalentRoute = enumFromVocabulary(builder, TALENT_ROUTE, { stored: StoredRoute });
/** R14 pays the ranking round and the final: the stages recorded (COMPETITION_STAGE without OTHER). */
export const CompetitionStage = enumFromVocabulary(builder, COMPETITION_STAGE, {
  only: ['RANKING', 'FINAL'],
  stored: StoredStage,
});

/** One step on a recorded award, from the audit trail (written in the step's transaction). */
export const AwardHistoryLineRef = builder.objectRef<AwardHistoryLine>('AwardHistoryLine').implement({
  description: '获奖登记办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: AwardAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明（撤销理由）' }),
  }),
});

/** Awards dated in `year` (the awarding document's date). */
export const inYear = (year: number | null | undefined) =>
  year ? { awardedOn: { gte: parseIsoDate(`${year}-01-01`), lte: parseIsoDate(`${year}-12-31`) } } : {};
