import type { Route } from '@jining/protocol/http';

/**
 * Headers on everything the gateway serves. The admin web gets a Content-Security-Policy that allows only its own
 * files: scripts from this origin only (vite's build has no inline script), styles from this origin plus inline ones
 * (antd's CSS-in-JS writes <style> elements and React writes style attributes), images from here or `data:` (the
 * page's empty icon), requests to this origin only (/graphql, /auth). JSON answers get a policy that allows nothing.
 * No one may frame any of it (clickjacking), browsers may not guess content types, and no page sends a Referer (the
 * person page's URL holds an id).
 *
 * The one exception is development's Apollo Sandbox page at GET /graphql, which loads its script from Apollo's CDN:
 * it gets no CSP (it is off in production, where /graphql only ever answers JSON).
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

const API_PATHS = ['/graphql', '/auth', '/healthz', '/readyz'];

export function securityHeadersRoute(options: { sandbox: boolean }): Route {
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const api = API_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
    const sandboxPage = options.sandbox && pathname === '/graphql' && req.method === 'GET';
    if (!sandboxPage) res.setHeader('content-security-policy', api ? API_CSP : ADMIN_WEB_CSP);
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    return false;
  };
}
