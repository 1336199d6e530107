import type { Principal } from './principal.ts';
import { signRequest } from './signature.ts';

/**
 * Principals of the platform's own processes, not of people. A service signs its requests with the same
 * request-bound HMAC the gateway uses for subgraphs (signature.ts), so a captured request is worth nothing twice.
 * Whoever receives one trusts the principal from this table by accountId, never the permissions on the wire: a
 * service principal is only what is written here.
 *
 * - `finance-facts`: finance's fact consumer. It reads each domain's outbox feed (`facts:read`) and asks the
 *   gateway what the rules need to complete a fact (employer kind, county, names); it writes nothing elsewhere.
 * - `references`: a subgraph checking, before it writes, that the people and units a record names exist in the
 *   directory (`peopleByIds`, `organisationsByIds` through the gateway), and awards reading the competition result a
 *   nomination rests on (`competitionResult`: its person's id and its competition's tier). It reads ids and codes
 *   only, nothing personal: no permission at all.
 * - `accounts`: the gateway asking the directory whether a sign-in is right, which account a token names, and to
 *   change a password (the directory's `/accounts/*` routes, `accounts:verify`). Password hashes never leave the
 *   directory.
 * - `id-match`: a subgraph matching the full resident ID numbers of an import to people's ids
 *   (`personIdsByIdNumbers`, which needs `pii:read`). The subgraph asks only for a caller who holds `pii:read`
 *   (HRSS) itself, so it never finds more than that caller could find with the directory's search; it gets ids back,
 *   never numbers.
 * - `directory-levels`: the directory's level consumer. It reads evaluation's outbox feed (`facts:read`, and only
 *   that feed: `FEED_READERS`) to keep the read model the people list filters levels on (`people(minLevel:)`); it
 *   asks nothing else of anyone.
 * - `payment-file`: finance exporting a payment batch's payment file (`paymentFile`), which reads the full bank
 *   accounts of the batch's beneficiaries from the directory (`paymentAccounts`, `payment-accounts:read`). No user's
 *   account holds that permission: finance asks only after it has checked that its caller may pay the batch and has a
 *   reason, and records the export in its own audit trail.
 */
export const SERVICE_PRINCIPALS = {
  FINANCE_FACTS: {
    accountId: 'service:finance-facts',
    username: 'finance-facts',
    displayName: '资金待遇计算服务',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['facts:read'],
  },
  REFERENCES: {
    accountId: 'service:references',
    username: 'references',
    displayName: '引用核验服务',
    department: 'HRSS',
    countyCode: null,
    permissions: [],
  },
  ACCOUNTS: {
    accountId: 'service:accounts',
    username: 'accounts',
    displayName: '登录认证服务',
    department: 'HRSS',
    countyCode: null,
    permissions: ['accounts:verify'],
  },
  ID_MATCH: {
    accountId: 'service:id-match',
    username: 'id-match',
    displayName: '身份证号匹配服务',
    department: 'HRSS',
    countyCode: null,
    permissions: ['pii:read'],
  },
  DIRECTORY_LEVELS: {
    accountId: 'service:directory-levels',
    username: 'directory-levels',
    displayName: '技能等级同步服务',
    department: 'HRSS',
    countyCode: null,
    permissions: ['facts:read'],
  },
  PAYMENT_FILE: {
    accountId: 'service:payment-file',
    username: 'payment-file',
    displayName: '支付文件服务',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['payment-accounts:read'],
  },
} as const satisfies Record<string, Principal>;

/**
 * Which subgraphs' outbox feeds each service principal with `facts:read` may read: finance's fact service every
 * one (it pays for facts of every domain); the directory's level consumer evaluation's alone (certificates are all
 * it keeps). A principal not listed reads none.
 */
export const FEED_READERS: Readonly<Record<string, 'every' | readonly string[]>> = {
  [SERVICE_PRINCIPALS.FINANCE_FACTS.accountId]: 'every',
  [SERVICE_PRINCIPALS.DIRECTORY_LEVELS.accountId]: ['evaluation'],
};

/** May this principal (from the table, not the wire) read `source`'s outbox feed? */
export function mayReadFeed(principal: Principal, source: string): boolean {
  const readable = FEED_READERS[principal.accountId];
  if (!readable || !principal.permissions.includes('facts:read')) return false;
  return readable === 'every' || readable.includes(source);
}

const BY_ID = new Map<string, Principal>(
  Object.values(SERVICE_PRINCIPALS).map((p) => [p.accountId, { ...p, permissions: [...p.permissions] }]),
);

/** The service principal with this accountId, from the table (a fresh copy), or null. */
export function servicePrincipal(accountId: string): Principal | null {
  const found = BY_ID.get(accountId);
  return found ? { ...found, permissions: [...found.permissions] } : null;
}

export interface ServiceRequest {
  /** The full URL, e.g. http://127.0.0.1:4103/facts?after=0 or the gateway's /graphql. */
  url: string;
  /** Who receives it: a subgraph's registered name, or `gateway`. */
  target: string;
  method?: 'GET' | 'POST';
  /** JSON body for POST. */
  body?: unknown;
  secret: string;
  principal: Principal;
  /** Default 10 s: a stalled peer must not stall the caller's loop. */
  timeoutMs?: number;
}

/** A request signed as a service principal (the same signature the gateway puts on subgraph requests). */
export async function serviceFetch(request: ServiceRequest): Promise<Response> {
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST');
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  const url = new URL(request.url);
  const headers = signRequest(
    request.principal,
    { method, target: request.target, path: `${url.pathname}${url.search}`, body },
    request.secret,
  );
  return fetch(url, {
    method,
    headers: { ...headers, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    ...(method === 'POST' ? { body } : {}),
    signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
  });
}
