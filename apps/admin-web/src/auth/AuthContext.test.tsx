import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { AuthProvider, useAuth } from './AuthContext';
import { clearSession, currentToken, type Session } from './session';

const account = { username: 'hrss', displayName: '人社局', department: 'HRSS', countyCode: null, permissions: [] };
const sessionFor = (ms: number): Session => ({
  token: 'tok',
  expiresAt: new Date(Date.now() + ms).toISOString(),
  account,
});

let auth: ReturnType<typeof useAuth>;
function Probe() {
  auth = useAuth();
  return (
    <span data-testid="state">
      {auth.account?.username ?? '-'}/{String(auth.expired)}
    </span>
  );
}

afterEach(() => {
  clearSession();
  vi.unstubAllGlobals();
});

describe('AuthProvider', () => {
  it('ends the session when its token expires, marking it expired (登录已过期)', async () => {
    render(
      <AuthProvider>
        <Probe />
      </AuthProvider>,
    );
    act(() => auth.signIn(sessionFor(100)));
    expect(screen.getByTestId('state').textContent).toBe('hrss/false');
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('-/true'));
    expect(currentToken()).toBeNull();
    // The same user signs in again and comes back to the page they were on.
    expect(auth.signedOut).toBe(false);
  });

  it('revokes the token at the gateway on 退出登录', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchImpl);
    const onSignOut = vi.fn();
    render(
      <AuthProvider onSignOut={onSignOut}>
        <Probe />
      </AuthProvider>,
    );
    act(() => auth.signIn(sessionFor(60_000)));
    act(() => auth.signOut());
    expect(screen.getByTestId('state').textContent).toBe('-/false');
    // Someone else may sign in next: the login page will not send them to this user's last page.
    expect(auth.signedOut).toBe(true);
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(fetchImpl).toHaveBeenCalledWith('/auth/logout', {
      method: 'POST',
      headers: { authorization: 'Bearer tok' },
    });
  });
});
