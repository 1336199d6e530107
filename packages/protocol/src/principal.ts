/**
 * Who is calling. The gateway authenticates the user (JWT) and passes this principal to subgraphs,
 * signed with a secret only the gateway and subgraphs share; subgraphs authorise from it.
 */
export interface Principal {
  accountId: string;
  username: string;
  displayName: string;
  /** The body the account works for (the policy's 牵头/负责 bodies). */
  department: Department;
  /**
   * Set for county-level accounts (COUNTY_FINANCE, COUNTY_HRSS): a county finance office sees and pays its own county's
   * share only; a county HRSS bureau handles its own county's enterprises and rate only.
   */
  countyCode?: string | null;
  permissions: Permission[];
}

/**
 * Bodies named by 济人社发〔2024〕9号 that use the platform (the rest are added as they come on board), as codes
 * only: their names are the DEPARTMENT vocabulary's in @jining/rules (a kit test keeps the two lists equal).
 */
export const DEPARTMENTS = [
  'HRSS',
  'FINANCE',
  'COUNTY_FINANCE',
  'COUNTY_HRSS',
  'UNION',
  'EDUCATION',
  'TAX',
  'AUDIT',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The departments whose accounts are bound to one county (an account of these carries a countyCode, others none). */
export const COUNTY_DEPARTMENTS: readonly Department[] = ['COUNTY_FINANCE', 'COUNTY_HRSS'];

/**
 * What an account may do. `<domain>:manage` = create and change the domain's facts;
 * `pii:read` = see resident ID numbers unmasked; `finance:county` = county finance office duties;
 * `facts:read` = read a domain's outbox feed (service principals only, protocol/service.ts);
 * `audit:read` = read the audit trail (who revealed or changed what), nothing else;
 * `accounts:verify` = check a sign-in and look up an account in the directory (the gateway's service principal only);
 * `payment-accounts:read` = read the full bank accounts subsidies are paid to (finance's payment-file service only).
 */
export type Permission =
  | 'directory:manage'
  | 'evaluation:manage'
  | 'training:manage'
  | 'competitions:manage'
  | 'awards:manage'
  | 'finance:manage'
  | 'finance:county'
  | 'pii:read'
  | 'facts:read'
  | 'audit:read'
  | 'accounts:verify'
  | 'payment-accounts:read';

/**
 * Permissions per department. The protocol carries no policy: this table is checked against the duty map of
 * @jining/rules (`DUTIES`: who may do what per honour kind, studio level, tier …, from the text's 牵头/负责 brackets)
 * by the kit's duties test, which fails when the two disagree. A department holds `<domain>:manage` when the map
 * gives it some duty there; subgraphs then check the duty per code (`requireDuty`). HRSS leads certification, studios,
 * competitions and honours; the Trade Union co-leads competitions and 技术能手/技能状元 (四(十三)) and handles the
 * craftsman honours (五(十四), a reading) and the craftsman colleges it pays (二(六), a reading: so it holds
 * training:manage, and the studio duty, HRSS's, still refuses it the studios); Finance records the money; counties
 * see their share (六); a county HRSS bureau runs its county's apprenticeships and sets its rate (二(二), a reading: so
 * it holds training:manage, and every other training duty still refuses it); Education co-leads the colleges' majors and
 * courses (二(三): so it holds training:manage, and every other training duty still refuses it) and records its
 * colleges' prizes in the vocational-college skills competition (三(九) R14, a reading: so it holds competitions:manage, and the
 * competition duty, HRSS's and the union's, still refuses it the competitions); Tax leads nothing the platform records
 * yet. The Audit Bureau reads the audit trail and does nothing else: an auditor
 * outside the departments whose actions the trail records (not an HRSS post), so nobody audits their own reveals.
 */
export const DEPARTMENT_PERMISSIONS: Record<Department, Permission[]> = {
  HRSS: [
    'directory:manage',
    'evaluation:manage',
    'training:manage',
    'competitions:manage',
    'awards:manage',
    'pii:read',
  ],
  FINANCE: ['finance:manage'],
  COUNTY_FINANCE: ['finance:county'],
  COUNTY_HRSS: ['training:manage'],
  UNION: ['training:manage', 'competitions:manage', 'awards:manage'],
  // 二(三): the colleges' majors and courses, which it co-leads (training:manage; every other training duty still
  // refuses it). 三(九) R14: the colleges' prizes in the vocational-college skills competition
  // (DUTY_COLLEGE_PRIZE_EDUCATION).
  EDUCATION: ['training:manage', 'competitions:manage'],
  TAX: [],
  AUDIT: ['audit:read'],
};

export const hasPermission = (principal: Principal | null | undefined, permission: Permission): boolean =>
  !!principal && principal.permissions.includes(permission);

/**
 * A principal read from the wire (a signed header, a stored claim), checked field by field: only the principal's own
 * fields are kept; an unknown department makes it unreadable. Null when it is not a principal.
 */
export function parsePrincipal(value: unknown): Principal | null {
  if (!value || typeof value !== 'object') return null;
  const c = value as Record<string, unknown>;
  const ok =
    typeof c.accountId === 'string' &&
    typeof c.username === 'string' &&
    typeof c.displayName === 'string' &&
    typeof c.department === 'string' &&
    (DEPARTMENTS as readonly string[]).includes(c.department) &&
    (c.countyCode === null || c.countyCode === undefined || typeof c.countyCode === 'string') &&
    Array.isArray(c.permissions) &&
    c.permissions.every((p) => typeof p === 'string');
  if (!ok) return null;
  return {
    accountId: c.accountId as string,
    username: c.username as string,
    displayName: c.displayName as string,
    department: c.department as Department,
    countyCode: (c.countyCode as string | null | undefined) ?? null,
    permissions: [...(c.permissions as Permission[])],
  };
}
