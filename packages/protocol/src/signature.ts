import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parsePrincipal, type Principal } from './principal.ts';

/**
 * The gateway's signature on each subgraph request. It binds the caller's principal to *this* request: the HTTP
 * method, the subgraph it is meant for and the URL path, a SHA-256 digest of the exact body bytes, the time it was
 * signed and a random nonce, all under one HMAC-SHA256 with GATEWAY_SIGNING_SECRET. A subgraph accepts it once
 * (the nonce), within a minute (the timestamp), for itself only (the target), with the body it was made for (the
 * digest). Captured headers are therefore worth nothing: not for another query, not for another subgraph, not twice,
 * not later.
 */
export const PRINCIPAL_HEADER = 'x-jining-principal';
export const SIGNED_AT_HEADER = 'x-jining-signed-at';
export const NONCE_HEADER = 'x-jining-nonce';
export const TARGET_HEADER = 'x-jining-target';
export const BODY_DIGEST_HEADER = 'x-jining-body-sha256';
export const SIGNATURE_HEADER = 'x-jining-signature';

/** A signature is accepted this long after it was made: one request's fan-out takes milliseconds. */
export const SIGNATURE_WINDOW_MS = 60_000;
/** How far ahead of the subgraph's clock the gateway's may run; beyond it a signature is refused as from the future. */
export const CLOCK_SKEW_MS = 5_000;

/**
 * Until when a nonce must be remembered: after this its signature fails the time check by itself (signed-at + window
 * + skew), so a replay is refused without it.
 */
export const nonceExpiresAt = (signedAt: number): number => signedAt + SIGNATURE_WINDOW_MS + CLOCK_SKEW_MS;

const VERSION = 'jining-gw-v1';
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const SIGNED_AT = /^\d{1,16}$/;

/** What a signature covers besides the principal. */
export interface SignedRequest {
  /** The HTTP method, e.g. POST. */
  method: string;
  /** The subgraph's registered name (apps/gateway/subgraphs.json), e.g. `finance`. */
  target: string;
  /** The URL's path and query string as the subgraph receives them, e.g. `/graphql`. */
  path: string;
  /** The exact bytes sent (a string is taken as UTF-8). */
  body: string | Uint8Array;
}

/** Why a subgraph refused a signature: the `reason` of its 401 GATEWAY_SIGNATURE_REQUIRED answer. */
export const SignatureRefusal = {
  MISSING: 'GATEWAY_SIGNATURE_MISSING',
  MALFORMED: 'GATEWAY_SIGNATURE_MALFORMED',
  INVALID: 'GATEWAY_SIGNATURE_INVALID',
  WRONG_TARGET: 'GATEWAY_SIGNATURE_WRONG_TARGET',
  BODY_MISMATCH: 'GATEWAY_SIGNATURE_BODY_MISMATCH',
  EXPIRED: 'GATEWAY_SIGNATURE_EXPIRED',
  FROM_FUTURE: 'GATEWAY_SIGNATURE_FROM_FUTURE',
  REPLAYED: 'GATEWAY_SIGNATURE_REPLAYED',
} as const;
export type SignatureRefusal = (typeof SignatureRefusal)[keyof typeof SignatureRefusal];

export const bodyDigest = (body: string | Uint8Array): string => createHash('sha256').update(body).digest('base64url');

export const encodePrincipal = (principal: Principal): string =>
  Buffer.from(JSON.stringify(principal), 'utf8').toString('base64url');

/** One line per field: header values cannot hold a newline, so no two different requests read the same. */
function mac(
  secret: string,
  fields: { principal: string; signedAt: string; nonce: string; digest: string } & Omit<SignedRequest, 'body'>,
) {
  const text = [
    VERSION,
    fields.method.toUpperCase(),
    fields.target,
    fields.path,
    fields.signedAt,
    fields.nonce,
    fields.digest,
    fields.principal,
  ].join('\n');
  return createHmac('sha256', secret).update(text).digest('base64url');
}

export interface SignOptions {
  now?: number;
  /** Tests only: a fixed nonce. */
  nonce?: string;
}

/**
 * 18 random bytes per nonce, drawn from a pool refilled 256 nonces at a time: one `randomBytes` call per request was
 * a visible share of the gateway's CPU profile (each call enters the kernel's generator), as Node's own randomUUID
 * buffers for the same reason. The bytes are as random either way.
 */
const NONCE_BYTES = 18;
let noncePool = Buffer.alloc(0);
let noncePoolOffset = 0;
function freshNonce(): string {
  if (noncePoolOffset + NONCE_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_BYTES * 256);
    noncePoolOffset = 0;
  }
  const nonce = noncePool.toString('base64url', noncePoolOffset, noncePoolOffset + NONCE_BYTES);
  noncePoolOffset += NONCE_BYTES;
  return nonce;
}

/**
 * The headers for one request, from a principal already encoded with `encodePrincipal` (the gateway encodes it where
 * it knows the caller and signs where it knows the bytes it sends).
 */
export function signEncodedRequest(
  principal: string,
  request: SignedRequest,
  secret: string,
  options: SignOptions = {},
): Record<string, string> {
  const signedAt = String(options.now ?? Date.now());
  const nonce = options.nonce ?? freshNonce();
  const digest = bodyDigest(request.body);
  return {
    [PRINCIPAL_HEADER]: principal,
    [SIGNED_AT_HEADER]: signedAt,
    [NONCE_HEADER]: nonce,
    [TARGET_HEADER]: request.target,
    [BODY_DIGEST_HEADER]: digest,
    [SIGNATURE_HEADER]: mac(secret, { ...request, principal, signedAt, nonce, digest }),
  };
}

/** The headers the gateway adds to a subgraph request for `principal`. */
export const signRequest = (
  principal: Principal,
  request: SignedRequest,
  secret: string,
  options: SignOptions = {},
): Record<string, string> => signEncodedRequest(encodePrincipal(principal), request, secret, options);

export type VerifyResult = { ok: true; principal: Principal } | { ok: false; reason: SignatureRefusal; detail: string };

export interface VerifyOptions {
  secret: string;
  /** This subgraph's name: a signature for another one is refused. */
  target: string;
  /** Remembers nonces: without it (unit tests of the pure check) replays are not detected. */
  nonces?: NonceCache;
  now?: number;
}

const refuse = (reason: SignatureRefusal, detail: string): VerifyResult => ({ ok: false, reason, detail });

/**
 * Checks a request against its signature headers. `request` is what actually arrived (method, path, body bytes).
 * The HMAC is checked first over the claimed target and digest, so every later reason (wrong target, altered body,
 * too old, replayed) is about a request the gateway really signed.
 */
export function verifyRequest(
  headers: { get(name: string): string | undefined | null },
  request: Omit<SignedRequest, 'target'>,
  options: VerifyOptions,
): VerifyResult {
  const principal = headers.get(PRINCIPAL_HEADER);
  const signedAt = headers.get(SIGNED_AT_HEADER);
  const nonce = headers.get(NONCE_HEADER);
  const target = headers.get(TARGET_HEADER);
  const digest = headers.get(BODY_DIGEST_HEADER);
  const signature = headers.get(SIGNATURE_HEADER);
  if (!principal || !signedAt || !nonce || !target || !digest || !signature)
    return refuse(SignatureRefusal.MISSING, 'missing signature headers');
  if (!SIGNED_AT.test(signedAt) || !NONCE.test(nonce)) return refuse(SignatureRefusal.MALFORMED, 'malformed headers');

  const expected = Buffer.from(mac(options.secret, { ...request, target, principal, signedAt, nonce, digest }));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return refuse(SignatureRefusal.INVALID, 'bad signature');
  if (target !== options.target)
    return refuse(SignatureRefusal.WRONG_TARGET, `signed for ${target}, not ${options.target}`);
  if (digest !== bodyDigest(request.body)) return refuse(SignatureRefusal.BODY_MISMATCH, 'body changed after signing');

  const now = options.now ?? Date.now();
  const at = Number(signedAt);
  if (now - at > SIGNATURE_WINDOW_MS) return refuse(SignatureRefusal.EXPIRED, `signed ${now - at} ms ago`);
  if (at - now > CLOCK_SKEW_MS) return refuse(SignatureRefusal.FROM_FUTURE, `signed ${at - now} ms in the future`);

  let parsed: Principal | null;
  try {
    parsed = parsePrincipal(JSON.parse(Buffer.from(principal, 'base64url').toString('utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed) return refuse(SignatureRefusal.MALFORMED, 'unreadable principal');
  // Last, so only a request that passed every other check uses up its nonce.
  if (options.nonces && !options.nonces.use(nonce, nonceExpiresAt(at), now))
    return refuse(SignatureRefusal.REPLAYED, 'nonce already used');
  return { ok: true, principal: parsed };
}

/**
 * The nonces a subgraph has accepted, each kept until its signature could no longer pass the time check (signed-at +
 * window + skew); after that the timestamp refuses a replay by itself, so older nonces are dropped and memory is bounded
 * by the request rate times about a minute.
 *
 * Memory in the process refuses a replay sent to the process that saw the original. A subgraph may run as several
 * replicas on one database (docs/operations.md § 13), so a replay sent to another replica passes this cache: for the
 * calls where that could do harm, mutations, the subgraph kit also claims the nonce in a table its replicas share
 * (`subgraph-kit/src/service-nonces.ts`, which says why reads are left to this cache).
 */
export class NonceCache {
  /** nonce → expiry (ms). A Map keeps insertion order, which is nearly signing order, so sweeping stops early. */
  private readonly expiries = new Map<string, number>();

  /** Records `nonce` until `expiresAt`; false when it was already recorded (a replay). */
  use(nonce: string, expiresAt: number, now = Date.now()): boolean {
    for (const [seen, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(seen);
    }
    if (this.expiries.has(nonce)) return false;
    this.expiries.set(nonce, expiresAt);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }
}
