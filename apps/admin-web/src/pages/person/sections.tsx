import type { ReactNode } from 'react';
import { Alert, Card, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { PersonDetailQuery } from '../../gql/graphql';
import { CostShares } from '../../components/CostShares';
import { Money } from '../../components/Money';
import { StatusTag } from '../../components/StatusTag';
import { formatFen, sumFen } from '../../format/money';
import {
  certificationRouteLabels,
  competitionTierLabels,
  honourKindLabels,
  label,
  medalLabels,
  skillLevelLabels,
  studioLevelLabels,
} from '../../labels';

type Person = NonNullable<PersonDetailQuery['person']>;
type Certificate = NonNullable<Person['certificates']>[number];
type Studio = NonNullable<Person['ledStudios']>[number];
type Result = NonNullable<Person['competitionResults']>[number];
type Honour = NonNullable<Person['honours']>[number];
type Entitlement = NonNullable<Person['entitlements']>[number];

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
    render: (v: Certificate['level']) => <span data-testid="certificate-level">{label(skillLevelLabels, v)}</span>,
  },
  { title: '职业（工种）', dataIndex: 'occupation' },
  { title: '证书编号', dataIndex: 'certificateNo' },
  { title: '发证机构', key: 'issuer', render: (_, c) => c.issuer.name },
  { title: '发证日期', dataIndex: 'issuedOn' },
  { title: '取得方式', dataIndex: 'route', render: (v: Certificate['route']) => label(certificationRouteLabels, v) },
];

export function CertificatesSection(props: SectionProps<Certificate>) {
  return (
    <Section
      title="技能等级证书"
      testId="person-certificates"
      {...props}
      columns={certificateColumns}
      empty="暂无证书"
    />
  );
}

const studioColumns: TableColumnsType<Studio> = [
  { title: '工作室名称', dataIndex: 'name' },
  { title: '级别', dataIndex: 'level', render: (v: Studio['level']) => label(studioLevelLabels, v) },
  { title: '依托单位', key: 'host', render: (_, s) => s.host.name },
  { title: '职业（工种）', dataIndex: 'trade' },
  { title: '批准日期', dataIndex: 'approvedOn' },
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

const honourColumns: TableColumnsType<Honour> = [
  {
    title: '荣誉',
    dataIndex: 'kind',
    render: (v: Honour['kind']) => <span data-testid="honour-kind">{label(honourKindLabels, v)}</span>,
  },
  { title: '年度', dataIndex: 'year' },
  { title: '状态', dataIndex: 'status', render: (v: Honour['status']) => <StatusTag kind="honour" status={v} /> },
  { title: '事迹', dataIndex: 'citation', render: (v: string | null) => v ?? '—' },
];

export function HonoursSection(props: SectionProps<Honour>) {
  return <Section title="荣誉表彰" testId="person-honours" {...props} columns={honourColumns} empty="暂无荣誉" />;
}

const entitlementColumns: TableColumnsType<Entitlement> = [
  { title: '补贴事项', dataIndex: 'description' },
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
  { title: '条款', key: 'clause', render: (_, e) => <Typography.Text title={e.ruleId}>{e.clause}</Typography.Text> },
  {
    title: '状态',
    dataIndex: 'status',
    render: (v: Entitlement['status']) => <StatusTag kind="entitlement" status={v} />,
  },
];

/** 核定依据: the rules package's steps, stored with the entitlement when it was computed (empty for manual entries). */
function Explanation({ entitlement }: { entitlement: Entitlement }) {
  if (entitlement.explanation.length === 0)
    return <Typography.Text type="secondary">手工登记，无规则核定过程</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="entitlement-explanation">
      {entitlement.explanation.map((step, i) => (
        <li key={i}>
          <Typography.Text type={step.ok ? undefined : 'warning'}>{step.sentence}</Typography.Text>{' '}
          <Typography.Text type="secondary">〔{step.clause}〕</Typography.Text>
        </li>
      ))}
    </ol>
  );
}

export function EntitlementsSection(props: SectionProps<Entitlement>) {
  // Rejected claims are listed but not counted: the total is what the person is (or will be) paid.
  const counted = props.rows?.filter((e) => e.status !== 'REJECTED').map((e) => e.amount) ?? [];
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
            合计（不含未通过）：{formatFen(sumFen(counted))}
          </Typography.Text>
        )
      }
    />
  );
}
