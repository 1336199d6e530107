import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../auth/session';

/** 一 the targets' statistics, from the rules' duty map (DUTY_TARGETS_HRSS; the server checks again): HRSS records. */
export const canRecordTargetStatistics = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('evaluation:manage') &&
  DUTIES.TARGET.allows(account.department, 'EMPLOYED_POPULATION');
