import { graphql } from '../../gql';
import type { MasterStudiosQuery, StudioLevel } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { label, studioLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';

const MasterStudiosQueryDoc = graphql(`
  query MasterStudios($first: Int!, $after: String, $level: StudioLevel) {
    masterStudios(first: $first, after: $after, level: $level) {
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
          level
          trade
          approvedOn
          lead {
            id
            name
          }
          host {
            id
            name
          }
        }
      }
    }
  }
`);

type StudioRow = MasterStudiosQuery['masterStudios']['edges'][number]['node'];

const fields: ListField<StudioRow>[] = [
  { header: '工作室名称', value: (s) => s.name, width: 36 },
  { header: '级别', value: (s) => label(studioLevelLabels, s.level), width: 24 },
  { header: '领衔人', value: (s) => s.lead.name, render: (s) => <PersonLink person={s.lead} /> },
  { header: '依托单位', value: (s) => s.host.name, width: 36 },
  { header: '职业（工种）', value: (s) => s.trade },
  { header: '批准日期', value: (s) => s.approvedOn, kind: 'date' },
];
const columns = tableColumns(fields);

export function MasterStudiosPage() {
  const [level, setLevel] = useUrlParam<StudioLevel>('level');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(MasterStudiosQueryDoc, { level });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name="技能大师工作室"
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.masterStudios, progress)}
          />
        }
      >
        技能大师工作室
      </PageTitle>
      <FilterBar>
        <EnumSelect
          labels={studioLevelLabels}
          value={level}
          onChange={setLevel}
          placeholder="全部级别"
          testId="filter-level"
          width={240}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="studios-table"
        connection={data?.masterStudios}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
