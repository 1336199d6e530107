import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';

/**
 * A minimal Node HTTP integration for Apollo Server 5: GraphQL on `path`, plus the extra routes a
 * platform needs (health and readiness), without pulling in a web framework. Shared by subgraphs and gateway.
 */
export interface Route {
  (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean>;
}

export interface GraphQLHttpOptions<TContext extends BaseContext, Guarded = void> {
  apollo: ApolloServer<TContext>;
  path?: string;
  /**
   * Runs before GraphQL: throw an `HttpRefusal` to refuse the request (no signature, no token …). What it returns
   * (the verified principal) is handed to `context`, so nothing is verified twice.
   */
  guard?: (req: IncomingMessage, headers: HeaderMap) => Guarded | Promise<Guarded>;
  context: (req: IncomingMessage, headers: HeaderMap, guarded: Guarded | undefined) => Promise<TContext>;
  /** Routes tried before GraphQL (health, login, static files …). */
  routes?: Route[];
}

/** Thrown from `context` to answer with a plain HTTP error and a coded GraphQL-shaped body. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limitBytes = 2 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', '请求体过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function createGraphQLHttpServer<TContext extends BaseContext, Guarded = void>(
  options: GraphQLHttpOptions<TContext, Guarded>,
): Server {
  const path = options.path ?? '/graphql';
  return createServer(async (req, res) => {
    try {
      for (const route of options.routes ?? []) {
        if (await route(req, res)) return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== path) return sendJson(res, 404, { errors: [{ message: '未找到', extensions: { code: 'NOT_FOUND' } }] });
      const headers = toHeaderMap(req);
      const guarded = await options.guard?.(req, headers);
      const raw = req.method === 'POST' ? await readBody(req) : '';
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, { errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, headers, guarded),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof HttpRefusal) {
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      }
      console.error('[http]', error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** `/healthz` answers while the process lives; `/readyz` only once `isReady()` (migrated, seeded, listening). */
export function healthRoutes(isReady: () => boolean | Promise<boolean>): Route {
  return async (req, res) => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return true;
    }
    if (pathname === '/readyz') {
      const ready = await isReady();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'starting' });
      return true;
    }
    return false;
  };
}
