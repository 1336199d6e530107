import { randomUUID } from 'node:crypto';
import { loginRetryAfterMs, type LoginThrottleLimits } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { normaliseUsername } from './store.ts';

/**
 * Failed sign-ins per account, in the directory's database, so that every gateway counts one account's failures
 * together: each gateway also throttles in its own memory (per account and per client address), which alone would let
 * N gateways allow N times the limit. The same rules as the gateway's (apps/gateway/src/auth/throttle.ts): a sliding
 * window of `windowSeconds`, more than `maxPerAccount` failures and the account waits until its oldest failure leaves
 * the window; an attempt counts as failed from its start, so a burst sent at once is limited like one sent in a row;
 * a success clears the account's failures. Unknown names are counted like real ones (the answer must not tell them
 * apart).
 */
export type SignInStart = { retryAfterSeconds: number } | { attemptId: string };

/** Advisory-lock namespace for sign-in names (the two-key form, apart from every single-key lock). */
const LOCK_SPACE = 7_372_001;
/** Failures older than the window are swept at most this often per process. */
const SWEEP_EVERY_MS = 60_000;

export class SignInThrottle {
  private lastSweep = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly limits: LoginThrottleLimits,
  ) {}

  /** Counts the attempt as failed, or says how long the account must wait (nothing counted then). */
  async begin(username: string, now = new Date()): Promise<SignInStart> {
    const key = normaliseUsername(username);
    const windowMs = this.limits.windowSeconds * 1000;
    const since = new Date(now.getTime() - windowMs);
    const started = await this.prisma.$transaction(async (tx) => {
      // One account's attempts queue here: twenty at once see each other's rows, not a count taken before any.
      await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock($1::int, hashtext($2))::text`, LOCK_SPACE, key);
      const recent = await tx.signInFailure.findMany({
        where: { username: key, at: { gt: since } },
        orderBy: { at: 'asc' },
        select: { at: true },
      });
      const times = recent.map((failure) => failure.at.getTime());
      const waitMs = loginRetryAfterMs(times, windowMs, this.limits.maxPerAccount, now.getTime());
      if (waitMs > 0) return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      const attemptId = randomUUID();
      await tx.signInFailure.create({ data: { id: attemptId, username: key, at: now } });
      return { attemptId };
    });
    if (now.getTime() - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now.getTime();
      await this.prisma.signInFailure.deleteMany({ where: { at: { lte: since } } });
    }
    return started;
  }

  /** The password was right: the account's failures are cleared. */
  async succeeded(username: string): Promise<void> {
    await this.prisma.signInFailure.deleteMany({ where: { username: normaliseUsername(username) } });
  }

  /** The attempt could not be decided (an error, not a wrong password): it does not count. */
  async abandoned(attemptId: string): Promise<void> {
    await this.prisma.signInFailure.deleteMany({ where: { id: attemptId } });
  }
}
