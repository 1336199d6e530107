import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { AwardRecordStatus, SkillAwardKind } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PersonSelect } from '../../../components/PersonSelect';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { SearchInput } from '../../../components/SearchInput';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { canRecordSkillAwards } from './access';
import { SkillAwardsQueryDoc } from './documents';
import { skillAwardFields } from './fields';
import { awardStatusLabels, skillAwardLabels } from './labels';
import { RecordSkillAwardDrawer } from './RecordSkillAwardDrawer';

const columns = tableColumns(skillAwardFields);

/**
 * 技能奖项 (R10–R13 三(九)): WorldSkills medals, 中华技能大奖 and 全国技术能手 recorded, filtered in the URL (award, year,
 * winner, unit, state, words), exported as shown; 市人社局 records them here.
 */
export function SkillAwardsPage() {
  const { account } = useAuth();
  const manage = canRecordSkillAwards(account);
  const navigate = useNavigate();
  const [award, setAward] = useUrlParam<SkillAwardKind>('award');
  const [year, setYear] = useUrlNumberParam('year');
  const [personId, setPersonId] = useUrlParam('personId');
  const [unitId, setUnitId] = useUrlParam('unitId');
  const [status, setStatus] = useUrlParam<AwardRecordStatus>('status');
  const [search, setSearch] = useUrlParam('search');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(SkillAwardsQueryDoc, {
    award,
    year,
    personId,
    unitId,
    status,
    search,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="技能奖项"
              columns={skillAwardFields}
              fetchRows={(progress) => fetchAll((d) => d.skillAwards, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="skill-award-record"
              >
                登记奖项
              </Button>
            )}
          </Space>
        }
      >
        技能奖项
      </PageTitle>
      <FilterBar>
        <SearchInput placeholder="文号或参赛队名称" defaultValue={search} onSearch={setSearch} />
        <EnumSelect
          labels={skillAwardLabels}
          value={award}
          onChange={setAward}
          placeholder="全部奖项"
          testId="filter-award"
          width={200}
        />
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="获奖年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年获奖
            </Tag>
          )}
        </Space>
        <div style={{ width: 220 }}>
          <PersonSelect
            value={personId}
            onChange={(v) => setPersonId(v || undefined)}
            placeholder="全部获奖人"
            testId="filter-person"
          />
        </div>
        <div style={{ width: 260 }}>
          <OrganisationSelect
            value={unitId}
            onChange={(v) => setUnitId(v || undefined)}
            placeholder="全部引才或培养单位"
            testId="filter-unit"
          />
        </div>
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
        testId="skill-awards-table"
        connection={data?.skillAwards}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordSkillAwardDrawer
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/competitions/skill-awards/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
