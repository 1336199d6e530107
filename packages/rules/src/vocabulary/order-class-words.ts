/**
 * The order classes' words (R5, 二(四) second half): what of it the platform records, a yearly hiring report's state
 * and the steps staff take. `@jining/rules/vocabulary/order-classes`, kept apart like the apprenticeships'.
 */
import { defineVocabulary } from './define.ts';
import { GRADUATE_HIRE_STATUS, GRADUATE_YEAR_STATUS } from './graduate-words.ts';
import { GRADUATE_PROGRAMME_LABELS } from './policy-words.ts';

/** What of 二(四) R5 is handled on the platform: the duty map's codes (DUTIES.ORDER_CLASS). */
export const ORDER_CLASS_ITEM = defineVocabulary('OrderClassItem', '订单式培养事项（二(四)）', {
  AGREEMENT: { zh: '订单班协议', en: 'Order-class agreements', clause: '二(四)' },
  HIRING_REPORT: { zh: '订单班年度聘用报告', en: 'Yearly order-class hiring reports', clause: '二(四)' },
});
export type OrderClassItem = (typeof ORDER_CLASS_ITEM.codes)[number];

/**
 * A yearly hiring report: submitted by one account (待确认), confirmed by another (已确认, the fact goes to finance), or
 * revoked as a correction after confirmation (its fact is reversed and the year may be reported again).
 */
export const ORDER_CLASS_REPORT_STATUS = defineVocabulary('OrderClassReportStatus', '订单班聘用报告状态', {
  SUBMITTED: { zh: GRADUATE_YEAR_STATUS.label('RECORDED'), en: 'Submitted, awaiting confirmation' },
  CONFIRMED: { zh: GRADUATE_YEAR_STATUS.label('CONFIRMED'), en: 'Confirmed' },
  REVOKED: { zh: GRADUATE_HIRE_STATUS.label('REVOKED'), en: 'Revoked' },
});
export type OrderClassReportStatus = (typeof ORDER_CLASS_REPORT_STATUS.codes)[number];

/** What staff did to an agreement or a report: one line of its history each (read back from the audit trail). */
export const ORDER_CLASS_ACTION = defineVocabulary('OrderClassAction', '订单班办理事项', {
  RECORD_AGREEMENT: { zh: '登记订单班协议', en: 'Agreement recorded' },
  SUBMIT_REPORT: { zh: '报送年度聘用报告', en: 'Hiring report submitted' },
  CORRECT_REPORT: { zh: '更正年度聘用报告', en: 'Hiring report corrected' },
  CONFIRM_REPORT: { zh: '确认年度聘用报告', en: 'Hiring report confirmed' },
  REVOKE_REPORT: { zh: '撤销年度聘用报告', en: 'Hiring report revoked' },
});
export type OrderClassAction = (typeof ORDER_CLASS_ACTION.codes)[number];

/**
 * 毕业班次 of an order-class graduate (the rules' GraduateProgramme): R5 counts 全日制专科 and the technical-school
 * classes from 高级工班 up (全日制专科或高级工及以上).
 */
export const ORDER_CLASS_PROGRAMME = defineVocabulary('GraduateProgramme', '毕业班次', {
  ASSOCIATE: { zh: GRADUATE_PROGRAMME_LABELS.ASSOCIATE, en: 'Full-time associate' },
  INTERMEDIATE_CLASS: { zh: GRADUATE_PROGRAMME_LABELS.INTERMEDIATE_CLASS, en: 'Intermediate-worker class' },
  SENIOR_CLASS: { zh: GRADUATE_PROGRAMME_LABELS.SENIOR_CLASS, en: 'Senior-worker class' },
  PRE_TECHNICIAN_CLASS: { zh: GRADUATE_PROGRAMME_LABELS.PRE_TECHNICIAN_CLASS, en: 'Pre-technician class' },
  OTHER: { zh: GRADUATE_PROGRAMME_LABELS.OTHER, en: 'Other' },
});
