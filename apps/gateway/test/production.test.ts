/**
 * Outside development mode: no secret has a default (the process refuses to start and says why), dev login and the
 * account list are off, and the schema is not shown (no introspection, no suggestions, no GraphQL IDE).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { APPS, graphql, login, runUntilExit, startEchoStack, tokenFor, type EchoStack } from './helpers.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';

const productionEnv = {
  JWT_SECRET: 'a-production-jwt-secret-of-enough-length-0123456789',
  GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-of-enough-length-987654',
};

describe('secrets', () => {
  it('has no defaults: each is required, at least 32 bytes, and the two differ', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET is not set/);
    expect(() =>
      loadConfig({ NODE_ENV: 'development', GATEWAY_SIGNING_SECRET: productionEnv.GATEWAY_SIGNING_SECRET }),
    ).toThrow(/JWT_SECRET is not set/);
    expect(() => loadConfig({ ...productionEnv, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET is too short/);
    expect(() => loadConfig({ JWT_SECRET: productionEnv.JWT_SECRET })).toThrow(/GATEWAY_SIGNING_SECRET is not set/);
    expect(() => loadConfig({ ...productionEnv, GATEWAY_SIGNING_SECRET: 'x'.repeat(31) })).toThrow(/too short/);
    expect(() => loadConfig({ ...productionEnv, GATEWAY_SIGNING_SECRET: productionEnv.JWT_SECRET })).toThrow(
      /two different values/,
    );
    expect(() =>
      loadConfig({ JWT_SECRET: 'jining-dev-jwt-secret-not-for-production', GATEWAY_SIGNING_SECRET: 'x'.repeat(40) }),
    ).toThrow(/published/);
    expect(() => loadConfig({ ...productionEnv, ACCESS_TOKEN_TTL_SECONDS: '31536000' })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS/,
    );
    const config = loadConfig(productionEnv);
    expect(config).toMatchObject({ devMode: false, production: true, corsOrigins: [] });
    expect(config.tokenTtlSeconds).toBe(900);
  });

  /** The gateway as `pnpm start` runs it, with only the environment given (none of this test process's secrets). */
  const start = (env: Record<string, string>) =>
    runUntilExit('src/server.ts', { cwd: join(APPS, 'gateway'), env: { GATEWAY_PORT: '0', ...env } });

  it('the gateway process refuses to start without JWT_SECRET, and says what to set', async () => {
    const { code, stderr } = await start({ GATEWAY_SIGNING_SECRET: productionEnv.GATEWAY_SIGNING_SECRET });
    expect(code).toBe(1);
    expect(stderr).toContain('[gateway] cannot start: 缺少密钥 JWT_SECRET is not set');
    expect(stderr).toContain('JINING_DEV_MODE=true');
  });

  it('the gateway process refuses a short GATEWAY_SIGNING_SECRET, and development mode with NODE_ENV=production', async () => {
    const short = await start({ JWT_SECRET: productionEnv.JWT_SECRET, GATEWAY_SIGNING_SECRET: 'too-short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('GATEWAY_SIGNING_SECRET is too short (9 bytes, at least 32)');
    const both = await start({ JINING_DEV_MODE: 'true', NODE_ENV: 'production' });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('JINING_DEV_MODE=true cannot be combined with NODE_ENV=production');
  });
});

describe('a production gateway', () => {
  let production: EchoStack;
  let withLogin: EchoStack;
  beforeAll(async () => {
    production = await startEchoStack({ env: productionEnv, accounts: fixtureAccounts({ demo: false }) });
    withLogin = await startEchoStack({ env: { ...productionEnv, ENABLE_DEV_LOGIN: 'true' } });
  });
  afterAll(async () => {
    await production?.stop();
    await withLogin?.stop();
  });

  it('has no demo accounts, no account list and no GraphQL IDE', async () => {
    // The directory refuses the demo accounts outside development (directory's accounts test); here it has none.
    const { status, body } = await login(production.gateway.origin, 'hrss');
    expect(status).toBe(401);
    expect(body.error!.code).toBe('INVALID_CREDENTIALS');
    expect((await fetch(`${production.gateway.origin}/auth/accounts`)).status).toBe(404);
    const page = await fetch(production.gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect((await fetch(`${production.gateway.origin}/graphiql/`)).status).toBe(404);
  });

  it('with ENABLE_DEV_LOGIN=true logs in, but still lists no accounts', async () => {
    const token = await tokenFor(withLogin.gateway.origin, 'hrss');
    const answer = await graphql<{ whoami: { username: string } }>(
      withLogin.gateway.url,
      '{ whoami { username } }',
      token,
    );
    expect(answer.body.data!.whoami.username).toBe('hrss');
    expect((await fetch(`${withLogin.gateway.origin}/auth/accounts`)).status).toBe(404);
    // A token from a gateway with another JWT secret (this test process's development one) is not accepted here.
    const devStack = await startEchoStack();
    try {
      const devToken = await tokenFor(devStack.gateway.origin, 'hrss');
      expect((await graphql(withLogin.gateway.url, '{ whoami { username } }', devToken)).status).toBe(401);
    } finally {
      await devStack.stop();
    }
  });

  it('refuses introspection and does not suggest field names', async () => {
    const token = await tokenFor(withLogin.gateway.origin, 'hrss');
    const schema = await graphql(withLogin.gateway.url, '{ __schema { types { name } } }', token);
    expect(schema.status).toBe(400);
    expect(schema.body.data).toBeUndefined();
    expect(schema.body.errors![0]!.message).toMatch(/introspection is not allowed/i);
    const type = await graphql(withLogin.gateway.url, '{ __type(name: "Whoami") { fields { name } } }', token);
    expect(type.status).toBe(400);

    const typo = await graphql(withLogin.gateway.url, '{ whoam { username } }', token);
    expect(typo.status).toBe(400);
    expect(typo.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|whoami/);
  });

  it('in development mode does show them (for comparison)', async () => {
    const dev = await startEchoStack();
    try {
      const token = await tokenFor(dev.gateway.origin, 'hrss');
      expect((await graphql(dev.gateway.url, '{ __schema { types { name } } }', token)).status).toBe(200);
      const typo = await graphql(dev.gateway.url, '{ whoam { username } }', token);
      expect(typo.body.errors![0]!.message).toMatch(/Did you mean "whoami"/);
    } finally {
      await dev.stop();
    }
  });
});
