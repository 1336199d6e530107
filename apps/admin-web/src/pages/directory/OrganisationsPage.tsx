import { useState } from 'react';
import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { OrganisationKind, OrganisationsQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { CountySelect } from '../../components/CountySelect';
import { SearchInput } from '../../components/SearchInput';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { label, organisationKindLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

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
  const { data, loading, error, loadMore } = usePagedQuery(OrganisationsQueryDoc, { kind, countyCode, search });

  return (
    <>
      <PageTitle>单位</PageTitle>
      <FilterBar>
        <SearchInput placeholder="单位名称或信用代码" onSearch={setSearch} />
        <EnumSelect
          labels={organisationKindLabels}
          value={kind}
          onChange={setKind}
          placeholder="全部类型"
          testId="filter-kind"
        />
        <CountySelect value={countyCode} onChange={setCountyCode} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="organisations-table"
        connection={data?.organisations}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
      />
    </>
  );
}
