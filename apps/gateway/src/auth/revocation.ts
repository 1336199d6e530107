/**
 * Tokens revoked by POST /auth/logout, by `jti`, each kept until its own expiry (after that the token is refused as
 * expired anyway), so the list holds at most one access-token lifetime of logouts.
 *
 * In the gateway's memory: there is one gateway process. A restart forgets the list, leaving a logged-out token usable
 * for the rest of its (short, 15-minute default) life; several gateway replicas, or a need to survive restarts, call for
 * a shared store with expiry (Redis `SET jti 1 EXAT <exp>`, or a table swept by expiry).
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
