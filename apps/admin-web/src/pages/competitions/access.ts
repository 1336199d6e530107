import type { Account } from '../../auth/session';

/**
 * 市人社局 and 市总工会, co-leads of 四(十三): record competitions and their results (competitions:manage; the server
 * checks the duty per tier). Here rather than in auth/roles.ts, which the login page carries.
 */
export const canManageCompetitions = (account: Account | null | undefined) =>
  !!account && account.permissions.includes('competitions:manage');
