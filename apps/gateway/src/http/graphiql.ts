import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Route } from '@jining/protocol/http';
import { fileInside, isFile, notFound, sendFile } from './static-files.ts';

/** Where the development GraphQL IDE is served (the build of apps/graphiql, made with `base: '/graphiql/'`). */
export const GRAPHIQL_PATH = '/graphiql';

/**
 * The development GraphQL IDE: GraphiQL with its own sign-in form, built by `pnpm build` into apps/graphiql/dist and
 * served from there at `/graphiql/` — every script, stylesheet, font and Monaco worker from this origin, nothing from
 * a CDN (security-headers.ts gives it a CSP that allows nothing else). A browser's GET of `/graphql` (an HTML page,
 * no operation) is sent there.
 *
 * Outside development mode none of it exists: `/graphiql` and everything under it is 404 (not the admin web's
 * index.html), and a browser's GET of `/graphql` goes on to the bearer guard, which refuses it (401).
 *
 * The page itself carries no data and needs no token; every query it sends is an ordinary POST /graphql with the
 * signed-in user's bearer token, so without one it is refused like any other.
 */
export function graphiqlRoute(options: { enabled: boolean; getRoot: () => string }): Route {
  return async (req, res) => {
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return false; // malformed %-encoding: let the server's 404 answer
    }
    if (pathname === '/graphql') {
      if (options.enabled && isBrowserPageRequest(req, url)) return redirect(res, `${GRAPHIQL_PATH}/`);
      return false;
    }
    if (pathname !== GRAPHIQL_PATH && !pathname.startsWith(`${GRAPHIQL_PATH}/`)) return false;
    if (!options.enabled) return notFound(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('请使用 GET');
      return true;
    }
    if (pathname === GRAPHIQL_PATH) return redirect(res, `${GRAPHIQL_PATH}/`);

    const root = resolve(options.getRoot());
    if (!(await isFile(resolve(root, 'index.html')))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('GraphiQL 尚未构建：请先运行 pnpm build（或 pnpm --filter @jining/graphiql build）');
      return true;
    }
    const inside = pathname.slice(GRAPHIQL_PATH.length + 1) || 'index.html';
    const file = fileInside(root, inside);
    if (!file || !(await isFile(file))) return notFound(res);
    return sendFile(req, res, file, inside);
  };
}

/**
 * A browser opening the URL: HTML preferred and no operation in the URL (a GET with `query` is a GraphQL request and
 * goes to the guard like any other).
 */
function isBrowserPageRequest(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET') return false;
  const accept = String(req.headers.accept ?? '');
  return accept.includes('text/html') && !url.searchParams.has('query') && !url.searchParams.has('extensions');
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(location);
  return true;
}
