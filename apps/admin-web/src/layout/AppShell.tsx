import { ApolloProvider } from '@apollo/client/react';
import { appClient } from '../apollo/instance';
import { AppLayout } from './AppLayout';

/** Everything after login: the GraphQL client and the layout, one lazy chunk (the login page needs neither). */
export function AppShell() {
  return (
    <ApolloProvider client={appClient()}>
      <AppLayout />
    </ApolloProvider>
  );
}
