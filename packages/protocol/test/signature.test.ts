import { describe, expect, it } from 'vitest';
import { devPrincipal } from '../src/dev-accounts.ts';
import {
  BODY_DIGEST_HEADER,
  CLOCK_SKEW_MS,
  NonceCache,
  PRINCIPAL_HEADER,
  SIGNATURE_WINDOW_MS,
  signRequest,
  TARGET_HEADER,
  verifyRequest,
  type SignedRequest,
} from '../src/signature.ts';

const headersOf = (record: Record<string, string>) => ({ get: (name: string) => record[name] });
const SECRET = 'a-test-signing-secret-of-at-least-32-bytes';
const principal = devPrincipal('rencheng-finance');
const request: SignedRequest = { method: 'POST', target: 'finance', path: '/graphql', body: '{"query":"{ a }"}' };
const actual = { method: 'POST', path: '/graphql', body: request.body };
const options = { secret: SECRET, target: 'finance' };

describe('request signature', () => {
  it('verifies what it signed, with the principal intact', () => {
    const result = verifyRequest(headersOf(signRequest(principal, request, SECRET)), actual, options);
    expect(result).toEqual({ ok: true, principal });
  });

  it('refuses missing headers and another secret', () => {
    expect(verifyRequest(headersOf({}), actual, options)).toMatchObject({ reason: 'GATEWAY_SIGNATURE_MISSING' });
    const other = signRequest(principal, request, 'another-secret-another-secret-another');
    expect(verifyRequest(headersOf(other), actual, options)).toMatchObject({ reason: 'GATEWAY_SIGNATURE_INVALID' });
  });

  it('refuses an altered principal, method, path or claimed digest as an invalid signature', () => {
    const signed = signRequest(principal, request, SECRET);
    const forged = Buffer.from(JSON.stringify({ ...principal, permissions: ['finance:manage'] })).toString('base64url');
    for (const [headers, arrived] of [
      [{ ...signed, [PRINCIPAL_HEADER]: forged }, actual],
      [signed, { ...actual, method: 'GET' }],
      [signed, { ...actual, path: '/graphql?query=x' }],
      [{ ...signed, [BODY_DIGEST_HEADER]: 'x'.repeat(43) }, actual],
      [{ ...signed, [TARGET_HEADER]: 'directory' }, actual],
    ] as const) {
      expect(verifyRequest(headersOf(headers), arrived, options)).toMatchObject({
        ok: false,
        reason: 'GATEWAY_SIGNATURE_INVALID',
      });
    }
  });

  it('binds the body and the target', () => {
    const signed = signRequest(principal, request, SECRET);
    expect(verifyRequest(headersOf(signed), { ...actual, body: '{"query":"{ b }"}' }, options)).toMatchObject({
      reason: 'GATEWAY_SIGNATURE_BODY_MISMATCH',
    });
    expect(verifyRequest(headersOf(signed), actual, { ...options, target: 'directory' })).toMatchObject({
      reason: 'GATEWAY_SIGNATURE_WRONG_TARGET',
    });
    // The digest is over bytes: the same bytes as a Buffer verify alike.
    expect(
      verifyRequest(headersOf(signed), { ...actual, body: Buffer.from(String(request.body)) }, options),
    ).toMatchObject({ ok: true });
  });

  it('accepts a signature for a minute, a little clock skew, and not beyond', () => {
    const now = Date.now();
    const at = (offset: number) => headersOf(signRequest(principal, request, SECRET, { now: now + offset }));
    expect(verifyRequest(at(-SIGNATURE_WINDOW_MS + 1000), actual, { ...options, now })).toMatchObject({ ok: true });
    expect(verifyRequest(at(-SIGNATURE_WINDOW_MS - 1), actual, { ...options, now })).toMatchObject({
      reason: 'GATEWAY_SIGNATURE_EXPIRED',
    });
    expect(verifyRequest(at(CLOCK_SKEW_MS - 1), actual, { ...options, now })).toMatchObject({ ok: true });
    expect(verifyRequest(at(CLOCK_SKEW_MS + 1000), actual, { ...options, now })).toMatchObject({
      reason: 'GATEWAY_SIGNATURE_FROM_FUTURE',
    });
  });

  it('accepts each nonce once', () => {
    const nonces = new NonceCache();
    const signed = headersOf(signRequest(principal, request, SECRET));
    expect(verifyRequest(signed, actual, { ...options, nonces })).toMatchObject({ ok: true });
    expect(verifyRequest(signed, actual, { ...options, nonces })).toMatchObject({
      reason: 'GATEWAY_SIGNATURE_REPLAYED',
    });
    // A refused request does not use up its nonce.
    const fresh = signRequest(principal, request, SECRET);
    expect(verifyRequest(headersOf(fresh), { ...actual, body: 'x' }, { ...options, nonces })).toMatchObject({
      ok: false,
    });
    expect(verifyRequest(headersOf(fresh), actual, { ...options, nonces })).toMatchObject({ ok: true });
  });

  it('forgets nonces once their signatures have expired, so memory stays bounded', () => {
    const nonces = new NonceCache();
    for (let i = 0; i < 1000; i++) expect(nonces.use(`nonce-${i}`, 1000 + i, 0)).toBe(true);
    expect(nonces.use('nonce-5', 2000, 500)).toBe(false);
    expect(nonces.use('late', 100_000, 5000)).toBe(true);
    expect(nonces.size).toBe(1);
  });
});
