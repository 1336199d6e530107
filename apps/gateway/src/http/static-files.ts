import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import type { Route } from '@jining/protocol/http';

/**
 * Serves the admin web's build (`apps/admin-web/dist`) at `/`, so one URL serves the whole product.
 * Paths without a file fall back to index.html (the SPA's client-side routes); paths that look like a file
 * (have an extension) and do not exist are 404, so a missing script is not answered with HTML.
 * The API paths never reach here: the route list puts them first, and they are excluded below anyway.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const API_PATHS = ['/graphql', '/auth', '/healthz', '/readyz'];
const isApiPath = (pathname: string) => API_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/** `getRoot` is asked per request, so a build made after the gateway started is served without a restart. */
export function staticFilesRoute(getRoot: () => string): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return false; // malformed %-encoding: let the server's 404 answer
    }
    if (isApiPath(pathname) || pathname.includes('\0')) return false;
    const root = resolve(getRoot());
    const index = resolve(root, 'index.html');
    if (!(await isFile(index))) return false; // no build: nothing to serve

    // Resolve inside the root and refuse anything that escapes it (`..`, encoded or not).
    const file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound(res);
    if (await isFile(file)) return sendFile(req.method === 'HEAD', res, file, relative(root, file));
    if (extname(pathname)) return notFound(res);
    return sendFile(req.method === 'HEAD', res, index, 'index.html');
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(headOnly: boolean, res: ServerResponse, file: string, servedAs: string): Promise<true> {
  const { size } = await stat(file);
  const isHtml = extname(file) === '.html';
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    // Vite fingerprints everything under assets/; index.html must be re-read so a deploy takes effect.
    'cache-control': isHtml
      ? 'no-cache'
      : servedAs.startsWith(`assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
  if (headOnly) {
    res.end();
    return true;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).pipe(res).on('finish', done).on('close', done);
  });
  return true;
}

function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('未找到');
  return true;
}
