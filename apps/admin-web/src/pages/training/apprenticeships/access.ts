import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 二(二) from the rules' duty map (the server checks every step again, and a county account's own county): agreements
 * and their years by the county HRSS bureaus and 市人社局, each county's rate by its own HRSS bureau. Others read.
 */
const mayManage = (account: Account | null | undefined) => !!account && account.permissions.includes('training:manage');

export const canManageApprenticeships = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.APPRENTICESHIP.allows(account!.department, 'AGREEMENT');

export const canSetApprenticeshipRate = (account: Account | null | undefined) =>
  mayManage(account) && !!account!.countyCode && DUTIES.APPRENTICESHIP.allows(account!.department, 'COUNTY_RATE');
