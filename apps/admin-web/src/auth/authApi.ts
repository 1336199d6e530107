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

/** Lists the dev accounts; an empty list when the endpoint is absent (it exists only with demo data). */
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
