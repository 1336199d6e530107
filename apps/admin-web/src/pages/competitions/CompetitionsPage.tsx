import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { CompetitionsQuery, CompetitionTier } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { ConnectionTable } from '../../components/ConnectionTable';
import { ExportButton } from '../../components/ExportButton';
import { tableColumns, type ListField } from '../../components/listFields';
import { EnumSelect } from '../../components/EnumSelect';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { YearInput } from '../../components/YearInput';
import { competitionTierLabels, label } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam, useUrlNumberParam } from '../../apollo/useUrlParam';
import { canManageCompetitions } from './access';
import { CompetitionYearCard } from './CompetitionYearCard';
import { CreateCompetitionDrawer } from './CreateCompetitionDrawer';
import { CompetitionsQueryDoc } from './documents';
import { competitionDates } from './format';

type CompetitionRow = CompetitionsQuery['competitions']['edges'][number]['node'];

const fields: ListField<CompetitionRow>[] = [
  {
    header: '竞赛名称',
    value: (c) => c.name,
    width: 40,
    render: (c) => (
      <Link to={`/competitions/${encodeURIComponent(c.id)}`} data-testid="competition-link">
        {c.name}
      </Link>
    ),
  },
  { header: '类别', value: (c) => label(competitionTierLabels, c.tier) },
  { header: '职业（工种）', value: (c) => c.trade },
  { header: '年度', value: (c) => String(c.year) },
  { header: '主办单位', value: (c) => c.organiser ?? '', width: 30 },
  { header: '举办日期', value: (c) => competitionDates(c), width: 24 },
  { header: '获奖记录', value: (c) => String(c.results.length) },
];
const columns = tableColumns(fields);

/**
 * 技能竞赛 (三(九), 四(十三)): every competition, filtered in the URL (tier, year), exported as shown; the year's city
 * competitions against T12; 市人社局 and 市总工会 register competitions here.
 */
export function CompetitionsPage() {
  const { account } = useAuth();
  const manage = canManageCompetitions(account);
  const navigate = useNavigate();
  const [tier, setTier] = useUrlParam<CompetitionTier>('tier');
  const [year, setYear] = useUrlNumberParam('year');
  const [creating, setCreating] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(CompetitionsQueryDoc, { tier, year });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="技能竞赛"
              columns={fields}
              fetchRows={(progress) => fetchAll((d) => d.competitions, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="competition-create"
              >
                登记竞赛
              </Button>
            )}
          </Space>
        }
      >
        技能竞赛
      </PageTitle>
      <CompetitionYearCard />
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
      />
      <CreateCompetitionDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => navigate(`/competitions/${encodeURIComponent(id)}`)}
      />
    </>
  );
}
