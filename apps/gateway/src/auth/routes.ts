import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal, readBody, sendJson, type Route } from '@jining/protocol/http';
import { loginThrottledMessage } from '@jining/protocol/login-throttle';
import type { Accounts } from './accounts.ts';
import { authenticate, bearerToken, type BearerOptions } from './guard.ts';
import type { LoginThrottle } from './throttle.ts';
import { issueToken } from './tokens.ts';

export interface AuthRouteOptions extends BearerOptions {
  accounts: Accounts;
  throttle: LoginThrottle;
  /** GET /auth/accounts, the demo accounts for the login page: development mode only. */
  listAccounts: boolean;
}

/**
 * `/auth/*`: login, logout, the signed-in account's password change and (development only) the demo account list. Errors here are `{ error: { code, message } }`
 * (not GraphQL-shaped): the login page reads them directly. Nothing here may be cached (tokens).
 */
export function authRoutes(options: AuthRouteOptions): Route {
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/auth' && !pathname.startsWith('/auth/')) return false;
    res.setHeader('cache-control', 'no-store');
    try {
      if (pathname === '/auth/logout') return await logout(req, res, options);
      if (pathname === '/auth/login') return await login(req, res, options);
      if (pathname === '/auth/password') return await password(req, res, options);
      if (pathname === '/auth/accounts' && options.listAccounts) {
        if (req.method !== 'GET') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET');
        // A bare array: the login page's demo account tags read it as is. No passwords.
        sendJson(
          res,
          200,
          DEV_ACCOUNTS.map(({ username, displayName, department }) => ({ username, displayName, department })),
        );
        return true;
      }
      return refuse(res, 404, 'NOT_FOUND', '未找到');
    } catch (error) {
      if (error instanceof HttpRefusal) {
        return refuse(res, error.status, error.code, error.message, error.headers, error.reason);
      }
      throw error;
    }
  };
}

async function login(req: IncomingMessage, res: ServerResponse, options: AuthRouteOptions): Promise<true> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 登录');
  const { username, password } = parseCredentials(await readBody(req, 16 * 1024));
  // The peer of the TCP connection. Behind a reverse proxy every client would share the proxy's address: give the
  // proxy its own, higher LOGIN_MAX_FAILURES_PER_ADDRESS, or teach this line the proxy's forwarded-for header.
  const address = req.socket.remoteAddress ?? 'unknown';
  const started = options.throttle.begin(username, address);
  if ('retryAfterSeconds' in started) {
    // Refused before the password is checked: a throttled guess learns nothing, not even a right password.
    const wait = started.retryAfterSeconds;
    return refuse(res, 429, ErrorCode.LOGIN_THROTTLED, loginThrottledMessage(wait), {
      'retry-after': String(wait),
    });
  }
  // Counted as a failure until the directory says the password is right (throttle.ts: a burst is no way round it).
  const principal = await options.accounts
    .check(username, password)
    .catch((error: unknown) => Promise.reject((options.throttle.abandoned(started.attempt), error)));
  if (!principal) return refuse(res, 401, 'INVALID_CREDENTIALS', '用户名或密码错误');
  options.throttle.succeeded(started.attempt);
  const { token, expiresAt } = await issueToken(principal, options.secret, options.tokenTtlSeconds);
  sendJson(res, 200, {
    token,
    expiresAt: expiresAt.toISOString(),
    account: {
      username: principal.username,
      displayName: principal.displayName,
      department: principal.department,
      countyCode: principal.countyCode ?? null,
      permissions: principal.permissions,
    },
  });
  return true;
}

/**
 * `POST /auth/password` `{ currentPassword, newPassword }` with the bearer token: the signed-in account changes its
 * own password (the directory checks the current one and the policy). A wrong current password counts as a failed
 * login for the account and the address, so this is no back door around the login throttle. Every token of the
 * account issued before the change stops working, this one included, on every gateway (the directory keeps the
 * instant; another gateway's cached principal lasts at most ACCOUNT_CACHE_SECONDS): the user signs in again.
 */
async function password(req: IncomingMessage, res: ServerResponse, options: AuthRouteOptions): Promise<true> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 修改密码');
  const verified = await authenticate(bearerToken(req.headers.authorization), options);
  if (!verified) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, '请先登录');
  const { currentPassword, newPassword } = parsePasswords(await readBody(req, 16 * 1024));
  const { username, accountId } = verified.principal;
  const address = req.socket.remoteAddress ?? 'unknown';
  const started = options.throttle.begin(username, address);
  if ('retryAfterSeconds' in started) {
    const wait = started.retryAfterSeconds;
    return refuse(res, 429, ErrorCode.LOGIN_THROTTLED, `密码错误次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, {
      'retry-after': String(wait),
    });
  }
  const changed = await options.accounts
    .changePassword(accountId, currentPassword, newPassword, Math.floor(Date.now() / 1000))
    .catch((error: unknown) => Promise.reject((options.throttle.abandoned(started.attempt), error)));
  if (!changed.ok && changed.code === 'WRONG_PASSWORD') return refuse(res, 401, 'WRONG_PASSWORD', '当前密码不正确');
  // The current password was right (a weak new one is the user's mistake, not a guess).
  options.throttle.succeeded(started.attempt);
  if (!changed.ok) return refuse(res, 400, 'WEAK_PASSWORD', changed.message, {}, changed.reason);
  // This token by its id too: one issued in the same second as the change passes the directory's time check. The
  // password has changed whatever happens next, so a directory that cannot record it is logged, not answered.
  options.revoked.revoke(verified.claims.jti, verified.claims.expiresAt);
  await options.accounts
    .revoke(verified.claims)
    .catch((error: unknown) => console.error(`[gateway] revoking the token after a password change: ${String(error)}`));
  res.writeHead(204);
  res.end();
  return true;
}

/**
 * Revokes the bearer token until it expires; 204. At once in this gateway's memory, and in the directory for every
 * other gateway and for this one after a restart (503, the token refused here all the same, when the directory cannot
 * record it). A missing or already refused token is 401 like /graphql's.
 */
async function logout(req: IncomingMessage, res: ServerResponse, options: AuthRouteOptions): Promise<true> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 退出登录');
  const verified = await authenticate(bearerToken(req.headers.authorization), options);
  if (!verified) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, '请先登录');
  options.revoked.revoke(verified.claims.jti, verified.claims.expiresAt);
  await options.accounts.revoke(verified.claims);
  res.writeHead(204);
  res.end();
  return true;
}

function refuse(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  reason?: string,
): true {
  sendJson(res, status, { error: { code, message, ...(reason ? { reason } : {}) } }, headers);
  return true;
}

function parsePasswords(raw: string): { currentPassword: string; newPassword: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', '请求体不是有效的 JSON');
  }
  const { currentPassword, newPassword } = (body ?? {}) as { currentPassword?: unknown; newPassword?: unknown };
  if (typeof currentPassword !== 'string' || !currentPassword) {
    throw new HttpRefusal(400, 'BAD_REQUEST', '请输入当前密码');
  }
  if (typeof newPassword !== 'string' || !newPassword) throw new HttpRefusal(400, 'BAD_REQUEST', '请输入新密码');
  return { currentPassword, newPassword };
}

function parseCredentials(raw: string): { username: string; password: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', '请求体不是有效的 JSON');
  }
  const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
    throw new HttpRefusal(400, 'BAD_REQUEST', '请输入用户名和密码');
  }
  return { username: username.trim(), password };
}
