/**
 * The craftsman college workflow's words (二(六), R9, T11): kept out of `platform-words.ts` like the studio's, so a
 * bundle that needs only the common words does not carry them; `@jining/rules/vocabulary/college`. Every state and
 * step that means what a studio's or an honour's does takes that word (one label, one meaning).
 */
import { defineVocabulary } from './define.ts';
import { HONOUR_STATUS } from './platform-words.ts';
import { STUDIO_ACTION, STUDIO_STATUS } from './studio-words.ts';

/**
 * A college's way to the union's one-time grant (二(六) 由市总工会给予每家２０万元一次性补助): the union records the host
 * unit's application (已申报), reviews it (已审查) or turns it down (未通过), and another union account approves it
 * (已批准); an approved college can be revoked (已撤销). The text asks for no publicity (see the training README).
 */
export const CRAFTSMAN_COLLEGE_STATUS = defineVocabulary('CraftsmanCollegeStatus', '工匠学院状态', {
  APPLIED: { zh: STUDIO_STATUS.label('APPLIED'), en: 'Applied' },
  REVIEWED: { zh: STUDIO_STATUS.label('REVIEWED'), en: 'Reviewed' },
  APPROVED: { zh: HONOUR_STATUS.label('APPROVED'), en: 'Approved' },
  REJECTED: { zh: HONOUR_STATUS.label('REJECTED'), en: 'Rejected' },
  REVOKED: { zh: HONOUR_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type CraftsmanCollegeStatus = (typeof CRAFTSMAN_COLLEGE_STATUS.codes)[number];

/** What union staff did to a college: one line of its history each. */
export const CRAFTSMAN_COLLEGE_ACTION = defineVocabulary('CraftsmanCollegeAction', '工匠学院办理事项', {
  APPLY: { zh: STUDIO_ACTION.label('APPLY'), en: 'Applied' },
  REVIEW: { zh: STUDIO_ACTION.label('REVIEW'), en: 'Reviewed' },
  REJECT: { zh: '不予批准', en: 'Turned down' },
  APPROVE: { zh: '批准建设', en: 'Approved' },
  REVOKE: { zh: '撤销批准', en: 'Revoked' },
});
export type CraftsmanCollegeAction = (typeof CRAFTSMAN_COLLEGE_ACTION.codes)[number];

/** The one level the text funds (市级工匠学院): the code the duty map is kept by. */
export const CRAFTSMAN_COLLEGE_LEVEL = defineVocabulary('CraftsmanCollegeLevel', '工匠学院级别', {
  CITY: { zh: '市级工匠学院', en: 'City-level craftsman college', clause: '二(六)' },
});
export type CraftsmanCollegeLevel = (typeof CRAFTSMAN_COLLEGE_LEVEL.codes)[number];
