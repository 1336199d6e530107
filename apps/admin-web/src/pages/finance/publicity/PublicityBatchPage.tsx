import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { canManageFinance } from '../../../auth/roles';
import { ActionModal } from '../../../components/ActionModal';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { tableColumns } from '../../../components/listFields';
import { formatDateTime } from '../../../format/dateTime';
import { sumFen } from '../../../format/money';
import { afterFinanceStep } from '../afterStep';
import { ClosePublicityBatchMutationDoc, PublicityBatchDetailQueryDoc } from './documents';
import { publicityFields, type PublicityLineRow } from './lineFields';
import { ObjectionActions } from './ObjectionActions';

/**
 * One publicity batch: its window and the list as published — names and ID numbers masked — to export (Excel) or
 * print (the print stylesheet leaves the menus and buttons out). 市财政局 takes and resolves objections per line and
 * ends the publicity once the window has passed; county finance reads its county's lines.
 */
export function PublicityBatchPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const manage = canManageFinance(account);
  const navigate = useNavigate();
  const [closing, setClosing] = useState(false);
  const { data, loading, error } = useQuery(PublicityBatchDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const batch = data?.publicityBatch;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/finance/publicity')} className="no-print">
      返回公示列表
    </Button>
  );
  if (!batch) {
    return (
      <RecordFallback
        heading="公示名单"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该公示批次"
        testId="publicity-not-found"
      />
    );
  }

  const open = batch.status === 'OPEN';
  const rows: PublicityLineRow[] = batch.lines.map((line, i) => ({ ...line, no: i + 1 }));
  const columns = [
    ...tableColumns(publicityFields),
    ...(manage && batch.lines.some((l) => open || l.objections.some((o) => o.status === 'OPEN'))
      ? [
          {
            title: '操作',
            key: 'actions',
            className: 'no-print',
            render: (_: unknown, line: PublicityLineRow) => <ObjectionActions line={line} batchOpen={open} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title={`${batch.title} · 公示名单`}
        extra={
          <Space className="no-print" wrap>
            {back}
            <ExportButton
              name={`公示名单-${batch.title}`}
              sheet="公示名单"
              columns={publicityFields}
              fetchRows={async () => rows}
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">
              打印
            </Button>
            {manage && open && (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                onClick={() => setClosing(true)}
                data-testid="close-publicity"
              >
                结束公示
              </Button>
            )}
          </Space>
        }
      >
        <span data-testid="publicity-title">{batch.title}</span>{' '}
        <span data-testid="publicity-status" data-status={batch.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="publicity" status={batch.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      {open && (
        <Alert
          className="no-print"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="publicity-window-note"
          title={`公示期内（至 ${batch.endsOn}）受理异议；${batch.closableFrom} 起、异议均已处理后方可结束公示，公示中的待遇随之转入待支付。`}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'window',
              label: '公示期',
              children: (
                <span data-testid="publicity-window">
                  {batch.startsOn} 至 {batch.endsOn}（{batch.windowDays} 天）
                </span>
              ),
            },
            { key: 'closable', label: '可结束公示', children: `${batch.closableFrom} 起` },
            { key: 'count', label: '公示项数', children: <span data-testid="publicity-count">{batch.lineCount}</span> },
            { key: 'total', label: '公示金额合计', children: <Money fen={sumFen(batch.lines.map((l) => l.amount))} /> },
            { key: 'created', label: '发布时间', children: formatDateTime(batch.createdAt) },
            ...(batch.closedAt ? [{ key: 'closed', label: '结束时间', children: formatDateTime(batch.closedAt) }] : []),
          ]}
        />
      </Card>
      {!manage && (
        <Typography.Paragraph type="secondary" className="no-print" data-testid="publicity-read-only">
          公示由市财政局发布、受理异议；本账号只查看名单中本县承担的待遇。
        </Typography.Paragraph>
      )}
      <Table<PublicityLineRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="publicity-lines"
        onRow={(line) => ({ 'data-entitlement-id': line.entitlement.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: '名单为空' }}
      />
      {closing && <CloseBatchModal batch={batch} onClose={() => setClosing(false)} />}
    </>
  );
}

function CloseBatchModal({
  batch,
  onClose,
}: {
  batch: { id: string; title: string; endsOn: string; closableFrom: string; lineCount: number };
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [close] = useMutation(ClosePublicityBatchMutationDoc, afterFinanceStep());
  return (
    <ActionModal
      title="结束公示"
      okText="确认结束"
      testId="close-publicity-modal"
      effect={`${batch.title}（${batch.lineCount} 项）：公示期至 ${batch.endsOn} 止，${batch.closableFrom} 起方可结束。结束后公示中的待遇转入待支付，异议成立的不予发放。`}
      fieldNames={[]}
      onSubmit={async () => {
        await close({ variables: { id: batch.id } });
        message.success(`已结束公示：${batch.title}`);
      }}
      onClose={onClose}
    />
  );
}
