import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { OrganisationLink } from '../../components/OrganisationLink';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { canManageFinance, isCountyFinance } from '../../auth/roles';
import { Money } from '../../components/Money';
import { PageTitle } from '../../components/PageTitle';
import { PersonLink } from '../../components/PersonLink';
import { QueryError } from '../../components/QueryError';
import { RecordFallback } from '../../components/RecordFallback';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../format/dateTime';
import { label, stackingLabels } from '../../labels';
import { EntitlementDetailQueryDoc } from './documents';
import { EntitlementActions } from './EntitlementActions';
import { FactReasons, OutcomeTag } from '../../components/FactOutcome';
import { ExplanationSteps } from '../../components/ExplanationSteps';
import { HistoryTimeline, SharesTable } from './EntitlementParts';

/**
 * One entitlement: who gets what and why (the fact, the rules' decision and its steps in plain Chinese, the clause),
 * who pays which part, its history, and — for 市财政局 — 审核, 审批 and 退回 as its status allows.
 */
export function EntitlementPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const { data, loading, error } = useQuery(EntitlementDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const entitlement = data?.entitlement;

  const navigate = useNavigate();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/finance')}>
      返回财政工作台
    </Button>
  );

  if (!entitlement) {
    return (
      <RecordFallback
        heading="待遇详情"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该待遇，或不在本账号的查看范围内"
        testId="entitlement-not-found"
      />
    );
  }

  const e = entitlement;
  const beneficiary = e.beneficiaryPerson ? (
    <PersonLink person={e.beneficiaryPerson} />
  ) : (
    <OrganisationLink organisation={e.beneficiaryOrganisation} />
  );
  const topUp = e.stacking === 'TOP_UP';

  return (
    <>
      <PageTitle
        extra={back}
        title={`${e.beneficiaryPerson?.name ?? e.beneficiaryOrganisation?.name ?? ''} · 待遇详情`}
      >
        <span data-testid="entitlement-title">{e.description}</span>{' '}
        <span data-testid="entitlement-status" data-status={e.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="entitlement" status={e.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      {canManageFinance(account) && account && <EntitlementActions entitlement={e} me={account.displayName} />}
      {isCountyFinance(account) && (
        <Typography.Paragraph type="secondary" data-testid="county-read-only">
          县级财政账号只查看本县承担的待遇；审核、审批由市财政局办理。
        </Typography.Paragraph>
      )}
      {e.status === 'REJECTED' && e.rejectedReason && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={`已退回，不予发放：${e.rejectedReason}`}
          data-testid="rejected-reason"
        />
      )}
      <Card title="待遇" style={{ marginTop: 16 }} data-testid="entitlement-summary">
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'beneficiary', label: e.beneficiaryPerson ? '享受人员' : '享受单位', children: beneficiary },
            ...(e.beneficiaryPerson
              ? [{ key: 'employer', label: '工作单位', children: e.beneficiaryPerson.employer?.name ?? '—' }]
              : []),
            {
              key: 'account',
              label: '收款账户',
              // Masked, from the directory: full accounts are only in the batch's payment file.
              children: (
                <span data-testid="entitlement-account">
                  {(e.beneficiaryPerson
                    ? e.beneficiaryPerson.socialSecurityCardAccount?.text
                    : e.beneficiaryOrganisation?.basicAccount?.text) ?? '未登记'}
                </span>
              ),
            },
            { key: 'county', label: '县级分担', children: e.county?.name ?? '无县级分担' },
            { key: 'description', label: '待遇事项', children: e.description, span: 2 },
            {
              key: 'citation',
              label: '政策依据',
              children: <span data-testid="entitlement-citation">{e.citation}</span>,
            },
            { key: 'year', label: '预算年度', children: `${e.year} 年` },
            {
              key: 'stacking',
              label: '享受方式',
              children: <span data-testid="entitlement-stacking">{label(stackingLabels, e.stacking)}</span>,
            },
            {
              key: 'amount',
              label: topUp ? '本次补差额' : '金额',
              children: (
                <Typography.Text strong data-testid="entitlement-amount">
                  <Money fen={e.amount} />
                </Typography.Text>
              ),
            },
            ...(topUp
              ? [
                  { key: 'grant', label: '标准金额', children: <Money fen={e.grantAmount} /> },
                  {
                    key: 'previous',
                    label: '此前已享受',
                    children: (
                      <span data-testid="entitlement-previous">
                        <Money fen={e.previousAmount} />
                      </span>
                    ),
                  },
                ]
              : []),
            // "Up to" awards (R3, R14): the maximum, and what the reviewer decided within it.
            ...(e.maxAmount !== null && e.maxAmount !== undefined
              ? [
                  {
                    key: 'max',
                    label: '最高标准',
                    children: (
                      <span data-testid="entitlement-max">
                        <Money fen={e.maxAmount} />
                      </span>
                    ),
                  },
                  {
                    key: 'decided',
                    label: '审定金额',
                    children: (
                      <span data-testid="entitlement-decided">
                        {e.decidedAmount !== null && e.decidedAmount !== undefined ? (
                          <Money fen={e.decidedAmount} />
                        ) : (
                          '未审定（按最高标准）'
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
            { key: 'createdAt', label: '核定时间', children: formatDateTime(e.createdAt) },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title="核定依据" style={{ marginTop: 16 }}>
            <ExplanationSteps steps={e.explanation} />
          </Card>
          <Card title="所依据的事实" style={{ marginTop: 16 }} data-testid="entitlement-fact">
            {e.fact ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  items={[
                    { key: 'kind', label: '事实', children: e.fact.kindLabel },
                    { key: 'date', label: '发生日期', children: e.fact.occurredOn },
                    { key: 'outcome', label: '核定结果', children: <OutcomeTag outcome={e.fact.outcome} /> },
                    { key: 'received', label: '收到时间', children: formatDateTime(e.fact.receivedAt) },
                  ]}
                />
                <FactReasons fact={e.fact} />
              </Space>
            ) : (
              <Typography.Text type="secondary">该待遇不是由领域事实核定的</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="资金分担" style={{ marginTop: 16 }}>
            <SharesTable entitlement={e} />
          </Card>
          <Card title="办理记录" style={{ marginTop: 16 }}>
            <HistoryTimeline history={e.history} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
