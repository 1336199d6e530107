import { createTestDatabase } from '@jining/db';
import { devPrincipal } from '@jining/protocol/dev-accounts';
import { signPrincipal, type Principal } from '@jining/protocol/principal';
import { startSubgraph, type DemoSeed, type RunningSubgraph, type SubgraphDefinition } from './subgraph.ts';

export { devPrincipal, DEV_ACCOUNTS } from '@jining/protocol/dev-accounts';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Posts a GraphQL operation over real HTTP. `principal`: signed as the gateway would;
 * `null`: sent without any signature (to prove it is refused).
 */
export async function graphqlRequest<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  principal: Principal | null = devPrincipal('hrss'),
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(principal ? signPrincipal(principal) : {}), ...extraHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Starts a real subgraph server on a free port against a fresh test database (PGlite, or TEST_DATABASE_URL). */
export async function startTestSubgraph<Client extends { $disconnect(): Promise<void> }>(
  def: SubgraphDefinition<Client>,
  options: { demo?: DemoSeed<Client> } = {},
): Promise<RunningSubgraph<Client> & { request: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, principal?: Principal | null) => Promise<GraphQLResult<T>> }> {
  const db = await createTestDatabase(def.name);
  const running = await startSubgraph(def, { db, port: 0, ...options, log: () => {} });
  return {
    ...running,
    request: (query, variables, principal) => graphqlRequest(running.url, query, variables, principal === undefined ? devPrincipal('hrss') : principal),
    async stop() {
      await running.stop();
      await db.close();
    },
  };
}
