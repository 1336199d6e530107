import { graphql } from '../../gql';
import type { HonourKind, HonoursQuery, HonourStatus } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import { YearInput } from '../../components/YearInput';
import { honourKindLabels, honourStatusLabels, label } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam, useUrlNumberParam } from '../../apollo/useUrlParam';

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

const fields: ListField<HonourRow>[] = [
  { header: '荣誉', value: (h) => label(honourKindLabels, h.kind), width: 20 },
  { header: '年度', value: (h) => String(h.year) },
  { header: '获得者', value: (h) => h.person.name, render: (h) => <PersonLink person={h.person} /> },
  {
    header: '状态',
    value: (h) => label(honourStatusLabels, h.status),
    render: (h) => <StatusTag kind="honour" status={h.status} />,
  },
  { header: '事迹', value: (h) => h.citation, width: 48 },
];
const columns = tableColumns(fields);

export function HonoursPage() {
  const [kind, setKind] = useUrlParam<HonourKind>('kind');
  const [year, setYear] = useUrlNumberParam('year');
  const [status, setStatus] = useUrlParam<HonourStatus>('status');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(HonoursQueryDoc, { kind, year, status });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name="荣誉表彰"
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.honours, progress)}
          />
        }
      >
        荣誉表彰
      </PageTitle>
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
        onRefresh={refetch}
      />
    </>
  );
}
