import type { Account } from '../../../auth/session';

/**
 * 市人社局 records hires and insured years and confirms another account's years (training:manage; the server checks
 * the 三(九) duty per class and maker-checker). Others read.
 */
export const canManageGraduateHires = (account: Account | null | undefined) =>
  !!account && account.permissions.includes('training:manage');
