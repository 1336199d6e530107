import type { Account } from '../../auth/session';

/**
 * 市人社局: runs the studio workflow (training:manage; the server checks the duty per studio level, 二(六)). Here rather
 * than in auth/roles.ts, which the login page carries.
 */
export const canManageStudios = (account: Account | null | undefined) =>
  !!account && account.permissions.includes('training:manage');
