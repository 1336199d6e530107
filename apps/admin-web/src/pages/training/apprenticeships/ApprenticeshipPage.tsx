import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApprenticeshipDetailQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { HistoryCard } from '../../../components/HistoryCard';
import { PersonLink } from '../../../components/PersonLink';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { label } from '../../../labels';
import { canManageApprenticeships } from './access';
import { ApprenticeshipActions } from './ApprenticeshipActions';
import { ApprenticeshipDetailQueryDoc } from './documents';
import { ApprenticeshipStatusTag, ApprenticeshipYearStatusTag } from './fields';
import { apprenticeshipActionLabels } from './labels';

type Agreement = NonNullable<ApprenticeshipDetailQuery['apprenticeship']>;
type Year = Agreement['years'][number];
type Grant = NonNullable<Agreement['enterprise']['entitlements']>[number];

const yearColumns = [
  { title: '年度', key: 'n', render: (_: unknown, y: Year) => `第${y.yearNumber}年` },
  { title: '培训期间', key: 'period', render: (_: unknown, y: Year) => `${y.yearFrom} 至 ${y.yearTo}` },
  { title: '培训完成证明', dataIndex: 'evidence', key: 'evidence' },
  { title: '状态', key: 'status', render: (_: unknown, y: Year) => <ApprenticeshipYearStatusTag status={y.status} /> },
  {
    title: '适用标准（每人每年）',
    key: 'rate',
    render: (_: unknown, y: Year) => (y.rateFen === null || y.rateFen === undefined ? '—' : <Money fen={y.rateFen} />),
  },
  { title: '登记人', dataIndex: 'recordedBy', key: 'recordedBy' },
  { title: '确认人', key: 'confirmedBy', render: (_: unknown, y: Year) => y.confirmedBy ?? '—' },
];

/**
 * One agreement: enterprise, apprentice, college partner, trade and dates, its training years (recorded, confirmed,
 * the county rate applied), its history from the audit trail, and what finance granted the enterprise for it.
 */
export function ApprenticeshipPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ApprenticeshipDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const agreement = data?.apprenticeship;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/apprenticeships')} className="no-print">
      返回企业新型学徒
    </Button>
  );
  if (!agreement) {
    return (
      <RecordFallback
        heading="企业新型学徒"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该学徒培训协议"
        testId="apprenticeship-not-found"
      />
    );
  }
  // A county account manages its own county's agreements only (the server checks it too).
  const manage =
    canManageApprenticeships(account) && (!account?.countyCode || account.countyCode === agreement.countyCode);
  // What finance granted the enterprise for this apprentice: R2 entitlements whose description names them.
  const grants: Grant[] = (agreement.enterprise.entitlements ?? []).filter(
    (e) => e.ruleId === 'R2' && e.description.includes(agreement.apprentice.name),
  );

  return (
    <>
      <PageTitle
        title={`${agreement.apprentice.name} · ${agreement.enterprise.name}`}
        extra={<Space wrap>{back}</Space>}
      >
        <span data-testid="apprenticeship-name">
          {agreement.apprentice.name} · {agreement.enterprise.name}
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <ApprenticeshipStatusTag status={agreement.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'apprentice', label: '学徒', children: <PersonLink person={agreement.apprentice} /> },
            { key: 'enterprise', label: '用工企业', children: agreement.enterprise.name },
            { key: 'county', label: '企业所在县（市、区）', children: agreement.county.name },
            { key: 'college', label: '合作院校', children: agreement.college.name },
            { key: 'trade', label: '培训工种', children: agreement.trade },
            { key: 'newType', label: '企业新型学徒制', children: agreement.newType ? '是' : '否' },
            { key: 'started', label: '开始日期', children: agreement.startedOn },
            { key: 'ends', label: '结束日期', children: agreement.endsOn },
            { key: 'max', label: '补贴期限（二(二)）', children: `至多 ${agreement.maxYears} 年` },
            ...(agreement.statusReason ? [{ key: 'reason', label: '撤销理由', children: agreement.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <ApprenticeshipActions agreement={agreement} />
          {agreement.status !== 'ACTIVE' && (
            <Typography.Text type="secondary">该学徒培训协议已撤销，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="apprenticeship-read-only">
          学徒培训协议由企业所在县（市、区）人社局或市人力资源社会保障局登记（二(二)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <Card size="small" title="培训年度" style={{ marginBottom: 16 }}>
        <Table<Year>
          rowKey="id"
          size="small"
          pagination={false}
          columns={yearColumns}
          dataSource={agreement.years}
          data-testid="apprenticeship-years"
        />
      </Card>
      <HistoryCard
        lines={agreement.history}
        testId="apprenticeship-history"
        action={(h) => label(apprenticeshipActionLabels, h.action)}
      />
      <Card size="small" title="资金核定（财政）" data-testid="apprenticeship-grants">
        {grants.length === 0 ? (
          <Typography.Text type="secondary">暂无核定结果（培训年度确认后由资金核定服务按政策核定）</Typography.Text>
        ) : (
          grants.map((g) => (
            <Typography.Paragraph key={g.id} data-testid="apprenticeship-grant">
              <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
              <Money fen={g.amount} /> <StatusTag kind="entitlement" status={g.status} />（{g.ruleId}
              {g.county ? `，${g.county.name}财政承担` : ''}）
            </Typography.Paragraph>
          ))
        )}
      </Card>
    </>
  );
}
