import { Alert, Button, Card, Descriptions, Space, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import type { CompetitionDetailQuery, Medal } from '../../gql/graphql';
import { useAuth } from '../../auth/AuthContext';
import { canRevealIdNumber } from '../../auth/roles';
import { ExportButton } from '../../components/ExportButton';
import { ImportFlow } from '../../components/import/ImportFlow';
import { PageTitle } from '../../components/PageTitle';
import { HistoryCard } from '../../components/HistoryCard';
import { PersonLink } from '../../components/PersonLink';
import { QueryError } from '../../components/QueryError';
import { RecordFallback } from '../../components/RecordFallback';
import type { ListField } from '../../components/listFields';
import { competitionTierLabels, label, medalLabels } from '../../labels';
import { canManageCompetitions } from './access';
import { CompetitionActions } from './CompetitionActions';
import { CompetitionDetailQueryDoc, RecordCompetitionResultsDoc } from './documents';
import { competitionDates } from './format';
import { competitionHistoryWords } from './historyWords';
import { RESULTS_IMPORT } from './resultsImport';
import { ResultsGrid } from './ResultsGrid';

type Competition = NonNullable<CompetitionDetailQuery['competition']>;
type Result = Competition['results'][number];
type Team = Competition['teams'][number];

const resultFields: ListField<Result>[] = [
  {
    header: '选手',
    value: (r) => r.person?.name ?? '',
    render: (r) => (r.person ? <PersonLink person={r.person} /> : '—'),
  },
  { header: '参赛队', value: (r) => r.teamName ?? '' },
  { header: '名次', value: (r) => r.rank, kind: 'number' },
  { header: '奖次', value: (r) => (r.medal ? label(medalLabels, r.medal) : '') },
];
const resultColumns: TableColumnsType<Result> = resultFields.map((f) => ({
  title: f.header,
  key: f.header,
  render: (_: unknown, r: Result) => (f.render ? f.render(r) : (f.value(r) ?? '') || '—'),
}));

const teamColumns: TableColumnsType<Team> = [
  { title: '参赛队', dataIndex: 'name', key: 'name' },
  { title: '名次', dataIndex: 'rank', key: 'rank', render: (v: number | null) => v ?? '—' },
  { title: '奖次', dataIndex: 'medal', key: 'medal', render: (v: Medal | null) => label(medalLabels, v) },
  {
    title: '队员',
    key: 'members',
    render: (_: unknown, t: Team) => (
      <Space wrap size={4}>
        {t.members.map((m) => (m.person ? <PersonLink key={m.id} person={m.person} /> : null))}
      </Space>
    ),
  },
];

/**
 * One competition (四(十三)): what it is, its results (individual and team) and its history; 市人社局 and 市总工会
 * enter results in a grid or import them from Excel, register team results and correct the organiser and dates.
 */
export function CompetitionPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageCompetitions(account);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(CompetitionDetailQueryDoc, {
    variables: { id },
    errorPolicy: 'all',
  });
  const [record] = useMutation(RecordCompetitionResultsDoc, { refetchQueries: ['Competitions'] });
  const competition = data?.competition;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/competitions')} className="no-print">
      返回竞赛列表
    </Button>
  );
  if (!competition) {
    return (
      <RecordFallback
        heading="技能竞赛"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该竞赛"
        testId="competition-not-found"
      />
    );
  }

  /** The bulk mutation, for the grid and the Excel import alike. */
  async function send(
    rows: { idNumber?: string | null; personId?: string | null; rank?: number | null; medal?: Medal | null }[],
    mode: 'VALIDATE_ONLY' | 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY',
  ) {
    const { data: answer } = await record({
      variables: {
        input: {
          competitionId: competition!.id,
          mode,
          rows: rows.map((r) => ({
            idNumber: r.idNumber ?? null,
            personId: r.personId ?? null,
            rank: r.rank ?? null,
            medal: r.medal ?? null,
          })),
        },
      },
    });
    const outcome = answer!.recordCompetitionResults;
    if (outcome.written > 0) await refetch();
    return outcome;
  }

  return (
    <>
      <PageTitle title={competition.name} extra={back}>
        <span data-testid="competition-name">{competition.name}</span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'tier', label: '竞赛级别', children: label(competitionTierLabels, competition.tier) },
            { key: 'trade', label: '竞赛工种（职业）', children: competition.trade },
            { key: 'year', label: '竞赛年度', children: competition.year },
            {
              key: 'organiser',
              label: '主办单位',
              children: <span data-testid="competition-organiser">{competition.organiser ?? '—'}</span>,
            },
            {
              key: 'dates',
              label: '举办日期',
              children: <span data-testid="competition-dates">{competitionDates(competition)}</span>,
            },
          ]}
        />
      </Card>
      {manage ? (
        <Card size="small" title="办理" style={{ marginBottom: 16 }} className="no-print">
          <CompetitionActions competition={competition} />
        </Card>
      ) : (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="competition-read-only">
          竞赛及其成绩由市人力资源社会保障局、市总工会登记（四(十三)）；本账号只查看。
        </Typography.Paragraph>
      )}
      <Card
        size="small"
        title={`竞赛成绩（${competition.results.length} 条）`}
        style={{ marginBottom: 16 }}
        extra={
          <ExportButton
            name={`${competition.name}成绩`}
            sheet="竞赛成绩"
            testId="competition-results-export"
            columns={resultFields}
            fetchRows={async () => competition.results}
          />
        }
      >
        <Table<Result>
          rowKey="id"
          size="small"
          pagination={false}
          columns={resultColumns}
          dataSource={competition.results}
          data-testid="competition-results"
        />
      </Card>
      {manage && (
        <Card size="small" title="登记成绩" style={{ marginBottom: 16 }} className="no-print">
          <Tabs
            items={[
              {
                key: 'grid',
                label: '逐行录入',
                children: <ResultsGrid save={(rows) => send(rows, 'ALL_OR_NOTHING')} />,
              },
              {
                key: 'import',
                label: '从 Excel 导入',
                children: (
                  <>
                    {!canRevealIdNumber(account) && (
                      <Alert
                        type="info"
                        showIcon
                        style={{ marginBottom: 12 }}
                        title="按身份证号查找人员须有查看完整身份证号的权限（市人力资源社会保障局）；本账号导入的行会被拒绝，请逐行录入。"
                        data-testid="results-import-no-pii"
                      />
                    )}
                    <ImportFlow
                      spec={RESULTS_IMPORT}
                      unit="条成绩"
                      testId="results-import"
                      submit={(rows, mode) => send(rows, mode)}
                    />
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" title="团体成绩" style={{ marginBottom: 16 }}>
        {competition.teams.length === 0 ? (
          <Typography.Text type="secondary">暂无团体成绩</Typography.Text>
        ) : (
          <Table<Team>
            rowKey="id"
            size="small"
            pagination={false}
            columns={teamColumns}
            dataSource={competition.teams}
            data-testid="competition-teams"
          />
        )}
      </Card>
      <HistoryCard
        lines={competition.history}
        testId="competition-history"
        action={(h) => `${competitionHistoryWords(h.action)}${h.count !== null ? `（${h.count} 条）` : ''}`}
        note={false}
        last
      />
    </>
  );
}
