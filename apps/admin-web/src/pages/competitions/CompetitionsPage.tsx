import { Table, type TableColumnsType } from 'antd';
import { graphql } from '../../gql';
import type { CompetitionsQuery, CompetitionTier, Medal } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { YearInput } from '../../components/YearInput';
import { competitionTierLabels, label, medalLabels } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam, useUrlNumberParam } from '../../apollo/useUrlParam';

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

const fields: ListField<CompetitionRow>[] = [
  { header: '竞赛名称', value: (c) => c.name, width: 40 },
  { header: '类别', value: (c) => label(competitionTierLabels, c.tier) },
  { header: '职业（工种）', value: (c) => c.trade },
  { header: '年度', value: (c) => String(c.year) },
  { header: '获奖记录', value: (c) => String(c.results.length) },
];
const columns = tableColumns(fields);

const resultColumns: TableColumnsType<ResultRow> = [
  { title: '选手', key: 'person', render: (_, r) => (r.person ? <PersonLink person={r.person} /> : '—') },
  { title: '团队', dataIndex: 'teamName', render: (v: string | null) => v ?? '—' },
  { title: '名次', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
  { title: '奖项', dataIndex: 'medal', render: (v: Medal | null) => label(medalLabels, v) },
];

export function CompetitionsPage() {
  const [tier, setTier] = useUrlParam<CompetitionTier>('tier');
  const [year, setYear] = useUrlNumberParam('year');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(CompetitionsQueryDoc, { tier, year });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name="技能竞赛"
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.competitions, progress)}
          />
        }
      >
        技能竞赛
      </PageTitle>
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
        onRefresh={refetch}
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
