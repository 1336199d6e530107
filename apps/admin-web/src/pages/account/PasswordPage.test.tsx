import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { AuthProvider, useAuth } from '../../auth/AuthContext';
import { clearSession, currentToken } from '../../auth/session';
import { PasswordPage } from './PasswordPage';

const account = {
  username: 'auditor',
  displayName: '市审计局',
  department: 'AUDIT',
  countyCode: null,
  permissions: [],
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let auth: ReturnType<typeof useAuth>;
function Probe() {
  auth = useAuth();
  return null;
}

function renderPage() {
  render(
    <AntApp>
      <AuthProvider>
        <Probe />
        <PasswordPage />
      </AuthProvider>
    </AntApp>,
  );
  act(() => auth.signIn({ token: 'tok', expiresAt: new Date(Date.now() + 600_000).toISOString(), account }));
}

async function fill(current: string, next: string, confirm = next) {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('password-current'), current);
  await user.type(screen.getByTestId('password-new'), next);
  await user.type(screen.getByTestId('password-confirm'), confirm);
  await user.click(screen.getByTestId('password-submit'));
}

afterEach(() => {
  clearSession();
  vi.unstubAllGlobals();
});

describe('修改密码', () => {
  it('checks that the two new entries match before sending anything', async () => {
    const fetchImpl = vi.fn();
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await fill('jining2025', 'Strong-pass-2026', 'Strong-pass-2027');
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('shows the directory’s refusal under the field it concerns', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(json(401, { error: { code: 'WRONG_PASSWORD', message: '当前密码不正确' } }))
      .mockResolvedValueOnce(
        json(400, { error: { code: 'WEAK_PASSWORD', message: '新密码至少 10 位', reason: 'TOO_SHORT' } }),
      );
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await fill('wrong', 'Strong-pass-2026');
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
    await userEvent.setup().click(screen.getByTestId('password-submit'));
    expect(await screen.findByText('新密码至少 10 位')).toBeTruthy();
    expect(fetchImpl).toHaveBeenCalledWith('/auth/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer tok' },
      body: JSON.stringify({ currentPassword: 'wrong', newPassword: 'Strong-pass-2026' }),
    });
    // Still signed in: nothing changed.
    expect(currentToken()).toBe('tok');
  });

  it('signs out after a change, so the next sign-in uses the new password', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchImpl);
    renderPage();
    await fill('jining2025', 'Strong-pass-2026');
    await waitFor(() => expect(currentToken()).toBeNull());
    expect(auth.account).toBeNull();
    expect(await screen.findByText('密码已修改，本账号的所有登录均已失效，请用新密码重新登录')).toBeTruthy();
  });
});
