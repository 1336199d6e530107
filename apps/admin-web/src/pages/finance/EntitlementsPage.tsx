import { useState } from 'react';
import { Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { EntitlementsQuery, EntitlementStatus } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { CostShares } from '../../components/CostShares';
import { CountySelect } from '../../components/CountySelect';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import { formatFen, sumFen } from '../../format/money';
import { entitlementStatusLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

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
          ruleId
          clause
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

const columns: TableColumnsType<EntitlementRow> = [
  { title: '补贴事项', dataIndex: 'description' },
  {
    title: '受益人/单位',
    key: 'beneficiary',
    render: (_, e) =>
      e.beneficiaryPerson ? <PersonLink person={e.beneficiaryPerson} /> : (e.beneficiaryOrganisation?.name ?? '—'),
  },
  { title: '县（市、区）', key: 'county', render: (_, e) => e.county?.name ?? '—' },
  { title: '金额', dataIndex: 'amount', align: 'right', render: (v: number) => <Money fen={v} /> },
  { title: '分担', key: 'shares', render: (_, e) => <CostShares shares={e.shares} county={e.county} /> },
  { title: '条款', key: 'clause', render: (_, e) => <Typography.Text title={e.ruleId}>{e.clause}</Typography.Text> },
  { title: '状态', dataIndex: 'status', render: (v: EntitlementStatus) => <StatusTag kind="entitlement" status={v} /> },
];

export function EntitlementsPage() {
  const [status, setStatus] = useState<EntitlementStatus>();
  const [countyCode, setCountyCode] = useState<string>();
  const { data, loading, error, loadMore } = usePagedQuery(EntitlementsQueryDoc, { status, countyCode });
  // As on the person page, refused claims are listed but not added up.
  const loaded = data?.entitlements.edges.filter((e) => e.node.status !== 'REJECTED').map((e) => e.node.amount) ?? [];

  return (
    <>
      <PageTitle
        extra={
          <Typography.Text data-testid="entitlements-loaded-total">
            已加载合计（不含未通过）：<Typography.Text strong>{formatFen(sumFen(loaded))}</Typography.Text>
          </Typography.Text>
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
      />
    </>
  );
}
