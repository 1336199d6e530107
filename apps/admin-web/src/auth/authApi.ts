import type { Session } from './session';

/** An error the auth endpoint reported with its code (e.g. INVALID_CREDENTIALS) and Chinese message. */
export class AuthError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** A dev account offered on the login page (all share the demo password). */
export interface DevAccount {
  username: string;
  displayName: string;
  department: string;
}

async function readError(response: Response): Promise<AuthError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message) return new AuthError(body.error.code ?? 'UNKNOWN', body.error.message);
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic message.
  }
  return new AuthError(`HTTP_${response.status}`, `登录服务暂不可用（HTTP ${response.status}）`);
}

export async function login(username: string, password: string, fetchImpl: typeof fetch = fetch): Promise<Session> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new AuthError('NETWORK', '无法连接登录服务，请检查网络');
  }
  if (!response.ok) throw await readError(response);
  return (await response.json()) as Session;
}

/**
 * Revokes the token at the gateway (POST /auth/logout), so it is refused from now on even if it was copied. Best
 * effort: signing out in the app never waits for it or fails because of it.
 */
export async function logout(token: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  try {
    await fetchImpl('/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch {
    // Offline: the token still expires by itself.
  }
}

/**
 * Changes the signed-in account's password (POST /auth/password). Resolves when changed: the gateway then refuses
 * this token, so the caller signs the user out. Rejects with an AuthError: WRONG_PASSWORD (the current one),
 * WEAK_PASSWORD (the message says which rule), LOGIN_THROTTLED, UNAUTHENTICATED.
 */
export async function changePassword(
  token: string,
  currentPassword: string,
  newPassword: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ currentPassword, newPassword }),
    });
  } catch {
    throw new AuthError('NETWORK', '无法连接登录服务，请检查网络');
  }
  if (!response.ok) throw await readError(response);
}

/** Lists the demo accounts; an empty list when the endpoint is absent (the gateway serves it in development mode only). */
export async function listDevAccounts(fetchImpl: typeof fetch = fetch): Promise<DevAccount[]> {
  try {
    const response = await fetchImpl('/auth/accounts');
    if (!response.ok) return [];
    const body = (await response.json()) as unknown;
    return Array.isArray(body) ? (body as DevAccount[]) : [];
  } catch {
    return [];
  }
}
