/**
 * The graduate hiring subsidy's words (R15 / R16, 三(九)): the graduate classes it names, a recorded hire's state and
 * an insured year's state. `@jining/rules/vocabulary/graduates`, kept apart like the studio's words.
 */
import { defineVocabulary } from './define.ts';
import { HONOUR_STATUS } from './platform-words.ts';
import { GRADUATE_PROGRAMME_LABELS } from './policy-words.ts';

/**
 * The two classes 三(九) pays for, as the rules code them (GRADUATE_PROGRAMMES): 预备技师（技师）班 (R15, any
 * enterprise) and 高级工班 (R16, 攀登企业 only). Other programmes earn no hiring subsidy, so they are not recorded.
 */
export const GRADUATE_CLASS = defineVocabulary('GraduateClass', '毕业班次（三(九)）', {
  PRE_TECHNICIAN_CLASS: {
    zh: GRADUATE_PROGRAMME_LABELS.PRE_TECHNICIAN_CLASS,
    en: 'Pre-technician (technician) class',
    clause: '三(九)',
  },
  SENIOR_CLASS: { zh: GRADUATE_PROGRAMME_LABELS.SENIOR_CLASS, en: 'Senior-worker class', clause: '三(九)' },
});
export type GraduateClass = (typeof GRADUATE_CLASS.codes)[number];

/** A recorded hire: in force (its years may be recorded), or revoked as a correction (its facts are reversed). */
export const GRADUATE_HIRE_STATUS = defineVocabulary('GraduateHireStatus', '毕业生聘用登记状态', {
  ACTIVE: { zh: '有效', en: 'In force' },
  REVOKED: { zh: HONOUR_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type GraduateHireStatus = (typeof GRADUATE_HIRE_STATUS.codes)[number];

/** An insured year: recorded by one account (待确认), confirmed by another (已确认, the fact goes to finance). */
export const GRADUATE_YEAR_STATUS = defineVocabulary('GraduateYearStatus', '参保年度状态', {
  RECORDED: { zh: '待确认', en: 'Recorded, awaiting confirmation' },
  CONFIRMED: { zh: '已确认', en: 'Confirmed' },
});
export type GraduateYearStatus = (typeof GRADUATE_YEAR_STATUS.codes)[number];

/** What staff did to a hire: one line of its history each (read back from the audit trail). */
export const GRADUATE_HIRE_ACTION = defineVocabulary('GraduateHireAction', '毕业生聘用办理事项', {
  RECORD_HIRE: { zh: '登记聘用', en: 'Hire recorded' },
  RECORD_YEAR: { zh: '登记参保年度', en: 'Insured year recorded' },
  CONFIRM_YEAR: { zh: '确认参保年度', en: 'Insured year confirmed' },
  REVOKE_HIRE: { zh: '撤销聘用登记', en: 'Hire revoked' },
});
export type GraduateHireAction = (typeof GRADUATE_HIRE_ACTION.codes)[number];
