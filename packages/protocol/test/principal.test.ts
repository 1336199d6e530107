import { describe, expect, it } from 'vitest';
import { devPrincipal } from '../src/dev-accounts.ts';
import { hasPermission, parsePrincipal } from '../src/principal.ts';

describe('principals', () => {
  const principal = devPrincipal('rencheng-finance');

  it('gives departments the permissions of the items they lead', () => {
    expect(hasPermission(devPrincipal('hrss'), 'evaluation:manage')).toBe(true);
    expect(hasPermission(devPrincipal('finance'), 'evaluation:manage')).toBe(false);
    expect(hasPermission(devPrincipal('finance'), 'finance:manage')).toBe(true);
    expect(principal.countyCode).toBe('370811');
    expect(hasPermission(null, 'finance:manage')).toBe(false);
  });

  it('reads a principal from the wire field by field, dropping anything else', () => {
    expect(parsePrincipal({ ...principal, password: 'x', admin: true })).toEqual(principal);
    expect(parsePrincipal({ ...principal, department: 'MARS' })).toBeNull();
    expect(parsePrincipal({ ...principal, permissions: 'pii:read' })).toBeNull();
    expect(parsePrincipal(null)).toBeNull();
  });
});
