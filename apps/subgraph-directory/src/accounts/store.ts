import {
  appendAudit,
  DEV_ACCOUNTS,
  DEPARTMENT_PERMISSIONS,
  DEPARTMENTS,
  type Department,
  type Principal,
} from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { hashPassword, needsRehash, verifyPassword } from './password.ts';
import { passwordProblem, type PasswordProblem } from './password-policy.ts';

type Account = Awaited<ReturnType<PrismaClient['account']['findUnique']>> & {};

/**
 * Accounts as the directory keeps them: sign-in, the principal behind a token, a password change. The gateway asks
 * for these over the accounts route (routes.ts); the operator's CLI (cli.ts) creates and disables accounts.
 *
 * `demoAllowed`: whether the seeded demo accounts (one shared, published password) may sign in. Only where the
 * directory runs in development mode or with ENABLE_DEV_LOGIN=true; a production directory whose database once held
 * them refuses them without anyone having to remember to delete them.
 */
export interface AccountOptions {
  demoAllowed: boolean;
}

/** One sign-in name however it is typed. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function principalOfAccount(account: Account): Principal {
  const department = account.department as Department;
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    department,
    countyCode: account.countyCode,
    // From the department, never stored: an account holds exactly its body's duties (checked against the duty map).
    permissions: [...(DEPARTMENT_PERMISSIONS[department] ?? [])],
  };
}

const usable = (account: Account | null, options: AccountOptions): account is Account =>
  !!account &&
  account.disabledAt === null &&
  (!account.demo || options.demoAllowed) &&
  (DEPARTMENTS as readonly string[]).includes(account.department);

/** The principal for these credentials, or null; an unknown user costs as much time as a wrong password. */
export async function signIn(
  prisma: PrismaClient,
  username: string,
  password: string,
  options: AccountOptions,
): Promise<Principal | null> {
  const account = await prisma.account.findUnique({ where: { username: normaliseUsername(username) } });
  const matches = await verifyPassword(password, account?.passwordHash);
  if (!matches || !usable(account, options)) return null;
  if (needsRehash(account.passwordHash)) {
    // Today's cost for tomorrow's sign-ins; a failure here must not fail this one.
    await prisma.account
      .update({ where: { id: account.id }, data: { passwordHash: await hashPassword(password) } })
      .catch(() => undefined);
  }
  return principalOfAccount(account);
}

/** The token a principal is asked for: its id and when the gateway issued it (seconds since the epoch). */
export interface TokenRef {
  jti: string;
  issuedAt: number;
}

/**
 * The principal of a signed-in account, null once it is disabled or unknown, or 'REVOKED' for a token that was
 * signed out, or issued before the account's password changed.
 */
export async function accountPrincipal(
  prisma: PrismaClient,
  accountId: string,
  options: AccountOptions,
  token?: TokenRef,
): Promise<Principal | null | 'REVOKED'> {
  const [account, revoked] = await Promise.all([
    prisma.account.findUnique({ where: { id: accountId } }),
    token ? prisma.revokedToken.findUnique({ where: { jti: token.jti }, select: { jti: true } }) : null,
  ]);
  if (!usable(account, options)) return null;
  if (revoked) return 'REVOKED';
  if (token && account.tokensRevokedBefore && token.issuedAt * 1000 < account.tokensRevokedBefore.getTime()) {
    return 'REVOKED';
  }
  return principalOfAccount(account);
}

/**
 * Signs a token out for every gateway: kept until its own expiry (`expiresAt`, seconds), after which the token is
 * refused as expired anyway and the row is swept. Idempotent: the same token twice, or twenty times at once, is one
 * row.
 */
export async function revokeToken(
  prisma: PrismaClient,
  accountId: string,
  jti: string,
  expiresAt: number,
  now = new Date(),
): Promise<void> {
  await prisma.revokedToken.createMany({
    data: [{ jti, accountId, expiresAt: new Date(expiresAt * 1000) }],
    skipDuplicates: true,
  });
  // The table holds at most one token lifetime of sign-outs (index on expires_at).
  await prisma.revokedToken.deleteMany({ where: { expiresAt: { lt: now } } });
}

export type PasswordChange =
  | { ok: true }
  | { ok: false; code: 'ACCOUNT_NOT_FOUND' | 'WRONG_PASSWORD' }
  | { ok: false; code: 'WEAK_PASSWORD'; problem: PasswordProblem };

/**
 * The account's own password change: the account must be usable, the current password must match, the new one must
 * pass the policy. Audited in the same transaction, by the account itself (who and when; never a password or a hash).
 */
export async function changePassword(
  prisma: PrismaClient,
  accountId: string,
  current: string,
  next: string,
  options: AccountOptions,
  /** Tokens issued before this (the gateway's clock) stop working: every session but the one signing in anew. */
  revokeTokensIssuedBefore?: Date,
): Promise<PasswordChange> {
  const account = await prisma.account.findUnique({ where: { id: accountId } });
  if (!usable(account, options)) return { ok: false, code: 'ACCOUNT_NOT_FOUND' };
  if (!(await verifyPassword(current, account.passwordHash))) return { ok: false, code: 'WRONG_PASSWORD' };
  const problem = passwordProblem(next, account.username);
  if (problem) return { ok: false, code: 'WEAK_PASSWORD', problem };
  const passwordHash = await hashPassword(next);
  await prisma.$transaction(async (tx) => {
    const changedAt = new Date();
    // A changed password is the account's own: it is no longer the shared demo one.
    await tx.account.update({
      where: { id: account.id },
      data: {
        passwordHash,
        passwordChangedAt: changedAt,
        demo: false,
        ...(revokeTokensIssuedBefore
          ? { tokensRevokedBefore: later(account.tokensRevokedBefore, revokeTokensIssuedBefore) }
          : {}),
      },
    });
    await appendAudit(tx, principalOfAccount(account), {
      action: 'CHANGE_PASSWORD',
      entityType: 'Account',
      entityId: account.id,
      before: { passwordChangedAt: account.passwordChangedAt.toISOString() },
      after: { passwordChangedAt: changedAt.toISOString() },
    });
  });
  return { ok: true };
}

/** The cut-off only moves forward: a change sent by a gateway whose clock runs behind must not revive tokens. */
const later = (current: Date | null, next: Date) => (current && current > next ? current : next);

/** The demo accounts' one shared password, hashed once per process: it is published, so one salt hides nothing. */
let demoHash: Promise<string> | undefined;

/**
 * Development and demo installs: the seeded accounts of @jining/protocol's DEV_ACCOUNTS, created when missing (an
 * account whose password someone changed is left as it is). Idempotent; runs at every start.
 */
export async function ensureDemoAccounts(prisma: PrismaClient, log: (line: string) => void): Promise<void> {
  const existing = new Set(
    (
      await prisma.account.findMany({
        where: { id: { in: DEV_ACCOUNTS.map((a) => a.accountId) } },
        select: { id: true },
      })
    ).map((a) => a.id),
  );
  const missing = DEV_ACCOUNTS.filter((a) => !existing.has(a.accountId));
  if (missing.length === 0) return;
  const passwords = new Set(missing.map((a) => a.password));
  if (passwords.size !== 1) throw new Error('the demo accounts are expected to share one published password');
  const passwordHash = await (demoHash ??= hashPassword([...passwords][0]!));
  await prisma.account.createMany({
    data: missing.map((a) => ({
      id: a.accountId,
      username: normaliseUsername(a.username),
      displayName: a.displayName,
      department: a.department,
      countyCode: a.countyCode ?? null,
      passwordHash,
      demo: true,
    })),
    skipDuplicates: true,
  });
  log(`demo accounts: ${missing.length} created (${missing.map((a) => a.username).join(', ')})`);
}
