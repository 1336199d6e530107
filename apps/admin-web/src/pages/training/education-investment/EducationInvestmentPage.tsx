import { useState } from 'react';
import { Button, Card, Descriptions, Space } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { citeClause } from '@jining/rules/vocabulary';
import { fieldErrorMessage } from '../../../apollo/errors';
import { useAuth } from '../../../auth/AuthContext';
import { HistoryCard } from '../../../components/HistoryCard';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { formatFen } from '../../../format/money';
import { label, organisationKindLabels } from '../../../labels';
import { canRecordEducationInvestment } from './access';
import { EducationInvestmentDetailQueryDoc } from './documents';
import { PilotTag } from './fields';
import { fenToYuanText, InvestmentDrawer } from './InvestmentDrawer';
import { educationInvestmentActionLabels, educationInvestmentTitle } from './labels';
import { TaxCreditLedgerCard } from './TaxCreditLedgerCard';

/**
 * One enterprise's tax year: its figures, the listing document, the clause, its history (every correction with its
 * reason) and the enterprise's credit ledger as finance keeps it; 市人社局 corrects it here.
 */
export function EducationInvestmentPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canRecordEducationInvestment(account);
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState(false);
  const { data, loading, error } = useQuery(EducationInvestmentDetailQueryDoc, {
    variables: { id },
    errorPolicy: 'all',
  });
  const record = data?.educationInvestment;
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate('/training/education-investments')}
      className="no-print"
    >
      返回投资登记列表
    </Button>
  );
  if (!record) {
    return (
      <RecordFallback
        heading={educationInvestmentTitle}
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该投资登记"
        testId="investment-not-found"
      />
    );
  }
  const title = `${record.enterprise.name} ${record.taxYear}年度职业教育投资`;
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <Space>
            {back}
            {manage && (
              <Button icon={<EditOutlined />} onClick={() => setCorrecting(true)} data-testid="investment-correct">
                更正
              </Button>
            )}
          </Space>
        }
      >
        <span data-testid="investment-title">{title}</span>
      </PageTitle>
      <QueryError error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={organisationKindLabels.ENTERPRISE}>
            <Link to={`/organisations/${encodeURIComponent(record.enterprise.id)}`} data-testid="investment-enterprise">
              {record.enterprise.name}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label="纳税年度">{record.taxYear}</Descriptions.Item>
          <Descriptions.Item label="试点状态">
            <PilotTag pilot={record.pilotEnterprise} />
          </Descriptions.Item>
          <Descriptions.Item label="纳入培育范围文件">
            {record.documentNo ? `${record.documentNo}（${record.documentDate ?? ''}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="兴办职业教育的投资额">
            <span data-testid="investment-amount">{formatFen(record.investmentFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="当年应缴教育费附加和地方教育附加">
            <span data-testid="investment-surcharge">{formatFen(record.surchargeDueFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="依据">{citeClause(record.clause)}</Descriptions.Item>
          <Descriptions.Item label="登记人">{record.recordedBy}</Descriptions.Item>
        </Descriptions>
      </Card>
      <HistoryCard
        lines={record.history}
        testId="investment-history"
        action={(h) => label(educationInvestmentActionLabels, h.action)}
      />
      <TaxCreditLedgerCard
        lines={record.enterprise.taxCreditLedger}
        unavailable={fieldErrorMessage(error, ['educationInvestment', 'enterprise', 'taxCreditLedger'])}
      />
      {manage && (
        <InvestmentDrawer
          open={correcting}
          correcting={{ id: record.id, enterpriseName: record.enterprise.name, taxYear: record.taxYear }}
          initialValues={{
            pilotEnterprise: record.pilotEnterprise,
            documentNo: record.documentNo ?? undefined,
            documentDate: record.documentDate ?? undefined,
            investmentFen: fenToYuanText(record.investmentFen),
            surchargeDueFen: fenToYuanText(record.surchargeDueFen),
          }}
          onClose={() => setCorrecting(false)}
          onSaved={() => undefined}
        />
      )}
    </>
  );
}
