import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 二(四) R4: 市人社局, the item's lead, records and corrects pilot enterprises' investment (training:manage and the
 * EDUCATION_INVESTMENT duty; the server checks it again). Everyone else reads; Finance reads the credit ledger.
 */
export const canRecordEducationInvestment = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('training:manage') &&
  DUTIES.EDUCATION_INVESTMENT.allows(account.department, 'INVESTMENT_RECORD');
