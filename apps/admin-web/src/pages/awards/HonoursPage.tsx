import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { HonourKind, HonoursQuery, HonourStatus } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import { YearInput } from '../../components/YearInput';
import { honourKindLabels, honourStatusLabels, label } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

const HonoursQueryDoc = graphql(`
  query Honours($first: Int!, $after: String, $kind: HonourKind, $year: Int, $status: HonourStatus) {
    honours(first: $first, after: $after, kind: $kind, year: $year, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          year
          status
          citation
          person {
            id
            name
          }
        }
      }
    }
  }
`);

type HonourRow = HonoursQuery['honours']['edges'][number]['node'];

const columns: TableColumnsType<HonourRow> = [
  { title: '荣誉', dataIndex: 'kind', render: (v: HonourKind) => label(honourKindLabels, v) },
  { title: '年度', dataIndex: 'year' },
  { title: '获得者', key: 'person', render: (_, h) => <PersonLink person={h.person} /> },
  { title: '状态', dataIndex: 'status', render: (v: HonourStatus) => <StatusTag kind="honour" status={v} /> },
  { title: '事迹', dataIndex: 'citation', render: (v: string | null) => v ?? '—' },
];

export function HonoursPage() {
  const [kind, setKind] = useState<HonourKind>();
  const [year, setYear] = useState<number>();
  const [status, setStatus] = useState<HonourStatus>();
  const { data, loading, error, loadMore } = usePagedQuery(HonoursQueryDoc, { kind, year, status });

  return (
    <>
      <PageTitle>荣誉表彰</PageTitle>
      <FilterBar>
        <EnumSelect
          labels={honourKindLabels}
          value={kind}
          onChange={setKind}
          placeholder="全部荣誉"
          testId="filter-kind"
        />
        <YearInput value={year} onChange={setYear} />
        <EnumSelect
          labels={honourStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="honours-table"
        connection={data?.honours}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
      />
    </>
  );
}
