import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 市人社局 records hires and insured years and confirms another account's years (training:manage and the 三(九) duty;
 * the server checks it per class, and maker-checker). Others read, a county HRSS bureau too (it holds training:manage
 * for its apprenticeships only).
 */
export const canManageGraduateHires = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('training:manage') &&
  DUTIES.GRADUATE_HIRING.codes.some((c) => DUTIES.GRADUATE_HIRING.allows(account.department, c));
