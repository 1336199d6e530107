import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { DEV_ACCOUNTS, type DevAccount } from '@jining/protocol/dev-accounts';
import { HttpRefusal, readBody, sendJson, type Route } from '@jining/protocol/http';
import { issueToken } from './tokens.ts';

/**
 * `/auth/*`: the development login against the seeded dev accounts (`@jining/protocol`). Errors here are
 * `{ error: { code, message } }` (not GraphQL-shaped): the login page reads them directly.
 */
export function authRoutes(options: { secret: Uint8Array; devLoginEnabled: boolean }): Route {
  return async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/auth' && !pathname.startsWith('/auth/')) return false;
    try {
      if (!options.devLoginEnabled) {
        // Production without ENABLE_DEV_LOGIN: the seeded accounts and their shared password must not work.
        return refuse(res, 404, 'DEV_LOGIN_DISABLED', '开发登录已关闭');
      }
      if (pathname === '/auth/login') {
        if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 登录');
        const { username, password } = parseCredentials(await readBody(req, 16 * 1024));
        const account = findAccount(username, password);
        if (!account) return refuse(res, 401, 'INVALID_CREDENTIALS', '用户名或密码错误');
        const { password: _password, ...principal } = account;
        const { token, expiresAt } = await issueToken(principal, options.secret);
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
      if (pathname === '/auth/accounts') {
        if (req.method !== 'GET') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '请使用 GET');
        // A bare array: the login page's account picker reads it as is. No passwords.
        sendJson(
          res,
          200,
          DEV_ACCOUNTS.map(({ username, displayName, department }) => ({ username, displayName, department })),
        );
        return true;
      }
      return refuse(res, 404, 'NOT_FOUND', '未找到');
    } catch (error) {
      if (error instanceof HttpRefusal) return refuse(res, error.status, error.code, error.message);
      throw error;
    }
  };
}

function refuse(res: ServerResponse, status: number, code: string, message: string): true {
  sendJson(res, status, { error: { code, message } });
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

/** Unknown user and wrong password answer alike, and the comparison takes the same time either way. */
function findAccount(username: string, password: string): DevAccount | undefined {
  const account = DEV_ACCOUNTS.find((a) => a.username === username);
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const matches = timingSafeEqual(digest(password), digest(account?.password ?? '\u0000no-account'));
  return account && matches ? account : undefined;
}
