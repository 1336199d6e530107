/**
 * The studio workflow's words (二(六)): kept out of `platform-words.ts` so a bundle that needs only the common words
 * (the admin web's login page, which names departments) does not carry them; `@jining/rules/vocabulary/studio`.
 */
import { defineVocabulary } from './define.ts';
import { ENTITLEMENT_STATUS, HONOUR_STATUS } from './platform-words.ts';

/**
 * A studio's way through the city's selection (二(六)): a host unit applies (已申报), HRSS reviews (已审查) or turns
 * it down (未通过), selects it at a level (已遴选), publishes it (公示中), and someone other than the selector approves
 * it (已命名); an approved studio can be suspended (已暂停) or revoked (已撤销). National and provincial approvals
 * are recorded from the higher authority's document straight as 已命名.
 */
export const STUDIO_STATUS = defineVocabulary('StudioStatus', '技能大师工作室状态', {
  APPLIED: { zh: '已申报', en: 'Applied' },
  REVIEWED: { zh: '已审查', en: 'Reviewed' },
  SELECTED: { zh: '已遴选', en: 'Selected' },
  IN_PUBLICITY: { zh: ENTITLEMENT_STATUS.label('IN_PUBLICITY'), en: 'In publicity' },
  APPROVED: { zh: '已命名', en: 'Approved' },
  SUSPENDED: { zh: '已暂停', en: 'Suspended' },
  REJECTED: { zh: HONOUR_STATUS.label('REJECTED'), en: 'Rejected' },
  REVOKED: { zh: HONOUR_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type StudioStatus = (typeof STUDIO_STATUS.codes)[number];

/** What staff did to a studio: one line of its history each. */
export const STUDIO_ACTION = defineVocabulary('StudioAction', '技能大师工作室办理事项', {
  APPLY: { zh: '申报', en: 'Applied' },
  REVIEW: { zh: '评审', en: 'Reviewed' },
  REJECT: { zh: '不予遴选', en: 'Turned down' },
  SELECT: { zh: '遴选', en: 'Selected' },
  PUBLISH: { zh: '公示', en: 'Published' },
  OBJECT: { zh: '异议登记', en: 'Objection recorded' },
  APPROVE: { zh: '命名', en: 'Approved' },
  RECORD_HIGHER_APPROVAL: { zh: '登记上级批准', en: "Higher authority's approval recorded" },
  UPGRADE: { zh: '升级', en: 'Upgraded' },
  ASSESS: { zh: '年度考核', en: 'Annual assessment' },
  SUSPEND: { zh: '暂停', en: 'Suspended' },
  RESUME: { zh: '恢复', en: 'Resumed' },
  REVOKE: { zh: '撤销命名', en: 'Revoked' },
});
export type StudioAction = (typeof STUDIO_ACTION.codes)[number];

/** 年度考核 of an approved studio. */
export const STUDIO_ASSESSMENT_RESULT = defineVocabulary('StudioAssessmentResult', '工作室年度考核结果', {
  PASS: { zh: '合格', en: 'Pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
});
export type StudioAssessmentResult = (typeof STUDIO_ASSESSMENT_RESULT.codes)[number];
