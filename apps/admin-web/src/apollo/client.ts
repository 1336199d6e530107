import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { currentToken } from '../auth/session';
import { isUnauthenticated } from './errors';

import { AUDIT_TRAIL_FIELDS } from '../pages/audit/trails';
import { SESSION_EXPIRED_EVENT } from './events';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Each list's filters are its cache key, so "加载更多" appends only to the list with the same filters.
      Query: {
        fields: {
          people: relayStylePagination(['countyCode', 'search', 'employerId']),
          organisations: relayStylePagination(['kind', 'countyCode', 'search']),
          skillCertificates: relayStylePagination(['level']),
          masterStudios: relayStylePagination(['level', 'status', 'search', 'hostId']),
          competitions: relayStylePagination(['tier', 'year']),
          honours: relayStylePagination(['kind', 'year', 'status']),
          entitlements: relayStylePagination(['status', 'countyCode', 'ruleId']),
          publicityBatches: relayStylePagination(['status']),
          paymentBatches: relayStylePagination(['payer', 'status']),
          ...Object.fromEntries(
            AUDIT_TRAIL_FIELDS.map((field) => [
              field,
              relayStylePagination(['entityId', 'action', 'actorAccountId', 'from', 'to']),
            ]),
          ),
        },
      },
      County: { keyFields: ['code'] },
      // A cost share has no id of its own; it only exists inside its entitlement.
      CostShare: { keyFields: false },
      // A target's progress is T12 for the city and for each county, each year: its id is not its identity, so it is
      // kept inside the answer that asked for it (normalised by id, a county's T12 overwrote the city's).
      TargetProgress: { keyFields: false },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = currentToken();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });

  const expired = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
  });

  // Relative URL: the gateway serves both this app and /graphql (vite proxies it in dev).
  const http = new HttpLink({ uri: '/graphql' });

  return new ApolloClient({
    link: ApolloLink.from([expired, auth, http]),
    cache: createCache(),
  });
}
