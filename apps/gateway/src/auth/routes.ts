import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal, readBody, sendJson, type Route } from '@jining/protocol/http';
import type { Accounts } from './accounts.ts';
import { authenticate, bearerToken, type BearerOptions } from './guard.ts';
import type { LoginThrottle } from './throttle.ts';
import { issueToken } from './tokens.ts';

export interface AuthRouteOptions extends BearerOptions {
  accounts: Accounts;
  throttle: LoginThrottle;
  /** POST /auth/login (dev accounts): dev mode or ENABLE_DEV_LOGIN=true. */
  devLoginEnabled: boolean;
  /** GET /auth/accounts, the demo accounts for the login page: development mode only. */
  listAccounts: boolean;
}

/**
 * `/auth/*`: login, logout and (development only) the demo account list. Errors here are `{ error: { code, message } }`
 * (not GraphQL-shaped): the login page reads them directly. Nothing here may be cached (tokens).
 */
export function authRoutes(options: AuthRouteOptions): Route {
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/auth' && !pathname.startsWith('/auth/')) return false;
    res.setHeader('cache-control', 'no-store');
    try {
      if (pathname === '/auth/logout') return await logout(req, res, options);
      if (pathname === '/auth/login') {
        // Production without ENABLE_DEV_LOGIN: the seeded accounts and their shared password must not work.
        if (!options.devLoginEnabled) return refuse(res, 404, 'DEV_LOGIN_DISABLED', '开发登录已关闭');
        return await login(req, res, options);
      }
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
      if (error instanceof HttpRefusal) return refuse(res, error.status, error.code, error.message, error.headers);
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
  const wait = options.throttle.retryAfterSeconds(username, address);
  if (wait > 0) {
    // Refused before the password is checked: a throttled guess learns nothing, not even a right password.
    const minutes = Math.ceil(wait / 60);
    return refuse(res, 429, ErrorCode.LOGIN_THROTTLED, `登录失败次数过多，请 ${minutes} 分钟后再试`, {
      'retry-after': String(wait),
    });
  }
  const principal = options.accounts.check(username, password);
  if (!principal) {
    options.throttle.failed(username, address);
    return refuse(res, 401, 'INVALID_CREDENTIALS', '用户名或密码错误');
  }
  options.throttle.succeeded(username);
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

/** Revokes the bearer token until it expires; 204. A missing or already refused token is 401 like /graphql's. */
async function logout(req: IncomingMessage, res: ServerResponse, options: AuthRouteOptions): Promise<true> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 退出登录');
  const verified = await authenticate(bearerToken(req.headers.authorization), options);
  if (!verified) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, '请先登录');
  options.revoked.revoke(verified.claims.jti, verified.claims.expiresAt);
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
): true {
  sendJson(res, status, { error: { code, message } }, headers);
  return true;
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
