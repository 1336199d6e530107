import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';
import type { LoginLocationState } from '../pages/LoginPage';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { account, expired, signedOut } = useAuth();
  const location = useLocation();
  if (!account) {
    // After 退出登录 the next person starts at their own home; otherwise (a link, an expired session) come back here.
    const state: LoginLocationState = signedOut ? { expired } : { from: location.pathname + location.search, expired };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}
