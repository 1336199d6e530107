import { useState } from 'react';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { HistoryCard } from '../../../components/HistoryCard';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { citeClause } from '@jining/rules/vocabulary';
import { label, organisationKindLabels } from '../../../labels';
import { canReportCompliance } from './access';
import { ComplianceReportDetailQueryDoc } from './documents';
import { figuresText, VerdictTag } from './fields';
import { complianceActionLabels, complianceCheckLabels } from './labels';
import { ReportComplianceDrawer } from './ReportComplianceDrawer';

/** One report: the enterprise, the figures, the rules' verdict with its clause, and its history; HRSS corrects it here. */
export function ComplianceReportPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canReportCompliance(account);
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState(false);
  const { data, loading, error } = useQuery(ComplianceReportDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const report = data?.complianceReport;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/compliance')} className="no-print">
      返回企业合规报告
    </Button>
  );
  if (!report) {
    return (
      <RecordFallback
        heading="企业合规报告"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该合规报告"
        testId="compliance-not-found"
      />
    );
  }
  const title = `${report.enterprise.name} ${report.year}年${label(complianceCheckLabels, report.check)}`;
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <Space>
            {back}
            {manage && (
              <Button icon={<EditOutlined />} onClick={() => setCorrecting(true)} data-testid="compliance-correct">
                更正
              </Button>
            )}
          </Space>
        }
      >
        <span data-testid="compliance-title">{title}</span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={organisationKindLabels.ENTERPRISE}>
            <Link to={`/organisations/${encodeURIComponent(report.enterprise.id)}`}>{report.enterprise.name}</Link>
            {report.stateOwned ? '（国有及国有控股企业）' : ''}
          </Descriptions.Item>
          <Descriptions.Item label="检查事项">{label(complianceCheckLabels, report.check)}</Descriptions.Item>
          <Descriptions.Item label="依据">{citeClause(report.clause)}</Descriptions.Item>
          <Descriptions.Item label="报告数据">
            <span data-testid="compliance-figures">{figuresText(report)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="结论">
            <VerdictTag report={report} />
            <Typography.Text data-testid="compliance-conclusion">{report.conclusion}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="登记人">{report.recordedBy}</Descriptions.Item>
        </Descriptions>
      </Card>
      <HistoryCard
        lines={report.history}
        testId="compliance-history"
        action={(h) => label(complianceActionLabels, h.action)}
        last
      />
      {manage && (
        <ReportComplianceDrawer
          open={correcting}
          initialValues={{
            check: report.check,
            enterpriseId: report.enterprise.id,
            year: report.year,
            correction: true,
          }}
          onClose={() => setCorrecting(false)}
          onRecorded={() => undefined}
        />
      )}
    </>
  );
}
