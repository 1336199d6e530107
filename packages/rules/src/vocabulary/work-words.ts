/**
 * The work that waits for an account on its 工作台 (the admin web's home): one code per kind of waiting item, each
 * counted by the subgraph that holds the records (the kit's `addWorkQuery`), for the accounts whose department does
 * the next step. `@jining/rules/vocabulary/work`.
 */
import { defineVocabulary } from './define.ts';

export const WORK_ITEM = defineVocabulary('WorkItem', '待办事项', {
  STUDIO_TO_REVIEW: { zh: '待审核的工作室申请', en: 'Studio applications to review', clause: '二(六)' },
  STUDIO_TO_SELECT: { zh: '待遴选的工作室', en: 'Studios to select', clause: '二(六)' },
  STUDIO_TO_PUBLISH: { zh: '待公示的工作室', en: 'Studios to publish', clause: '二(六)' },
  STUDIO_IN_PUBLICITY: { zh: '公示中的工作室', en: 'Studios in publicity', clause: '二(六)' },
  COLLEGE_TO_REVIEW: { zh: '待审核的工匠学院申请', en: 'Craftsman college applications to review', clause: '二(六)' },
  COLLEGE_TO_APPROVE: { zh: '待审批的工匠学院', en: 'Craftsman colleges to approve', clause: '二(六)' },
  GRADUATE_YEAR_TO_CONFIRM: {
    zh: '待确认的毕业生参保年度',
    en: 'Graduates’ insured years to confirm',
    clause: '三(九)',
  },
  APPRENTICESHIP_YEAR_TO_CONFIRM: {
    zh: '待确认的学徒培训年度',
    en: 'Apprenticeship years to confirm',
    clause: '二(二)',
  },
  ORDER_CLASS_REPORT_TO_CONFIRM: {
    zh: '待确认的订单班聘用报告',
    en: 'Order-class hiring reports to confirm',
    clause: '二(四)',
  },
  COLLEGE_MAJOR_TO_APPROVE: {
    zh: '待确认的院校专业建设项目',
    en: 'College majors and courses to approve',
    clause: '二(三)',
  },
  COMPETITION_WITHOUT_RESULTS: {
    zh: '已结束尚未录入成绩的竞赛',
    en: 'Finished competitions without results',
    clause: '四(十三)',
  },
  HONOUR_TO_REVIEW: { zh: '待审核的表彰提名', en: 'Honour nominations to review' },
  HONOUR_TO_PUBLISH: { zh: '待公示的表彰', en: 'Honours to publish' },
  HONOUR_IN_PUBLICITY: { zh: '公示中的表彰', en: 'Honours in publicity' },
  HONOUR_OBJECTION_OPEN: { zh: '待处理的表彰公示异议', en: 'Objections to honours to resolve' },
  ENTITLEMENT_TO_REVIEW: { zh: '待审核的补贴', en: 'Entitlements to review', clause: '六' },
  ENTITLEMENT_TO_APPROVE: { zh: '待审批的补贴', en: 'Entitlements to approve', clause: '六' },
  ENTITLEMENT_TO_PUBLISH: { zh: '待发布公示的补贴', en: 'Entitlements to publish', clause: '六' },
  PUBLICITY_OBJECTION_OPEN: { zh: '待处理的资金公示异议', en: 'Objections to entitlements to resolve', clause: '六' },
  SHARE_TO_PAY: { zh: '待编入支付批次的资金份额', en: 'Shares to put in a payment batch', clause: '六' },
  PAYMENT_BATCH_OPEN: { zh: '未结清的支付批次', en: 'Payment batches not settled', clause: '六' },
});
export type WorkItem = (typeof WORK_ITEM.codes)[number];
