import { Alert, Badge, Button, Segmented, Space, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { canManageFinance, isCountyFinance } from '../../auth/roles';
import { ConnectionTable } from '../../components/ConnectionTable';
import { CountySelect } from '../../components/CountySelect';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { tableColumns } from '../../components/listFields';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';
import { EntitlementCountsQueryDoc, WorkbenchEntitlementsQueryDoc } from './documents';
import { entitlementFields } from './entitlementFields';
import { FactFeedStatus } from './FactFeedStatus';
import { QUEUES, queueByKey, queueCount } from './queues';

// 条款出处 goes to the Excel file only: on screen every row of a queue cites the same few clauses.
const columns = tableColumns(entitlementFields.filter((f) => f.header !== '条款出处'));

/**
 * 财政工作台: the entitlements computed from facts, one queue per status with its count, each a paged list filtered
 * in the URL (`?queue=REVIEWED&county=370811`), and how far the fact feeds are behind. A county account sees its own
 * county's entitlements only (the server scopes every read) and has no county filter. A queue whose next step is
 * done elsewhere links there (已审批 → 发布公示, 待支付 → 支付批次).
 */
export function FinanceWorkbenchPage() {
  const { account } = useAuth();
  const county = isCountyFinance(account);
  const navigate = useNavigate();
  const [queueKey, setQueueKey] = useUrlParam('queue');
  const [countyCode, setCountyCode] = useUrlParam('county');
  const queue = queueByKey(queueKey);
  const next = queue.next && (!queue.next.manageOnly || canManageFinance(account)) ? queue.next : undefined;

  // Fresh on every visit: a review step elsewhere changes them (the menu's badge is refetched; this may not be mounted).
  const counts = useQuery(EntitlementCountsQueryDoc, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const list = usePagedQuery(WorkbenchEntitlementsQueryDoc, {
    status: queue.status,
    countyCode: county ? undefined : countyCode,
  });
  const refresh = () => {
    list.refetch();
    void counts.refetch();
  };
  const countRows = counts.data?.entitlementCounts ?? [];

  return (
    <>
      <PageTitle
        extra={
          <Space>
            {/* The workbench's other pages, beside the queues they account for. */}
            <Link to="/finance/budgets" data-testid="workbench-budgets-link">
              预算执行
            </Link>
            <Link to="/finance/reports" data-testid="workbench-reports-link">
              报表与对账
            </Link>
            <ExportButton
              name={`财政工作台-${queue.label}`}
              columns={entitlementFields}
              fetchRows={(progress) => list.fetchAll((d) => d.entitlements, progress)}
            />
          </Space>
        }
      >
        财政工作台
      </PageTitle>
      <div style={{ marginTop: -8, marginBottom: 8 }}>
        <FactFeedStatus />
      </div>
      {county && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本账号只查看本县（市、区）承担县级分担的待遇；审核、审批由市财政局办理。"
          data-testid="county-scope-note"
        />
      )}
      <QueryError error={counts.error} />
      {/* A segmented bar, not antd's Tabs: the login page loads Tabs already (antd's Card imports it), and using it
          here too moved it into a chunk of its own, costing the login route about a kilobyte of its 300 kB budget. */}
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented
          value={queue.key}
          onChange={(key) => setQueueKey(key === QUEUES[0]!.key ? undefined : String(key))}
          aria-label="待遇队列"
          data-testid="queue-tabs"
          options={QUEUES.map((q) => {
            const n = queueCount(q, countRows);
            return {
              value: q.key,
              title: q.hint,
              label: (
                <span data-testid={`queue-${q.key}`} data-count={counts.data ? n : undefined}>
                  {q.label}{' '}
                  <Badge
                    count={counts.data ? n : '…'}
                    showZero
                    overflowCount={99999}
                    color={q.work && n > 0 ? undefined : '#bfbfbf'}
                  />
                </span>
              ),
            };
          })}
        />
      </div>
      <FilterBar>
        <Typography.Text type="secondary" data-testid="queue-hint">
          {queue.hint}
        </Typography.Text>
        {next && (
          <Button icon={<RightOutlined />} onClick={() => navigate(next.to)} data-testid="queue-next">
            {next.label}
          </Button>
        )}
        {!county && <CountySelect value={countyCode} onChange={setCountyCode} />}
      </FilterBar>
      <ConnectionTable
        error={list.error}
        testId="workbench-table"
        connection={list.data?.entitlements}
        columns={columns}
        loading={list.loading}
        onLoadMore={list.loadMore}
        onRefresh={refresh}
      />
    </>
  );
}
