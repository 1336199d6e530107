import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { ApprenticeshipStatus } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { CountySelect } from '../../../components/CountySelect';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { canManageApprenticeships } from './access';
import { ApprenticeTargetCard } from './ApprenticeTargetCard';
import { ApprenticeshipsQueryDoc } from './documents';
import { apprenticeshipFields } from './fields';
import { apprenticeshipStatusLabels } from './labels';
import { RecordApprenticeshipDrawer } from './RecordApprenticeshipDrawer';

const columns = tableColumns(apprenticeshipFields);

/**
 * 企业新型学徒制 (R2 二(二)): T5's progress, every agreement with its training years, filtered in the URL (start year,
 * county, enterprise, state), exported as shown; the county HRSS bureaus (their own county) and 市人社局 record here.
 */
export function ApprenticeshipsPage() {
  const { account } = useAuth();
  const manage = canManageApprenticeships(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [countyCode, setCountyCode] = useUrlParam('countyCode');
  const [enterpriseId, setEnterpriseId] = useUrlParam('enterpriseId');
  const [status, setStatus] = useUrlParam<ApprenticeshipStatus>('status');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(ApprenticeshipsQueryDoc, {
    year,
    countyCode,
    enterpriseId,
    status,
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <Button onClick={() => navigate('/training/apprenticeship-rates')} data-testid="apprenticeship-rates-link">
              县定补贴标准
            </Button>
            <ExportButton
              name="企业新型学徒"
              columns={apprenticeshipFields}
              fetchRows={(progress) => fetchAll((d) => d.apprenticeships, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="apprenticeship-record"
              >
                登记学徒培训协议
              </Button>
            )}
          </Space>
        }
      >
        企业新型学徒
      </PageTitle>
      <ApprenticeTargetCard year={year} />
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="开始年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年开始
            </Tag>
          )}
        </Space>
        <CountySelect value={countyCode} onChange={(v) => setCountyCode(v || undefined)} />
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={enterpriseId}
            onChange={(v) => setEnterpriseId(v || undefined)}
            placeholder="全部企业"
            testId="filter-enterprise"
          />
        </div>
        <EnumSelect
          labels={apprenticeshipStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="apprenticeships-table"
        connection={data?.apprenticeships}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <RecordApprenticeshipDrawer
          open={recording}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/training/apprenticeships/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
