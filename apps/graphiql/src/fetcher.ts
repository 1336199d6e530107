import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher: POST /graphql on this origin with the signed-in user's bearer token, plus any headers typed in
 * GraphiQL's header editor (the token wins over an `authorization` typed there). A 401 ends the session.
 */
export function bearerFetcher(token: string, onUnauthorized: () => void): Fetcher {
  return async (params, options) => {
    const typed: Record<string, string> = {};
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      if (name.toLowerCase() !== 'authorization') typed[name] = String(value);
    }
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { ...typed, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(params),
    });
    if (response.status === 401) {
      onUnauthorized();
      return { errors: [new GraphQLError('登录已过期，请重新登录', { extensions: { code: 'UNAUTHENTICATED' } })] };
    }
    return (await response.json()) as ExecutionResult;
  };
}
