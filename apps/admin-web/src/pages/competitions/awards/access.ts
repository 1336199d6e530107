import { DUTIES } from '@jining/rules/duties';
import type { Account } from '../../../auth/session';

/**
 * Who records the awards of 三(九), from the rules' duty map (the server checks every step again): competitions:manage
 * opens the subgraph's writes, the duty says which. Here rather than in auth/roles.ts, which the login page carries.
 */
const mayManage = (account: Account | null | undefined) =>
  !!account && account.permissions.includes('competitions:manage');

/** 市人社局 (lead of 三(九)) and 市教育局 (its colleges, DUTY_COLLEGE_PRIZE_EDUCATION): the colleges' prizes (R14). */
export const canRecordCollegePrizes = (account: Account | null | undefined) =>
  mayManage(account) &&
  DUTIES.COLLEGE_PRIZE.codes.some((tier) => DUTIES.COLLEGE_PRIZE.allows(account!.department, tier));

/** 市人社局: the skill awards of people (R10–R13). */
export const canRecordSkillAwards = (account: Account | null | undefined) =>
  mayManage(account) && DUTIES.SKILL_AWARD.codes.some((award) => DUTIES.SKILL_AWARD.allows(account!.department, award));
