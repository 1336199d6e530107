import type { ReactNode } from 'react';
import { Card, Table, type TableColumnsType } from 'antd';
import { formatDateTime } from '../format/dateTime';
import { label } from '../labels';

/** What every record's history line has: when, who, and (where the record keeps them) its note and statuses. */
export interface HistoryLineBase {
  id: string;
  at: string;
  actorName: string;
  note?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
}

interface Props<H extends HistoryLineBase> {
  lines: readonly H[];
  /** The table's test id; each line's action cell is `${testId}-action`. */
  testId: string;
  /** The step's words (the record's vocabulary). */
  action(line: H): ReactNode;
  /** When given, a 状态 column: from → to, in these words. */
  statusLabels?: Readonly<Record<string, string>>;
  /** Columns of the record's own, after 状态 (a studio's level …). */
  extra?: TableColumnsType<H>;
  /** The 说明 column (the note or reason given); default shown. */
  note?: boolean;
  last?: boolean;
}

/**
 * 办理记录 on a record's page: who did what and when, oldest first, with the statuses and the note where the record
 * keeps them. One table for the studios, craftsman colleges, graduate hires and competitions.
 */
export function HistoryCard<H extends HistoryLineBase>({
  lines,
  testId,
  action,
  statusLabels,
  extra = [],
  note = true,
  last = false,
}: Props<H>) {
  const columns: TableColumnsType<H> = [
    { title: '时间', key: 'at', render: (_: unknown, h: H) => formatDateTime(h.at) },
    {
      title: '办理事项',
      key: 'action',
      render: (_: unknown, h: H) => <span data-testid={`${testId}-action`}>{action(h)}</span>,
    },
    ...(statusLabels
      ? [
          {
            title: '状态',
            key: 'status',
            render: (_: unknown, h: H) =>
              `${h.fromStatus ? `${label(statusLabels, h.fromStatus)} → ` : ''}${label(statusLabels, h.toStatus ?? '')}`,
          },
        ]
      : []),
    ...extra,
    { title: '办理人', dataIndex: 'actorName', key: 'actor' },
    ...(note
      ? [{ title: '说明', dataIndex: 'note', key: 'note', render: (v: string | null | undefined) => v ?? '—' }]
      : []),
  ];
  return (
    <Card size="small" title="办理记录" style={last ? undefined : { marginBottom: 16 }}>
      <Table<H>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={[...lines]}
        data-testid={testId}
      />
    </Card>
  );
}
