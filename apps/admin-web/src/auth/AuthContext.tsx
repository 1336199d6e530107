import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SESSION_EXPIRED_EVENT } from '../apollo/client';
import { clearSession, loadSession, saveSession, type Account, type Session } from './session';

interface AuthState {
  account: Account | null;
  /** True after the gateway refused the token (so the login page can say why the user is there). */
  expired: boolean;
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
  const [account, setAccount] = useState<Account | null>(() => loadSession()?.account ?? null);
  const [expired, setExpired] = useState(false);

  const signIn = useCallback((session: Session) => {
    saveSession(session);
    setExpired(false);
    setAccount(session.account);
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setAccount(null);
    onSignOut?.();
  }, [onSignOut]);

  // The Apollo error link cannot reach React state, so it announces a refused token with a window event.
  useEffect(() => {
    const onExpired = () => {
      setExpired(true);
      signOut();
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [signOut]);

  const value = useMemo(() => ({ account, expired, signIn, signOut }), [account, expired, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
