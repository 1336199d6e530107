import { useState } from 'react';
import { Input, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { OrganisationKind, OrganisationsQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { CountySelect } from '../../components/CountySelect';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { label, organisationKindLabels } from '../../labels';
import { PAGE_SIZE } from '../pageSize';

const OrganisationsQueryDoc = graphql(`
  query Organisations($first: Int!, $after: String, $kind: OrganisationKind, $countyCode: ID, $search: String) {
    organisations(first: $first, after: $after, kind: $kind, countyCode: $countyCode, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          creditCode
          county {
            code
            name
          }
          stateOwned
          climbing
          industryEducationIntegration
        }
      }
    }
  }
`);

type OrganisationRow = OrganisationsQuery['organisations']['edges'][number]['node'];

const columns: TableColumnsType<OrganisationRow> = [
  { title: '单位名称', dataIndex: 'name' },
  { title: '类型', dataIndex: 'kind', render: (v: OrganisationKind) => label(organisationKindLabels, v) },
  { title: '统一社会信用代码', dataIndex: 'creditCode' },
  { title: '县（市、区）', key: 'county', render: (_, o) => o.county.name },
  {
    title: '标识',
    key: 'flags',
    render: (_, o) => (
      <>
        {o.stateOwned && <Tag color="blue">国有</Tag>}
        {o.climbing && <Tag color="purple">攀登企业</Tag>}
        {o.industryEducationIntegration && <Tag color="green">产教融合型企业</Tag>}
      </>
    ),
  },
];

export function OrganisationsPage() {
  const [kind, setKind] = useState<OrganisationKind>();
  const [countyCode, setCountyCode] = useState<string>();
  const [search, setSearch] = useState<string>();
  const { data, loading, error, fetchMore } = useQuery(OrganisationsQueryDoc, {
    variables: { first: PAGE_SIZE, kind, countyCode, search },
    errorPolicy: 'all',
  });

  return (
    <>
      <PageTitle>单位</PageTitle>
      <FilterBar>
        <Input.Search
          allowClear
          placeholder="单位名称或信用代码"
          style={{ width: 240 }}
          onSearch={(v) => setSearch(v.trim() || undefined)}
          data-testid="filter-search"
        />
        <EnumSelect labels={organisationKindLabels} value={kind} onChange={setKind} placeholder="全部类型" testId="filter-kind" />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <QueryError error={error} />
      <ConnectionTable
        testId="organisations-table"
        connection={data?.organisations}
        columns={columns}
        loading={loading}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
      />
    </>
  );
}
