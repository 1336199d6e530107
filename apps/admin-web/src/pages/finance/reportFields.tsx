import { Typography } from 'antd';
import { Link } from 'react-router';
import type { EntitlementReportRowFieldsFragment, ReconciliationQuery, ReportGrouping } from '../../gql/graphql';
import { payerName } from '../../components/CostShares';
import { Money } from '../../components/Money';
import type { ListField } from '../../components/listFields';
import { formatFen } from '../../format/money';

export type ReportRow = EntitlementReportRowFieldsFragment;
export type ReconciliationTotal = ReconciliationQuery['reconciliation']['totals'][number];
export type ReconciliationDifference = ReconciliationQuery['reconciliation']['differences'][number];

/** The first column's heading names what the rows are. */
const GROUP_HEADER: Record<ReportGrouping, string> = {
  COUNTY: '县（市、区）',
  PAYER: '出资方',
  RULE: '政策条目',
  YEAR: '预算年度',
};

/** The report's columns, on screen and in the Excel file (amounts are the shares' sums, in fen from the API). */
export const reportFields = (groupBy: ReportGrouping): ListField<ReportRow>[] => [
  { header: GROUP_HEADER[groupBy], value: (r) => r.label, width: 36 },
  { header: '待遇数', value: (r) => r.count, kind: 'number' },
  { header: '核定金额（元）', value: (r) => r.amount, kind: 'money' },
  { header: '已审批（元）', value: (r) => r.committed, kind: 'money' },
  { header: '已发放（元）', value: (r) => r.paid, kind: 'money' },
  { header: '未通过（元）', value: (r) => r.rejected, kind: 'money' },
];

/** One payer's year in the reconciliation: approved = each step after it, and the difference (0 when they agree). */
export const reconciliationFields: ListField<ReconciliationTotal>[] = [
  { header: '出资方', value: (t) => payerName(t.payer, t.county), width: 24 },
  { header: '已审批（元）', value: (t) => t.committed, kind: 'money' },
  { header: '待公示（元）', value: (t) => t.awaitingPublicity, kind: 'money' },
  { header: '公示中（元）', value: (t) => t.inPublicity, kind: 'money' },
  { header: '待支付（元）', value: (t) => t.payable, kind: 'money' },
  { header: '支付中（元）', value: (t) => t.inBatch, kind: 'money' },
  { header: '已发放（元）', value: (t) => t.paid, kind: 'money' },
  {
    header: '差额（元）',
    value: (t) => t.difference,
    kind: 'money',
    render: (t) => (
      <Typography.Text type={t.difference === 0 ? undefined : 'danger'} strong={t.difference !== 0}>
        <span data-testid="reconciliation-difference-amount">
          <Money fen={t.difference} />
        </span>
      </Typography.Text>
    ),
  },
];

// ENTITLEMENT_STATUS compares counts of cash shares (paid, in a batch), every other kind amounts in fen.
const amountOrCount = (d: ReconciliationDifference, v: number) =>
  d.kind === 'ENTITLEMENT_STATUS' ? `${v} 项` : formatFen(v);

/** One difference as the API words it, with what was expected and found, and the entitlement to open. */
export function DifferenceText({ d }: { d: ReconciliationDifference }) {
  return (
    <span>
      <span data-testid="difference-message">{d.message}</span>
      <Typography.Text type="secondary">
        （应为 {amountOrCount(d, d.expected)}，实为 {amountOrCount(d, d.actual)}）
      </Typography.Text>
      {d.entitlementId && (
        <>
          {' '}
          <Link to={`/entitlements/${encodeURIComponent(d.entitlementId)}`}>查看待遇</Link>
        </>
      )}
    </span>
  );
}
