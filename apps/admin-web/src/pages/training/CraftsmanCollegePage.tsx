import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { OrganisationLink } from '../../components/OrganisationLink';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CraftsmanCollegeDetailQuery } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canManageColleges } from './access';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { HistoryCard } from '../../components/HistoryCard';
import { QueryError } from '../../components/QueryError';
import { RecordFallback } from '../../components/RecordFallback';
import { StatusTag } from '../../components/StatusTag';
import { label } from '../../labels';
import { collegeActionLabels, collegeStatusLabels } from '../../collegeLabels';
import { CollegeActions } from './CollegeActions';
import { CraftsmanCollegeDetailQueryDoc } from './collegeDocuments';

type College = NonNullable<CraftsmanCollegeDetailQuery['craftsmanCollege']>;
type Grant = NonNullable<College['host']['entitlements']>[number];

/** Where a college's workflow ends: nothing left to do. */
const SETTLED = ['REJECTED', 'REVOKED'];

/**
 * One craftsman college: what it is, where it stands, its history (who did what, when, with what note), and what
 * finance granted its host unit for it; 市总工会 takes the next step here, others read.
 */
export function CraftsmanCollegePage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageColleges(account);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CraftsmanCollegeDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const college = data?.craftsmanCollege;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/colleges')} className="no-print">
      返回工匠学院列表
    </Button>
  );
  if (!college) {
    return (
      <RecordFallback
        heading="工匠学院"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该工匠学院"
        testId="college-not-found"
      />
    );
  }
  // What finance granted the host for this college: its entitlements whose description names the college.
  const grants: Grant[] = (college.host.entitlements ?? []).filter((e) => e.description.includes(college.name));

  return (
    <>
      <PageTitle title={college.name} extra={<Space wrap>{back}</Space>}>
        <span data-testid="college-name">{college.name}</span>{' '}
        <span data-testid="college-status" data-status={college.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="college" status={college.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'host', label: '建设单位', children: <OrganisationLink organisation={college.host} /> },
            { key: 'founded', label: '建成日期', children: college.foundedOn },
            { key: 'applied', label: '申报日期', children: college.appliedOn },
            {
              key: 'approved',
              label: '批准日期',
              children: <span data-testid="college-approved-on">{college.approvedOn ?? '—'}</span>,
            },
            ...(college.statusReason ? [{ key: 'reason', label: '理由', children: college.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <CollegeActions college={college} />
          {SETTLED.includes(college.status) && (
            <Typography.Text type="secondary">该工匠学院已办结，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="college-read-only">
          工匠学院由市总工会办理并给予一次性补助（二(六)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <HistoryCard
        lines={college.history}
        testId="college-history"
        action={(h) => label(collegeActionLabels, h.action)}
        statusLabels={collegeStatusLabels}
      />
      <Card size="small" title="资金核定（财政）" data-testid="college-grants">
        {grants.length === 0 ? (
          <Typography.Text type="secondary">暂无核定结果（批准后由资金核定服务按政策核定）</Typography.Text>
        ) : (
          grants.map((g) => (
            <Typography.Paragraph key={g.id} data-testid="college-grant">
              <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
              <span data-testid="college-grant-amount">
                <Money fen={g.amount} />
              </span>{' '}
              <StatusTag kind="entitlement" status={g.status} />（{g.ruleId}）
            </Typography.Paragraph>
          ))
        )}
      </Card>
    </>
  );
}
