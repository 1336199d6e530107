import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrderClassHiringReportDetailQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { CostShares } from '../../../components/CostShares';
import { HistoryCard } from '../../../components/HistoryCard';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { PersonLink } from '../../../components/PersonLink';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { label } from '../../../labels';
import { canManageOrderClassReports } from './access';
import { OrderClassHiringReportDetailQueryDoc } from './documents';
import { OrderClassReportStatusTag } from './fields';
import { graduateProgrammeLabels, orderClassActionLabels } from './labels';
import { ReportActions } from './ReportActions';

type Report = NonNullable<OrderClassHiringReportDetailQuery['orderClassHiringReport']>;
type Hire = Report['hires'][number];
type Grant = NonNullable<Report['enterprise']['entitlements']>[number];

const yesNo = (v: boolean) => (v ? '是' : '否');

const hireColumns = [
  { title: '毕业生', key: 'person', render: (_: unknown, h: Hire) => <PersonLink person={h.person} /> },
  { title: '聘用日期', dataIndex: 'hireDate', key: 'hireDate' },
  { title: '毕业班次', key: 'programme', render: (_: unknown, h: Hire) => label(graduateProgrammeLabels, h.programme) },
  { title: '全日制', key: 'ftp', render: (_: unknown, h: Hire) => yesNo(h.fullTimeProgramme) },
  { title: '全职', key: 'ft', render: (_: unknown, h: Hire) => yesNo(h.fullTime) },
  { title: '合同年限', dataIndex: 'contractYears', key: 'contractYears' },
  {
    title: '订单班',
    key: 'agreement',
    render: (_: unknown, h: Hire) => `${h.agreement.className}${h.agreement.cityCollege ? '' : '（非市属高校）'}`,
  },
];

/**
 * One yearly report: the enterprise, its county, the key-enterprise condition with its document, every hire, its
 * history from the audit trail, and what finance decided for the enterprise's year (R5, city and county 5:5).
 */
export function OrderClassReportPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(OrderClassHiringReportDetailQueryDoc, {
    variables: { id },
    errorPolicy: 'all',
  });
  const report = data?.orderClassHiringReport;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/order-classes')} className="no-print">
      返回订单班聘用报告
    </Button>
  );
  if (!report) {
    return (
      <RecordFallback
        heading="订单班聘用报告"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该聘用报告"
        testId="order-class-report-not-found"
      />
    );
  }
  const manage = canManageOrderClassReports(account);
  // What finance decided for the enterprise's year: R5 entitlements (one per enterprise and year).
  const grants: Grant[] = (report.enterprise.entitlements ?? []).filter(
    (e) => e.ruleId === 'R5' && e.description.includes(`${report.year} 年度`),
  );

  return (
    <>
      <PageTitle title={`${report.enterprise.name} · ${report.year}年度`} extra={<Space wrap>{back}</Space>}>
        <span data-testid="order-class-report-name">
          {report.enterprise.name} · {report.year}年度
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <OrderClassReportStatusTag status={report.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'enterprise', label: '订单企业', children: report.enterprise.name },
            { key: 'county', label: '企业所在县（市、区）', children: report.county.name },
            { key: 'year', label: '聘用年度', children: report.year },
            { key: 'count', label: '全职聘用人数', children: report.hireCount },
            { key: 'key', label: '重点企业或重点项目', children: yesNo(report.keyEnterpriseOrProject) },
            { key: 'evidence', label: '认定文件', children: report.keyEvidence ?? '—' },
            { key: 'min', label: '最短合同年限（二(四)）', children: `${report.minContractYears} 年` },
            { key: 'recordedBy', label: '报送（更正）人', children: report.recordedBy },
            { key: 'confirmedBy', label: '确认人', children: report.confirmedBy ?? '—' },
            ...(report.statusReason ? [{ key: 'reason', label: '撤销理由', children: report.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <ReportActions report={report} />
          {report.status === 'REVOKED' && (
            <Typography.Text type="secondary">该聘用报告已撤销，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="order-class-read-only">
          订单班聘用报告由市人力资源社会保障局报送和确认（二(四)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <Card size="small" title="全职聘用的订单班毕业生" style={{ marginBottom: 16 }}>
        <Table<Hire>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={hireColumns}
          dataSource={report.hires}
          data-testid="order-class-report-hires"
        />
      </Card>
      <HistoryCard
        lines={report.history}
        testId="order-class-report-history"
        action={(h) => label(orderClassActionLabels, h.action)}
      />
      <Card size="small" title="资金核定（财政）" data-testid="order-class-grants">
        {grants.length === 0 ? (
          <Typography.Text type="secondary">暂无核定结果（报告确认后由资金核定服务按政策核定）</Typography.Text>
        ) : (
          grants.map((g) => (
            <div key={g.id} data-testid="order-class-grant">
              <Typography.Paragraph>
                <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
                <Money fen={g.amount} /> <StatusTag kind="entitlement" status={g.status} />（{g.ruleId}）
              </Typography.Paragraph>
              <CostShares shares={g.shares} county={g.county} />
            </div>
          ))
        )}
      </Card>
    </>
  );
}
