/**
 * Accounts in the directory: the gateway's sign-in, principal and password routes over real HTTP with real
 * signatures, scrypt hashes in a real database, the demo accounts only in development, and the operator's CLI
 * creating an account that then signs in on a production directory.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@jining/db';
import {
  DEV_ACCOUNTS,
  DEPARTMENT_PERMISSIONS,
  SERVICE_PRINCIPALS,
  readAudit,
  signRequest,
  type Principal,
} from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '../src/accounts/password.ts';
import { SignInThrottle } from '../src/accounts/sign-in-throttle.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { directory } from '../src/subgraph.ts';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DEMO_PASSWORD = DEV_ACCOUNTS[0]!.password;

interface Answer {
  status: number;
  body: {
    principal?: Principal;
    ok?: boolean;
    errors?: { message: string; extensions: { code: string; reason?: string } }[];
  };
}

/** POST /accounts/<path> signed as `principal` (the gateway's accounts service by default). */
async function call(
  url: string,
  path: string,
  body: unknown,
  {
    principal = SERVICE_PRINCIPALS.ACCOUNTS as Principal,
    secret = process.env.GATEWAY_SIGNING_SECRET ?? '',
    headers,
  }: {
    principal?: Principal;
    secret?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer & { sent: Record<string, string> }> {
  const text = JSON.stringify(body);
  const target = `/accounts/${path}`;
  const sent =
    headers ?? signRequest(principal, { method: 'POST', target: 'directory', path: target, body: text }, secret);
  const res = await fetch(new URL(target, url), {
    method: 'POST',
    headers: { ...sent, 'content-type': 'application/json' },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as Answer['body'], sent };
}

describe('passwords', () => {
  it('are scrypt hashes that verify only the right password, each with its own salt', async () => {
    const a = await hashPassword('Correct-horse-9');
    const b = await hashPassword('Correct-horse-9');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Correct-horse-9', a)).toBe(true);
    expect(await verifyPassword('correct-horse-9', a)).toBe(false);
    expect(await verifyPassword('Correct-horse-9', undefined)).toBe(false);
    // A tampered row cannot ask for gigabytes, and verifies nothing.
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash('scrypt$16384$8$1$AAAA$AAAA')).toBe(true);
  });
});

describe('the accounts routes (development: demo accounts on)', () => {
  let sg: TestSubgraph<PrismaClient>;
  beforeAll(async () => {
    sg = await startTestSubgraph(directory);
  });
  afterAll(async () => sg?.stop());

  it('seeds the demo accounts with hashes, never the password', async () => {
    const rows = await sg.prisma.account.findMany();
    expect(rows.map((r) => r.username).sort()).toEqual(DEV_ACCOUNTS.map((a) => a.username).sort());
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^scrypt\$/);
      expect(row.passwordHash).not.toContain(DEMO_PASSWORD);
      expect(row.demo).toBe(true);
    }
  });

  it('signs in with the right password, however the name is typed, with the department’s permissions', async () => {
    const ok = await call(sg.url, 'sign-in', { username: ' HRSS ', password: DEMO_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.principal).toEqual({ ...devPrincipal('hrss'), permissions: DEPARTMENT_PERMISSIONS.HRSS });
    const county = await call(sg.url, 'sign-in', { username: 'rencheng-finance', password: DEMO_PASSWORD });
    expect(county.body.principal).toMatchObject({ department: 'COUNTY_FINANCE', countyCode: '370811' });
  });

  it('answers a wrong password, an unknown user and a disabled account alike', async () => {
    for (const [username, password] of [
      ['hrss', 'wrong'],
      ['nobody', DEMO_PASSWORD],
    ]) {
      const answer = await call(sg.url, 'sign-in', { username, password });
      expect(answer.status).toBe(401);
      expect(answer.body.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    await sg.prisma.account.update({ where: { username: 'education' }, data: { disabledAt: new Date() } });
    try {
      const disabled = await call(sg.url, 'sign-in', { username: 'education', password: DEMO_PASSWORD });
      expect(disabled.status).toBe(401);
      const principal = await call(sg.url, 'principal', { accountId: 'acc-education' });
      expect(principal.status).toBe(404);
      expect(principal.body.errors![0]!.extensions.code).toBe('ACCOUNT_NOT_FOUND');
    } finally {
      await sg.prisma.account.update({ where: { username: 'education' }, data: { disabledAt: null } });
    }
    expect((await call(sg.url, 'principal', { accountId: 'acc-education' })).body.principal!.username).toBe(
      'education',
    );
  });

  it('serves only the gateway’s signed accounts service: not a user, not another service, not a replay', async () => {
    const user = await call(
      sg.url,
      'sign-in',
      { username: 'hrss', password: DEMO_PASSWORD },
      { principal: devPrincipal('hrss') },
    );
    expect(user.status).toBe(403);
    const references = await call(
      sg.url,
      'principal',
      { accountId: 'acc-hrss' },
      { principal: SERVICE_PRINCIPALS.REFERENCES as Principal },
    );
    expect(references.status).toBe(403);
    const forged = await call(
      sg.url,
      'sign-in',
      { username: 'hrss', password: DEMO_PASSWORD },
      { secret: 'x'.repeat(40) },
    );
    expect(forged.status).toBe(401);
    const first = await call(sg.url, 'principal', { accountId: 'acc-hrss' });
    expect(first.status).toBe(200);
    const replay = await call(sg.url, 'principal', { accountId: 'acc-hrss' }, { headers: first.sent });
    expect(replay.status).toBe(401);
    const unsigned = await fetch(new URL('/accounts/principal', sg.url), { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(401);
    // Nor through /graphql: accounts are not in the schema.
    const graphql = await sg.request<{ account: unknown }>('{ account(id: "acc-hrss") { id } }', {});
    expect(graphql.errors?.[0]?.message).toMatch(/Cannot query field "account"/);
  });

  it('refuses a bad body with a coded error and writes nothing', async () => {
    const empty = await call(sg.url, 'sign-in', { username: '', password: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_FIELD' });
    const huge = await call(sg.url, 'sign-in', { username: 'hrss', password: 'x'.repeat(9000) });
    expect(huge.status).toBe(413);
  });

  it('changes a password: the current one must match, the new one must pass the policy, and it is audited', async () => {
    const change = (currentPassword: string, newPassword: string) =>
      call(sg.url, 'password', { accountId: 'acc-auditor', currentPassword, newPassword });
    const before = await sg.prisma.account.findUniqueOrThrow({ where: { id: 'acc-auditor' } });

    const wrong = await change('not-it', 'Strong-pass-2026');
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors![0]!.extensions.code).toBe('WRONG_PASSWORD');
    for (const [weak, reason] of [
      ['Short1!', 'TOO_SHORT'],
      ['alllowercaseletters', 'TOO_SIMPLE'],
      ['Auditor-2026-pass', 'CONTAINS_USERNAME'],
      ['Jining2025-Again', 'PUBLISHED'],
    ]) {
      const answer = await change(DEMO_PASSWORD, weak!);
      expect(answer.status, weak).toBe(400);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'WEAK_PASSWORD', reason });
      expect(answer.body.errors![0]!.message).toMatch(/新密码/);
    }
    expect((await sg.prisma.account.findUniqueOrThrow({ where: { id: 'acc-auditor' } })).passwordHash).toBe(
      before.passwordHash,
    );

    const ok = await change(DEMO_PASSWORD, 'Strong-pass-2026');
    expect(ok.status).toBe(200);
    expect((await call(sg.url, 'sign-in', { username: 'auditor', password: DEMO_PASSWORD })).status).toBe(401);
    expect((await call(sg.url, 'sign-in', { username: 'auditor', password: 'Strong-pass-2026' })).status).toBe(200);
    const after = await sg.prisma.account.findUniqueOrThrow({ where: { id: 'acc-auditor' } });
    expect(after.demo).toBe(false);

    const trail = await readAudit(sg.db, { entityId: 'acc-auditor' }, { first: 10 });
    expect(trail.entries.map((e) => e.action)).toEqual(['CHANGE_PASSWORD']);
    expect(trail.entries[0]).toMatchObject({ actorAccountId: 'acc-auditor', entityType: 'Account' });
    expect(JSON.stringify(trail.entries[0])).not.toMatch(/Strong-pass|jining2025|scrypt/);
  });

  it('signs a token out for every gateway until it expires: twenty revocations at once are one row', async () => {
    const now = Math.floor(Date.now() / 1000);
    const principal = (tokenId: string) =>
      call(sg.url, 'principal', { accountId: 'acc-finance', tokenId, issuedAt: now - 5 });
    expect((await principal('jti-signed-out')).status).toBe(200);
    const revocations = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(sg.url, 'revoke', { accountId: 'acc-finance', tokenId: 'jti-signed-out', expiresAt: now + 900 }),
      ),
    );
    expect(revocations.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await sg.prisma.revokedToken.count({ where: { jti: 'jti-signed-out' } })).toBe(1);

    const refused = await principal('jti-signed-out');
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!).toMatchObject({
      message: '登录已失效，请重新登录',
      extensions: { code: 'TOKEN_REVOKED' },
    });
    // The account's other token, and the account asked without a token, still answer.
    expect((await principal('jti-still-signed-in')).status).toBe(200);
    expect((await call(sg.url, 'principal', { accountId: 'acc-finance' })).status).toBe(200);

    // A sign-out kept past its token's expiry is swept by the next one.
    await call(sg.url, 'revoke', { accountId: 'acc-finance', tokenId: 'jti-long-gone', expiresAt: now - 1 });
    expect(await sg.prisma.revokedToken.count({ where: { jti: 'jti-long-gone' } })).toBe(0);
  });

  it('refuses a bad revocation or token reference with a coded error and writes nothing', async () => {
    const before = await sg.prisma.revokedToken.count();
    for (const body of [
      { accountId: 'acc-finance', tokenId: 'jti-x', expiresAt: 'soon' },
      { accountId: 'acc-finance', tokenId: 'jti-x', expiresAt: 1.5 },
      { accountId: 'acc-finance', tokenId: 'jti-x', expiresAt: 1e300 },
      { accountId: 'acc-finance', tokenId: '', expiresAt: 1 },
      { accountId: 'acc-finance', expiresAt: 1 },
    ]) {
      const answer = await call(sg.url, 'revoke', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_FIELD' });
    }
    const badIssued = await call(sg.url, 'principal', { accountId: 'acc-finance', tokenId: 'jti-x', issuedAt: -1 });
    expect(badIssued.status).toBe(400);
    expect(await sg.prisma.revokedToken.count()).toBe(before);
  });

  it('a password change ends the account’s sessions issued before it, not those signed in after', async () => {
    const now = Math.floor(Date.now() / 1000);
    const principal = (tokenId: string, issuedAt: number) =>
      call(sg.url, 'principal', { accountId: 'acc-union', tokenId, issuedAt });
    expect((await principal('jti-union-old', now - 60)).status).toBe(200);
    const changed = await call(sg.url, 'password', {
      accountId: 'acc-union',
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Strong-pass-2027',
      revokeIssuedBefore: now,
    });
    expect(changed.status).toBe(200);
    expect((await principal('jti-union-old', now - 60)).body.errors![0]!.extensions.code).toBe('TOKEN_REVOKED');
    expect((await principal('jti-union-old-too', now - 1)).status).toBe(401);
    expect((await principal('jti-union-new', now)).status).toBe(200);
    expect((await principal('jti-union-newer', now + 30)).status).toBe(200);
  });

  it('a later change sent with an earlier cut-off (a gateway whose clock runs behind) revives no token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const changed = await call(sg.url, 'password', {
      accountId: 'acc-union',
      currentPassword: 'Strong-pass-2027',
      newPassword: 'Strong-pass-2028',
      revokeIssuedBefore: now - 3600,
    });
    expect(changed.status).toBe(200);
    const earlier = await call(sg.url, 'principal', {
      accountId: 'acc-union',
      tokenId: 'jti-union-1',
      // Before the first change's cut-off (a few seconds ago), after this one's (an hour ago).
      issuedAt: now - 60,
    });
    expect(earlier.status).toBe(401);
  });

  it('answers twenty simultaneous sign-ins over ten accounts, right and wrong, each correctly', async () => {
    // Two attempts per account at once (within the per-account limit, which the throttle tests below cover).
    const names = ['hrss', 'hrss-reviewer', 'finance', 'finance-approver', 'rencheng-finance', 'rencheng-hrss'];
    const usernames = [...names, 'union-approver', 'education', 'hrss', 'finance'];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(sg.url, 'sign-in', { username: usernames[i % 10], password: i % 2 ? DEMO_PASSWORD : 'wrong' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 200 : 401)));
  });
});

describe('failed sign-ins counted per account in the directory, for every gateway together', () => {
  let sg: TestSubgraph<PrismaClient>;
  const WINDOW_SECONDS = 60;
  beforeAll(async () => {
    sg = await startTestSubgraph(directory, {
      env: {
        ...process.env,
        LOGIN_THROTTLE_WINDOW_SECONDS: String(WINDOW_SECONDS),
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      },
    });
  });
  afterAll(async () => sg?.stop());
  const signIn = (username: string, password: string) => call(sg.url, 'sign-in', { username, password });

  it('twenty wrong guesses at once: five are checked, fifteen refused with Retry-After; then even the right password waits', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => signIn('finance', 'wrong')));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(15);
    expect(throttled[0]!.body.errors![0]!).toMatchObject({
      message: '登录失败次数过多，请 1 分钟后再试',
      extensions: { code: 'LOGIN_THROTTLED' },
    });
    expect(await sg.prisma.signInFailure.count({ where: { username: 'finance' } })).toBe(5);

    const res = await fetch(new URL('/accounts/sign-in', sg.url), {
      method: 'POST',
      headers: {
        ...signRequest(
          SERVICE_PRINCIPALS.ACCOUNTS as Principal,
          {
            method: 'POST',
            target: 'directory',
            path: '/accounts/sign-in',
            body: JSON.stringify({ username: ' FINANCE ', password: DEMO_PASSWORD }),
          },
          process.env.GATEWAY_SIGNING_SECRET ?? '',
        ),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ username: ' FINANCE ', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(WINDOW_SECONDS);
    // Another account is not affected; an unknown name is counted like a real one.
    expect((await signIn('hrss', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn('nobody-at-all', 'x')).status).toBe(401);
    expect((await signIn('nobody-at-all', 'x')).status).toBe(429);
  });

  it('the window passes: a failure counts for its window only; the right password clears the account’s failures', async () => {
    const throttle = new SignInThrottle(sg.prisma, { windowSeconds: 60, maxPerAccount: 2, maxPerAddress: 20 });
    const t0 = Date.parse('2030-01-01T00:00:00Z');
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    expect(await throttle.begin('window-test', at(0))).toHaveProperty('attemptId');
    expect(await throttle.begin('window-test', at(10))).toHaveProperty('attemptId');
    expect(await throttle.begin('window-test', at(20))).toEqual({ retryAfterSeconds: 40 });
    // At 60.5 s the first failure has left the window, at 70.5 s the second.
    expect(await throttle.begin('window-test', at(60.5))).toHaveProperty('attemptId');
    expect(await throttle.begin('window-test', at(70.5))).toHaveProperty('attemptId');
    expect(await throttle.begin('window-test', at(71))).toEqual({ retryAfterSeconds: 50 });
    await throttle.succeeded(' Window-Test ');
    expect(await sg.prisma.signInFailure.count({ where: { username: 'window-test' } })).toBe(0);
    const started = await throttle.begin('window-test', at(71));
    if (!('attemptId' in started)) throw new Error('expected an attempt');
    await throttle.abandoned(started.attemptId);
    expect(await sg.prisma.signInFailure.count({ where: { username: 'window-test' } })).toBe(0);
  });
});

/** Runs the operator's CLI against the PGlite data in `dataDir`. */
function cli(args: string[], dataDir: string, password?: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/accounts/cli.ts', ...args], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ACCOUNT_PASSWORD: password ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe('a production directory and the operator’s CLI', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jining-accounts-'));
  const secret = 'p'.repeat(48);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates an account from the CLI that signs in; the demo accounts a database once held do not', async () => {
    // A development run first leaves the demo accounts behind.
    const dev = await startTestSubgraph(directory, {
      db: await openDatabase({ name: 'directory', dataDir: join(dataDir, 'directory') }),
    });
    await dev.stop();

    const refused = await cli(
      ['create', '--username', 'Zhang.San', '--name', '张三', '--department', 'HRSS'],
      dataDir,
      'short',
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('新密码至少');
    const noCounty = await cli(
      ['create', '--username', 'x', '--name', 'x', '--department', 'COUNTY_FINANCE'],
      dataDir,
      'Strong-pass-2026',
    );
    expect(noCounty.code).toBe(1);
    expect(noCounty.out).toContain('--county');
    const created = await cli(
      ['create', '--username', 'Zhang.San', '--name', '市人社局 · 张三', '--department', 'HRSS'],
      dataDir,
      'Strong-pass-2026',
    );
    expect(created.out).toContain('已创建账号 zhang.san');
    expect(created.code).toBe(0);
    const again = await cli(
      ['create', '--username', 'zhang.san', '--name', '张三', '--department', 'HRSS'],
      dataDir,
      'Strong-pass-2026',
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain('已存在');

    const production = await startTestSubgraph(directory, {
      db: await openDatabase({ name: 'directory', dataDir: join(dataDir, 'directory') }),
      env: { GATEWAY_SIGNING_SECRET: secret },
    });
    try {
      const mine = await call(
        production.url,
        'sign-in',
        { username: 'zhang.san', password: 'Strong-pass-2026' },
        { secret },
      );
      expect(mine.status).toBe(200);
      expect(mine.body.principal).toMatchObject({ displayName: '市人社局 · 张三', department: 'HRSS' });
      const demo = await call(production.url, 'sign-in', { username: 'hrss', password: DEMO_PASSWORD }, { secret });
      expect(demo.status).toBe(401);
      expect((await call(production.url, 'principal', { accountId: 'acc-hrss' }, { secret })).status).toBe(404);
    } finally {
      await production.stop();
    }

    const disabled = await cli(['disable', '--username', 'zhang.san'], dataDir);
    expect(disabled.code).toBe(0);
    const listed = await cli(['list'], dataDir);
    expect(listed.out).toMatch(/zhang\.san\t市人社局 · 张三\tHRSS\t-\t已停用/);
    expect(listed.out).not.toContain('scrypt');
    const trail = await openDatabase({ name: 'directory', dataDir: join(dataDir, 'directory') });
    try {
      const actions = (await readAudit(trail, {}, { first: 10 })).entries.map((e) => e.action);
      expect(actions).toEqual(['DISABLE_ACCOUNT', 'CREATE_ACCOUNT']);
    } finally {
      await trail.close();
    }
  });
});
