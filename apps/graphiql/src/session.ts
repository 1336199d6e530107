/**
 * Signing in to the IDE: POST /auth/login on the gateway that serves this page (the same origin, so relative URLs),
 * the token kept in memory and mirrored in this tab's sessionStorage (a reload keeps the user signed in; closing the
 * tab ends it; nothing in localStorage). The IDE has its own sign-in rather than reading the admin web's token: that
 * one lives in the admin web tab's sessionStorage, which a new tab does not share.
 */
export interface Session {
  token: string;
  /** When the gateway stops accepting the token (ISO 8601). */
  expiresAt: string;
  account: { username: string; displayName: string; department: string };
}

/** A demo account from GET /auth/accounts (development mode only; no passwords). */
export interface DevAccount {
  username: string;
  displayName: string;
  department: string;
}

const STORAGE_KEY = 'jining.graphiql.session';

export class LoginError extends Error {}

export function loadSession(now = Date.now()): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    if (
      typeof session.token === 'string' &&
      typeof session.expiresAt === 'string' &&
      Date.parse(session.expiresAt) > now &&
      typeof session.account?.username === 'string'
    ) {
      return session as Session;
    }
  } catch {
    // A corrupt entry is treated as signed out.
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export async function login(username: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new LoginError('无法连接网关，请检查网络');
  }
  const body = (await response.json().catch(() => ({}))) as Partial<Session> & { error?: { message?: string } };
  if (!response.ok || typeof body.token !== 'string' || typeof body.expiresAt !== 'string' || !body.account) {
    throw new LoginError(body.error?.message ?? `登录失败（HTTP ${response.status}）`);
  }
  const { username: name, displayName, department } = body.account;
  return { token: body.token, expiresAt: body.expiresAt, account: { username: name, displayName, department } };
}

/** Revokes the token at the gateway; best effort (the token expires by itself anyway). */
export async function logout(token: string): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
}

export async function listDevAccounts(): Promise<DevAccount[]> {
  try {
    const response = await fetch('/auth/accounts');
    const body = response.ok ? ((await response.json()) as unknown) : [];
    return Array.isArray(body) ? (body as DevAccount[]) : [];
  } catch {
    return [];
  }
}
