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

export class LoginThrottleConfigError extends Error {}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LoginThrottleConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

/** LOGIN_THROTTLE_WINDOW_SECONDS (15 min), LOGIN_MAX_FAILURES_PER_ACCOUNT (5), LOGIN_MAX_FAILURES_PER_ADDRESS (20). */
export function loginThrottleFromEnv(env: Record<string, string | undefined>): LoginThrottleLimits {
  return {
    windowSeconds: integer(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 15 * 60, 1, 24 * 60 * 60),
    maxPerAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    maxPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 100_000),
  };
}

/** The staff's words for a refused sign-in, with the wait rounded up to minutes. */
export const loginThrottledMessage = (retryAfterSeconds: number) =>
  `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`;
