import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ImportMode, TrainingClassDetailQuery, TrainingClassFactsQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { canRevealIdNumber } from '../../../auth/roles';
import { HistoryCard } from '../../../components/HistoryCard';
import { ImportFlow } from '../../../components/import/ImportFlow';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { PersonLink } from '../../../components/PersonLink';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { label } from '../../../labels';
import { canManageSubsidisedTraining } from './access';
import { ImportTrainingRosterDoc, TrainingClassDetailQueryDoc, TrainingClassFactsQueryDoc } from './documents';
import { trainingClassActionLabels, trainingProgrammeLabels } from './labels';
import { RevokeCompletionButton } from './RevokeCompletionButton';
import { ROSTER_IMPORT, type RosterImportRow } from './rosterImport';
import { splitText } from './TrainingCataloguePage';

type Klass = NonNullable<TrainingClassDetailQuery['trainingClass']>;
type Completion = Klass['completions'][number];
type Facts = NonNullable<TrainingClassFactsQuery['trainingClass']>['completions'][number]['person'];

const yesNo = (v: boolean) => (v ? '是' : '否');

/** What finance made of a trainee's completion (R6): the entitlement, or the reasons it was not granted. */
function Decision({ facts }: { facts: Facts | undefined }) {
  if (!facts) return <Typography.Text type="secondary">—</Typography.Text>;
  const grant = (facts.entitlements ?? []).find((e) => e.ruleId === 'R6');
  if (grant) {
    return (
      <span data-testid="completion-grant">
        <Money fen={grant.amount} /> <StatusTag kind="entitlement" status={grant.status} />
      </span>
    );
  }
  const fact = (facts.factDecisions ?? []).find((f) => f.kind === 'SUBSIDISED_TRAINING_COMPLETED');
  if (!fact) return <Typography.Text type="secondary">待核定</Typography.Text>;
  return (
    <span data-testid="completion-not-granted">
      <Tag>不予享受</Tag>
      {fact.reasons.map((r) => r.text).join('；')}
    </span>
  );
}

/**
 * One class: its provider, code and line, county, dates; the roster of trainees who completed (each with the age on
 * the completion day and what finance decided), the roster import from Excel (市人社局), and its history.
 */
export function TrainingClassPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TrainingClassDetailQueryDoc, {
    variables: { id },
    errorPolicy: 'all',
  });
  const facts = useQuery(TrainingClassFactsQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const [importRoster] = useMutation(ImportTrainingRosterDoc);
  const klass = data?.trainingClass;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/classes')} className="no-print">
      返回培训班
    </Button>
  );
  if (!klass) {
    return (
      <RecordFallback
        heading="补贴性职业技能培训班"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该培训班"
        testId="class-not-found"
      />
    );
  }
  const manage = canManageSubsidisedTraining(account);
  const factsOf = new Map((facts.data?.trainingClass?.completions ?? []).map((c) => [c.id, c.person] as const));

  async function send(rows: RosterImportRow[], mode: ImportMode) {
    const { data: answer } = await importRoster({ variables: { input: { classId: klass!.id, rows, mode } } });
    if (!answer) throw new Error('导入失败');
    return answer.importTrainingRoster;
  }

  const columns = [
    { title: '学员', key: 'person', render: (_: unknown, c: Completion) => <PersonLink person={c.person} /> },
    { title: '结业日期', dataIndex: 'completedOn', key: 'completedOn' },
    { title: '结业日周岁', dataIndex: 'ageOnCompletion', key: 'age' },
    { title: '就业创业意愿', key: 'wants', render: (_: unknown, c: Completion) => yesNo(c.wantsEmployment) },
    { title: '取得证书', key: 'cert', render: (_: unknown, c: Completion) => yesNo(c.certificateObtained) },
    { title: '已达退休年龄', key: 'retired', render: (_: unknown, c: Completion) => yesNo(c.reachedRetirementAge) },
    { title: '目录标准', key: 'amount', render: (_: unknown, c: Completion) => <Money fen={c.amountFen} /> },
    {
      title: '资金核定（财政）',
      key: 'decision',
      render: (_: unknown, c: Completion) => <Decision facts={factsOf.get(c.id)} />,
    },
    {
      title: '状态',
      key: 'revoked',
      render: (_: unknown, c: Completion) =>
        c.revoked ? (
          <span data-testid="completion-revoked">
            <Tag>{trainingClassActionLabels.REVOKE_COMPLETION}</Tag>
            {c.revokeReason}
          </span>
        ) : manage ? (
          <RevokeCompletionButton
            completion={c}
            onRevoked={() => {
              void refetch();
              void facts.refetch();
            }}
          />
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageTitle title={klass.name} extra={<Space wrap>{back}</Space>}>
        <span data-testid="class-name">{klass.name}</span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'provider', label: '培训机构', children: klass.provider.name },
            { key: 'county', label: '县（市、区）', children: klass.county.name },
            { key: 'programme', label: '项目类别', children: label(trainingProgrammeLabels, klass.programme) },
            {
              key: 'code',
              label: '目录编码',
              children: klass.line ? (
                <Link to={`/training/catalogue/${encodeURIComponent(klass.line.id)}`}>
                  {klass.catalogueCode} {klass.line.nameZh}
                </Link>
              ) : (
                klass.catalogueCode
              ),
            },
            {
              key: 'amount',
              label: '开班日目录标准',
              children: klass.line ? (
                <>
                  <Money fen={klass.line.amountFen} />（{splitText(klass.line.split)}）
                </>
              ) : (
                '—'
              ),
            },
            { key: 'dates', label: '培训期间', children: `${klass.startsOn} 至 ${klass.endsOn}` },
            {
              key: 'count',
              label: '结业人数',
              children: <span data-testid="class-count">{klass.completionCount}</span>,
            },
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="导入结业学员名册（Excel）" style={{ marginBottom: 16 }} className="no-print">
          <Typography.Paragraph type="secondary">
            每行一名学员：身份证号、结业日期（须在培训期间内）、就业创业意愿、取得证书（是/否），可填已达法定退休年龄（是/否）。
            结业日须年满法定劳动年龄（二(五)）；每名学员每班只记一次，重复导入的行报“已在名册中”。
          </Typography.Paragraph>
          {!canRevealIdNumber(account) && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="按身份证号查找人员须有查看完整身份证号的权限（市人力资源社会保障局）。"
            />
          )}
          <ImportFlow
            spec={ROSTER_IMPORT}
            unit="名结业学员"
            testId="roster-import"
            submit={(rows, mode) => send(rows, mode)}
            onImported={() => {
              void refetch();
              void facts.refetch();
            }}
          />
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="class-read-only">
          培训班及结业学员由市人力资源社会保障局登记（二(五)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <Card size="small" title="结业学员" style={{ marginBottom: 16 }}>
        <Table<Completion>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={klass.completions}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="class-roster"
        />
      </Card>
      <HistoryCard
        lines={klass.history}
        testId="class-history"
        action={(h) => label(trainingClassActionLabels, h.action)}
        last
      />
    </>
  );
}
