import type { WorkItem } from '@jining/rules/vocabulary/work';

/**
 * Where each kind of waiting work is done: the list filtered to it (the filters live in the URL, so the list opens
 * as filtered and Back returns here), or the page of its step.
 */
export const WORK_LINKS: Readonly<Record<WorkItem, string>> = {
  STUDIO_TO_REVIEW: '/training/studios?status=APPLIED',
  STUDIO_TO_SELECT: '/training/studios?status=REVIEWED',
  STUDIO_TO_PUBLISH: '/training/studios?status=SELECTED',
  STUDIO_IN_PUBLICITY: '/training/studios/publicity',
  COLLEGE_TO_REVIEW: '/training/colleges?status=APPLIED',
  COLLEGE_TO_APPROVE: '/training/colleges?status=REVIEWED',
  GRADUATE_YEAR_TO_CONFIRM: '/training/graduates?status=ACTIVE',
  APPRENTICESHIP_YEAR_TO_CONFIRM: '/training/apprenticeships?status=ACTIVE',
  ORDER_CLASS_REPORT_TO_CONFIRM: '/training/order-classes?status=SUBMITTED',
  COLLEGE_MAJOR_TO_APPROVE: '/training/college-majors?status=RECORDED',
  COMPETITION_WITHOUT_RESULTS: '/competitions',
  HONOUR_TO_REVIEW: '/awards/honours?status=NOMINATED',
  HONOUR_TO_PUBLISH: '/awards/honours?status=REVIEWED',
  HONOUR_IN_PUBLICITY: '/awards/publicity',
  HONOUR_OBJECTION_OPEN: '/awards/publicity',
  ENTITLEMENT_TO_REVIEW: '/finance?queue=CALCULATED',
  ENTITLEMENT_TO_APPROVE: '/finance?queue=REVIEWED',
  ENTITLEMENT_TO_PUBLISH: '/finance?queue=APPROVED',
  PUBLICITY_OBJECTION_OPEN: '/finance/publicity?status=OPEN',
  SHARE_TO_PAY: '/finance/payments',
  PAYMENT_BATCH_OPEN: '/finance/payments?status=OPEN',
};

/** The pages each department uses most, as menu keys (their words and icons are the menu's). */
const SHORTCUTS: Readonly<Record<string, readonly string[]>> = {
  HRSS: ['/people', '/evaluation/certificates', '/training/studios', '/competitions', '/awards/honours', '/targets'],
  COUNTY_HRSS: ['/training/apprenticeships', '/training/apprenticeship-rates', '/organisations', '/targets'],
  FINANCE: ['/finance', '/finance/publicity', '/finance/payments', '/finance/budgets', '/finance/reports'],
  COUNTY_FINANCE: ['/finance', '/finance/payments', '/finance/budgets', '/finance/reports'],
  UNION: ['/training/colleges', '/competitions', '/awards/honours', '/awards/publicity', '/targets'],
  EDUCATION: ['/training/college-majors', '/competitions/college-prizes', '/organisations', '/targets'],
  AUDIT: ['/audit', '/finance/entitlements', '/finance/reports', '/targets'],
};

/** A department the app does not know yet gets the lists every account reads. */
export const shortcutsFor = (department: string): readonly string[] =>
  SHORTCUTS[department] ?? ['/people', '/organisations', '/targets'];
