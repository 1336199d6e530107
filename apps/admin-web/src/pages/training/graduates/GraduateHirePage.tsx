import { citeClause } from '@jining/rules/vocabulary';
import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { OrganisationLink } from '../../../components/OrganisationLink';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { GraduateHireDetailQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { HistoryCard } from '../../../components/HistoryCard';
import { PersonLink } from '../../../components/PersonLink';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { label } from '../../../labels';
import { canManageGraduateHires } from './access';
import { GraduateHireDetailQueryDoc } from './documents';
import { HireStatusTag, YearStatusTag } from './fields';
import { GraduateHireActions } from './GraduateHireActions';
import { graduateClassLabels, graduateHireActionLabels } from './labels';

type Hire = NonNullable<GraduateHireDetailQuery['graduateHire']>;
type Year = Hire['years'][number];
type Grant = NonNullable<Hire['employer']['entitlements']>[number];

const yearColumns = [
  { title: '年度', key: 'n', render: (_: unknown, y: Year) => `第${y.yearNumber}年` },
  { title: '参保期间', key: 'period', render: (_: unknown, y: Year) => `${y.insuredFrom} 至 ${y.insuredTo}` },
  { title: '参保证明', dataIndex: 'evidence', key: 'evidence' },
  { title: '状态', key: 'status', render: (_: unknown, y: Year) => <YearStatusTag status={y.status} /> },
  { title: '登记人', dataIndex: 'recordedBy', key: 'recordedBy' },
  { title: '确认人', key: 'confirmedBy', render: (_: unknown, y: Year) => y.confirmedBy ?? '—' },
];

/**
 * One hire: who, which employer and school, the class and dates, its insured years (recorded, confirmed), its history
 * from the audit trail, and what finance granted the employer for it; 市人社局 takes the next step here.
 */
export function GraduateHirePage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageGraduateHires(account);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(GraduateHireDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const hire = data?.graduateHire;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/graduates')} className="no-print">
      返回毕业生就业补贴
    </Button>
  );
  if (!hire) {
    return (
      <RecordFallback
        heading="毕业生就业补贴"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该聘用登记"
        testId="graduate-hire-not-found"
      />
    );
  }
  // What finance granted the employer for this graduate: its entitlements whose description names the graduate.
  const grants: Grant[] = (hire.employer.entitlements ?? []).filter((e) => e.description.includes(hire.graduate.name));

  return (
    <>
      <PageTitle title={`${hire.graduate.name} · ${hire.employer.name}`} extra={<Space wrap>{back}</Space>}>
        <span data-testid="graduate-hire-name">
          {hire.graduate.name} · {hire.employer.name}
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <HireStatusTag status={hire.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'graduate', label: '毕业生', children: <PersonLink person={hire.graduate} /> },
            {
              key: 'employer',
              label: '用人单位',
              children: (
                <>
                  <OrganisationLink organisation={hire.employer} />
                  {hire.employer.climbing ? '（攀登企业）' : ''}
                </>
              ),
            },
            { key: 'school', label: '毕业院校', children: <OrganisationLink organisation={hire.school} /> },
            {
              key: 'programme',
              label: '毕业班次',
              children: (
                <>
                  {label(graduateClassLabels, hire.programme)}
                  <span data-testid="graduate-academic-equivalent">
                    （比照{hire.academicEquivalent}学历，{citeClause('三(七)')}）
                  </span>
                </>
              ),
            },
            { key: 'ftp', label: '全日制班次', children: hire.fullTimeProgramme ? '是' : '否' },
            { key: 'graduated', label: '毕业日期', children: hire.graduatedOn },
            { key: 'hired', label: '聘用日期', children: hire.hiredOn },
            { key: 'contract', label: '全职聘用', children: hire.fullTimeContract ? '是' : '否' },
            { key: 'max', label: '补贴年限（三(九)）', children: `${hire.maxYears} 年` },
            ...(hire.statusReason ? [{ key: 'reason', label: '撤销理由', children: hire.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <GraduateHireActions hire={hire} />
          {hire.status !== 'ACTIVE' && (
            <Typography.Text type="secondary">该聘用登记已撤销，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="graduate-read-only">
          毕业生就业补贴由市人力资源社会保障局登记（三(九)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <Card size="small" title="参保年度" style={{ marginBottom: 16 }}>
        <Table<Year>
          rowKey="id"
          size="small"
          pagination={false}
          columns={yearColumns}
          dataSource={hire.years}
          data-testid="graduate-years"
        />
      </Card>
      <HistoryCard
        lines={hire.history}
        testId="graduate-history"
        action={(h) => label(graduateHireActionLabels, h.action)}
      />
      <Card size="small" title="资金核定（财政）" data-testid="graduate-grants">
        {grants.length === 0 ? (
          <Typography.Text type="secondary">暂无核定结果（参保年度确认后由资金核定服务按政策核定）</Typography.Text>
        ) : (
          grants.map((g) => (
            <Typography.Paragraph key={g.id} data-testid="graduate-grant">
              <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
              <Money fen={g.amount} /> <StatusTag kind="entitlement" status={g.status} />（{g.ruleId}）
            </Typography.Paragraph>
          ))
        )}
      </Card>
    </>
  );
}
