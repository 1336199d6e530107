import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt, SignJWT } from 'jose';
import { DEV_ACCOUNTS, devPrincipal } from '@jining/protocol/dev-accounts';
import type { Principal } from '@jining/protocol/principal';
import { readSecret } from '@jining/protocol/secrets';
import { SERVICE_PRINCIPALS } from '@jining/protocol/service';
import { signRequest } from '@jining/protocol/signature';
import {
  graphql,
  login,
  startEchoStack,
  tokenFor,
  type AuthErrorBody,
  type EchoStack,
  type GraphQLBody,
} from './helpers.ts';

let stack: EchoStack;
beforeAll(async () => {
  stack = await startEchoStack();
});
afterAll(() => stack?.stop());

const WHOAMI = '{ whoami { username permissions } }';

describe('POST /auth/login (dev accounts)', () => {
  it('returns a short-lived token naming the account, and the account', async () => {
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
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'sub', 'username']);
    expect(claims).toMatchObject({ sub: 'acc-rencheng-finance', username: 'rencheng-finance' });
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    // What the account may do is not in the token: the gateway looks it up on every request.
    expect(JSON.stringify(claims)).not.toMatch(/finance:county|jining2025|permissions/);
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(new Date(body.expiresAt!).getTime()).toBe(claims.exp! * 1000);
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const expected = { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } };
    expect(await login(stack.gateway.origin, 'union', 'wrong')).toEqual({ status: 401, body: expected });
    expect(await login(stack.gateway.origin, 'nobody', 'jining2025')).toEqual({ status: 401, body: expected });
  });

  it('answers a malformed request with 400', async () => {
    const response = await fetch(`${stack.gateway.origin}/auth/login`, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as AuthErrorBody).error.code).toBe('BAD_REQUEST');
    const empty = await fetch(`${stack.gateway.origin}/auth/login`, { method: 'POST', body: '{"username":"hrss"}' });
    expect(empty.status).toBe(400);
  });

  it('lists the demo accounts for the login page in development mode, without passwords, never cached', async () => {
    const response = await fetch(`${stack.gateway.origin}/auth/accounts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const accounts = (await response.json()) as { username: string }[];
    expect(accounts).toHaveLength(DEV_ACCOUNTS.length);
    expect(accounts[0]).toEqual({ username: 'hrss', displayName: '市人社局 · 职业能力建设科', department: 'HRSS' });
    expect(JSON.stringify(accounts)).not.toContain('jining2025');
  });
});

describe('POST /auth/logout', () => {
  it('revokes the token it is called with: /graphql then refuses it, other tokens still work', async () => {
    const token = await tokenFor(stack.gateway.origin, 'education');
    const other = await tokenFor(stack.gateway.origin, 'education');
    expect((await graphql(stack.gateway.url, WHOAMI, token)).status).toBe(200);

    const out = await fetch(`${stack.gateway.origin}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);

    const after = await graphql(stack.gateway.url, WHOAMI, token);
    expect(after.status).toBe(401);
    expect(after.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const again = await fetch(`${stack.gateway.origin}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(again.status).toBe(401);
    expect((await graphql(stack.gateway.url, WHOAMI, other)).status).toBe(200);
  });

  it('needs a token and POST', async () => {
    expect((await fetch(`${stack.gateway.origin}/auth/logout`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${stack.gateway.origin}/auth/logout`)).status).toBe(405);
  });
});

describe('tokens the gateway did not issue as they are', () => {
  /** JWT_SECRET of this test process: these tokens are what someone holding a leaked secret could make. */
  const leaked = () => new TextEncoder().encode(process.env.JWT_SECRET);
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('jining-gateway').setAudience('jining-platform');

  async function refused(token: string) {
    const { status, body } = await graphql(stack.gateway.url, WHOAMI, token);
    return status === 401 && body.errors![0]!.extensions!.code === 'UNAUTHENTICATED';
  }

  it('refuses a token signed with another secret', async () => {
    const forged = await sign({ username: 'hrss' })
      .setSubject('acc-hrss')
      .setJti('a')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('not-the-gateway-secret-not-the-gateway-secret'));
    expect(await refused(forged)).toBe(true);
  });

  it('refuses an invented account with every permission and a ten-year expiry, even with the right secret', async () => {
    const root = await sign({
      username: 'root',
      principal: {
        accountId: 'acc-root',
        username: 'root',
        displayName: 'root',
        department: 'HRSS',
        permissions: ['directory:manage', 'finance:manage', 'pii:read'],
      },
    })
      .setSubject('acc-root')
      .setJti('b')
      .setIssuedAt()
      .setExpirationTime(now() + 10 * 365 * 86400)
      .sign(leaked());
    expect(await refused(root)).toBe(true);
    // The same invention in a token that otherwise looks like ours: still no such account.
    const plain = await sign({ username: 'root' })
      .setSubject('acc-root')
      .setJti('c')
      .setIssuedAt()
      .setExpirationTime('10m');
    expect(await refused(await plain.sign(leaked()))).toBe(true);
  });

  it('refuses a real account with invented permissions, a mismatched username or too long a life', async () => {
    const withPermissions = await sign({ username: 'finance', permissions: ['pii:read'] })
      .setSubject('acc-finance')
      .setJti('d')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(leaked());
    expect(await refused(withPermissions)).toBe(true);
    const mismatched = await sign({ username: 'hrss' })
      .setSubject('acc-finance')
      .setJti('e')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(leaked());
    expect(await refused(mismatched)).toBe(true);
    const tenYears = await sign({ username: 'finance' })
      .setSubject('acc-finance')
      .setJti('f')
      .setIssuedAt()
      .setExpirationTime(now() + 10 * 365 * 86400)
      .sign(leaked());
    expect(await refused(tenYears)).toBe(true);
  });

  it('refuses an expired token', async () => {
    const expired = await sign({ username: 'hrss' })
      .setSubject('acc-hrss')
      .setJti('g')
      .setIssuedAt(now() - 20 * 60)
      .setExpirationTime(now() - 5 * 60)
      .sign(leaked());
    expect(await refused(expired)).toBe(true);
  });

  it("acts with the account's own permissions, whatever a token says", async () => {
    // The one thing a leaked secret still buys: logging in as a real account (hence: rotate it). Never more.
    const token = await sign({ username: 'finance' })
      .setSubject('acc-finance')
      .setJti('h')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(leaked());
    const { body } = await graphql<{ whoami: { permissions: string[] } }>(stack.gateway.url, WHOAMI, token);
    expect(body.data!.whoami.permissions).toEqual(['finance:manage']);
  });
});

describe('login throttle', () => {
  let own: EchoStack;
  beforeAll(async () => {
    own = await startEchoStack();
  });
  afterAll(() => own?.stop());

  it('answers the sixth wrong password for an account with 429 LOGIN_THROTTLED and Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await login(own.gateway.origin, 'hrss', `wrong-${i}`)).status).toBe(401);
    const response = await fetch(`${own.gateway.origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hrss', password: 'wrong-5' }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await response.json()).toEqual({
      error: { code: 'LOGIN_THROTTLED', message: '登录失败次数过多，请 15 分钟后再试' },
    });
    // The right password does not get through either, however the name is typed; other accounts still log in.
    expect((await login(own.gateway.origin, 'hrss')).status).toBe(429);
    expect((await login(own.gateway.origin, ' HRSS ')).status).toBe(429);
    expect((await login(own.gateway.origin, 'union')).status).toBe(200);
  });

  it("resets an account's failures on a successful login", async () => {
    for (let i = 0; i < 4; i++) expect((await login(own.gateway.origin, 'finance', 'wrong')).status).toBe(401);
    expect((await login(own.gateway.origin, 'finance')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(own.gateway.origin, 'finance', 'wrong')).status).toBe(401);
    expect((await login(own.gateway.origin, 'finance')).status).toBe(200);
  });

  it('limits one address to 20 failures in the window, whichever accounts it tries', async () => {
    // So far from this address: 5 (hrss) + 8 (finance) failures.
    for (let i = 0; i < 7; i++) expect((await login(own.gateway.origin, `guess-${i}`, 'x')).status).toBe(401);
    const blocked = await login(own.gateway.origin, 'education');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error!.code).toBe('LOGIN_THROTTLED');
  });
});

describe('the platform’s own services (finance’s fact consumer)', () => {
  const body = JSON.stringify({ query: WHOAMI });
  const signed = (principal: Principal, options: { target?: string; body?: string; secret?: string } = {}) =>
    signRequest(
      principal,
      { method: 'POST', target: options.target ?? 'gateway', path: '/graphql', body: options.body ?? body },
      options.secret ?? readSecret('GATEWAY_SIGNING_SECRET'),
    );
  const send = (headers: Record<string, string>, text = body) =>
    fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: text,
    });

  it('accepts a request signed for the gateway as a service in the table, with the table’s permissions', async () => {
    const res = await send(
      signed({ ...SERVICE_PRINCIPALS.FINANCE_FACTS, permissions: ['pii:read', 'finance:manage'] }),
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as { data: { whoami: { username: string; permissions: string[] } } };
    expect(json.data.whoami).toEqual({ username: 'finance-facts', permissions: ['facts:read'] });
  });

  it('refuses a person signed as a service, a replay, another target, another body and a wrong secret', async () => {
    const asPerson = await send(signed(devPrincipal('hrss')));
    expect(asPerson.status).toBe(401);
    expect(((await asPerson.json()) as GraphQLBody).errors?.[0]?.extensions?.reason).toBe('NOT_A_SERVICE_PRINCIPAL');
    const once = signed(SERVICE_PRINCIPALS.FINANCE_FACTS);
    expect((await send(once)).status).toBe(200);
    expect((await send(once)).status).toBe(401);
    expect((await send(signed(SERVICE_PRINCIPALS.FINANCE_FACTS, { target: 'directory' }))).status).toBe(401);
    expect((await send(signed(SERVICE_PRINCIPALS.FINANCE_FACTS), '{"query":"{ __typename }"}')).status).toBe(401);
    const wrong = signed(SERVICE_PRINCIPALS.FINANCE_FACTS, { secret: 'x'.repeat(40) });
    expect((await send(wrong)).status).toBe(401);
  });
});
