import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { OrganisationLink } from '../../components/OrganisationLink';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { StudioDetailQuery } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canManageStudios } from './access';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { HistoryCard } from '../../components/HistoryCard';
import { PersonLink } from '../../components/PersonLink';
import { QueryError } from '../../components/QueryError';
import { RecordFallback } from '../../components/RecordFallback';
import { StatusTag } from '../../components/StatusTag';
import { label, studioLevelLabels } from '../../labels';
import { studioStatusLabels, studioActionLabels, studioAssessmentResultLabels } from '../../studioLabels';
import { StudioDetailQueryDoc } from './documents';
import { StudioActions } from './StudioActions';

type Studio = NonNullable<StudioDetailQuery['masterStudio']>;
type Grant = NonNullable<Studio['host']['entitlements']>[number];

/**
 * One studio: what it is, where it stands, its history (who did what, when, with what note), its objections and
 * assessments, and what finance granted its host unit for it; 市人社局 takes the next step here, others read.
 */
export function StudioPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageStudios(account);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(StudioDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const studio = data?.masterStudio;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/studios')} className="no-print">
      返回工作室列表
    </Button>
  );
  if (!studio) {
    return (
      <RecordFallback
        heading="技能大师工作室"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该工作室"
        testId="studio-not-found"
      />
    );
  }
  // What finance granted the host for this studio: its entitlements whose description names the studio.
  const grants: Grant[] = (studio.host.entitlements ?? []).filter((e) => e.description.includes(studio.name));

  return (
    <>
      <PageTitle title={studio.name} extra={<Space wrap>{back}</Space>}>
        <span data-testid="studio-name">{studio.name}</span>{' '}
        <span data-testid="studio-status" data-status={studio.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="studio" status={studio.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'level',
              label: '级别',
              children: <span data-testid="studio-level">{label(studioLevelLabels, studio.level)}</span>,
            },
            { key: 'lead', label: '领办人', children: <PersonLink person={studio.lead} /> },
            { key: 'host', label: '依托单位', children: <OrganisationLink organisation={studio.host} /> },
            { key: 'trade', label: '职业（工种）领域', children: studio.trade },
            { key: 'applied', label: '申报日期', children: studio.appliedOn ?? '—' },
            {
              key: 'attested',
              label: '急需紧缺领域（二(六)）',
              children: studio.urgentFieldAttested ? '评审已确认' : '未确认',
            },
            ...(studio.publicityStartsOn
              ? [
                  {
                    key: 'publicity',
                    label: '公示期',
                    children: (
                      <span data-testid="studio-publicity-window">
                        {studio.publicityStartsOn} 至 {studio.publicityEndsOn}
                      </span>
                    ),
                  },
                ]
              : []),
            {
              key: 'approved',
              label: '命名（获批）日期',
              children: <span data-testid="studio-approved-on">{studio.approvedOn ?? '—'}</span>,
            },
            ...(studio.documentNo
              ? [
                  {
                    key: 'doc',
                    label: '上级批准文件',
                    children: `${studio.documentNo}（${studio.documentDate ?? ''}）`,
                  },
                ]
              : []),
            ...(studio.statusReason ? [{ key: 'reason', label: '理由', children: studio.statusReason }] : []),
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <StudioActions studio={studio} />
          {['APPROVED', 'SUSPENDED', 'IN_PUBLICITY', 'SELECTED', 'REVIEWED', 'APPLIED'].includes(
            studio.status,
          ) ? null : (
            <Typography.Text type="secondary">该工作室已办结，无可办理事项。</Typography.Text>
          )}
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="studio-read-only">
          工作室由市人力资源社会保障局办理（二(六)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <HistoryCard
        lines={studio.history}
        testId="studio-history"
        action={(h) => label(studioActionLabels, h.action)}
        statusLabels={studioStatusLabels}
        extra={[{ title: '级别', key: 'level', render: (_: unknown, h) => label(studioLevelLabels, h.level) }]}
      />
      {studio.objections.length > 0 && (
        <Card size="small" title="公示异议" style={{ marginBottom: 16 }} data-testid="studio-objections">
          {studio.objections.map((o) => (
            <Typography.Paragraph key={o.id}>
              {o.receivedOn}：{o.content}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      {studio.assessments.length > 0 && (
        <Card
          size="small"
          title={studioActionLabels.ASSESS}
          style={{ marginBottom: 16 }}
          data-testid="studio-assessments"
        >
          {studio.assessments.map((a) => (
            <Typography.Paragraph key={a.id}>
              {a.year} 年度：{label(studioAssessmentResultLabels, a.result)}
              {a.note ? `（${a.note}）` : ''}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      <Card size="small" title="资金核定（财政）" data-testid="studio-grants">
        {grants.length === 0 ? (
          <Typography.Text type="secondary">暂无核定结果（命名后由资金核定服务按政策核定）</Typography.Text>
        ) : (
          grants.map((g) => (
            <Typography.Paragraph key={g.id} data-testid="studio-grant">
              <Link to={`/finance/entitlements/${encodeURIComponent(g.id)}`}>{g.description}</Link>：
              <span data-testid="studio-grant-amount">
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
