import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal } from '@jining/protocol/http';
import { loginThrottledMessage } from '@jining/protocol/login-throttle';
import type { Principal } from '@jining/protocol/principal';
import { SERVICE_PRINCIPALS, serviceFetch } from '@jining/protocol/service';
import { ReplicaPool } from '@jining/protocol/replicas';
import type { TokenClaims } from './tokens.ts';

/** What the directory needs to know of a token: which one (to refuse it once signed out) and when it was issued. */
export type TokenRef = Pick<TokenClaims, 'accountId' | 'jti' | 'issuedAt'>;

/**
 * Who may sign in, and what each account may do. Accounts live in the directory (its `account` table, passwords
 * hashed with scrypt there); the gateway asks it over the directory's `/accounts/*` routes as the `accounts` service
 * principal, so no hash ever reaches the gateway. The guard builds every request's principal from here, never from
 * the token.
 */
export interface Accounts {
  /**
   * The principal behind a token (its account's department's permissions), or undefined for an unknown or disabled
   * account, or a token signed out or issued before the account's password last changed (on any gateway).
   */
  byToken(token: TokenRef): Promise<Principal | undefined>;
  /**
   * The account whose username and password these are; unknown user and wrong password answer alike. Throws 429
   * LOGIN_THROTTLED when the directory has counted too many failures for the name (through any gateway).
   */
  check(username: string, password: string): Promise<Principal | undefined>;
  /**
   * Signs the token out for every gateway, this one after a restart too, until `expiresAt` (seconds). Throws
   * (503) when the directory cannot record it.
   */
  revoke(token: TokenRef & Pick<TokenClaims, 'expiresAt'>): Promise<void>;
  /**
   * The account's own password change; the account's tokens issued before `revokeIssuedBefore` (seconds, this
   * gateway's clock) stop working on every gateway.
   */
  changePassword(
    accountId: string,
    currentPassword: string,
    newPassword: string,
    revokeIssuedBefore: number,
  ): Promise<PasswordChange>;
}

export type PasswordChange =
  { ok: true } | { ok: false; code: 'WRONG_PASSWORD' | 'WEAK_PASSWORD'; reason?: string; message: string };

/** The directory cannot answer: every caller gets 503 SERVICE_UNAVAILABLE, and nothing is decided. */
const unavailable = (detail: string) => {
  console.error(`[gateway] accounts: the directory did not answer (${detail})`);
  return new HttpRefusal(503, ErrorCode.SERVICE_UNAVAILABLE, '账号服务暂时不可用，请稍后重试', 'ACCOUNTS_UNAVAILABLE', {
    'retry-after': '5',
  });
};

interface Refusal {
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

export interface DirectoryAccountsOptions {
  /** The directory subgraph's /graphql URL (its /accounts routes sit beside it), or its replicas' comma-separated. */
  directoryUrl: string;
  signingSecret: string;
  /**
   * How long a token's principal is reused before the directory is asked again (ACCOUNT_CACHE_SECONDS): a disabled
   * account, a department's changed permissions, and a sign-out or password change made through another gateway take
   * effect within this time (through this gateway: at once). Sign-in is never cached.
   */
  cacheSeconds: number;
}

/** Principals kept at most; past that the oldest entry goes first. */
const MAX_CACHED = 10_000;

export function directoryAccounts({ directoryUrl, signingSecret, cacheSeconds }: DirectoryAccountsOptions): Accounts {
  const cache = new Map<string, { principal: Principal; until: number }>();
  const replicas = new ReplicaPool(directoryUrl);
  const call = async (path: string, body: Record<string, string | number>) => {
    let response: Response;
    try {
      response = await replicas.run(
        (url) =>
          serviceFetch({
            url: new URL(`/accounts/${path}`, url).toString(),
            target: 'directory',
            body,
            secret: signingSecret,
            principal: SERVICE_PRINCIPALS.ACCOUNTS,
            timeoutMs: 10_000,
          }),
        // A password change is the one write: sent again only where the first replica never saw it.
        { replayable: path !== 'password' },
      );
    } catch (error) {
      throw unavailable((error as Error).message);
    }
    const json = (await response.json().catch(() => ({}))) as { principal?: Principal } & Refusal;
    // 5xx, or a refusal of the gateway itself (signature, permission): not an answer about the account.
    if (
      response.status >= 500 ||
      [403, 405].includes(response.status) ||
      json.errors?.[0]?.extensions?.code === ErrorCode.GATEWAY_SIGNATURE_REQUIRED
    ) {
      throw unavailable(`HTTP ${response.status} ${json.errors?.[0]?.extensions?.code ?? ''}`.trim());
    }
    return { status: response.status, json, retryAfter: response.headers.get('retry-after') };
  };
  return {
    async byToken({ accountId, jti, issuedAt }) {
      // Per token, not per account: the directory's answer depends on the token (signed out, older than a password).
      const key = `${accountId}\n${jti}`;
      const hit = cache.get(key);
      if (hit && hit.until > Date.now()) return hit.principal;
      const { status, json } = await call('principal', { accountId, tokenId: jti, issuedAt });
      cache.delete(key);
      if (status !== 200 || !json.principal) return undefined;
      cache.set(key, { principal: json.principal, until: Date.now() + cacheSeconds * 1000 });
      if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
      return json.principal;
    },
    async revoke({ accountId, jti, expiresAt }) {
      const { status } = await call('revoke', { accountId, tokenId: jti, expiresAt });
      cache.delete(`${accountId}\n${jti}`);
      if (status !== 200) throw unavailable(`revoke answered HTTP ${status}`);
    },
    async check(username, password) {
      const { status, json, retryAfter } = await call('sign-in', { username, password });
      if (status === 429) {
        // The directory's count, which every gateway shares: passed on as this gateway's own refusal.
        const seconds = /^\d{1,6}$/.test(retryAfter ?? '') ? Number(retryAfter) : 60;
        throw new HttpRefusal(429, ErrorCode.LOGIN_THROTTLED, loginThrottledMessage(seconds), undefined, {
          'retry-after': String(seconds),
        });
      }
      return status === 200 ? json.principal : undefined;
    },
    async changePassword(accountId, currentPassword, newPassword, revokeIssuedBefore) {
      const { status, json } = await call('password', { accountId, currentPassword, newPassword, revokeIssuedBefore });
      if (status === 200) {
        // The account's other sessions end here at once, not when their cached principals expire.
        for (const key of cache.keys()) if (key.startsWith(`${accountId}\n`)) cache.delete(key);
        return { ok: true };
      }
      const error = json.errors?.[0];
      const code = error?.extensions?.code === 'WEAK_PASSWORD' ? 'WEAK_PASSWORD' : 'WRONG_PASSWORD';
      return {
        ok: false,
        code,
        ...(error?.extensions?.reason ? { reason: error.extensions.reason } : {}),
        message: error?.message ?? '当前密码不正确',
      };
    },
  };
}
