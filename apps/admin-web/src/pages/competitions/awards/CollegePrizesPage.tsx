import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { AwardRecordStatus, CompetitionStage, CompetitionTier } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { SearchInput } from '../../../components/SearchInput';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { competitionTierLabels } from '../../../labels';
import { canRecordCollegePrizes } from './access';
import { CollegePrizesQueryDoc } from './documents';
import { collegePrizeFields } from './fields';
import { awardStatusLabels, collegeStageLabels, prizeLabels } from './labels';
import { RecordCollegePrizeDrawer } from './RecordCollegePrizeDrawer';

const columns = tableColumns(collegePrizeFields);
const TIER_LABELS: Partial<Record<CompetitionTier, string>> = {
  WORLD: competitionTierLabels.WORLD,
  NATIONAL: competitionTierLabels.NATIONAL,
};

/**
 * 职业院校技能大赛获奖 (R14 三(九)): every recorded prize, filtered in the URL (year, college, tier, stage, prize,
 * state, words), exported as shown; 市人社局 and 市教育局 record prizes here.
 */
export function CollegePrizesPage() {
  const { account } = useAuth();
  const manage = canRecordCollegePrizes(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [collegeId, setCollegeId] = useUrlParam('collegeId');
  const [tier, setTier] = useUrlParam<CompetitionTier>('tier');
  const [stage, setStage] = useUrlParam<CompetitionStage>('stage');
  const [prize, setPrize] = useUrlParam<'1' | '2' | '3'>('prize');
  const [status, setStatus] = useUrlParam<AwardRecordStatus>('status');
  const [search, setSearch] = useUrlParam('search');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(CollegePrizesQueryDoc, {
    year,
    collegeId,
    tier,
    stage,
    prize: prize ? Number(prize) : undefined,
    status,
    search,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="职业院校技能大赛获奖"
              columns={collegePrizeFields}
              fetchRows={(progress) => fetchAll((d) => d.collegePrizes, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="college-prize-record"
              >
                登记获奖
              </Button>
            )}
          </Space>
        }
      >
        职业院校技能大赛获奖
      </PageTitle>
      <FilterBar>
        <SearchInput placeholder="赛事、参赛项目或文号" defaultValue={search} onSearch={setSearch} />
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="获奖年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年获奖
            </Tag>
          )}
        </Space>
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={collegeId}
            onChange={(v) => setCollegeId(v || undefined)}
            placeholder="全部院校"
            testId="filter-college"
          />
        </div>
        <EnumSelect
          labels={TIER_LABELS as Record<CompetitionTier, string>}
          value={tier}
          onChange={setTier}
          placeholder="全部级别"
          testId="filter-tier"
          width={140}
        />
        <EnumSelect
          labels={collegeStageLabels}
          value={stage}
          onChange={setStage}
          placeholder="全部赛段"
          testId="filter-stage"
          width={120}
        />
        <EnumSelect
          labels={prizeLabels}
          value={prize}
          onChange={setPrize}
          placeholder="全部奖次"
          testId="filter-prize"
          width={120}
        />
        <EnumSelect
          labels={awardStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={120}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="college-prizes-table"
        connection={data?.collegePrizes}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordCollegePrizeDrawer
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/competitions/college-prizes/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
