import { SERVICE_PRINCIPALS, serviceFetch } from '@jining/subgraph-kit';

/** Thrown when the gateway cannot answer now (down, timing out, a subgraph failing): try the page again later. */
export class GatewayUnavailable extends Error {
  override readonly name = 'GatewayUnavailable';
}

/** Asks the gateway one query as finance's fact service (a request-bound signature, no user token). */
export type AskGateway = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export function gatewayClient(url: string, signingSecret: string): AskGateway {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    let response: Response;
    try {
      response = await serviceFetch({
        url,
        target: 'gateway',
        body: { query, variables },
        secret: signingSecret,
        principal: SERVICE_PRINCIPALS.FINANCE_FACTS,
      });
    } catch (error) {
      throw new GatewayUnavailable(`gateway unreachable at ${url}: ${(error as Error).message}`);
    }
    const text = await response.text();
    let body: { data?: T | null; errors?: { message: string; path?: unknown[] }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new GatewayUnavailable(`gateway answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    // Any error (a subgraph down answers a field with an error and null) means the fact cannot be completed now.
    if (!response.ok || body.errors?.length || !body.data) {
      throw new GatewayUnavailable(
        `gateway answered HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
      );
    }
    return body.data;
  };
}
