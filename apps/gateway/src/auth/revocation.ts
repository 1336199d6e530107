/**
 * Tokens revoked by POST /auth/logout, by `jti`, each kept until its own expiry (after that the token is refused as
 * expired anyway), so the list holds at most one access-token lifetime of logouts.
 *
 * In this gateway's memory, so a sign-out takes effect here at once. The directory keeps it too (`Accounts.revoke`,
 * its `revoked_token` table swept by expiry), which is what another gateway and this one after a restart go by.
 */
export class RevokedTokens {
  /** jti → expiry (seconds since the epoch). */
  private readonly expiries = new Map<string, number>();

  revoke(jti: string, expiresAt: number, now = Date.now() / 1000): void {
    this.sweep(now);
    if (expiresAt > now) this.expiries.set(jti, expiresAt);
  }

  isRevoked(jti: string, now = Date.now() / 1000): boolean {
    const expiry = this.expiries.get(jti);
    return expiry !== undefined && expiry > now;
  }

  private sweep(now: number): void {
    for (const [jti, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(jti);
  }

  get size(): number {
    return this.expiries.size;
  }
}
