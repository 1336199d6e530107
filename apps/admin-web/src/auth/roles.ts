import type { Account } from './session';

/**
 * What the signed-in account may use, read from the permissions the gateway gave it at login (the server checks
 * every request again: these only decide what the app offers, never what is allowed).
 */
const has = (account: Account | null | undefined, permission: string) =>
  !!account && account.permissions.includes(permission);

/** 市财政局: reviews, approves and rejects entitlements (finance:manage). */
export const canManageFinance = (account: Account | null | undefined) => has(account, 'finance:manage');

/** 县（市、区）财政局: sees its own county's entitlements (the server scopes every read) and pays the county's shares. */
export const isCountyFinance = (account: Account | null | undefined) => has(account, 'finance:county');

/** Whoever works in the finance workbench (财政工作台): city or county finance. */
export const usesFinanceWorkbench = (account: Account | null | undefined) =>
  canManageFinance(account) || isCountyFinance(account);

/**
 * Who makes a payer's payment batch and settles its lines: a county's shares (COUNTY) its own finance office, the city's
 * and the Trade Union's 市财政局; tax credits are not paid in cash.
 */
export function canPay(account: Account | null | undefined, payer: string, countyCode?: string | null): boolean {
  if (payer === 'TAX') return false;
  if (payer === 'COUNTY') return isCountyFinance(account) && !!countyCode && account?.countyCode === countyCode;
  return canManageFinance(account) && !account?.countyCode;
}

/** 市人社局: records skill certificates (evaluation:manage), the facts the subsidies are computed from. */
export const canRecordCertificates = (account: Account | null | undefined) => has(account, 'evaluation:manage');

/** 市人社局: registers people and units and their payment accounts (directory:manage). */
export const canManageDirectory = (account: Account | null | undefined) => has(account, 'directory:manage');

/** 市人社局: may see a full resident ID number, with a reason the audit trail records (pii:read). */
export const canRevealIdNumber = (account: Account | null | undefined) => has(account, 'pii:read');

/** 市审计局: reads the audit trail (audit:read). */
export const canReadAudit = (account: Account | null | undefined) => has(account, 'audit:read');

/** Where `/` and the login page send an account: its 工作台, with the work waiting for it. */
export function homePath(_account?: Account | null): string {
  return '/home';
}

/** 市人社局、市总工会: nominate and review honours (awards:manage); per kind the server checks the duty map again. */
export const canManageHonours = (account: Account | null | undefined) => has(account, 'awards:manage');
