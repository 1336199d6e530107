import { Breadcrumb, Button, Card, Descriptions, Empty, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrganisationDetailQuery, OrganisationPeopleQuery } from '../../gql/graphql';
import { fieldErrorMessage } from '../../apollo/errors';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useAuth } from '../../auth/AuthContext';
import { canReadAudit } from '../../auth/roles';
import { ConnectionTable } from '../../components/ConnectionTable';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';
import { maskIdNumber } from '../../format/idNumber';
import { label, organisationKindLabels, skillLevelLabels, studioLevelLabels } from '../../labels';
import { EntitlementsSection, FactsSection } from '../person/sections';
import { graduateClassLabels, graduateHireStatusLabels } from '../training/graduates/labels';
import { TaxCreditLedgerCard } from '../training/education-investment/TaxCreditLedgerCard';
import { OrganisationAuditCard } from './OrganisationAuditCard';
import { accountKindLabel, PaymentAccountItem } from './PaymentAccountItem';
import {
  OrganisationDetailQuery as OrganisationDetailDoc,
  OrganisationPeopleQuery as PeopleDoc,
} from './organisationQuery';

type Organisation = NonNullable<OrganisationDetailQuery['organisation']>;
type Studio = NonNullable<Organisation['hostedStudios']>[number];
type College = NonNullable<Organisation['craftsmanColleges']>[number];
type Hire = NonNullable<Organisation['graduateHires']>[number];
type Person = OrganisationPeopleQuery['people']['edges'][number]['node'];

const SECTION_UNAVAILABLE = '该部分数据暂时无法获取';

const peopleColumns: TableColumnsType<Person> = [
  { title: '姓名', key: 'name', render: (_, p) => <PersonLink person={p} /> },
  { title: '身份证号', key: 'idNumber', render: (_, p) => maskIdNumber(p.idNumber) },
  { title: '县（市、区）', key: 'county', render: (_, p) => p.county.name },
  {
    title: '最高技能等级',
    key: 'level',
    render: (_, p) => (p.highestLevel ? label(skillLevelLabels, p.highestLevel) : '—'),
  },
];

const studioColumns: TableColumnsType<Studio> = [
  {
    title: '工作室名称',
    key: 'name',
    render: (_, s) => (
      <Link to={`/training/studios/${encodeURIComponent(s.id)}`} data-testid="organisation-studio-link">
        {s.name}
      </Link>
    ),
  },
  { title: '级别', key: 'level', render: (_, s) => label(studioLevelLabels, s.level) },
  { title: '领办人', key: 'lead', render: (_, s) => <PersonLink person={s.lead} /> },
  { title: '职业（工种）', dataIndex: 'trade' },
  { title: '状态', key: 'status', render: (_, s) => <StatusTag kind="studio" status={s.status} /> },
  { title: '批准日期', key: 'approvedOn', render: (_, s) => s.approvedOn ?? '—' },
];

const collegeColumns: TableColumnsType<College> = [
  {
    title: '学院名称',
    key: 'name',
    render: (_, c) => (
      <Link to={`/training/colleges/${encodeURIComponent(c.id)}`} data-testid="organisation-college-link">
        {c.name}
      </Link>
    ),
  },
  { title: '成立日期', dataIndex: 'foundedOn' },
  { title: '状态', key: 'status', render: (_, c) => <StatusTag kind="college" status={c.status} /> },
  { title: '批准日期', key: 'approvedOn', render: (_, c) => c.approvedOn ?? '—' },
];

const hireColumns: TableColumnsType<Hire> = [
  {
    title: '毕业生',
    key: 'graduate',
    render: (_, h) => (
      <Link to={`/training/graduates/${encodeURIComponent(h.id)}`} data-testid="organisation-hire-link">
        {h.graduate.name}
      </Link>
    ),
  },
  { title: '班次', key: 'programme', render: (_, h) => label(graduateClassLabels, h.programme) },
  {
    title: '毕业院校',
    key: 'school',
    render: (_, h) => <Link to={`/organisations/${encodeURIComponent(h.school.id)}`}>{h.school.name}</Link>,
  },
  { title: '入职日期', dataIndex: 'hiredOn' },
  { title: '状态', key: 'status', render: (_, h) => <Tag>{label(graduateHireStatusLabels, h.status)}</Tag> },
];

/** One card of what a domain knows about the unit, or a warning when that domain could not answer. */
function DomainCard<T extends { id: string }>(props: {
  title: string;
  testId: string;
  rows: readonly T[] | null | undefined;
  unavailable?: string;
  columns: TableColumnsType<T>;
  empty: string;
}) {
  return (
    <Card
      title={props.rows ? `${props.title}（${props.rows.length}）` : props.title}
      style={{ marginTop: 16 }}
      data-testid={props.testId}
    >
      {props.rows ? (
        <Table<T>
          rowKey="id"
          size="small"
          columns={props.columns}
          dataSource={[...props.rows]}
          pagination={false}
          locale={{ emptyText: props.empty }}
          scroll={{ x: 760 }}
        />
      ) : (
        <Empty description={props.unavailable ?? SECTION_UNAVAILABLE} data-testid="section-unavailable" />
      )}
    </Card>
  );
}

/** 在职人员: the unit's people, paged from the directory (its total is the directory's count, not the loaded rows). */
function PeopleCard({ organisationId }: { organisationId: string }) {
  const { data, loading, error, loadMore, refetch } = usePagedQuery(PeopleDoc, { employerId: organisationId });
  return (
    <Card
      title={`在职人员${data ? `（${data.people.totalCount}）` : ''}`}
      style={{ marginTop: 16 }}
      data-testid="organisation-people"
    >
      <ConnectionTable
        error={error}
        testId="organisation-people-table"
        connection={data?.people}
        columns={peopleColumns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </Card>
  );
}

/**
 * 单位详情 (/organisations/:id): the unit as the directory holds it, its people, what training records about it
 * (studios it hosts, craftsman colleges it built, graduates it hired), and what finance decided: its entitlements with
 * the rules' explanation and every fact with its outcome ("不符合条件：…" with the clause). The Audit Bureau also sees
 * the directory's audit records of the unit. One subgraph failing leaves its section with a warning, not the page.
 */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { account } = useAuth();
  const { data, loading, error } = useQuery(OrganisationDetailDoc, { variables: { id }, errorPolicy: 'all' });
  const organisation = data?.organisation;
  const missing = (field: string) => fieldErrorMessage(error, ['organisation', field]);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/organisations')}>
      返回单位列表
    </Button>
  );
  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      data-testid="breadcrumbs"
      items={[{ title: <Link to="/organisations">单位</Link> }, { title: organisation?.name ?? '单位详情' }]}
    />
  );

  if (loading && !organisation) {
    return (
      <>
        {crumbs}
        <PageTitle extra={back}>单位详情</PageTitle>
        <Skeleton active />
      </>
    );
  }
  if (!organisation) {
    return (
      <>
        {crumbs}
        <PageTitle extra={back}>单位详情</PageTitle>
        <QueryError error={error} />
        {!error && <Empty description="未找到该单位" data-testid="organisation-not-found" />}
      </>
    );
  }

  const flags = [
    organisation.stateOwned && (
      <Tag key="state" color="blue">
        国有
      </Tag>
    ),
    organisation.climbing && (
      <Tag key="climbing" color="purple">
        攀登企业
      </Tag>
    ),
    organisation.industryEducationIntegration && (
      <Tag key="iei" color="green">
        产教融合型企业
      </Tag>
    ),
  ].filter(Boolean);
  return (
    <>
      {crumbs}
      <PageTitle extra={back} title={`${organisation.name} · 单位详情`}>
        <span data-testid="organisation-name">{organisation.name}</span>
      </PageTitle>
      <QueryError error={error} />
      <Card title="基本信息" data-testid="organisation-basics">
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'name', label: '单位名称', children: organisation.name },
            { key: 'kind', label: '类型', children: label(organisationKindLabels, organisation.kind) },
            { key: 'creditCode', label: '统一社会信用代码', children: organisation.creditCode },
            {
              key: 'paymentAccount',
              label: accountKindLabel('organisation'),
              children: (
                <PaymentAccountItem
                  holder="organisation"
                  id={organisation.id}
                  name={organisation.name}
                  masked={organisation.basicAccount?.text ?? null}
                />
              ),
            },
            { key: 'county', label: '县（市、区）', children: organisation.county.name },
            { key: 'flags', label: '标识', children: flags.length ? flags : '—' },
          ]}
        />
      </Card>
      <PeopleCard organisationId={organisation.id} />
      <DomainCard
        title="技能大师工作室"
        testId="organisation-studios-card"
        rows={organisation.hostedStudios}
        unavailable={missing('hostedStudios')}
        columns={studioColumns}
        empty="未依托本单位建设工作室"
      />
      <DomainCard
        title="工匠学院"
        testId="organisation-colleges-card"
        rows={organisation.craftsmanColleges}
        unavailable={missing('craftsmanColleges')}
        columns={collegeColumns}
        empty="本单位未建设工匠学院"
      />
      <DomainCard
        title="引进毕业生"
        testId="organisation-hires-card"
        rows={organisation.graduateHires}
        unavailable={missing('graduateHires')}
        columns={hireColumns}
        empty="暂无引进毕业生登记"
      />
      {/* 二(四) R4: finance's credit ledger, for enterprises that have one (or whose ledger could not be read). */}
      {organisation.kind === 'ENTERPRISE' &&
        (organisation.taxCreditLedger?.length !== 0 || missing('taxCreditLedger')) && (
          <TaxCreditLedgerCard lines={organisation.taxCreditLedger} unavailable={missing('taxCreditLedger')} />
        )}
      <EntitlementsSection rows={organisation.entitlements} unavailable={missing('entitlements')} />
      <FactsSection
        rows={organisation.factDecisions}
        unavailable={missing('factDecisions')}
        certificates={null}
        entitlements={organisation.entitlements}
      />
      {canReadAudit(account) && <OrganisationAuditCard organisationId={organisation.id} />}
    </>
  );
}
