import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 市教育局 and 市人社局, the leads of 二(三), record the colleges' majors and courses and approve another account's
 * (training:manage and the duty per kind; the server checks both again, and maker-checker). Others read.
 */
export const canManageCollegeMajors = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('training:manage') &&
  DUTIES.COLLEGE_MAJOR.codes.some((c) => DUTIES.COLLEGE_MAJOR.allows(account.department, c));
