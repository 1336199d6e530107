import type { IncomingMessage } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal } from '@jining/protocol/http';
import type { Principal } from '@jining/protocol/principal';
import { servicePrincipal } from '@jining/protocol/service';
import { SIGNATURE_HEADER, verifyRequest, type NonceCache } from '@jining/protocol/signature';
import type { Accounts } from './accounts.ts';
import type { RevokedTokens } from './revocation.ts';
import { verifyToken, type TokenClaims } from './tokens.ts';

export interface BearerOptions {
  secret: Uint8Array;
  tokenTtlSeconds: number;
  accounts: Accounts;
  revoked: RevokedTokens;
  /**
   * The platform's own processes (finance's fact consumer) call with a request-bound signature instead of a token:
   * verified with GATEWAY_SIGNING_SECRET for the target `gateway`, once per nonce, and only for a principal in the
   * service table (protocol/service.ts), whose permissions are the table's, never the wire's.
   */
  service?: { signingSecret: string; nonces: NonceCache };
}

/** The target name services sign their gateway requests for. */
export const GATEWAY_TARGET = 'gateway';

/** `Authorization: Bearer <token>`, if present. */
export const bearerToken = (header: string | undefined | null): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

/**
 * A token's claims and the account it names, or null: the token must verify, not be revoked, and name a known
 * account by id *and* username. The principal is the account's own (its permissions from the server), never the
 * token's.
 */
export async function authenticate(
  token: string | undefined,
  options: BearerOptions,
): Promise<{ claims: TokenClaims; principal: Principal } | null> {
  const claims = token ? await verifyToken(token, options.secret, options.tokenTtlSeconds) : null;
  if (!claims || options.revoked.isRevoked(claims.jti)) return null;
  const principal = await options.accounts.byToken(claims);
  if (!principal || principal.username !== claims.username) return null;
  return { claims, principal };
}

/**
 * The /graphql guard: every request needs a good bearer token, or (the platform's own services) a request signature
 * for the gateway. (Development's browser GET of /graphql never gets here: http/graphiql.ts sends it to the GraphQL
 * IDE first.)
 */
export function bearerGuard(options: BearerOptions) {
  /** The verified principal, which createGraphQLHttpServer hands to the context. */
  return async (req: IncomingMessage, headers: HeaderMap, body: Buffer): Promise<Principal> => {
    if (options.service && !headers.get('authorization') && headers.get(SIGNATURE_HEADER)) {
      return authenticateService(req, headers, body, options.service);
    }
    const verified = await authenticate(bearerToken(headers.get('authorization')), options);
    if (!verified) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, '请先登录');
    return verified.principal;
  };
}

function authenticateService(
  req: IncomingMessage,
  headers: HeaderMap,
  body: Buffer,
  service: NonNullable<BearerOptions['service']>,
): Principal {
  const verified = verifyRequest(
    headers,
    { method: req.method ?? 'GET', path: req.url ?? '/', body },
    { secret: service.signingSecret, target: GATEWAY_TARGET, nonces: service.nonces },
  );
  const principal = verified.ok ? servicePrincipal(verified.principal.accountId) : null;
  if (!principal) {
    throw new HttpRefusal(
      401,
      ErrorCode.UNAUTHENTICATED,
      '服务签名无效',
      verified.ok ? 'NOT_A_SERVICE_PRINCIPAL' : verified.reason,
    );
  }
  return principal;
}
