import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { canPay } from '../../../auth/roles';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { StatusTag } from '../../../components/StatusTag';
import { tableColumns } from '../../../components/listFields';
import { formatDateTime } from '../../../format/dateTime';
import { sumFen } from '../../../format/money';
import { paymentLineStatusLabels } from '../../../labels';
import { payerName } from '../payerName';
import { PaymentBatchDetailQueryDoc } from './documents';
import { paymentLineFields, paymentLineScreenFields, type PaymentLineRow } from './lineFields';
import { PaymentFileButton } from './PaymentFileButton';
import { PaymentLineActions } from './PaymentLineActions';

/**
 * One payment batch: its total beside the sum of its lines (they must agree), the lines with what the bank answered,
 * the lines as Excel (导出明细, accounts not in it), and — for the account that pays this payer — the payment file with
 * the payees' full accounts (导出支付文件: a reason, audited) and 登记支付 and 退回 per line.
 */
export function PaymentBatchPage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(PaymentBatchDetailQueryDoc, { variables: { id }, errorPolicy: 'all' });
  const batch = data?.paymentBatch;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/finance/payments')}>
      返回支付批次
    </Button>
  );
  if (!batch) {
    return (
      <RecordFallback
        heading="支付批次"
        back={back}
        loading={loading}
        error={error}
        notFound="未找到该支付批次，或不在本账号的查看范围内"
        testId="payment-batch-not-found"
      />
    );
  }

  const who = payerName(batch.payer, batch.county);
  const rows: PaymentLineRow[] = batch.lines.map((line, i) => ({ ...line, no: i + 1, county: batch.county }));
  const linesSum = sumFen(batch.lines.map((l) => l.amount));
  const sumOf = (status: string) => sumFen(batch.lines.filter((l) => l.status === status).map((l) => l.amount));
  const mayPay = canPay(account, batch.payer, batch.county?.code);
  const columns = [
    ...tableColumns(paymentLineScreenFields),
    ...(mayPay && batch.status === 'OPEN'
      ? [
          {
            title: '操作',
            key: 'actions',
            // Kept in view while the wide table scrolls sideways.
            fixed: 'right' as const,
            render: (_: unknown, line: PaymentLineRow) => <PaymentLineActions line={line} />,
          },
        ]
      : []),
  ];
  const date = formatDateTime(batch.createdAt).slice(0, 10);

  return (
    <>
      <PageTitle
        title={`${who}支付批次`}
        extra={
          <Space wrap>
            {back}
            <ExportButton
              name={`支付明细-${who}-${date}`}
              sheet="支付明细"
              label="导出明细"
              testId="export-payment-lines"
              columns={paymentLineFields}
              fetchRows={async () => rows}
            />
            {mayPay && batch.lines.some((l) => l.status === 'IN_BATCH') && (
              <PaymentFileButton batchId={batch.id} fileName={`支付文件-${who}-${date}`} />
            )}
          </Space>
        }
      >
        <span data-testid="payment-batch-title">{who}支付批次</span>{' '}
        <span data-testid="payment-batch-status" data-status={batch.status} style={{ verticalAlign: 'middle' }}>
          <StatusTag kind="paymentBatch" status={batch.status} />
        </span>
      </PageTitle>
      <QueryError error={error} />
      {BigInt(batch.total) !== linesSum && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="payment-batch-mismatch"
          title="批次合计与明细之和不符，请在年度对账中核对，不要据此支付。"
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'payer', label: '出资方', children: who },
            { key: 'count', label: '笔数', children: batch.lineCount },
            {
              key: 'total',
              label: '批次合计',
              children: (
                <Typography.Text strong data-testid="payment-batch-total">
                  <Money fen={batch.total} />
                </Typography.Text>
              ),
            },
            { key: 'paid', label: paymentLineStatusLabels.PAID, children: <Money fen={sumOf('PAID')} /> },
            { key: 'waiting', label: paymentLineStatusLabels.IN_BATCH, children: <Money fen={sumOf('IN_BATCH')} /> },
            { key: 'returned', label: paymentLineStatusLabels.RETURNED, children: <Money fen={sumOf('RETURNED')} /> },
            { key: 'created', label: '生成时间', children: formatDateTime(batch.createdAt) },
          ]}
        />
      </Card>
      {!mayPay && (
        <Typography.Paragraph type="secondary" data-testid="payment-read-only">
          {batch.payer === 'COUNTY' ? '县级分担由该县（市、区）财政局登记支付。' : '市级分担由市财政局登记支付。'}
        </Typography.Paragraph>
      )}
      <Table<PaymentLineRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1200 }}
        data-testid="payment-lines"
        onRow={(line) => ({ 'data-entitlement-id': line.entitlement.id }) as React.HTMLAttributes<HTMLElement>}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={6}>
              明细合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <span data-testid="payment-lines-sum">
                <Money fen={linesSum} />
              </span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} colSpan={columns.length - 7} />
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
