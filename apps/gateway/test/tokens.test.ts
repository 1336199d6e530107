import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, verifyToken } from '../src/auth/tokens.ts';

/** verifyToken keeps what it verified: the checks that depend on the time must still run on every request. */
describe('verifyToken, for a token it has verified before', () => {
  const account = { accountId: 'a1', username: 'hrss' };
  const at = (iso: string) => new Date(iso);

  it('refuses it once it has expired (with the 5 s tolerance), as it did the first time', async () => {
    const secret = randomBytes(32);
    const { token, jti } = await issueToken(account, secret, 900, at('2026-12-04T08:00:00Z'));
    const first = await verifyToken(token, secret, 900, at('2026-12-04T08:00:01Z'));
    const issuedAt = Date.parse('2026-12-04T08:00:00Z') / 1000;
    expect(first).toEqual({ accountId: 'a1', username: 'hrss', jti, expiresAt: issuedAt + 900, issuedAt });
    expect(await verifyToken(token, secret, 900, at('2026-12-04T08:14:59Z'))).toEqual(first);
    expect(await verifyToken(token, secret, 900, at('2026-12-04T08:15:04Z'))).toEqual(first);
    expect(await verifyToken(token, secret, 900, at('2026-12-04T08:15:05Z'))).toBeNull();
  });

  it('refuses it before it was issued, for a shorter lifetime, or under another secret', async () => {
    const secret = randomBytes(32);
    const { token } = await issueToken(account, secret, 900, at('2026-12-04T08:00:00Z'));
    expect(await verifyToken(token, secret, 900, at('2026-12-04T08:00:00Z'))).not.toBeNull();
    expect(await verifyToken(token, secret, 900, at('2026-12-04T07:59:00Z'))).toBeNull();
    expect(await verifyToken(token, secret, 600, at('2026-12-04T08:00:00Z'))).toBeNull();
    expect(await verifyToken(token, randomBytes(32), 900, at('2026-12-04T08:00:00Z'))).toBeNull();
    expect(await verifyToken(`${token}x`, secret, 900, at('2026-12-04T08:00:00Z'))).toBeNull();
  });
});
