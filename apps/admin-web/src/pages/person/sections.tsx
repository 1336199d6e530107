import type { ReactNode } from 'react';
import { OrganisationLink } from '../../components/OrganisationLink';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { TableColumnsType, TableProps } from 'antd';
import type { PersonDetailQuery } from '../../gql/graphql';
import { CostShares } from '../../components/CostShares';
import { ExplanationSteps } from '../../components/ExplanationSteps';
import { FactReasons, OutcomeTag } from '../../components/FactOutcome';
import { Money } from '../../components/Money';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../format/dateTime';
import { formatFen, sumFen } from '../../format/money';
import { historyWords } from '../awards/historyWords';
import { AwardStatusTag } from '../competitions/awards/fields';
import { skillAwardLabels, talentRouteLabels } from '../competitions/awards/labels';
import {
  certificationRouteLabels,
  competitionTierLabels,
  entitlementStatusLabels,
  honourKindLabels,
  honourStatusLabels,
  label,
  medalLabels,
  skillLevelLabels,
  stackingLabels,
  studioLevelLabels,
} from '../../labels';

type Person = NonNullable<PersonDetailQuery['person']>;
type Certificate = NonNullable<Person['certificates']>[number];
type Studio = NonNullable<Person['ledStudios']>[number];
type Result = NonNullable<Person['competitionResults']>[number];
type Honour = NonNullable<Person['honours']>[number];
type Award = NonNullable<Person['skillAwards']>[number];
type Entitlement = NonNullable<Person['entitlements']>[number];
type Fact = NonNullable<Person['factDecisions']>[number];

/**
 * A domain's rows, or null when its subgraph could not answer (the gateway then sends the field as null with an
 * error at its path); `unavailable` is that error's message.
 */
export interface SectionProps<T> {
  rows: readonly T[] | null | undefined;
  unavailable?: string;
}

/** The words every section shows when its domain could not be read: the rest of the page stays. */
export const SECTION_UNAVAILABLE = '该部分数据暂时无法获取';

/** One titled card per domain, with a table of that domain's facts about the person. */
function Section<T extends { id: string }>(
  props: SectionProps<T> & {
    title: string;
    testId: string;
    columns: TableColumnsType<T>;
    empty: string;
    extra?: ReactNode;
    expandable?: TableProps<T>['expandable'];
  },
) {
  if (!props.rows) {
    return (
      <Card title={props.title} style={{ marginTop: 16 }} data-testid={props.testId}>
        <Alert
          type="warning"
          showIcon
          title={SECTION_UNAVAILABLE}
          description={props.unavailable}
          data-testid="section-unavailable"
        />
      </Card>
    );
  }
  return (
    <Card
      title={`${props.title}（${props.rows.length}）`}
      extra={props.extra}
      style={{ marginTop: 16 }}
      data-testid={props.testId}
    >
      <Table<T>
        rowKey="id"
        size="small"
        columns={props.columns}
        dataSource={props.rows}
        pagination={false}
        locale={{ emptyText: props.empty }}
        scroll={{ x: 760 }}
        expandable={props.expandable}
      />
    </Card>
  );
}

const certificateColumns: TableColumnsType<Certificate> = [
  {
    title: '等级',
    dataIndex: 'level',
    render: (v: Certificate['level'], c) => (
      <Space size={4}>
        <Typography.Text delete={c.revoked} data-testid="certificate-level">
          {label(skillLevelLabels, v)}
        </Typography.Text>
        {c.revoked && (
          <Tag color="red" title={c.revokedReason ?? undefined} data-testid="certificate-revoked">
            已撤销{c.revokedReason ? `：${c.revokedReason}` : ''}
          </Tag>
        )}
      </Space>
    ),
  },
  { title: '职业（工种）', dataIndex: 'occupation' },
  { title: '证书编号', dataIndex: 'certificateNo' },
  { title: '发证机构', key: 'issuer', render: (_, c) => <OrganisationLink organisation={c.issuer} /> },
  { title: '发证日期', dataIndex: 'issuedOn' },
  { title: '取得方式', dataIndex: 'route', render: (v: Certificate['route']) => label(certificationRouteLabels, v) },
];

export function CertificatesSection({
  onRevoke,
  ...props
}: SectionProps<Certificate> & { extra?: ReactNode; onRevoke?: (certificate: Certificate) => void }) {
  // Those who may record certificates may revoke one recorded in error (the API checks the route's department).
  const columns: TableColumnsType<Certificate> = onRevoke
    ? [
        ...certificateColumns,
        {
          title: '操作',
          key: 'actions',
          render: (_, c) =>
            c.revoked ? null : (
              <Button size="small" danger onClick={() => onRevoke(c)} data-testid="revoke-certificate">
                撤销
              </Button>
            ),
        },
      ]
    : certificateColumns;
  return <Section title="技能等级证书" testId="person-certificates" {...props} columns={columns} empty="暂无证书" />;
}

const studioColumns: TableColumnsType<Studio> = [
  {
    title: '工作室名称',
    key: 'name',
    render: (_, s) => (
      <Link to={`/training/studios/${encodeURIComponent(s.id)}`} data-testid="person-studio-link">
        {s.name}
      </Link>
    ),
  },
  { title: '级别', dataIndex: 'level', render: (v: Studio['level']) => label(studioLevelLabels, v) },
  {
    title: '状态',
    key: 'status',
    render: (_, s) => (
      <span data-testid="person-studio-status" data-status={s.status}>
        <StatusTag kind="studio" status={s.status} />
      </span>
    ),
  },
  { title: '依托单位', key: 'host', render: (_, s) => <OrganisationLink organisation={s.host} /> },
  { title: '职业（工种）', dataIndex: 'trade' },
  { title: '批准日期', dataIndex: 'approvedOn', render: (v: string | null) => v ?? '—' },
];

export function StudiosSection(props: SectionProps<Studio>) {
  return (
    <Section
      title="领衔技能大师工作室"
      testId="person-studios"
      {...props}
      columns={studioColumns}
      empty="未领衔工作室"
    />
  );
}

const resultColumns: TableColumnsType<Result> = [
  { title: '竞赛名称', key: 'name', render: (_, r) => r.competition.name },
  { title: '类别', key: 'tier', render: (_, r) => label(competitionTierLabels, r.competition.tier) },
  { title: '职业（工种）', key: 'trade', render: (_, r) => r.competition.trade },
  { title: '年度', key: 'year', render: (_, r) => r.competition.year },
  { title: '名次', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
  {
    title: '奖项',
    dataIndex: 'medal',
    render: (v: Result['medal']) => <span data-testid="result-medal">{label(medalLabels, v)}</span>,
  },
  { title: '团队', dataIndex: 'teamName', render: (v: string | null) => v ?? '—' },
];

export function ResultsSection(props: SectionProps<Result>) {
  return <Section title="竞赛成绩" testId="person-results" {...props} columns={resultColumns} empty="暂无竞赛成绩" />;
}

const awardColumns: TableColumnsType<Award> = [
  {
    title: '奖项',
    dataIndex: 'award',
    render: (v: Award['award']) => <span data-testid="person-skill-award">{label(skillAwardLabels, v)}</span>,
  },
  { title: '团队', dataIndex: 'teamName', render: (v: string | null) => v ?? '—' },
  { title: '获奖日期', dataIndex: 'awardedOn' },
  { title: '引进或培养', dataIndex: 'route', render: (v: Award['route']) => label(talentRouteLabels, v) },
  { title: '引才或培养单位', key: 'unit', render: (_, a) => a.unit?.name ?? '—' },
  { title: '状态', dataIndex: 'status', render: (v: Award['status']) => <AwardStatusTag status={v} /> },
  {
    title: '',
    key: 'open',
    render: (_: unknown, a: Award) => (
      <Link to={`/competitions/skill-awards/${encodeURIComponent(a.id)}`} data-testid="person-skill-award-link">
        详情
      </Link>
    ),
  },
];

/** 技能奖项 (R10–R13 三(九)): the WorldSkills medals, 中华技能大奖 and 全国技术能手 the person won, alone or in a team. */
export function SkillAwardsSection(props: SectionProps<Award>) {
  return (
    <Section title="技能奖项" testId="person-skill-awards" {...props} columns={awardColumns} empty="暂无技能奖项" />
  );
}

const honourColumns: TableColumnsType<Honour> = [
  {
    title: '荣誉',
    dataIndex: 'kind',
    render: (v: Honour['kind']) => <span data-testid="honour-kind">{label(honourKindLabels, v)}</span>,
  },
  { title: '年度', dataIndex: 'year' },
  { title: '状态', dataIndex: 'status', render: (v: Honour['status']) => <StatusTag kind="honour" status={v} /> },
  { title: '证书编号', dataIndex: 'certificateNo', render: (v: string | null) => v ?? '—' },
  { title: '事迹', dataIndex: 'citation', render: (v: string | null) => v ?? '—' },
  {
    title: '',
    key: 'open',
    render: (_: unknown, h: Honour) => (
      <Link to={`/awards/honours/${encodeURIComponent(h.id)}`} data-testid="person-honour-link">
        办理详情
      </Link>
    ),
  },
];

/** An honour's history lines (办理记录), oldest first, under its row. */
function HonourHistoryLines({ honour }: { honour: Honour }) {
  if (honour.history.length === 0) return <>暂无办理记录</>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="person-honour-history">
      {honour.history.map((line) => (
        <li key={line.id} data-action={line.action}>
          {historyWords(line.action)}（{label(honourStatusLabels, line.toStatus)}）· {line.actorName} ·{' '}
          {formatDateTime(line.at)}
          {line.note ? ` · ${line.note}` : ''}
        </li>
      ))}
    </ol>
  );
}

export function HonoursSection(props: SectionProps<Honour>) {
  return (
    <Section
      title="荣誉表彰"
      testId="person-honours"
      {...props}
      columns={honourColumns}
      empty="暂无荣誉"
      expandable={{ expandedRowRender: (h) => <HonourHistoryLines honour={h} /> }}
    />
  );
}

const entitlementColumns: TableColumnsType<Entitlement> = [
  {
    title: '补贴事项',
    key: 'description',
    render: (_, e) => (
      <Space size={4} wrap>
        <Link to={`/entitlements/${encodeURIComponent(e.id)}`} data-testid="entitlement-detail-link">
          {e.description}
        </Link>
        {e.stacking === 'TOP_UP' && <Tag color="purple">{label(stackingLabels, 'TOP_UP')}</Tag>}
      </Space>
    ),
  },
  {
    title: '金额',
    dataIndex: 'amount',
    align: 'right',
    render: (v: number) => (
      <span data-testid="entitlement-amount">
        <Money fen={v} />
      </span>
    ),
  },
  { title: '分担', key: 'shares', render: (_, e) => <CostShares shares={e.shares} county={e.county} /> },
  {
    title: '政策依据',
    key: 'citation',
    render: (_, e) => <Typography.Text title={e.ruleId}>{e.citation}</Typography.Text>,
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (v: Entitlement['status']) => <StatusTag kind="entitlement" status={v} />,
  },
];

/** 核定依据: the rules package's steps, stored with the entitlement when it was computed (empty for manual entries). */
function Explanation({ entitlement }: { entitlement: Entitlement }) {
  return <ExplanationSteps steps={entitlement.explanation} empty="手工登记，无规则核定过程" />;
}

export function EntitlementsSection(props: SectionProps<Entitlement>) {
  // Rejected and cancelled claims are listed but not counted: the total is what the person is (or will be) paid.
  const counted =
    props.rows?.filter((e) => e.status !== 'REJECTED' && e.status !== 'CANCELLED').map((e) => e.amount) ?? [];
  return (
    <Section
      title="补贴资金"
      testId="person-entitlements"
      {...props}
      columns={entitlementColumns}
      empty="暂无补贴"
      expandable={{ expandedRowRender: (e) => <Explanation entitlement={e} />, columnTitle: '依据' }}
      extra={
        props.rows && (
          <Typography.Text data-testid="entitlements-total">
            合计（不含未通过、已撤销）：{formatFen(sumFen(counted))}
          </Typography.Text>
        )
      }
    />
  );
}

/** The certificate a fact is about, in words (等级 · 工种 · 证书编号), when the fact's subject is one of the person's. */
function factSubject(fact: Fact, certificates: readonly Certificate[] | null | undefined): string | undefined {
  const certificate = certificates?.find((c) => c.id === fact.subjectId);
  if (!certificate) return undefined;
  return `${label(skillLevelLabels, certificate.level)} · ${certificate.occupation} · 证书编号 ${certificate.certificateNo}`;
}

interface FactsProps extends SectionProps<Fact> {
  /** To say which certificate a fact is about. */
  certificates: readonly Certificate[] | null | undefined;
  /** To link a granted fact to the entitlements it gave. */
  entitlements: readonly Entitlement[] | null | undefined;
  /** A fact was just recorded and finance has not decided it yet. */
  deciding?: boolean;
}

/**
 * 事实核定: every fact the domains recorded about the person (a certificate …) and what finance decided — granted,
 * with a link to the entitlement, or not, with the rules' reasons and the clause they cite ("不符合条件：…").
 */
export function FactsSection({ certificates, entitlements, deciding, ...props }: FactsProps) {
  const columns: TableColumnsType<Fact> = [
    { title: '核定结果', dataIndex: 'outcome', render: (v: Fact['outcome']) => <OutcomeTag outcome={v} /> },
    {
      title: '事实',
      key: 'kind',
      render: (_, f) => {
        const subject = factSubject(f, certificates);
        return (
          <span data-testid="fact-kind">
            {f.kindLabel}
            {subject && (
              <>
                <br />
                <Typography.Text type="secondary">{subject}</Typography.Text>
              </>
            )}
          </span>
        );
      },
    },
    { title: '发生日期', dataIndex: 'occurredOn' },
    {
      title: '待遇或理由',
      key: 'why',
      render: (_, f) => {
        const granted = entitlements?.filter((e) => e.fact?.id === f.id) ?? [];
        return (
          <Space orientation="vertical" size={2}>
            {granted.map((e) => (
              <Link key={e.id} to={`/entitlements/${encodeURIComponent(e.id)}`} data-testid="fact-entitlement-link">
                <Money fen={e.amount} />
                {e.stacking === 'TOP_UP' ? `（${label(stackingLabels, 'TOP_UP')}）` : ''} ·{' '}
                {label(entitlementStatusLabels, e.status)}
              </Link>
            ))}
            <FactReasons fact={f} />
            {granted.length === 0 && f.reasons.length === 0 && !f.note && '—'}
          </Space>
        );
      },
    },
  ];
  return (
    <Section
      title="事实核定"
      testId="person-facts"
      {...props}
      columns={columns}
      empty="暂无需核定的事实"
      extra={
        deciding ? (
          <Typography.Text type="warning" data-testid="facts-deciding">
            <LoadingOutlined /> 资金核定中…
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">各部门登记的事实及资金核定结果（含不予享受的理由）</Typography.Text>
        )
      }
    />
  );
}
