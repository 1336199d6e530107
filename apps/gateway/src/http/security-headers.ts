import type { Route } from '@jining/protocol/http';
import { GRAPHIQL_PATH } from './graphiql.ts';

/**
 * Headers on everything the gateway serves. The admin web gets a Content-Security-Policy that allows only its own
 * files: scripts from this origin only (vite's build has no inline script), styles from this origin plus inline ones
 * (antd's CSS-in-JS writes <style> elements and React writes style attributes), images from here or `data:` (the
 * page's empty icon), requests to this origin only (/graphql, /auth). JSON answers get a policy that allows nothing.
 * No one may frame any of it (clickjacking), browsers may not guess content types, and no page sends a Referer (the
 * person page's URL holds an id).
 *
 * The development GraphQL IDE at /graphiql/ (graphiql.ts) gets its own policy, as strict about origins: everything
 * from this origin, Monaco's workers included; fonts and icons only as the `data:` URLs inside its own stylesheet.
 */
export const ADMIN_WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * GraphiQL (development only): its scripts and Monaco's workers from this origin, no eval; styles from this origin
 * plus inline ones (Monaco and GraphiQL write <style> elements and style attributes for the editors, tooltips and
 * resizable panes); the fonts are `data:` URLs inside its stylesheet; requests to this origin only (/graphql, /auth).
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const API_PATHS = ['/graphql', '/auth', '/healthz', '/readyz'];
const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function securityHeadersRoute(): Route {
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const csp = API_PATHS.some((p) => under(pathname, p))
      ? API_CSP
      : under(pathname, GRAPHIQL_PATH)
        ? GRAPHIQL_CSP
        : ADMIN_WEB_CSP;
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    return false;
  };
}
