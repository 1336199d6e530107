import { Badge, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { EntitlementCountsQueryDoc } from '../pages/finance/documents';
import { QUEUES, queueCount, workCount } from '../pages/finance/queues';

/**
 * 财政工作台 in the menu, with the number of entitlements waiting for review or approval. The count is read once and
 * again after every review step (the steps refetch it), so it is right on every page without a reload.
 */
export function WorkbenchNavLabel() {
  const { data } = useQuery(EntitlementCountsQueryDoc, { errorPolicy: 'all' });
  const counts = data?.entitlementCounts ?? [];
  const waiting = workCount(counts);
  const title = QUEUES.filter((q) => q.work)
    .map((q) => `${q.label} ${queueCount(q, counts)}`)
    .join(' · ');
  return (
    <span title={data ? title : undefined} data-testid="nav-workbench-label">
      <Space size={6}>
        <span data-testid="nav-workbench">财政工作台</span>
        {data && <Badge count={waiting} overflowCount={999} size="small" />}
      </Space>
    </span>
  );
}
