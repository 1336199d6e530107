import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetch function a `RemoteGraphQLDataSource` calls (`@apollo/utils.fetcher`'s `Fetcher`). */
export type SubgraphFetcher = NonNullable<RemoteGraphQLDataSource['fetcher']>;

/** Raised when a subgraph has not answered in time (the request is aborted, its connection closed). */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * How the gateway calls its subgraphs: Node's own fetch (undici), which keeps connections alive and pools them per
 * subgraph, with one deadline covering the connection, the answer's headers and its whole body.
 *
 * Not @apollo/gateway's default (make-fetch-happen over minipass-fetch and @npmcli/agent): a built-for-npm client that
 * opened a connection per call here and forwarded socket errors that arrive after the response (a subgraph refusing an
 * upload with 413, then resetting) onto streams nobody listened to any more — an unhandled 'error' event that ended
 * the gateway. Every failure here is a rejected promise, which the data source turns into a coded GraphQL error.
 */
export function subgraphFetcher(timeoutMs: number): SubgraphFetcher {
  const fetcher = async (url: string, init?: Parameters<SubgraphFetcher>[1]) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, {
        method: init?.method,
        headers: init?.headers,
        body: init?.body,
        signal,
      });
      // Read the body under the same deadline, so a subgraph that sends headers and then stalls cannot hold the plan.
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (signal.aborted) throw new SubgraphTimeoutError(timeoutMs);
      throw error;
    }
  };
  return fetcher as SubgraphFetcher;
}
