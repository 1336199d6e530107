import { Button, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { QueryError } from './QueryError';

export interface ConnectionLike<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

interface Props<T extends { id: string }> {
  connection: ConnectionLike<T> | undefined;
  columns: TableColumnsType<T>;
  loading: boolean;
  onLoadMore(endCursor: string): void;
  /** 刷新: the first page again from the server. */
  onRefresh?(): void;
  testId: string;
  expandable?: React.ComponentProps<typeof Table<T>>['expandable'];
  /** Checkboxes to pick rows (e.g. the entitlements to publish). */
  rowSelection?: React.ComponentProps<typeof Table<T>>['rowSelection'];
  /** The query's error, shown above whatever rows did arrive. */
  error?: unknown;
}

/**
 * A table over a Relay connection. Lists are cursor-paged by the subgraphs, so instead of numbered pages the footer
 * offers "加载更多", which fetches the next `first` rows after the last cursor and appends them.
 */
export function ConnectionTable<T extends { id: string }>({
  connection,
  columns,
  loading,
  onLoadMore,
  onRefresh,
  testId,
  expandable,
  rowSelection,
  error,
}: Props<T>) {
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const endCursor = connection?.pageInfo.endCursor;
  return (
    <div data-testid={testId}>
      <QueryError error={error} />
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        // A failed request is never shown as an empty list: the error above says what failed.
        locale={{ emptyText: error && rows.length === 0 ? '加载失败，未能取得数据' : '暂无数据' }}
        expandable={expandable}
        rowSelection={rowSelection}
        // A floor, not max-content: long texts (补贴事项) wrap instead of pushing columns off screen.
        scroll={{ x: 960 }}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="row-count">
          已加载 {rows.length} 条，共 {connection?.totalCount ?? 0} 条
        </Typography.Text>
        {onRefresh && (
          <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={loading} data-testid="refresh">
            刷新
          </Button>
        )}
        {connection?.pageInfo.hasNextPage && endCursor && (
          <Button onClick={() => onLoadMore(endCursor)} loading={loading} data-testid="load-more">
            加载更多
          </Button>
        )}
      </Space>
    </div>
  );
}
