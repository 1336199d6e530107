/** The signed-in account as the gateway's /auth/login returns it. */
export interface Account {
  username: string;
  displayName: string;
  department: string;
  countyCode: string | null;
  permissions: string[];
}

export interface Session {
  token: string;
  account: Account;
}

// The token lives in localStorage so a reload keeps the user signed in; the gateway's token expiry (and a 401 /
// UNAUTHENTICATED answer) is what ends a session.
const STORAGE_KEY = 'jining.admin.session';

export function loadSession(): Session | null {
  const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token === 'string' && parsed.account && typeof parsed.account.username === 'string') {
      return parsed as Session;
    }
  } catch {
    // A corrupt entry is treated as signed out.
  }
  globalThis.localStorage?.removeItem(STORAGE_KEY);
  return null;
}

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}
