import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { MasterStudiosQuery, StudioLevel } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { label, studioLevelLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

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

const columns: TableColumnsType<StudioRow> = [
  { title: '工作室名称', dataIndex: 'name' },
  { title: '级别', dataIndex: 'level', render: (v: StudioLevel) => label(studioLevelLabels, v) },
  { title: '领衔人', key: 'lead', render: (_, s) => <PersonLink person={s.lead} /> },
  { title: '依托单位', key: 'host', render: (_, s) => s.host.name },
  { title: '职业（工种）', dataIndex: 'trade' },
  { title: '批准日期', dataIndex: 'approvedOn' },
];

export function MasterStudiosPage() {
  const [level, setLevel] = useState<StudioLevel>();
  const { data, loading, error, loadMore } = usePagedQuery(MasterStudiosQueryDoc, { level });

  return (
    <>
      <PageTitle>技能大师工作室</PageTitle>
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
      />
    </>
  );
}
