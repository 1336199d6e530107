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
  /** When the gateway stops accepting the token (ISO 8601); the app sends the user to login then. */
  expiresAt?: string;
  account: Account;
}

/*
 * Where the token lives: in this module's memory, mirrored in sessionStorage — not localStorage.
 * - sessionStorage belongs to this tab: it is not shared with other tabs or windows and it is gone when the tab is
 *   closed, so a token does not outlive the work it was made for or stay behind on a shared office computer (a
 *   localStorage token stays until it expires, readable by any later visitor of the origin).
 * - The mirror lets a reload keep the user signed in; memory alone would log out on every F5.
 * - A cookie would keep the token from scripts altogether, but brings CSRF and cookie settings into a platform whose
 *   programs also call the API with a bearer header; the gateway's CSP (scripts from this origin only), 15-minute
 *   tokens and POST /auth/logout's revocation are the defences against a script that reads it.
 */
const STORAGE_KEY = 'jining.admin.session';
let current: Session | null | undefined;

const storage = (): Storage | undefined => globalThis.sessionStorage;

const expired = (session: Session, now = Date.now()) =>
  session.expiresAt !== undefined && Date.parse(session.expiresAt) <= now;

function read(): Session | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token === 'string' && parsed.account && typeof parsed.account.username === 'string') {
      return parsed as Session;
    }
  } catch {
    // A corrupt entry is treated as signed out.
  }
  return null;
}

/** The current session, or null when there is none or its token has expired. */
export function loadSession(): Session | null {
  if (current === undefined) current = read();
  if (current && expired(current)) clearSession();
  return current ?? null;
}

export function saveSession(session: Session): void {
  current = session;
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  current = null;
  storage()?.removeItem(STORAGE_KEY);
  // A session an earlier version left in localStorage must not linger there.
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}
