import { Tag } from 'antd';
import { Link } from 'react-router';
import type { EducationInvestmentFieldsFragment } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { organisationKindLabels } from '../../../labels';

export type InvestmentRow = EducationInvestmentFieldsFragment;

/** 试点企业 / 非试点企业, as a tag tests can read. */
export function PilotTag({ pilot }: { pilot: boolean }) {
  return (
    <span data-testid="investment-pilot" data-pilot={pilot ? 'true' : 'false'}>
      <Tag color={pilot ? 'green' : 'default'}>{pilot ? '试点企业' : '非试点企业'}</Tag>
    </span>
  );
}

const documentText = (r: InvestmentRow) => (r.documentNo ? `${r.documentNo}（${r.documentDate ?? ''}）` : '');

/** The investment list, on screen and in Excel. */
export const investmentFields: ListField<InvestmentRow>[] = [
  {
    header: organisationKindLabels.ENTERPRISE,
    value: (r) => r.enterprise.name,
    width: 36,
    render: (r) => (
      <Link
        to={`/training/education-investments/${encodeURIComponent(r.id)}`}
        data-testid="investment-link"
        data-investment-id={r.id}
      >
        {r.enterprise.name}
      </Link>
    ),
  },
  { header: '纳税年度', value: (r) => r.taxYear, kind: 'number', width: 10 },
  {
    header: '试点状态',
    value: (r) => (r.pilotEnterprise ? '试点企业' : '非试点企业'),
    render: (r) => <PilotTag pilot={r.pilotEnterprise} />,
    width: 12,
  },
  { header: '纳入培育范围文件', value: documentText, width: 36 },
  { header: '投资额', value: (r) => r.investmentFen, kind: 'money', width: 16 },
  { header: '应缴教育费附加和地方教育附加', value: (r) => r.surchargeDueFen, kind: 'money', width: 20 },
  { header: '条款', value: (r) => r.clause, width: 10 },
];
