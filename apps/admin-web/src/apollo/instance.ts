import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from './client';

// One client for the page's lifetime (Apollo's guidance: never in React state), made when the first page after
// login needs it: Apollo is not part of what the login page downloads.
let client: ApolloClient | null = null;

export function appClient(): ApolloClient {
  client ??= createApolloClient();
  return client;
}

/** Another user may sign in next on the same browser: never show them the previous user's cached rows. */
export function dropCachedRows(): void {
  void client?.clearStore();
}
