import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 市人社局 records and corrects enterprises' compliance reports (training:manage and the COMPLIANCE duty of 六 and
 * 三(八); the server checks it per check). Others read, a county HRSS bureau too.
 */
export const canReportCompliance = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('training:manage') &&
  DUTIES.COMPLIANCE.codes.some((c) => DUTIES.COMPLIANCE.allows(account.department, c));
