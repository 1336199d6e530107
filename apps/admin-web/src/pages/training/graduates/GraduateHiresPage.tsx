import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { GraduateClass, GraduateHireStatus } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { canManageGraduateHires } from './access';
import { GraduateHiresQueryDoc } from './documents';
import { graduateHireFields } from './fields';
import { graduateClassLabels, graduateHireStatusLabels } from './labels';
import { RecordHireDrawer } from './RecordHireDrawer';

const columns = tableColumns(graduateHireFields);

/**
 * 毕业生就业补贴 (R15 / R16 三(九)): every recorded hire with its insured years, filtered in the URL (hire year,
 * employer, class, state), exported as shown; 市人社局 records hires here.
 */
export function GraduateHiresPage() {
  const { account } = useAuth();
  const manage = canManageGraduateHires(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [employerId, setEmployerId] = useUrlParam('employerId');
  const [programme, setProgramme] = useUrlParam<GraduateClass>('programme');
  const [status, setStatus] = useUrlParam<GraduateHireStatus>('status');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(GraduateHiresQueryDoc, {
    year,
    employerId,
    programme,
    status,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="毕业生就业补贴"
              columns={graduateHireFields}
              fetchRows={(progress) => fetchAll((d) => d.graduateHires, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="graduate-hire-record"
              >
                登记聘用
              </Button>
            )}
          </Space>
        }
      >
        毕业生就业补贴
      </PageTitle>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="聘用年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年聘用
            </Tag>
          )}
        </Space>
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={employerId}
            onChange={(v) => setEmployerId(v || undefined)}
            placeholder="全部用人单位"
            testId="filter-employer"
          />
        </div>
        <EnumSelect
          labels={graduateClassLabels}
          value={programme}
          onChange={setProgramme}
          placeholder="全部班次"
          testId="filter-programme"
          width={200}
        />
        <EnumSelect
          labels={graduateHireStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="graduate-hires-table"
        connection={data?.graduateHires}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordHireDrawer
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/training/graduates/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
