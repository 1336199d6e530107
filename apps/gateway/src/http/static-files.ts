import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
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

    const file = fileInside(root, pathname);
    if (!file) return notFound(res);
    if (await isFile(file)) return sendFile(req, res, file, relative(root, file));
    if (extname(pathname)) return notFound(res);
    return sendFile(req, res, index, 'index.html');
  };
}

/** The file `pathname` (decoded) names under `root`, or null when it would escape `root` (`..`, encoded or not). */
export function fileInside(root: string, pathname: string): string | null {
  if (pathname.includes('\0')) return null;
  const file = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);

/**
 * Compressed copies, one per file, made on its first request (the build is immutable between deploys) and remade
 * when the file's version (mtime + size) changes, so a new build replaces the old copies instead of adding to them.
 */
const compressed = new Map<string, { version: string; br: Buffer; gzip: Buffer }>();

async function compressedCopy(file: string, version: string) {
  let copy = compressed.get(file);
  if (copy?.version !== version) {
    const raw = await readFile(file);
    copy = {
      version,
      br: brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    compressed.set(file, copy);
  }
  return copy;
}

/** br when the browser takes it, else gzip, else none (q=0 excluded). */
function pickEncoding(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name!.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

/**
 * Sends one file of a build: compressed when worth it, `index.html` never cached without asking again, vite's
 * fingerprinted `assets/` cached for good. `servedAs` is the file's path inside its build (for the cache rule).
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  servedAs: string,
): Promise<true> {
  const headOnly = req.method === 'HEAD';
  const { size, mtimeMs } = await stat(file);
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html';
  const encoding = COMPRESSIBLE.has(ext) && size > 1024 ? pickEncoding(req) : undefined;
  const body = encoding ? (await compressedCopy(file, `${mtimeMs}:${size}`))[encoding] : undefined;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'content-length': body ? body.length : size,
    ...(body ? { 'content-encoding': encoding } : {}),
    // Caches keep the compressed and the plain copy apart.
    ...(COMPRESSIBLE.has(ext) ? { vary: 'accept-encoding' } : {}),
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
  if (body) {
    res.end(body);
    return true;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).pipe(res).on('finish', done).on('close', done);
  });
  return true;
}

export function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('未找到');
  return true;
}
