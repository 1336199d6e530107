import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CollegeMajorDetailQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { HistoryCard } from '../../../components/HistoryCard';
import { Money } from '../../../components/Money';
import { OrganisationLink } from '../../../components/OrganisationLink';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { label } from '../../../labels';
import { canManageCollegeMajors } from './access';
import { CollegeMajorDetailQueryDoc } from './documents';
import { CollegeMajorStatusTag } from './fields';
import { MajorActions } from './MajorActions';
import { collegeMajorActionLabels, collegeMajorKindLabels, collegeMajorLevelLabels } from './labels';

type Major = NonNullable<CollegeMajorDetailQuery['collegeMajor']>;
type Grant = NonNullable<Major['college']['entitlements']>[number];

/**
 * One record: the college, kind, level and approving document, its steps for the leads of 二(三), its history from
 * the audit trail, and what finance granted the college for it (R3, a high-level major only).
 */
export function CollegeMajorPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageCollegeMajors(account);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CollegeMajorDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const major = data?.collegeMajor;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/college-majors')} className="no-print">
      返回院校专业建设
    </Button>
  );
  if (!major) {
    return (
      <RecordFallback
        heading="院校专业建设"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该项目"
        testId="college-major-not-found"
      />
    );
  }
  // What finance granted the college for this major: its entitlements whose description names the major.
  const grants: Grant[] = (major.college.entitlements ?? []).filter((e) => e.description.includes(major.name));

  return (
    <>
      <PageTitle title={`${major.name} · ${major.college.name}`} extra={<Space wrap>{back}</Space>}>
        <span data-testid="college-major-name">
          {major.name} · {major.college.name}
        </span>{' '}
        <span style={{ verticalAlign: 'middle' }}>
          <CollegeMajorStatusTag status={major.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'college', label: '院校', children: <OrganisationLink organisation={major.college} /> },
            { key: 'kind', label: '类别', children: label(collegeMajorKindLabels, major.kind) },
            {
              key: 'level',
              label: '级别',
              children: major.level ? label(collegeMajorLevelLabels, major.level) : '—',
            },
            { key: 'no', label: '批准文号', children: major.documentNo },
            { key: 'date', label: '批准日期', children: major.documentDate },
            { key: 'recordedBy', label: '登记人', children: major.recordedBy },
            { key: 'approvedBy', label: '确认人', children: major.approvedBy ?? '—' },
            ...(major.statusReason ? [{ key: 'reason', label: '撤销理由', children: major.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <MajorActions major={major} />
          {major.status === 'REVOKED' && (
            <Typography.Text type="secondary">该项目已撤销，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="college-major-read-only">
          院校专业建设项目由市教育局、市人力资源社会保障局登记（二(三)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <HistoryCard
        lines={major.history}
        testId="college-major-history"
        action={(h) => label(collegeMajorActionLabels, h.action)}
      />
      {major.kind === 'HIGH_LEVEL_MAJOR' && (
        <Card size="small" title="资金核定（财政）" data-testid="college-major-grants">
          {grants.length === 0 ? (
            <Typography.Text type="secondary">暂无核定结果（确认后由资金核定服务按政策核定）</Typography.Text>
          ) : (
            grants.map((g) => (
              <Typography.Paragraph key={g.id} data-testid="college-major-grant">
                <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
                <Money fen={g.amount} /> <StatusTag kind="entitlement" status={g.status} />（{g.ruleId}）
              </Typography.Paragraph>
            ))
          )}
        </Card>
      )}
    </>
  );
}
