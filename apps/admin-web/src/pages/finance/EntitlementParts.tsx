import { Table, Timeline, Typography } from 'antd';
import type { EntitlementDetailFieldsFragment, EntitlementStatus } from '../../gql/graphql';
import { Money } from '../../components/Money';
import { formatDateTime } from '../../format/dateTime';
import { sumFen } from '../../format/money';
import { entitlementStatusLabels, label } from '../../labels';
import { payerName } from './payerName';

type Entitlement = EntitlementDetailFieldsFragment;

/** Who pays which part: one line per payer, the county by name, and the total (equal to the amount, by the API). */
export function SharesTable({ entitlement }: { entitlement: Entitlement }) {
  const rows = entitlement.shares.map((s, i) => ({
    key: `${s.payer}-${i}`,
    payer: payerName(s.payer, entitlement.county),
    amount: s.amount,
  }));
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="entitlement-shares"
      columns={[
        { title: '出资方', dataIndex: 'payer', render: (v: string) => <span data-testid="share-payer">{v}</span> },
        {
          title: '分担金额',
          dataIndex: 'amount',
          align: 'right',
          render: (v: number) => (
            <span data-testid="share-amount">
              <Money fen={v} />
            </span>
          ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Money fen={sumFen(entitlement.shares.map((s) => s.amount))} />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** What each step of an entitlement's way is called in its history (the API's `action` is the status reached). */
const ACTION_LABELS: Record<string, string> = {
  CALCULATED: '规则核定',
  REVIEWED: '审核',
  APPROVED: '审批',
  REJECTED: '退回不予发放',
  CANCELLED: '撤销',
};

export const actionLabel = (action: string, toStatus: EntitlementStatus) =>
  ACTION_LABELS[action] ?? label(entitlementStatusLabels, toStatus);

/** 办理记录: who did what and when, oldest first, with the note or reason they gave. */
export function HistoryTimeline({ history }: { history: Entitlement['history'] }) {
  return (
    <Timeline
      data-testid="entitlement-history"
      items={history.map((h) => ({
        key: h.id,
        color: h.toStatus === 'REJECTED' ? 'red' : h.toStatus === 'CALCULATED' ? 'gray' : 'blue',
        content: (
          <div data-testid="history-entry" data-action={h.action}>
            <Typography.Text strong>{actionLabel(h.action, h.toStatus)}</Typography.Text>
            <Typography.Text type="secondary">
              {'  '}
              {h.fromStatus ? `${label(entitlementStatusLabels, h.fromStatus)} → ` : ''}
              {label(entitlementStatusLabels, h.toStatus)}
            </Typography.Text>
            <br />
            <Typography.Text data-testid="history-actor">{h.actorName}</Typography.Text>
            <Typography.Text type="secondary"> · {formatDateTime(h.at)}</Typography.Text>
            {h.note && (
              <div>
                <Typography.Text type="secondary">说明：</Typography.Text>
                <Typography.Text data-testid="history-note">{h.note}</Typography.Text>
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
