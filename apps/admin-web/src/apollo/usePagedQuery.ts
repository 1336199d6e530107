import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ConnectionLike } from '../components/ConnectionTable';
import { fetchAllRows } from '../export/fetchAll';
import { PAGE_SIZE } from '../pages/pageSize';

/**
 * A list page's query over a Relay connection: the first page with the page's filters, partial data kept beside
 * errors (errorPolicy 'all', so one failing subgraph does not blank the table), and `loadMore(after)` for the
 * table's "加载更多", and `fetchAll` for Excel out. Every list page pages the same way, so it is written once here.
 */
export function usePagedQuery<TData, TVariables extends OperationVariables & { first: number; after?: string | null }>(
  query: TypedDocumentNode<TData, TVariables>,
  filters: Omit<TVariables, 'first' | 'after'>,
) {
  const client = useApolloClient();
  const result = useQuery(query as TypedDocumentNode<TData, OperationVariables>, {
    variables: { ...filters, first: PAGE_SIZE },
    errorPolicy: 'all',
  });
  return {
    data: result.data as TData | undefined,
    loading: result.loading,
    error: result.error,
    loadMore: (after: string) => void result.fetchMore({ variables: { after } }),
    /** Reads the first page again from the server (other staff may have changed the list). */
    refetch: () => void result.refetch({ ...filters, first: PAGE_SIZE, after: null } as Partial<TVariables>),
    /** Every row the same filters select, all pages (for Excel out). */
    fetchAll: <T>(pick: (data: TData) => ConnectionLike<T>, onProgress?: (loaded: number, total: number) => void) =>
      fetchAllRows(client, query, filters, pick, onProgress),
  };
}
