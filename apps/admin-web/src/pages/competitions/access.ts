import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../auth/session';

/**
 * 市人社局 and 市总工会, co-leads of 四(十三): record competitions and their results (competitions:manage; the server
 * checks the duty per tier). Here rather than in auth/roles.ts, which the login page carries.
 */
export const canManageCompetitions = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('competitions:manage') &&
  // 市教育局 holds competitions:manage for its colleges' prizes (三(九)) only, not the competitions of 四(十三).
  DUTIES.COMPETITION.codes.some((tier) => DUTIES.COMPETITION.allows(account.department, tier));
