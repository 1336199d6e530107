import { useState } from 'react';
import { Button, Card, Col, Row, Space, Statistic, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { ComplianceCheck } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { tableColumns } from '../../../components/listFields';
import { currentYear } from '../../../format/dateTime';
import { label } from '../../../labels';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { canReportCompliance } from './access';
import { ComplianceReportsQueryDoc, ComplianceSummaryQueryDoc } from './documents';
import { complianceFields } from './fields';
import { complianceCheckLabels } from './labels';
import { ReportComplianceDrawer } from './ReportComplianceDrawer';

const columns = tableColumns(complianceFields);
const VERDICTS = { true: '符合', false: '不符合' } as const;

/**
 * 企业合规报告 (六, 三(八)): the year's summary per check, and every report with the rules' verdict, filtered in the URL
 * (year, check, verdict) and exported as shown; 市人社局 records reports here.
 */
export function ComplianceReportsPage() {
  const { account } = useAuth();
  const manage = canReportCompliance(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [check, setCheck] = useUrlParam<ComplianceCheck>('check');
  const [verdict, setVerdict] = useUrlParam<'true' | 'false'>('compliant');
  const [recording, setRecording] = useState(false);
  const summaryYear = year ?? currentYear();
  const summary = useQuery(ComplianceSummaryQueryDoc, { variables: { year: summaryYear } });
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(ComplianceReportsQueryDoc, {
    year,
    check,
    compliant: verdict === undefined ? undefined : verdict === 'true',
  });

  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton
              name="企业合规报告"
              columns={complianceFields}
              fetchRows={(progress) => fetchAll((d) => d.complianceReports, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRecording(true)}
                data-testid="compliance-record"
              >
                登记报告
              </Button>
            )}
          </Space>
        }
      >
        企业合规报告
      </PageTitle>
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="compliance-summary">
        {(summary.data?.complianceSummary ?? []).map((s) => (
          <Col key={s.check} xs={24} lg={12}>
            <Card
              size="small"
              title={`${summaryYear}年 · ${label(complianceCheckLabels, s.check)}`}
              data-check={s.check}
            >
              <Space size="large">
                <Statistic title="报告" value={s.reported} />
                <Statistic title="符合" value={s.compliant} />
                <Statistic
                  title="不符合"
                  value={s.notCompliant}
                  valueStyle={s.notCompliant ? { color: '#cf1322' } : {}}
                />
                <Statistic title="不适用" value={s.notApplicable} />
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="报告年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年
            </Tag>
          )}
        </Space>
        <EnumSelect
          labels={complianceCheckLabels}
          value={check}
          onChange={setCheck}
          placeholder="全部检查事项"
          testId="filter-check"
          width={260}
        />
        <EnumSelect
          labels={VERDICTS}
          value={verdict}
          onChange={setVerdict}
          placeholder="全部结论"
          testId="filter-verdict"
          width={140}
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="compliance-table"
        connection={data?.complianceReports}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && (
        <ReportComplianceDrawer
          open={recording}
          initialValues={{ year: summaryYear }}
          onClose={() => setRecording(false)}
          onRecorded={(id) => navigate(`/training/compliance/${encodeURIComponent(id)}`)}
        />
      )}
    </>
  );
}
