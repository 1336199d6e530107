import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * 二(五) from the rules' duty map (the server checks every step again): the catalogue, the classes and their rosters
 * by 市人社局, the lead. Others read.
 */
export const canManageSubsidisedTraining = (account: Account | null | undefined) =>
  !!account &&
  account.permissions.includes('training:manage') &&
  DUTIES.SUBSIDISED_TRAINING.allows(account.department, 'CLASS');
