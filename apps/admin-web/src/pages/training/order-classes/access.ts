import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 二(四) from the rules' duty map (the server checks every step again, and maker-checker on a report's confirmation):
 * 市人社局, the lead, records the order-class agreements and the enterprises' yearly hiring reports. Others read.
 */
const mayManage = (account: Account | null | undefined) => !!account && account.permissions.includes('training:manage');

export const canRecordOrderClassAgreements = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.ORDER_CLASS.allows(account!.department, 'AGREEMENT');

export const canManageOrderClassReports = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.ORDER_CLASS.allows(account!.department, 'HIRING_REPORT');
