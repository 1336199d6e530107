import { describe, expect, it, vi } from 'vitest';
import { AuthError, listDevAccounts, login, logout } from './authApi';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('login', () => {
  it('posts the credentials and returns the session', async () => {
    const session = {
      token: 't',
      account: { username: 'hrss', displayName: '人社局', department: 'HRSS', countyCode: null, permissions: [] },
    };
    const fetchImpl = vi.fn().mockResolvedValue(json(200, session));

    await expect(login('hrss', 'jining2025', fetchImpl)).resolves.toEqual(session);
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/auth/login');
    expect(JSON.parse(init.body)).toEqual({ username: 'hrss', password: 'jining2025' });
  });

  it('turns a 401 body into an AuthError carrying its code and Chinese message', async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValue(json(401, { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } }));

    const error = await login('hrss', 'x', fetchImpl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('explains a non-JSON failure and a network failure in Chinese', async () => {
    await expect(
      login('a', 'b', vi.fn().mockResolvedValue(new Response('Bad Gateway', { status: 502 }))),
    ).rejects.toThrow('登录服务暂不可用（HTTP 502）');
    await expect(login('a', 'b', vi.fn().mockRejectedValue(new TypeError('fetch failed')))).rejects.toThrow(
      '无法连接登录服务',
    );
  });
});

describe('listDevAccounts', () => {
  it('returns the list, or nothing when the endpoint is absent', async () => {
    const accounts = [{ username: 'hrss', displayName: '人社局', department: 'HRSS' }];
    await expect(listDevAccounts(vi.fn().mockResolvedValue(json(200, accounts)))).resolves.toEqual(accounts);
    await expect(listDevAccounts(vi.fn().mockResolvedValue(json(404, {})))).resolves.toEqual([]);
  });
});

describe('logout', () => {
  it('posts the token to /auth/logout and never throws', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    await logout('t', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('/auth/logout', { method: 'POST', headers: { authorization: 'Bearer t' } });
    await expect(logout('t', vi.fn().mockRejectedValue(new TypeError('fetch failed')))).resolves.toBeUndefined();
  });
});
