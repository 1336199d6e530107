import { jwtVerify, SignJWT } from 'jose';
import { DEPARTMENTS, type Principal } from '@jining/protocol/principal';

/**
 * Login tokens: JWT HS256 carrying the principal, so /graphql needs no session store and the gateway can
 * sign the same principal to every subgraph.
 */
const ISSUER = 'jining-gateway';
const AUDIENCE = 'jining-platform';
/** One working day; the admin web sends the user back to login on UNAUTHENTICATED. */
export const TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export async function issueToken(principal: Principal, secret: Uint8Array, now = new Date()): Promise<IssuedToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ principal: toClaim(principal) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.accountId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

/** The verified principal, or null for anything missing, forged, expired or malformed (the caller answers 401). */
export async function verifyToken(token: string, secret: Uint8Array): Promise<Principal | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    const principal = readPrincipal(payload.principal);
    return principal && principal.accountId === payload.sub ? principal : null;
  } catch {
    return null;
  }
}

/** Only the principal's own fields go into the token (a DevAccount also has a password). */
const toClaim = (p: Principal): Principal => ({
  accountId: p.accountId,
  username: p.username,
  displayName: p.displayName,
  department: p.department,
  countyCode: p.countyCode ?? null,
  permissions: [...p.permissions],
});

function readPrincipal(claim: unknown): Principal | null {
  if (!claim || typeof claim !== 'object') return null;
  const c = claim as Record<string, unknown>;
  const ok =
    typeof c.accountId === 'string' &&
    typeof c.username === 'string' &&
    typeof c.displayName === 'string' &&
    typeof c.department === 'string' &&
    (DEPARTMENTS as readonly string[]).includes(c.department) &&
    (c.countyCode === null || c.countyCode === undefined || typeof c.countyCode === 'string') &&
    Array.isArray(c.permissions) &&
    c.permissions.every((p) => typeof p === 'string');
  return ok ? toClaim(c as unknown as Principal) : null;
}
