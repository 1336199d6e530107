import {
  ErrorCode,
  HttpRefusal,
  loginThrottledMessage,
  loginThrottleFromEnv,
  readBodyBytes,
  sendJson,
  type Route,
  hasPermission,
  servicePrincipal,
  type SubgraphRouteArgs,
} from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { PASSWORD_PROBLEM_MESSAGES } from './password-policy.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { accountPrincipal, changePassword, revokeToken, signIn, type AccountOptions } from './store.ts';

/** The routes' common prefix. */
export const ACCOUNTS_PATH = '/accounts';

/** Sign-in bodies are small; a larger one is not a sign-in. */
const BODY_LIMIT = 8 * 1024;

/**
 * `/accounts/*`: the gateway's questions about accounts, answered here so that password hashes never leave the
 * directory.
 *
 * - `POST /accounts/sign-in` `{ username, password }` → `{ principal }`, or 401 `INVALID_CREDENTIALS` (unknown user,
 *   wrong password, disabled account and a demo account outside development all answer alike), or 429
 *   `LOGIN_THROTTLED` with Retry-After once the name has failed too often, through whichever gateway
 *   (sign-in-throttle.ts; the limits are the gateway's, LOGIN_THROTTLE_WINDOW_SECONDS and
 *   LOGIN_MAX_FAILURES_PER_ACCOUNT).
 * - `POST /accounts/principal` `{ accountId, tokenId?, issuedAt? }` → `{ principal }`, 404 `ACCOUNT_NOT_FOUND`, or
 *   401 `TOKEN_REVOKED`: the account behind a token, with its department's permissions as of now (a disabled account
 *   stops working), unless that token was signed out or issued before the password last changed.
 * - `POST /accounts/revoke` `{ accountId, tokenId, expiresAt }` → `{ ok: true }`: signs the token out for every
 *   gateway, a restarted one too (kept until `expiresAt`, seconds since the epoch).
 * - `POST /accounts/password` `{ accountId, currentPassword, newPassword, revokeIssuedBefore? }` → `{ ok: true }`, 401
 *   `WRONG_PASSWORD`, or 400 `WEAK_PASSWORD` with the rule broken as `reason` and the Chinese message; the account's
 *   tokens issued before `revokeIssuedBefore` (seconds, the gateway's clock) stop working.
 *
 * Only a signed service principal with `accounts:verify` (the gateway, protocol/service.ts) is served: the answer
 * to everyone else is 403, and the route is not reachable through /graphql at all.
 */
export function accountRoutes(
  { prisma, verify, env }: SubgraphRouteArgs<PrismaClient>,
  options: AccountOptions,
): Route {
  const throttle = new SignInThrottle(prisma, loginThrottleFromEnv(env));
  return async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== ACCOUNTS_PATH && !pathname.startsWith(`${ACCOUNTS_PATH}/`)) return false;
    if (req.method !== 'POST') throw new HttpRefusal(405, ErrorCode.BAD_USER_INPUT, '账号服务只接受 POST');
    const bytes = await readBodyBytes(req, BODY_LIMIT);
    const signed = verify(req, bytes);
    const service = servicePrincipal(signed.accountId);
    if (!service || !hasPermission(service, 'accounts:verify')) {
      throw new HttpRefusal(403, ErrorCode.FORBIDDEN, '只有平台网关可以使用账号服务');
    }
    const body = parse(bytes);
    switch (pathname) {
      case `${ACCOUNTS_PATH}/sign-in`: {
        const username = text(body, 'username');
        const password = text(body, 'password');
        // Refused before the password is checked: a throttled guess learns nothing, not even a right password.
        const started = await throttle.begin(username);
        if ('retryAfterSeconds' in started) {
          const wait = started.retryAfterSeconds;
          throw new HttpRefusal(429, ErrorCode.LOGIN_THROTTLED, loginThrottledMessage(wait), undefined, {
            'retry-after': String(wait),
          });
        }
        const principal = await signIn(prisma, username, password, options).catch(async (error: unknown) => {
          await throttle.abandoned(started.attemptId);
          throw error;
        });
        if (!principal) throw new HttpRefusal(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
        await throttle.succeeded(username);
        sendJson(res, 200, { principal });
        return true;
      }
      case `${ACCOUNTS_PATH}/principal`: {
        const token =
          body.tokenId === undefined ? undefined : { jti: text(body, 'tokenId'), issuedAt: seconds(body, 'issuedAt') };
        const principal = await accountPrincipal(prisma, text(body, 'accountId'), options, token);
        if (!principal) throw new HttpRefusal(404, 'ACCOUNT_NOT_FOUND', '账号不存在或已停用');
        if (principal === 'REVOKED') throw new HttpRefusal(401, 'TOKEN_REVOKED', '登录已失效，请重新登录');
        sendJson(res, 200, { principal });
        return true;
      }
      case `${ACCOUNTS_PATH}/revoke`: {
        await revokeToken(prisma, text(body, 'accountId'), text(body, 'tokenId'), seconds(body, 'expiresAt'));
        sendJson(res, 200, { ok: true });
        return true;
      }
      case `${ACCOUNTS_PATH}/password`: {
        const changed = await changePassword(
          prisma,
          text(body, 'accountId'),
          text(body, 'currentPassword'),
          text(body, 'newPassword'),
          options,
          body.revokeIssuedBefore === undefined ? undefined : new Date(seconds(body, 'revokeIssuedBefore') * 1000),
        );
        if (!changed.ok && changed.code === 'ACCOUNT_NOT_FOUND') {
          throw new HttpRefusal(404, 'ACCOUNT_NOT_FOUND', '账号不存在或已停用');
        }
        if (!changed.ok && changed.code === 'WRONG_PASSWORD') {
          throw new HttpRefusal(401, 'WRONG_PASSWORD', '当前密码不正确');
        }
        if (!changed.ok && changed.code === 'WEAK_PASSWORD') {
          throw new HttpRefusal(400, 'WEAK_PASSWORD', PASSWORD_PROBLEM_MESSAGES[changed.problem], changed.problem);
        }
        sendJson(res, 200, { ok: true });
        return true;
      }
      default:
        throw new HttpRefusal(404, ErrorCode.NOT_FOUND, '未找到');
    }
  };
}

function parse(bytes: Buffer): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(bytes.toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, '请求体须为 JSON 对象');
}

/** Seconds since the epoch: a whole number from 0 to the year 9999, else 400 naming the field. */
function seconds(body: Record<string, unknown>, field: string): number {
  const value = body[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 253_402_300_799) {
    throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, `缺少或无效的字段：${field}`, 'BAD_FIELD');
  }
  return value;
}

/** A string field of at most 512 characters (no name, id or password is longer), else 400 naming it. */
function text(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) {
    throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, `缺少或无效的字段：${field}`, 'BAD_FIELD');
  }
  return value;
}
