/**
 * The words of the awards recorded under 三(九) in competitions (R10–R14): the colleges' prizes in the
 * vocational-college skills competition and the skill awards of people. Kept out of `platform-words.ts` like the
 * studio's and the college's words; `@jining/rules/vocabulary/awards`.
 */
import { defineVocabulary } from './define.ts';
import { GRADUATE_HIRE_STATUS } from './graduate-words.ts';
import { HONOUR_STATUS } from './platform-words.ts';

/** A recorded award: in force (its fact went to finance), or revoked with a reason (its fact is reversed). */
export const AWARD_RECORD_STATUS = defineVocabulary('AwardRecordStatus', '获奖登记状态', {
  ACTIVE: { zh: GRADUATE_HIRE_STATUS.label('ACTIVE'), en: 'In force' },
  REVOKED: { zh: HONOUR_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type AwardRecordStatus = (typeof AWARD_RECORD_STATUS.codes)[number];

/** What staff did to a recorded award: one line of its history each (read back from the audit trail). */
export const AWARD_ACTION = defineVocabulary('AwardAction', '获奖登记办理事项', {
  RECORD: { zh: '登记获奖', en: 'Award recorded' },
  REVOKE: { zh: '撤销获奖登记', en: 'Award revoked' },
});
export type AwardAction = (typeof AWARD_ACTION.codes)[number];

/** Who won a skill award: a person, or (WorldSkills only, R10 团队或个人) a team of people. */
export const AWARD_WINNER_KIND = defineVocabulary('AwardWinnerKind', '获奖者类型', {
  PERSON: { zh: '个人获奖', en: 'A person' },
  TEAM: { zh: '团队获奖', en: 'A team' },
});
export type AwardWinnerKind = (typeof AWARD_WINNER_KIND.codes)[number];

/** 一、二、三等奖 of the vocational-college skills competition (R14): the prize as its number 1–3. */
export const COLLEGE_PRIZE_GRADES = [1, 2, 3] as const;
export type CollegePrizeGrade = (typeof COLLEGE_PRIZE_GRADES)[number];
export const COLLEGE_PRIZE_GRADE_LABELS: Readonly<Record<CollegePrizeGrade, string>> = {
  1: '一等奖',
  2: '二等奖',
  3: '三等奖',
};
