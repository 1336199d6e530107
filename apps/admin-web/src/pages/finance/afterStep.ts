import type { ApolloCache, DocumentNode } from '@apollo/client';
import { EntitlementCountsQueryDoc } from './documents';

/** The lists a finance step can move an item into or out of. */
const LISTS = ['entitlements', 'publicityBatches', 'paymentBatches', 'payableShares'] as const;

/**
 * After a step (a review, a publicity batch, a payment) entitlements change queue and batches change state: every
 * cached finance list is dropped (a list shown now or later asks the server again). What the step answered with —
 * the entitlement, the batch, the line — is updated in place by Apollo wherever it is shown.
 */
function dropFinanceLists(cache: ApolloCache) {
  for (const fieldName of LISTS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * Mutation options for a finance step: drop the lists, and read the queue counts again at once (the menu's badge
 * shows them on every page), plus any query of the page whose answer the mutation does not carry.
 */
export const afterFinanceStep = (...refetch: DocumentNode[]) => ({
  update: dropFinanceLists,
  refetchQueries: [EntitlementCountsQueryDoc, ...refetch],
  awaitRefetchQueries: true,
});
