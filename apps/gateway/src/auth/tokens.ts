import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Principal } from '@jining/protocol/principal';

/**
 * Login tokens: short-lived JWT HS256 access tokens that say *who* logged in (`sub` = account id, `username`) and
 * nothing about what they may do. The bearer guard looks the account up on every request and signs the account's own
 * principal to the subgraphs, so a token signed with a leaked JWT_SECRET for an invented account, or claiming
 * permissions, is refused or worth nothing more than the real account's login.
 *
 * Each token has a `jti` (so POST /auth/logout can revoke it), `iat` and `exp`; a token that lives longer than the
 * configured lifetime is refused even when its signature is good (a leaked secret cannot mint ten-year tokens).
 */
const ISSUER = 'jining-gateway';
const AUDIENCE = 'jining-platform';
/** Exactly what issueToken writes; a token with anything else was not made here. */
const CLAIMS = new Set(['iss', 'aud', 'sub', 'jti', 'iat', 'exp', 'username']);
/** Clocks of the machines that check a token may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  jti: string;
}

/** What a good token says: who, which token, until when. */
export interface TokenClaims {
  accountId: string;
  username: string;
  jti: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** Seconds since the epoch: a password change refuses the account's tokens issued before it. */
  issuedAt: number;
}

export async function issueToken(
  account: Pick<Principal, 'accountId' | 'username'>,
  secret: Uint8Array,
  ttlSeconds: number,
  now = new Date(),
): Promise<IssuedToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ttlSeconds;
  const jti = randomUUID();
  const token = await new SignJWT({ username: account.username })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(account.accountId)
    .setJti(jti)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(secret);
  return { token, expiresAt: new Date(expiresAt * 1000), jti };
}

/**
 * Tokens already verified, per secret: a token's signature and claims are a fixed function of its text and the secret,
 * so each is checked once (WebCrypto's asynchronous HMAC job was 7 % of the gateway's CPU per request, issue 13) and
 * only what depends on the time is checked again. Good tokens only, so forged ones cannot fill it; bounded, oldest out.
 */
const verified = new WeakMap<Uint8Array, Map<string, { claims: TokenClaims; issuedAt: number }>>();
const VERIFIED_TOKENS_KEPT = 10_000;

/** jose's rules for `exp` and this module's for `iat`, at `now`: what can change for a token already verified. */
function inTime(expiresAt: number, issuedAt: number, now: Date): boolean {
  const nowSeconds = now.getTime() / 1000;
  return (
    expiresAt > Math.floor(nowSeconds) - CLOCK_TOLERANCE_SECONDS && issuedAt <= nowSeconds + CLOCK_TOLERANCE_SECONDS
  );
}

/**
 * The token's claims, or null for anything missing, forged, expired, too long-lived, carrying claims this gateway
 * never issues, or otherwise malformed (the caller answers 401). Whether the account exists and the token is revoked
 * is the guard's to check.
 */
export async function verifyToken(
  token: string,
  secret: Uint8Array,
  ttlSeconds: number,
  now = new Date(),
): Promise<TokenClaims | null> {
  let known = verified.get(secret);
  if (!known) verified.set(secret, (known = new Map()));
  const cached = known.get(token);
  if (cached && cached.claims.expiresAt - cached.issuedAt <= ttlSeconds) {
    return inTime(cached.claims.expiresAt, cached.issuedAt, now) ? cached.claims : null;
  }
  const fresh = await verifyAfresh(token, secret, ttlSeconds, now);
  if (!fresh) return null;
  if (known.size >= VERIFIED_TOKENS_KEPT) known.delete(known.keys().next().value!);
  known.set(token, fresh);
  return fresh.claims;
}

async function verifyAfresh(
  token: string,
  secret: Uint8Array,
  ttlSeconds: number,
  now: Date,
): Promise<{ claims: TokenClaims; issuedAt: number } | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'jti', 'iat', 'exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
    });
    const { sub, jti, iat, exp, username } = payload;
    if (Object.keys(payload).some((claim) => !CLAIMS.has(claim))) return null;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof username !== 'string') return null;
    if (typeof iat !== 'number' || typeof exp !== 'number') return null;
    const nowSeconds = now.getTime() / 1000;
    if (iat > nowSeconds + CLOCK_TOLERANCE_SECONDS || exp - iat > ttlSeconds) return null;
    return { claims: { accountId: sub, username, jti, expiresAt: exp, issuedAt: iat }, issuedAt: iat };
  } catch {
    return null;
  }
}
