import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';
import { loadConfig } from '../src/config.ts';
import { graphql, login, startEchoStack, type AuthErrorBody, type EchoStack } from './helpers.ts';

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

describe('production settings', () => {
  const productionEnv = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-jwt-secret-of-enough-length-0123456789',
    GATEWAY_SIGNING_SECRET: 'jining-dev-gateway-signing-secret',
  };

  it('refuses to start without JWT_SECRET or GATEWAY_SIGNING_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'x' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', GATEWAY_SIGNING_SECRET: 'x' })).toThrow(
      /too short/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: productionEnv.JWT_SECRET })).toThrow(
      /GATEWAY_SIGNING_SECRET/,
    );
    expect(loadConfig(productionEnv).devLoginEnabled).toBe(false);
  });

  it('disables dev login and the landing page; ENABLE_DEV_LOGIN=true turns login back on', async () => {
    // The echo subgraph checks the protocol's dev signing secret, which productionEnv reuses on purpose.
    const production = await startEchoStack({ env: productionEnv });
    try {
      const { status, body } = await login(production.gateway.origin, 'hrss');
      expect(status).toBe(404);
      expect(body.error!.code).toBe('DEV_LOGIN_DISABLED');
      expect((await fetch(`${production.gateway.origin}/auth/accounts`)).status).toBe(404);
      const page = await fetch(production.gateway.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(401);
    } finally {
      await production.stop();
    }

    const withLogin = await startEchoStack({ env: { ...productionEnv, ENABLE_DEV_LOGIN: 'true' } });
    try {
      const { status, body } = await login(withLogin.gateway.origin, 'hrss');
      expect(status).toBe(200);
      const answer = await graphql<{ whoami: { username: string } }>(
        withLogin.gateway.url,
        '{ whoami { username } }',
        body.token,
      );
      expect(answer.body.data!.whoami.username).toBe('hrss');
      // A token from a gateway with another JWT secret (the dev default) is not accepted here.
      const devToken = (await login(stack.gateway.origin, 'hrss')).body.token;
      expect((await graphql(withLogin.gateway.url, '{ whoami { username } }', devToken)).status).toBe(401);
    } finally {
      await withLogin.stop();
    }
  });
});
