import { envInteger } from './env.ts';

/**
 * The login throttle's limits, read the same way by the gateway (per account and per client address, in its memory)
 * and by the directory (per account, in its database, so that several gateways count one account's failures
 * together): more than `maxPerAccount` failed sign-ins within `windowSeconds` and the account must wait.
 */
export interface LoginThrottleLimits {
  windowSeconds: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

/**
 * LOGIN_THROTTLE_WINDOW_SECONDS (15 min), LOGIN_MAX_FAILURES_PER_ACCOUNT (5), LOGIN_MAX_FAILURES_PER_ADDRESS (20);
 * ConfigError for a value out of range.
 */
export function loginThrottleFromEnv(env: Record<string, string | undefined>): LoginThrottleLimits {
  return {
    windowSeconds: envInteger(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 15 * 60, 1, 24 * 60 * 60),
    maxPerAccount: envInteger(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    maxPerAddress: envInteger(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100_000),
  };
}

/**
 * The sliding window's rule, the one both throttles apply (the gateway to its memory, the directory to its table):
 * given the failures still inside the window, oldest first, how long until the next attempt may start; 0 when it may
 * now. With `max` or more, the wait lasts until the failure `max` from the newest leaves the window.
 */
export function loginRetryAfterMs(failuresInWindow: readonly number[], windowMs: number, max: number, now: number) {
  if (failuresInWindow.length < max) return 0;
  return failuresInWindow[failuresInWindow.length - max]! + windowMs - now;
}

/** The staff's words for a refused sign-in, with the wait rounded up to minutes. */
export const loginThrottledMessage = (retryAfterSeconds: number) =>
  `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`;
