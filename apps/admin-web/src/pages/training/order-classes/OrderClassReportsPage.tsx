import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { OrderClassReportStatus } from '../../../gql/graphql';
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
import { canManageOrderClassReports } from './access';
import { OrderClassHiringReportsQueryDoc } from './documents';
import { reportFields } from './fields';
import { orderClassReportStatusLabels } from './labels';
import { ReportDrawer } from './ReportDrawer';

const columns = tableColumns(reportFields);

/**
 * 订单班聘用报告 (R5 二(四)): every enterprise's yearly report of its full-time order-class hires, filtered in the URL
 * (year, county, enterprise, state), exported as shown; 市人社局 submits here and another account confirms.
 */
export function OrderClassReportsPage() {
  const { account } = useAuth();
  const manage = canManageOrderClassReports(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [countyCode, setCountyCode] = useUrlParam('countyCode');
  const [enterpriseId, setEnterpriseId] = useUrlParam('enterpriseId');
  const [status, setStatus] = useUrlParam<OrderClassReportStatus>('status');
  const [submitting, setSubmitting] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(OrderClassHiringReportsQueryDoc, {
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
            <Button
              onClick={() => navigate('/training/order-class-agreements')}
              data-testid="order-class-agreements-link"
            >
              订单班协议
            </Button>
            <ExportButton
              name="订单班聘用报告"
              columns={reportFields}
              fetchRows={(progress) => fetchAll((d) => d.orderClassHiringReports, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setSubmitting(true)}
                data-testid="order-class-report-submit-open"
              >
                报送年度聘用报告
              </Button>
            )}
          </Space>
        }
      >
        订单班聘用报告
      </PageTitle>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="聘用年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年度
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
          labels={orderClassReportStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-status"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="order-class-reports-table"
        connection={data?.orderClassHiringReports}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <ReportDrawer
          open={submitting}
          onClose={() => setSubmitting(false)}
          onDone={(id) => navigate(`/training/order-classes/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
