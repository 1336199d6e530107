import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { HttpRefusal, readBodyBytes, sendJson, type Route } from '@jining/protocol/http';

/**
 * A minimal Node HTTP integration for Apollo Server 5: GraphQL on `path`, plus the extra routes a
 * platform needs (health and readiness), without pulling in a web framework. Shared by subgraphs and gateway.
 * The plain HTTP pieces it uses (`Route`, `HttpRefusal`, `sendJson`, `readBody`) are in `@jining/protocol`.
 */
export interface GraphQLHttpOptions<TContext extends BaseContext, Guarded = void> {
  apollo: ApolloServer<TContext>;
  path?: string;
  /**
   * Runs before GraphQL: throw an `HttpRefusal` to refuse the request (no signature, no token …). What it returns
   * (the verified principal) is handed to `context`, so nothing is verified twice. `body` is the request body's exact
   * bytes (empty for GET), read before the guard so a signature can cover them.
   */
  guard?: (req: IncomingMessage, headers: HeaderMap, body: Buffer) => Guarded | Promise<Guarded>;
  context: (req: IncomingMessage, headers: HeaderMap, guarded: Guarded | undefined) => Promise<TContext>;
  /** Routes tried before GraphQL (health, login, static files …). */
  routes?: Route[];
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
      if (url.pathname !== path)
        return sendJson(res, 404, { errors: [{ message: '未找到', extensions: { code: 'NOT_FOUND' } }] });
      const headers = toHeaderMap(req);
      const bytes = req.method === 'POST' ? await readBodyBytes(req) : Buffer.alloc(0);
      const guarded = await options.guard?.(req, headers, bytes);
      const raw = bytes.toString('utf8');
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
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
        const extensions = { code: error.code, ...(error.reason ? { reason: error.reason } : {}) };
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions }] }, error.headers);
      }
      console.error('[http]', error);
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
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

/** This process's memory in MB, for an operator watching a process's size (and the benchmark's figures). */
export function memoryFigures(): Record<string, number> {
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) };
}

/**
 * `/healthz` answers while the process lives (with `details()`: plain counters, never data, and `memory`: the
 * process's sizes); `/readyz` only once `isReady()` (migrated, seeded, listening).
 */
export function healthRoutes(
  isReady: () => boolean | Promise<boolean>,
  details: () => Record<string, number | string> = () => ({}),
): Route {
  return async (req, res) => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok', ...details(), memory: memoryFigures() });
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
