import { Alert, Button } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { PublicityBatchFieldsFragment, PublicityStatus } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { canManageFinance } from '../../../auth/roles';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { FilterBar } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { StatusTag } from '../../../components/StatusTag';
import { tableColumns, type ListField } from '../../../components/listFields';
import { formatDateTime } from '../../../format/dateTime';
import { publicityStatusLabels } from '../../../labels';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { PublicityBatchesQueryDoc } from './documents';
import { PublishDialog } from './PublishDialog';

type Batch = PublicityBatchFieldsFragment;

const columns = tableColumns<Batch>([
  {
    header: '公示标题',
    value: (b) => b.title,
    render: (b) => (
      <Link to={`/finance/publicity/${encodeURIComponent(b.id)}`} data-testid="publicity-batch-link">
        {b.title}
      </Link>
    ),
  },
  { header: '状态', value: (b) => b.status, render: (b) => <StatusTag kind="publicity" status={b.status} /> },
  { header: '公示期', value: (b) => `${b.startsOn} 至 ${b.endsOn}（${b.windowDays} 天）` },
  { header: '可结束日期', value: (b) => (b.status === 'OPEN' ? `${b.closableFrom} 起` : '—') },
  { header: '公示项数', value: (b) => b.lineCount },
  { header: '发布时间', value: (b) => formatDateTime(b.createdAt) },
] satisfies ListField<Batch>[]);

/**
 * 公示: the publicity batches, newest first, filtered by status in the URL; 市财政局 publishes approved entitlements
 * from here (发布公示, also opened by `?publish=1` from the workbench's 已审批 queue). County finance reads the lists.
 */
export function PublicityBatchesPage() {
  const { account } = useAuth();
  const manage = canManageFinance(account);
  const [status, setStatus] = useUrlParam<PublicityStatus>('status');
  const [publish, setPublish] = useUrlParam('publish');
  const list = usePagedQuery(PublicityBatchesQueryDoc, { status });

  return (
    <>
      <PageTitle
        extra={
          manage && (
            <Button
              type="primary"
              icon={<NotificationOutlined />}
              onClick={() => setPublish('1')}
              data-testid="publish-open"
            >
              发布公示
            </Button>
          )
        }
      >
        公示
      </PageTitle>
      {!manage && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="公示由市财政局发布、受理异议；本账号只查看公示名单中本县承担的待遇。"
          data-testid="publicity-read-only"
        />
      )}
      <FilterBar>
        <EnumSelect
          labels={publicityStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-publicity-status"
        />
      </FilterBar>
      <ConnectionTable
        error={list.error}
        testId="publicity-batches-table"
        connection={list.data?.publicityBatches}
        columns={columns}
        loading={list.loading}
        onLoadMore={list.loadMore}
        onRefresh={list.refetch}
      />
      {manage && publish && <PublishDialog onClose={() => setPublish(undefined)} />}
    </>
  );
}
