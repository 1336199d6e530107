import { Tag } from 'antd';
import { Link } from 'react-router';
import type { ComplianceReportFieldsFragment } from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { formatFen } from '../../../format/money';
import { label } from '../../../labels';
import { complianceCheckLabels } from './labels';

export type ComplianceRow = ComplianceReportFieldsFragment;

/** 符合 / 不符合 / 不适用, as a tag that tests can read. */
export function VerdictTag({ report }: { report: Pick<ComplianceRow, 'applicable' | 'compliant'> }) {
  const [text, colour, code] = !report.applicable
    ? ['不适用', 'default', 'NOT_APPLICABLE']
    : report.compliant
      ? ['符合', 'green', 'COMPLIANT']
      : ['不符合', 'red', 'NOT_COMPLIANT'];
  return (
    <span data-testid="compliance-verdict" data-verdict={code}>
      <Tag color={colour}>{text}</Tag>
    </span>
  );
}

const verdictText = (r: ComplianceRow) => (!r.applicable ? '不适用' : r.compliant ? '符合' : '不符合');

/** The figures of a report in words: 经费 ¥100,000.00，其中一线 ¥60,000.00. */
export function figuresText(r: ComplianceRow): string {
  if (r.check === 'FRONTLINE_EDUCATION_FUNDS') {
    return `经费 ${formatFen(r.fundsUsedFen)}，其中一线 ${formatFen(r.frontlineFen)}`;
  }
  return (
    `高技能人才 ${formatFen(r.highSkilledPreviousAvgFen)} → ${formatFen(r.highSkilledCurrentAvgFen)}；` +
    `管理人员 ${formatFen(r.managersPreviousAvgFen)} → ${formatFen(r.managersCurrentAvgFen)}`
  );
}

/** The report list, on screen and in Excel. */
export const complianceFields: ListField<ComplianceRow>[] = [
  {
    header: '企业',
    value: (r) => r.enterprise.name,
    width: 36,
    render: (r) => (
      <Link to={`/training/compliance/${encodeURIComponent(r.id)}`} data-testid="compliance-link" data-report-id={r.id}>
        {r.enterprise.name}
      </Link>
    ),
  },
  { header: '年度', value: (r) => r.year, kind: 'number', width: 8 },
  { header: '检查事项', value: (r) => label(complianceCheckLabels, r.check), width: 28 },
  { header: '条款', value: (r) => r.clause, width: 10 },
  { header: '报告数据', value: figuresText, width: 50 },
  { header: '结论', value: verdictText, render: (r) => <VerdictTag report={r} />, width: 10 },
  { header: '说明', value: (r) => r.conclusion, width: 60 },
];
