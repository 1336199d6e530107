import type { Route } from '@jining/protocol/http';

/**
 * CORS for the API paths only (/graphql, /auth/*): the admin web's vite dev server runs on another origin.
 * In production the gateway serves the admin web itself (same origin), so no CORS is needed there.
 * This route never answers except preflights; it only adds headers for the routes after it.
 */
export function corsRoute(allowedOrigins: string[]): Route {
  const allowed = new Set(allowedOrigins);
  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/graphql' && !pathname.startsWith('/auth/')) return false;
    const origin = req.headers.origin;
    res.setHeader('vary', 'Origin');
    if (!origin || !allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
    if (req.method !== 'OPTIONS') return false;
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers':
        'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      'access-control-max-age': '600',
    });
    res.end();
    return true;
  };
}
