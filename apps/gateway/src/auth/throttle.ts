import { loginRetryAfterMs, type LoginThrottleLimits } from '@jining/protocol/login-throttle';

/**
 * Failed logins, per account and per client address, in a sliding window: more than `max` failures within the window
 * and the key is refused until its oldest failure leaves the window (429 LOGIN_THROTTLED with Retry-After). A success
 * clears the account's failures (not the address's: one shared address trying many accounts stays limited).
 *
 * The account limit stops guessing one account's password from many addresses; the address limit stops one address
 * trying a few passwords on many accounts.
 *
 * An attempt counts as a failure from the moment it starts (`begin`) until it succeeds: twenty guesses sent at once
 * are limited like twenty in a row, instead of all passing the check before the first failure is known (each one
 * costs the directory a scrypt derivation). The price: someone who knows a username can lock that account out for one
 * window by failing on purpose. In the gateway's memory; keys are bounded. The directory counts each account's
 * failures again, in its database, with the same limits (`subgraph-directory/src/accounts/sign-in-throttle.ts`), so
 * that several gateways together allow no more than one does.
 */

/** Keys kept at most; past that the least recently failed are forgotten first. */
const MAX_KEYS = 50_000;

class SlidingWindow {
  /** key → failure times (ms), oldest first. A Map keeps insertion order: re-inserted on each failure. */
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly max: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfterMs(key: string, now: number): number {
    return loginRetryAfterMs(this.recent(key, now), this.windowMs, this.max, now);
  }

  fail(key: string, now: number): void {
    const times = [...this.recent(key, now), now];
    this.failures.delete(key);
    this.failures.set(key, times.slice(-this.max));
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  /** Forgets one failure recorded at `at` (an attempt that turned out right). */
  forget(key: string, at: number): void {
    const times = this.failures.get(key);
    const i = times?.lastIndexOf(at) ?? -1;
    if (times && i >= 0) times.splice(i, 1);
  }
}

/** A sign-in attempt under way, counted as failed until `succeeded` is told otherwise. */
export interface Attempt {
  username: string;
  address: string;
  at: number;
}

export class LoginThrottle {
  private readonly accounts: SlidingWindow;
  private readonly addresses: SlidingWindow;

  constructor(limits: LoginThrottleLimits) {
    const windowMs = limits.windowSeconds * 1000;
    this.accounts = new SlidingWindow(windowMs, limits.maxPerAccount);
    this.addresses = new SlidingWindow(windowMs, limits.maxPerAddress);
  }

  /** Seconds to wait before this account may try again from this address; 0 when it may now. */
  retryAfterSeconds(username: string, address: string, now = Date.now()): number {
    const ms = Math.max(
      this.accounts.retryAfterMs(accountKey(username), now),
      this.addresses.retryAfterMs(address, now),
    );
    return Math.ceil(ms / 1000);
  }

  /**
   * Starts an attempt: `{ retryAfterSeconds }` when the account or address must wait (nothing is counted), else the
   * attempt, already counted as a failure for both.
   */
  begin(username: string, address: string, now = Date.now()): { retryAfterSeconds: number } | { attempt: Attempt } {
    const wait = this.retryAfterSeconds(username, address, now);
    if (wait > 0) return { retryAfterSeconds: wait };
    this.accounts.fail(accountKey(username), now);
    this.addresses.fail(address, now);
    return { attempt: { username, address, at: now } };
  }

  /** The attempt could not be decided (the directory did not answer): it counts for neither. */
  abandoned(attempt: Attempt): void {
    this.accounts.forget(accountKey(attempt.username), attempt.at);
    this.addresses.forget(attempt.address, attempt.at);
  }

  /** The attempt was right: the account's failures are cleared, and this attempt no longer counts for its address. */
  succeeded(attempt: Attempt): void {
    this.accounts.clear(accountKey(attempt.username));
    this.addresses.forget(attempt.address, attempt.at);
  }
}

/** One key per account however it is typed. */
const accountKey = (username: string) => username.trim().toLowerCase();
