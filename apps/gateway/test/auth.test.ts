import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';
import { login, startEchoStack, type AuthErrorBody, type EchoStack } from './helpers.ts';

let stack: EchoStack;
beforeAll(async () => {
  stack = await startEchoStack();
});
afterAll(() => stack?.stop());

describe('POST /auth/login (dev accounts)', () => {
  it('returns a token and the account for a good password', async () => {
    const { status, body } = await login(stack.gateway.origin, 'rencheng-finance');
    expect(status).toBe(200);
    expect(body.account).toEqual({
      username: 'rencheng-finance',
      displayName: '任城区财政局',
      department: 'COUNTY_FINANCE',
      countyCode: '370811',
      permissions: ['finance:county'],
    });
    const claims = decodeJwt(body.token!);
    expect(claims.sub).toBe('acc-rencheng-finance');
    expect(claims.principal).toMatchObject({ username: 'rencheng-finance', countyCode: '370811' });
    expect(JSON.stringify(claims)).not.toContain('jining2025');
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
    expect(new Date(body.expiresAt!).getTime()).toBe(claims.exp! * 1000);
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const expected = { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } };
    expect(await login(stack.gateway.origin, 'hrss', 'wrong')).toEqual({ status: 401, body: expected });
    expect(await login(stack.gateway.origin, 'nobody', 'jining2025')).toEqual({ status: 401, body: expected });
  });

  it('answers a malformed request with 400', async () => {
    const response = await fetch(`${stack.gateway.origin}/auth/login`, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as AuthErrorBody).error.code).toBe('BAD_REQUEST');
    const empty = await fetch(`${stack.gateway.origin}/auth/login`, { method: 'POST', body: '{"username":"hrss"}' });
    expect(empty.status).toBe(400);
  });

  it('lists the dev accounts for the login page, without passwords', async () => {
    const response = await fetch(`${stack.gateway.origin}/auth/accounts`);
    expect(response.status).toBe(200);
    const accounts = (await response.json()) as { username: string }[];
    expect(accounts).toHaveLength(DEV_ACCOUNTS.length);
    expect(accounts[0]).toEqual({ username: 'hrss', displayName: '市人社局 · 职业能力建设科', department: 'HRSS' });
    expect(JSON.stringify(accounts)).not.toContain('jining2025');
  });
});
