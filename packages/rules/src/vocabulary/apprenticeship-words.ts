/**
 * The new-type apprenticeship's words (R2, 二(二)): what of it the platform records, an agreement's state, a training
 * year's state and the steps staff take. `@jining/rules/vocabulary/apprenticeships`, kept apart like the graduates'.
 */
import { defineVocabulary } from './define.ts';
import { GRADUATE_HIRE_STATUS, GRADUATE_YEAR_STATUS } from './graduate-words.ts';

/** What of 二(二) is handled on the platform: the duty map's codes (DUTIES.APPRENTICESHIP). */
export const APPRENTICESHIP_ITEM = defineVocabulary('ApprenticeshipItem', '企业新型学徒制事项（二(二)）', {
  AGREEMENT: { zh: '学徒培训协议及培训年度', en: 'Apprenticeship agreements and their years', clause: '二(二)' },
  COUNTY_RATE: { zh: '县定学徒补贴标准', en: 'The county’s apprenticeship rate', clause: '二(二)' },
});
export type ApprenticeshipItem = (typeof APPRENTICESHIP_ITEM.codes)[number];

/** A recorded agreement: in force (its years may be recorded), or revoked as a correction (its facts are reversed). */
export const APPRENTICESHIP_STATUS = defineVocabulary('ApprenticeshipStatus', '学徒培训协议状态', {
  ACTIVE: { zh: GRADUATE_HIRE_STATUS.label('ACTIVE'), en: 'In force' },
  REVOKED: { zh: GRADUATE_HIRE_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type ApprenticeshipStatus = (typeof APPRENTICESHIP_STATUS.codes)[number];

/** A completed training year: recorded by one account (待确认), confirmed by another (已确认, the fact goes to finance). */
export const APPRENTICESHIP_YEAR_STATUS = defineVocabulary('ApprenticeshipYearStatus', '学徒培训年度状态', {
  RECORDED: { zh: GRADUATE_YEAR_STATUS.label('RECORDED'), en: 'Recorded, awaiting confirmation' },
  CONFIRMED: { zh: GRADUATE_YEAR_STATUS.label('CONFIRMED'), en: 'Confirmed' },
});
export type ApprenticeshipYearStatus = (typeof APPRENTICESHIP_YEAR_STATUS.codes)[number];

/** What staff did to an agreement: one line of its history each (read back from the audit trail). */
export const APPRENTICESHIP_ACTION = defineVocabulary('ApprenticeshipAction', '学徒培训协议办理事项', {
  RECORD_AGREEMENT: { zh: '登记学徒培训协议', en: 'Agreement recorded' },
  RECORD_YEAR: { zh: '登记培训年度', en: 'Training year recorded' },
  CONFIRM_YEAR: { zh: '确认培训年度', en: 'Training year confirmed' },
  REVOKE_AGREEMENT: { zh: '撤销学徒培训协议', en: 'Agreement revoked' },
});
export type ApprenticeshipAction = (typeof APPRENTICESHIP_ACTION.codes)[number];
