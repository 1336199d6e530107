import { DEPARTMENT_PERMISSIONS, type Department, type Principal } from './principal.ts';

/**
 * The seeded development accounts (dev login only; the gateway refuses it in production).
 * One per kind of user the policy names: the lead bureau, the money, a county's finance office and HRSS bureau, the union, education, and the auditor
 * who reads the audit trail; and a second
 * HRSS account, so that one can nominate and the other decide (maker-checker: whoever nominates an honour cannot
 * decide it), a second Finance account, so that one reviews an entitlement and the other approves it, and a second
 * union account, so that one reviews a craftsman college and the other approves it.
 *
 * Why here, for now: both ends use them. The gateway logs people in with them; subgraph tests act as them
 * (`devPrincipal` in the kit's testing helpers), and the kit must not depend on the gateway. They are principals
 * plus a password, so they sit next to `Principal`. When real accounts arrive, they move to whatever serves login.
 */
export interface DevAccount extends Principal {
  password: string;
}

const account = (
  accountId: string,
  username: string,
  displayName: string,
  department: Department,
  countyCode: string | null = null,
): DevAccount => ({
  accountId,
  username,
  displayName,
  department,
  countyCode,
  permissions: [...DEPARTMENT_PERMISSIONS[department]],
  password: 'jining2025',
});

export const DEV_ACCOUNTS: readonly DevAccount[] = [
  account('acc-hrss', 'hrss', '市人社局 · 职业能力建设科', 'HRSS'),
  account('acc-hrss-reviewer', 'hrss-reviewer', '市人社局 · 人才评价审核岗', 'HRSS'),
  account('acc-finance', 'finance', '市财政局 · 社会保障科', 'FINANCE'),
  account('acc-finance-approver', 'finance-approver', '市财政局 · 审批岗', 'FINANCE'),
  account('acc-rencheng-finance', 'rencheng-finance', '任城区财政局', 'COUNTY_FINANCE', '370811'),
  // A county HRSS bureau: sets its county's apprenticeship rate and records its enterprises' apprenticeships (二(二)).
  account('acc-rencheng-hrss', 'rencheng-hrss', '任城区人社局 · 职业能力建设股', 'COUNTY_HRSS', '370811'),
  account('acc-union', 'union', '市总工会 · 经济技术部', 'UNION'),
  // A second union account: whoever reviews a craftsman college cannot approve it (maker-checker).
  account('acc-union-approver', 'union-approver', '市总工会 · 审批岗', 'UNION'),
  account('acc-education', 'education', '市教育局 · 职业教育科', 'EDUCATION'),
  // The auditor: reads the audit trail only (DUTY_AUDIT_TRAIL_AUDIT of @jining/rules says why outside HRSS).
  account('acc-auditor', 'auditor', '市审计局 · 社会保障审计处', 'AUDIT'),
];

export function devPrincipal(username: string): Principal {
  const found = DEV_ACCOUNTS.find((a) => a.username === username);
  if (!found) throw new Error(`no dev account ${username}`);
  const { password: _password, ...principal } = found;
  return principal;
}
