import { describe, expect, it } from 'vitest';
import { devPrincipal } from '../src/dev-accounts.ts';
import { hasPermission, PRINCIPAL_HEADER, signPrincipal, verifyPrincipal } from '../src/principal.ts';

const headersOf = (record: Record<string, string>) => ({ get: (name: string) => record[name] });

describe('gateway principal signing', () => {
  const principal = devPrincipal('rencheng-finance');

  it('verifies what it signed, with the principal intact', () => {
    const result = verifyPrincipal(headersOf(signPrincipal(principal, 'secret')), 'secret');
    expect(result).toEqual({ ok: true, principal });
  });

  it('refuses missing headers, another secret, an altered principal and a stale signature', () => {
    expect(verifyPrincipal(headersOf({}), 'secret')).toMatchObject({ ok: false });
    expect(verifyPrincipal(headersOf(signPrincipal(principal, 'other')), 'secret')).toMatchObject({
      ok: false,
      reason: 'bad signature',
    });
    const signed = signPrincipal(principal, 'secret');
    const forged = Buffer.from(JSON.stringify({ ...principal, permissions: ['finance:manage'] })).toString('base64url');
    expect(verifyPrincipal(headersOf({ ...signed, [PRINCIPAL_HEADER]: forged }), 'secret')).toMatchObject({
      ok: false,
      reason: 'bad signature',
    });
    const old = signPrincipal(principal, 'secret', Date.now() - 10 * 60 * 1000);
    expect(verifyPrincipal(headersOf(old), 'secret')).toMatchObject({ ok: false, reason: 'stale signature' });
  });

  it('gives departments the permissions of the items they lead', () => {
    expect(hasPermission(devPrincipal('hrss'), 'evaluation:manage')).toBe(true);
    expect(hasPermission(devPrincipal('finance'), 'evaluation:manage')).toBe(false);
    expect(hasPermission(devPrincipal('finance'), 'finance:manage')).toBe(true);
    expect(principal.countyCode).toBe('370811');
    expect(hasPermission(null, 'finance:manage')).toBe(false);
  });
});
