import { Button, Card, Descriptions, Table, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import type { HonourDetailFieldsFragment } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { QueryError } from '../../components/QueryError';
import { RecordFallback } from '../../components/RecordFallback';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../format/dateTime';
import {
  competitionTierLabels,
  honourKindLabels,
  honourStatusLabels,
  label,
  objectionStatusLabels,
} from '../../labels';
import { HonourDetailQueryDoc } from './documents';
import { HonourActions } from './HonourActions';
import { historyWords } from './historyWords';

type Honour = HonourDetailFieldsFragment;

/** One honour: what was nominated with its evidence, the experts' scores, the publicity and objections, the history. */
export function HonourPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(HonourDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const h = data?.honour as Honour | null | undefined;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/awards/honours')} className="no-print">
      返回表彰列表
    </Button>
  );
  if (!h) {
    return (
      <RecordFallback
        heading="表彰"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该表彰"
        testId="honour-not-found"
      />
    );
  }
  return (
    <>
      <PageTitle title={`${h.person.name} · ${label(honourKindLabels, h.kind)}`} extra={back}>
        <span data-testid="honour-title">
          {h.year} 年度“{label(honourKindLabels, h.kind)}” · {h.person.name}
        </span>{' '}
        <span data-testid="honour-status" data-status={h.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="honour" status={h.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      <div style={{ marginBottom: 16 }}>
        <HonourActions honour={h} />
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'person', label: '被提名人员', children: <PersonLink person={h.person} /> },
            { key: 'kind', label: '荣誉类别', children: label(honourKindLabels, h.kind) },
            { key: 'year', label: '评选年度', children: h.year },
            { key: 'status', label: '状态', children: label(honourStatusLabels, h.status) },
            { key: 'org', label: '推荐单位', children: h.proposingOrganisation?.name ?? '—' },
            {
              key: 'cert',
              label: '证书编号',
              children: <span data-testid="honour-certificate">{h.certificateNo ?? '—'}</span>,
            },
            ...(h.competitionResultId
              ? [
                  { key: 'result', label: '竞赛获奖成绩', children: h.competitionResultId },
                  { key: 'tier', label: '竞赛级别', children: label(competitionTierLabels, h.competitionTier) },
                ]
              : []),
            ...(h.attestedBy
              ? [
                  { key: 'attestedBy', label: '证明人', children: h.attestedBy },
                  { key: 'attestation', label: '证明内容', children: h.attestation },
                ]
              : []),
            {
              key: 'publicity',
              label: '公示期',
              children: h.publicityStartsOn ? `${h.publicityStartsOn} 至 ${h.publicityEndsOn}` : '—',
            },
            {
              key: 'avg',
              label: '专家平均分',
              children: <span data-testid="honour-average">{h.averageScore ?? '—'}</span>,
            },
            ...(h.reason ? [{ key: 'reason', label: '原因', children: h.reason }] : []),
            { key: 'citation', label: '推荐理由', children: h.citation ?? '—', span: 3 },
          ]}
        />
      </Card>
      <Card title="专家评审" style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={h.scores}
          data-testid="honour-scores"
          locale={{ emptyText: '尚无评分' }}
          columns={[
            { title: '评审专家', dataIndex: 'expertName' },
            { title: '评分', dataIndex: 'score' },
            { title: '评审意见', dataIndex: 'comment' },
            { title: '录入人', dataIndex: 'enteredByName' },
            { title: '录入时间', dataIndex: 'enteredAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      {h.objections.length > 0 && (
        <Card title="公示异议" style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={h.objections}
            data-testid="honour-objections"
            columns={[
              { title: '异议内容', dataIndex: 'text' },
              {
                title: '处理状态',
                dataIndex: 'status',
                render: (v: Honour['objections'][number]['status']) => label(objectionStatusLabels, v),
              },
              { title: '核查结论', dataIndex: 'finding' },
              { title: '登记时间', dataIndex: 'recordedAt', render: (v: string) => formatDateTime(v) },
            ]}
          />
        </Card>
      )}
      <Card title="办理记录">
        <HonourHistory history={h.history} />
      </Card>
    </>
  );
}

/** The history lines of an honour, oldest first (also on the person page). */
export function HonourHistory({ history }: { history: Honour['history'] }) {
  if (history.length === 0) return <Typography.Text type="secondary">暂无办理记录</Typography.Text>;
  return (
    <Timeline
      data-testid="honour-history"
      items={history.map((line) => ({
        key: line.id,
        content: (
          <div data-testid="honour-history-line" data-action={line.action}>
            <Typography.Text strong>{historyWords(line.action)}</Typography.Text>
            {line.fromStatus !== line.toStatus && <> → {label(honourStatusLabels, line.toStatus)}</>}
            <Typography.Text type="secondary">
              {' '}
              · {line.actorName} · {formatDateTime(line.at)}
            </Typography.Text>
            {line.note && <div>{line.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
