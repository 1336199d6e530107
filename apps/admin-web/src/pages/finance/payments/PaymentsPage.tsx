import { useState } from 'react';
import { Alert, App, Button, Card, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { PayableSharesQuery, Payer, PaymentBatchFieldsFragment, PaymentBatchStatus } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { canPay, isCountyFinance } from '../../../auth/roles';
import { ActionModal } from '../../../components/ActionModal';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { EnumSelect } from '../../../components/EnumSelect';
import { FilterBar } from '../../../components/FilterBar';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { StatusTag } from '../../../components/StatusTag';
import { tableColumns, type ListField } from '../../../components/listFields';
import { formatDateTime } from '../../../format/dateTime';
import { formatFen } from '../../../format/money';
import { paymentBatchStatusLabels, payerLabels } from '../../../labels';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { afterFinanceStep } from '../afterStep';
import { payerName } from '../payerName';
import { CreatePaymentBatchMutationDoc, PayableSharesQueryDoc, PaymentBatchesQueryDoc } from './documents';

type Payable = PayableSharesQuery['payableShares'][number];
type Batch = PaymentBatchFieldsFragment;

const batchColumns = tableColumns<Batch>([
  {
    header: '支付批次',
    value: (b) => b.id,
    render: (b) => (
      <Link to={`/finance/payments/${encodeURIComponent(b.id)}`} data-testid="payment-batch-link">
        {payerName(b.payer, b.county)} · {formatDateTime(b.createdAt)}
      </Link>
    ),
  },
  { header: '笔数', value: (b) => b.lineCount },
  { header: '批次合计（元）', value: (b) => b.total, kind: 'money' },
  { header: '状态', value: (b) => b.status, render: (b) => <StatusTag kind="paymentBatch" status={b.status} /> },
] satisfies ListField<Batch>[]);

/**
 * 支付批次: what each payer has waiting to be paid, with 生成支付批次 where this account makes that payer's batch
 * (the city's and the Trade Union's: 市财政局; a county's: that county's finance office), and the batches made so far.
 */
export function PaymentsPage() {
  const { account } = useAuth();
  const county = isCountyFinance(account);
  const [payer, setPayer] = useUrlParam<Payer>('payer');
  const [status, setStatus] = useUrlParam<PaymentBatchStatus>('status');
  const [creating, setCreating] = useState<Payable | null>(null);
  // Fresh on every visit: publicity closed or a line returned elsewhere makes more payable.
  const payable = useQuery(PayableSharesQueryDoc, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const list = usePagedQuery(PaymentBatchesQueryDoc, { payer, status });

  const payableColumns = [
    {
      title: '出资方',
      key: 'payer',
      render: (_: unknown, p: Payable) => <span data-testid="payable-payer">{payerName(p.payer, p.county)}</span>,
    },
    { title: '待支付笔数', key: 'count', render: (_: unknown, p: Payable) => p.count },
    {
      title: '待支付金额',
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, p: Payable) => <Money fen={p.amount} />,
    },
    {
      title: '操作',
      key: 'action',
      render: (_: unknown, p: Payable) =>
        canPay(account, p.payer, p.county?.code) ? (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setCreating(p)}
            data-testid={`create-batch-${p.payer}`}
          >
            生成支付批次
          </Button>
        ) : (
          <Typography.Text type="secondary">
            {p.payer === 'COUNTY' ? '由该县（市、区）财政局生成' : '由市财政局生成'}
          </Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageTitle>支付批次</PageTitle>
      {county && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本账号生成、办理本县（市、区）承担部分的支付批次；市级分担由市财政局支付。"
          data-testid="county-payments-note"
        />
      )}
      <Card title="待支付的分担" style={{ marginBottom: 16 }} size="small">
        <QueryError error={payable.error} />
        <Table<Payable>
          rowKey={(p) => `${p.payer}-${p.county?.code ?? ''}`}
          size="small"
          pagination={false}
          loading={payable.loading && !payable.data}
          columns={payableColumns}
          dataSource={payable.data?.payableShares ?? []}
          locale={{ emptyText: '暂无待支付的分担' }}
          data-testid="payable-shares"
        />
      </Card>
      <FilterBar>
        <EnumSelect
          labels={payerLabels}
          value={payer}
          onChange={setPayer}
          placeholder="全部出资方"
          testId="filter-payer"
        />
        <EnumSelect
          labels={paymentBatchStatusLabels}
          value={status}
          onChange={setStatus}
          placeholder="全部状态"
          testId="filter-payment-status"
        />
      </FilterBar>
      <ConnectionTable
        error={list.error}
        testId="payment-batches-table"
        connection={list.data?.paymentBatches}
        columns={batchColumns}
        loading={list.loading}
        onLoadMore={list.loadMore}
        onRefresh={list.refetch}
      />
      {creating && <CreateBatchModal payable={creating} onClose={() => setCreating(null)} />}
    </>
  );
}

function CreateBatchModal({ payable, onClose }: { payable: Payable; onClose(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [create] = useMutation(CreatePaymentBatchMutationDoc, afterFinanceStep());
  const who = payerName(payable.payer, payable.county);
  return (
    <ActionModal<object, string>
      title="生成支付批次"
      okText="确认生成"
      testId="create-batch-modal"
      effect={`将${who}全部待支付的分担（${payable.count} 笔，合计 ${formatFen(payable.amount)}）编入一个支付批次，状态变为“支付中”；之后逐笔登记银行回单，或办理退回。`}
      fieldNames={[]}
      onSubmit={async () => {
        const { data } = await create({
          variables: {
            input: { payer: payable.payer, countyCode: payable.payer === 'COUNTY' ? payable.county?.code : null },
          },
        });
        const batch = data!.createPaymentBatch;
        message.success(`已生成${who}支付批次：${batch.lineCount} 笔，合计 ${formatFen(batch.total)}`);
        return batch.id;
      }}
      onSuccess={(id) => navigate(`/finance/payments/${encodeURIComponent(id)}`)}
      onClose={onClose}
    />
  );
}
