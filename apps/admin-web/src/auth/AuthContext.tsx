import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SESSION_EXPIRED_EVENT } from '../apollo/events';
import { logout } from './authApi';
import { clearSession, loadSession, saveSession, type Account, type Session } from './session';

interface AuthState {
  account: Account | null;
  /** True after the token expired or the gateway refused it (the login page says 登录已过期，请重新登录). */
  expired: boolean;
  /**
   * True after the user pressed 退出登录: someone else may sign in next, so the login page opens their own home rather
   * than the page the previous user left (after an expiry, the same user comes back to where they were).
   */
  signedOut: boolean;
  signIn(session: Session): void;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

interface Props {
  children: ReactNode;
  /** Called on every sign-out (by the user or by expiry), e.g. to drop the previous user's cached data. */
  onSignOut?: () => void;
}

export function AuthProvider({ children, onSignOut }: Props) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [expired, setExpired] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setExpired(false);
    setSignedOut(false);
    setSession(next);
  }, []);

  /** Ends the session here; `revoke` also tells the gateway to refuse the token from now on (the 退出登录 button). */
  const end = useCallback(
    (revoke: boolean) => {
      const token = loadSession()?.token;
      clearSession();
      setSession(null);
      setSignedOut(revoke);
      onSignOut?.();
      if (revoke && token) void logout(token);
    },
    [onSignOut],
  );
  const signOut = useCallback(() => end(true), [end]);

  // The Apollo error link cannot reach React state, so it announces a refused token with a window event.
  useEffect(() => {
    const onExpired = () => {
      setExpired(true);
      end(false);
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [end]);

  // Tokens are short-lived (15 minutes by default): when this one runs out, go to the login page and say so, rather
  // than letting the next click fail.
  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setTimeout(
      () => window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT)),
      Math.max(0, Date.parse(expiresAt) - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [expiresAt]);

  const account: Account | null = session?.account ?? null;
  const value = useMemo(
    () => ({ account, expired, signedOut, signIn, signOut }),
    [account, expired, signedOut, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
