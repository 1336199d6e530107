import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';
import type { LoginLocationState } from '../pages/LoginPage';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { account, expired } = useAuth();
  const location = useLocation();
  if (!account) {
    const state: LoginLocationState = { from: location.pathname + location.search, expired };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}
