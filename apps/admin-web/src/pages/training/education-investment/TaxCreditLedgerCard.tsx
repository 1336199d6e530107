import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TaxCreditLedgerLineFieldsFragment } from '../../../gql/graphql';
import { StatusTag } from '../../../components/StatusTag';
import { formatFen } from '../../../format/money';
import { taxCreditFigureLabels } from './labels';

export type LedgerLine = TaxCreditLedgerLineFieldsFragment;

const money = (testId: string, pick: (l: LedgerLine) => number | string) => (_: unknown, l: LedgerLine) => (
  <span data-testid={testId}>{formatFen(pick(l))}</span>
);

const columns: TableColumnsType<LedgerLine> = [
  { title: '纳税年度', key: 'year', render: (_, l) => <span data-testid="ledger-year">{l.taxYear}</span> },
  { title: '试点企业', key: 'pilot', render: (_, l) => (l.pilotEnterprise ? '是' : '否') },
  { title: '应缴附加', key: 'due', align: 'right', render: money('ledger-due', (l) => l.surchargeDueFen) },
  {
    title: taxCreditFigureLabels.CARRIED_IN,
    key: 'in',
    align: 'right',
    render: money('ledger-carried-in', (l) => l.carriedInFen),
  },
  {
    title: taxCreditFigureLabels.EARNED,
    key: 'earned',
    align: 'right',
    render: money('ledger-earned', (l) => l.earnedFen),
  },
  { title: taxCreditFigureLabels.USED, key: 'used', align: 'right', render: money('ledger-used', (l) => l.usedFen) },
  {
    title: taxCreditFigureLabels.CARRIED_FORWARD,
    key: 'forward',
    align: 'right',
    render: money('ledger-carried-forward', (l) => l.carriedForwardFen),
  },
  {
    title: '抵免待遇',
    key: 'entitlement',
    render: (_, l) =>
      l.entitlement ? (
        <Link to={`/entitlements/${encodeURIComponent(l.entitlement.id)}`} data-testid="ledger-entitlement">
          <StatusTag kind="entitlement" status={l.entitlement.status} />
        </Link>
      ) : (
        '—'
      ),
  },
  {
    title: '说明',
    key: 'conclusion',
    render: (_, l) => <Typography.Text type="secondary">{l.conclusion}</Typography.Text>,
  },
];

/**
 * 教育费附加抵免台账 (二(四) R4), as finance keeps it: per tax year the credit carried in, earned, used against that
 * year's surcharges and carried forward. A ledger, not cash: the used credit is an entitlement with a TAX share that
 * never enters a budget or a payment batch. Shown on the organisation page, the investment's page and Finance's page.
 */
export function TaxCreditLedgerCard({
  lines,
  unavailable,
  title = '教育费附加抵免台账',
}: {
  lines: readonly LedgerLine[] | null | undefined;
  unavailable?: string;
  title?: string;
}) {
  return (
    <Card title={title} style={{ marginTop: 16 }} data-testid="tax-credit-ledger">
      {lines ? (
        <Table<LedgerLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...lines]}
          pagination={false}
          locale={{ emptyText: '暂无抵免台账' }}
          scroll={{ x: 900 }}
          onRow={(l) => ({ 'data-ledger-year': l.taxYear }) as React.HTMLAttributes<HTMLElement>}
        />
      ) : (
        <Empty description={unavailable ?? '该部分数据暂时无法获取'} data-testid="section-unavailable" />
      )}
    </Card>
  );
}
