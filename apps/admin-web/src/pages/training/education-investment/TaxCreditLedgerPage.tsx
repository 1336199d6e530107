import { Empty, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { TaxCreditLedgerQueryDoc } from './documents';
import { TaxCreditLedgerCard } from './TaxCreditLedgerCard';

/**
 * 教育费附加抵免台账 in Finance's workbench (/finance/tax-credits?enterprise=…): pick an enterprise, read its ledger —
 * per tax year the credit carried in, earned, used and carried forward. Read-only: the ledger follows training's
 * records (a correction recomputes the later years); the used credit is reviewed as an entitlement and never paid.
 */
export function TaxCreditLedgerPage() {
  const [enterpriseId, setEnterpriseId] = useUrlParam('enterprise');
  const { data, loading, error } = useQuery(TaxCreditLedgerQueryDoc, {
    variables: { enterpriseId: enterpriseId ?? '' },
    skip: !enterpriseId,
  });
  return (
    <>
      <PageTitle>教育费附加抵免台账</PageTitle>
      <Typography.Paragraph type="secondary">
        产教融合型试点企业的教育费附加和地方教育附加抵免（第二部分（四））：按纳税年度列出上年结转、本年新增、本年已抵免和结转以后年度。抵免不是现金，不进入预算和支付批次。
      </Typography.Paragraph>
      <FilterBar>
        <div style={{ width: 360 }}>
          <OrganisationSelect value={enterpriseId} onChange={setEnterpriseId} testId="ledger-enterprise" />
        </div>
        {enterpriseId && (
          <Link to={`/organisations/${encodeURIComponent(enterpriseId)}`} data-testid="ledger-organisation-link">
            查看单位详情
          </Link>
        )}
      </FilterBar>
      <QueryError error={error} />
      {enterpriseId ? (
        !loading || data ? (
          <TaxCreditLedgerCard lines={data?.taxCreditLedger ?? []} />
        ) : null
      ) : (
        <Empty description="请选择企业" />
      )}
    </>
  );
}
