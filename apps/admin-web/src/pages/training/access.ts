import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../auth/session';

/**
 * Who runs which training workflow, from the rules' duty map (the server checks every step again): training:manage
 * opens the subgraph's steps, the duty says which. Here rather than in auth/roles.ts, which the login page carries.
 */
const mayManage = (account: Account | null | undefined) => !!account && account.permissions.includes('training:manage');

/** 市人社局: the studio workflow (二(六), a duty per studio level). */
export const canManageStudios = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.STUDIO.codes.some((level) => DUTIES.STUDIO.allows(account!.department, level));

/** 市总工会: the craftsman college workflow (二(六), DUTY_CRAFTSMAN_COLLEGE_UNION: the union pays the grant). */
export const canManageColleges = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.CRAFTSMAN_COLLEGE.allows(account!.department, 'CITY');
