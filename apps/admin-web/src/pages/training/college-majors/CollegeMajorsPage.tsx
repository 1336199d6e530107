import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { CollegeMajorKind, CollegeMajorStatus } from '../../../gql/graphql';
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
import { canManageCollegeMajors } from './access';
import { CollegeMajorsQueryDoc } from './documents';
import { collegeMajorFields } from './fields';
import { collegeMajorKindLabels, collegeMajorStatusLabels } from './labels';
import { RecordMajorDrawer } from './RecordMajorDrawer';

const columns = tableColumns(collegeMajorFields);

/**
 * 院校专业建设 (二(三): R3, T6–T8): the colleges' high-level majors, high-level colleges, quality courses, integrated
 * and featured majors, filtered in the URL (approval year, college, kind, state) and exported as shown; 市教育局 and
 * 市人社局 record them here.
 */
export function CollegeMajorsPage() {
  const { account } = useAuth();
  const manage = canManageCollegeMajors(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [collegeId, setCollegeId] = useUrlParam('collegeId');
  const [kind, setKind] = useUrlParam<CollegeMajorKind>('kind');
  const [status, setStatus] = useUrlParam<CollegeMajorStatus>('status');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(CollegeMajorsQueryDoc, {
    year,
    collegeId,
    kind,
    status,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="院校专业建设"
              columns={collegeMajorFields}
              fetchRows={(progress) => fetchAll((d) => d.collegeMajors, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="college-major-record"
              >
                登记项目
              </Button>
            )}
          </Space>
        }
      >
        院校专业建设
      </PageTitle>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="批准年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年批准
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
          labels={collegeMajorKindLabels}
          value={kind}
          onChange={setKind}
          placeholder="全部类别"
          testId="filter-kind"
          width={220}
        />
        <EnumSelect
          labels={collegeMajorStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="college-majors-table"
        connection={data?.collegeMajors}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordMajorDrawer
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/training/college-majors/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
