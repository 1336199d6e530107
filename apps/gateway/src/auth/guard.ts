import type { IncomingMessage } from 'node:http';
import type { HeaderMap } from '@apollo/server';
import { ErrorCode } from '@jining/protocol/errors';
import { HttpRefusal } from '@jining/protocol/http';
import type { Principal } from '@jining/protocol/principal';
import { verifyToken } from './tokens.ts';

/**
 * The /graphql guard: every request needs `Authorization: Bearer <token>`, except the browser's GET of the
 * Sandbox landing page (it carries no token; the queries it then sends do).
 */
export function bearerGuard(options: { secret: Uint8Array; landingPage: boolean }) {
  /** The verified principal (createGraphQLHttpServer hands it to the context), or undefined for the landing page. */
  return async (req: IncomingMessage, headers: HeaderMap): Promise<Principal | undefined> => {
    if (options.landingPage && isLandingPageRequest(req, headers)) return undefined;
    const token = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
    const principal = token ? await verifyToken(token, options.secret) : null;
    if (!principal) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, '请先登录');
    return principal;
  };
}

/**
 * A browser's GET of the page itself: HTML preferred and no operation in the URL. Without `query` nothing can be
 * executed even if Apollo Server decides not to serve the page, so skipping the token here cannot leak data.
 */
function isLandingPageRequest(req: IncomingMessage, headers: HeaderMap): boolean {
  if (req.method !== 'GET') return false;
  const accept = headers.get('accept') ?? '';
  const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
  return accept.includes('text/html') && !search.has('query') && !search.has('extensions');
}
