import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetch function a `RemoteGraphQLDataSource` calls (`@apollo/utils.fetcher`'s `Fetcher`). */
export type SubgraphFetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;
type FetcherResponse = Awaited<ReturnType<SubgraphFetcher>>;

/** Raised when a subgraph has not answered in time (the request is aborted, its connection closed). */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

/**
 * Connections to the subgraphs stay open between calls (keep-alive), the most recently used first (`lifo`: the
 * fewest sockets stay warm), up to 128 at once per replica; an idle one is closed after 4 s, before Node's server
 * side closes it at 5 s, so a call never lands on a socket the subgraph is closing.
 */
const AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 128,
  maxFreeSockets: 32,
  scheduling: 'lifo',
  timeout: 4000,
} as const;
const agents = { http: new Agent(AGENT_OPTIONS), https: new HttpsAgent(AGENT_OPTIONS) };

/**
 * How the gateway calls its subgraphs: Node's own HTTP client over a keep-alive agent, the whole body read into one
 * buffer under one deadline (connection, headers and body), and a small response object carrying what
 * RemoteGraphQLDataSource reads (status, headers, json/text).
 *
 * Not @apollo/gateway's default (make-fetch-happen over minipass-fetch and @npmcli/agent): a built-for-npm client that
 * opened a connection per call here and forwarded socket errors that arrive after the response (a subgraph refusing an
 * upload with 413, then resetting) onto streams nobody listened to any more — an unhandled 'error' event that ended
 * the gateway. Nor Node's fetch (undici), used until the gateway was profiled (docs/gateway-profile.md): its WHATWG
 * streams (a ReadableStream for the request body, another for the response, a tee, a DOMException for every
 * AbortSignal.timeout that fired long after its call had ended) cost more CPU than the gateway's own planning.
 * Every failure here is a rejected promise carrying the socket's code (ECONNREFUSED, ECONNRESET …, which the replica
 * pool reads), and the data source turns it into a coded GraphQL error.
 */
export function subgraphFetcher(timeoutMs: number): SubgraphFetcher {
  const fetcher = (url: string, init?: Parameters<SubgraphFetcher>[1]): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const https = target.protocol === 'https:';
      const body = typeof init?.body === 'string' ? Buffer.from(init.body) : undefined;
      const headers: Record<string, string | number> = { ...(init?.headers as Record<string, string> | undefined) };
      if (body) headers['content-length'] = body.length;
      const req = (https ? httpsRequest : httpRequest)(target, {
        method: init?.method ?? 'GET',
        headers,
        agent: https ? agents.https : agents.http,
      });
      // One deadline for the whole call: a subgraph that sends headers and then stalls cannot hold the plan.
      const timer = setTimeout(() => req.destroy(new SubgraphTimeoutError(timeoutMs)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      // `on`, not `once`: a socket can fail again after the first error (a reset after a 413), and an 'error' event
      // without a listener would end the gateway.
      req.on('error', fail);
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.once('end', () => {
          clearTimeout(timer);
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve(
            bufferedResponse(url, res.statusCode ?? 0, res.statusMessage ?? '', responseHeaders, Buffer.concat(chunks)),
          );
        });
      });
      req.end(body);
    });
  return fetcher as SubgraphFetcher;
}

/** The parts of a fetch Response that RemoteGraphQLDataSource and the error mapping read, over a buffered body. */
function bufferedResponse(
  url: string,
  status: number,
  statusText: string,
  headers: Headers,
  body: Buffer,
): FetcherResponse {
  let used = false;
  const take = () => {
    if (used) throw new TypeError('Body has already been used');
    used = true;
    return body;
  };
  const response = {
    url,
    status,
    statusText,
    headers,
    ok: status >= 200 && status < 300,
    redirected: false,
    get bodyUsed() {
      return used;
    },
    async text() {
      return take().toString('utf8');
    },
    async json() {
      return JSON.parse(take().toString('utf8')) as unknown;
    },
    async arrayBuffer() {
      const bytes = take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    clone() {
      return bufferedResponse(url, status, statusText, headers, body);
    },
  };
  return response as unknown as FetcherResponse;
}
