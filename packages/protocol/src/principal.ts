import { createHmac, timingSafeEqual } from 'node:crypto';

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
  /** Set for county-level accounts: they see and pay their own county's share only. */
  countyCode?: string | null;
  permissions: Permission[];
}

/**
 * Bodies named by 济人社发〔2024〕9号 that use the platform (the rest are added as they come on board), as codes
 * only: their names are the DEPARTMENT vocabulary's in @jining/rules (a kit test keeps the two lists equal).
 */
export const DEPARTMENTS = ['HRSS', 'FINANCE', 'COUNTY_FINANCE', 'UNION', 'EDUCATION', 'TAX'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/**
 * What an account may do. `<domain>:manage` = create and change the domain's facts;
 * `pii:read` = see resident ID numbers unmasked; `finance:county` = county finance office duties.
 */
export type Permission =
  | 'directory:manage'
  | 'evaluation:manage'
  | 'training:manage'
  | 'competitions:manage'
  | 'awards:manage'
  | 'finance:manage'
  | 'finance:county'
  | 'pii:read';

/**
 * Permissions per department. The protocol carries no policy: this table is checked against the duty map of
 * @jining/rules (`DUTIES`: who may do what per honour kind, studio level, tier …, from the text's 牵头/负责 brackets)
 * by the kit's duties test, which fails when the two disagree. A department holds `<domain>:manage` when the map
 * gives it some duty there; subgraphs then check the duty per code (`requireDuty`). HRSS leads certification, studios,
 * competitions and honours; the Trade Union co-leads competitions and 技术能手/技能状元 (四(十三)) and handles the
 * craftsman honours (五(十四), a reading); Finance records the money; counties see their share (六); Education and Tax
 * lead nothing the platform records yet.
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
  UNION: ['competitions:manage', 'awards:manage'],
  EDUCATION: [],
  TAX: [],
};

export const hasPermission = (principal: Principal | null | undefined, permission: Permission): boolean =>
  !!principal && principal.permissions.includes(permission);

export const PRINCIPAL_HEADER = 'x-jining-principal';
export const SIGNATURE_HEADER = 'x-jining-signature';
export const SIGNED_AT_HEADER = 'x-jining-signed-at';
/** A signed principal is accepted for this long: enough for one request's fan-out, too short to replay. */
const SIGNATURE_TTL_MS = 5 * 60 * 1000;

const DEV_SECRET = 'jining-dev-gateway-signing-secret';

export function gatewaySigningSecret(): string {
  const secret = process.env.GATEWAY_SIGNING_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('GATEWAY_SIGNING_SECRET must be set in production');
  }
  return DEV_SECRET;
}

const mac = (secret: string, payload: string, signedAt: string) =>
  createHmac('sha256', secret).update(`${signedAt}.${payload}`).digest('base64url');

/** Headers the gateway adds to every subgraph request. */
export function signPrincipal(
  principal: Principal,
  secret = gatewaySigningSecret(),
  now = Date.now(),
): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(principal), 'utf8').toString('base64url');
  const signedAt = String(now);
  return {
    [PRINCIPAL_HEADER]: payload,
    [SIGNED_AT_HEADER]: signedAt,
    [SIGNATURE_HEADER]: mac(secret, payload, signedAt),
  };
}

export type VerifyResult = { ok: true; principal: Principal } | { ok: false; reason: string };

/** Verifies the gateway's signature; anything missing, altered or stale is refused. */
export function verifyPrincipal(
  headers: { get(name: string): string | undefined | null },
  secret = gatewaySigningSecret(),
  now = Date.now(),
): VerifyResult {
  const payload = headers.get(PRINCIPAL_HEADER);
  const signedAt = headers.get(SIGNED_AT_HEADER);
  const signature = headers.get(SIGNATURE_HEADER);
  if (!payload || !signedAt || !signature) return { ok: false, reason: 'missing signature headers' };
  const expected = Buffer.from(mac(secret, payload, signedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad signature' };
  const age = now - Number(signedAt);
  if (!Number.isFinite(age) || Math.abs(age) > SIGNATURE_TTL_MS) return { ok: false, reason: 'stale signature' };
  try {
    return { ok: true, principal: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Principal };
  } catch {
    return { ok: false, reason: 'unreadable principal' };
  }
}
