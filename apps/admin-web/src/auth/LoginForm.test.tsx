import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthError } from './authApi';
import { LoginForm } from './LoginForm';

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('login-username'), username);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginForm', () => {
  it('shows the coded error message the auth service returned', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new AuthError('INVALID_CREDENTIALS', '用户名或密码错误'));
    render(<LoginForm onSubmit={onSubmit} />);

    await fillAndSubmit('hrss', 'wrong');

    expect(await screen.findByTestId('login-error')).toHaveProperty('textContent', '用户名或密码错误');
    expect(onSubmit).toHaveBeenCalledWith('hrss', 'wrong');
  });

  it('clears the error on a successful retry', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new AuthError('INVALID_CREDENTIALS', '用户名或密码错误'))
      .mockResolvedValueOnce(undefined);
    render(<LoginForm onSubmit={onSubmit} />);

    await fillAndSubmit('hrss', 'wrong');
    await screen.findByTestId('login-error');
    await userEvent.setup().click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(screen.queryByTestId('login-error')).toBeNull());
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('asks for both fields before calling the server', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} />);

    await userEvent.setup().click(screen.getByTestId('login-submit'));

    expect(await screen.findByText('请输入账号')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('fills the username from a dev account shortcut', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(
      <LoginForm
        onSubmit={onSubmit}
        accounts={[{ username: 'finance', displayName: '市财政局管理员', department: 'FINANCE' }]}
      />,
    );

    const user = userEvent.setup();
    await user.click(screen.getByTestId('dev-account-finance'));
    await user.type(screen.getByTestId('login-password'), 'jining2025');
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('finance', 'jining2025'));
  });
});
