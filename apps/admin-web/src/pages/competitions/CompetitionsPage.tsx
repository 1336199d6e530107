import { useState } from 'react';
import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { CompetitionsQuery, CompetitionTier, Medal } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { YearInput } from '../../components/YearInput';
import { competitionTierLabels, label, medalLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';

const CompetitionsQueryDoc = graphql(`
  query Competitions($first: Int!, $after: String, $tier: CompetitionTier, $year: Int) {
    competitions(first: $first, after: $after, tier: $tier, year: $year) {
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
          tier
          trade
          year
          results {
            id
            rank
            medal
            teamName
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type CompetitionRow = CompetitionsQuery['competitions']['edges'][number]['node'];
type ResultRow = CompetitionRow['results'][number];

const columns: TableColumnsType<CompetitionRow> = [
  { title: '竞赛名称', dataIndex: 'name' },
  { title: '类别', dataIndex: 'tier', render: (v: CompetitionTier) => label(competitionTierLabels, v) },
  { title: '职业（工种）', dataIndex: 'trade' },
  { title: '年度', dataIndex: 'year' },
  { title: '获奖记录', key: 'results', render: (_, c) => c.results.length },
];

const resultColumns: TableColumnsType<ResultRow> = [
  { title: '选手', key: 'person', render: (_, r) => (r.person ? <PersonLink person={r.person} /> : '—') },
  { title: '团队', dataIndex: 'teamName', render: (v: string | null) => v ?? '—' },
  { title: '名次', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
  { title: '奖项', dataIndex: 'medal', render: (v: Medal | null) => label(medalLabels, v) },
];

export function CompetitionsPage() {
  const [tier, setTier] = useState<CompetitionTier>();
  const [year, setYear] = useState<number>();
  const { data, loading, error, loadMore } = usePagedQuery(CompetitionsQueryDoc, { tier, year });

  return (
    <>
      <PageTitle>技能竞赛</PageTitle>
      <FilterBar>
        <EnumSelect
          labels={competitionTierLabels}
          value={tier}
          onChange={setTier}
          placeholder="全部类别"
          testId="filter-tier"
        />
        <YearInput value={year} onChange={setYear} />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="competitions-table"
        connection={data?.competitions}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        expandable={{
          rowExpandable: (c) => c.results.length > 0,
          expandedRowRender: (c) => (
            <Table<ResultRow>
              rowKey="id"
              size="small"
              columns={resultColumns}
              dataSource={c.results}
              pagination={false}
            />
          ),
        }}
      />
    </>
  );
}
