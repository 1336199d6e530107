import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { currentYear } from '../../../format/dateTime';
import { canRecordEducationInvestment } from './access';
import { EducationInvestmentsQueryDoc } from './documents';
import { investmentFields } from './fields';
import { InvestmentDrawer } from './InvestmentDrawer';
import { educationInvestmentTitle } from './labels';

const columns = tableColumns(investmentFields);
const PILOT = { true: '试点企业', false: '非试点企业' } as const;

/**
 * 产教融合型企业兴办职业教育投资 (二(四) R4): every enterprise's tax year, filtered in the URL (year, pilot status) and
 * exported as shown; 市人社局 records a year here. The credit and its carry-forward are finance's ledger, shown on each
 * record's and each enterprise's page.
 */
export function EducationInvestmentsPage() {
  const { account } = useAuth();
  const manage = canRecordEducationInvestment(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [pilot, setPilot] = useUrlParam<'true' | 'false'>('pilot');
  const [recording, setRecording] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(EducationInvestmentsQueryDoc, {
    taxYear: year,
    pilotEnterprise: pilot === undefined ? undefined : pilot === 'true',
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="产教融合型企业投资"
              columns={investmentFields}
              fetchRows={(progress) => fetchAll((d) => d.educationInvestments, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="investment-record"
              >
                登记投资
              </Button>
            )}
          </Space>
        }
      >
        {educationInvestmentTitle}
      </PageTitle>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="纳税年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年
            </Tag>
          )}
        </Space>
        <EnumSelect
          labels={PILOT}
          value={pilot}
          onChange={setPilot}
          placeholder="全部试点状态"
          testId="filter-pilot"
          width={160}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="investment-table"
        connection={data?.educationInvestments}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <InvestmentDrawer
          open={recording}
          initialValues={{ taxYear: Math.min(year ?? currentYear(), currentYear()) }}
          onClose={() => setRecording(false)}
          onSaved={(id) => navigate(`/training/education-investments/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
