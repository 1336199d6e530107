import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { ConnectionLike } from '../components/ConnectionTable';

/** Rows per request when exporting a whole list (within the gateway's page-size limit). */
export const EXPORT_PAGE_SIZE = 100;

/**
 * Every row of a filtered list, page after page through the same query the table uses, so the file holds exactly
 * what the filters select (not only the rows loaded on screen). `onProgress` reports rows fetched of the total.
 */
export async function fetchAllRows<TData, TVariables extends OperationVariables, T>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  filters: Omit<TVariables, 'first' | 'after'>,
  pick: (data: TData) => ConnectionLike<T>,
  onProgress?: (loaded: number, total: number) => void,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const result = await client.query<TData, OperationVariables>({
      query: query as TypedDocumentNode<TData, OperationVariables>,
      variables: { ...filters, first: EXPORT_PAGE_SIZE, after },
      // Not through the cache: its relay field policy merges pages, so page 2 would arrive with page 1's rows too.
      fetchPolicy: 'no-cache',
    });
    if (!result.data) throw result.error ?? new Error('导出失败：没有取得数据');
    const connection = pick(result.data);
    rows.push(...connection.edges.map((edge) => edge.node));
    onProgress?.(rows.length, connection.totalCount);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return rows;
    after = connection.pageInfo.endCursor;
  }
}
