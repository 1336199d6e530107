import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { EntitlementsQuery, EntitlementStatus } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { CostShares } from '../../components/CostShares';
import { CountySelect } from '../../components/CountySelect';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import { formatFen, sumFen } from '../../format/money';
import { entitlementStatusLabels, label, payerLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

const EntitlementsQueryDoc = graphql(`
  query Entitlements($first: Int!, $after: String, $status: EntitlementStatus, $countyCode: ID) {
    entitlements(first: $first, after: $after, status: $status, countyCode: $countyCode) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          citation
          description
          amount
          status
          county {
            code
            name
          }
          beneficiaryPerson {
            id
            name
          }
          beneficiaryOrganisation {
            id
            name
          }
          shares {
            payer
            amount
          }
        }
      }
    }
  }
`);

type EntitlementRow = EntitlementsQuery['entitlements']['edges'][number]['node'];

const fields: ListField<EntitlementRow>[] = [
  {
    header: '补贴事项',
    value: (e) => e.description,
    width: 40,
    render: (e) => (
      <Link to={`/entitlements/${encodeURIComponent(e.id)}`} data-testid="entitlement-link" data-entitlement-id={e.id}>
        {e.description}
      </Link>
    ),
  },
  {
    header: '受益人/单位',
    value: (e) => e.beneficiaryPerson?.name ?? e.beneficiaryOrganisation?.name,
    render: (e) =>
      e.beneficiaryPerson ? <PersonLink person={e.beneficiaryPerson} /> : (e.beneficiaryOrganisation?.name ?? '—'),
  },
  { header: '县（市、区）', value: (e) => e.county?.name },
  { header: '金额（元）', value: (e) => e.amount, kind: 'money', render: (e) => <Money fen={e.amount} /> },
  {
    header: '分担',
    value: (e) => e.shares.map((s) => `${label(payerLabels, s.payer)} ${formatFen(s.amount)}`).join('；'),
    render: (e) => <CostShares shares={e.shares} county={e.county} />,
    width: 36,
  },
  { header: '政策依据', value: (e) => e.citation, width: 36 },
  {
    header: '状态',
    value: (e) => label(entitlementStatusLabels, e.status),
    render: (e) => <StatusTag kind="entitlement" status={e.status} />,
  },
];
const columns = tableColumns(fields);

export function EntitlementsPage() {
  const [status, setStatus] = useUrlParam<EntitlementStatus>('status');
  const [countyCode, setCountyCode] = useUrlParam('county');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(EntitlementsQueryDoc, {
    status,
    countyCode,
  });
  // As on the person page, refused claims are listed but not added up.
  const loaded =
    data?.entitlements.edges
      .filter((e) => e.node.status !== 'REJECTED' && e.node.status !== 'CANCELLED')
      .map((e) => e.node.amount) ?? [];

  return (
    <>
      <PageTitle
        extra={
          <Space>
            <Typography.Text data-testid="entitlements-loaded-total">
              已加载合计（不含未通过、已撤销）：<Typography.Text strong>{formatFen(sumFen(loaded))}</Typography.Text>
            </Typography.Text>
            <ExportButton
              name="补贴资金"
              columns={fields}
              fetchRows={(progress) => fetchAll((d) => d.entitlements, progress)}
            />
          </Space>
        }
      >
        补贴资金
      </PageTitle>
      <FilterBar>
        <EnumSelect
          labels={entitlementStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="entitlements-table"
        connection={data?.entitlements}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
