import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { beijingToday } from '../../../format/dateTime';
import { formatFen } from '../../../format/money';
import { afterFinanceStep } from '../afterStep';
import { payerName } from '../payerName';
import { MarkPaymentLinePaidMutationDoc, PaymentBatchDetailQueryDoc, ReturnPaymentLineMutationDoc } from './documents';
import type { PaymentLineRow } from './lineFields';

// The line is updated from the answer; the batch is read again, as it is settled when its last line is.
const afterLineStep = afterFinanceStep(PaymentBatchDetailQueryDoc);

/** 登记支付 and 退回 for a line still at the bank, for the account that pays its payer's share. */
export function PaymentLineActions({ line }: { line: PaymentLineRow }) {
  const [open, setOpen] = useState<'pay' | 'return' | null>(null);
  if (line.status !== 'IN_BATCH') return null;
  return (
    <Space size={4}>
      <Button size="small" type="primary" onClick={() => setOpen('pay')} data-testid="mark-paid">
        登记支付
      </Button>
      <Button size="small" danger onClick={() => setOpen('return')} data-testid="return-line">
        退回
      </Button>
      {open === 'pay' && <MarkPaidModal line={line} onClose={() => setOpen(null)} />}
      {open === 'return' && <ReturnModal line={line} onClose={() => setOpen(null)} />}
    </Space>
  );
}

const lineText = (line: PaymentLineRow) =>
  `${line.entitlement.beneficiaryPerson?.name ?? line.entitlement.beneficiaryOrganisation?.name ?? ''}：` +
  `${payerName(line.payer, line.county)}分担 ${formatFen(line.amount)}`;

interface PaidValues {
  reference: string;
  paidOn: string;
}

function MarkPaidModal({ line, onClose }: { line: PaymentLineRow; onClose(): void }) {
  const { message } = App.useApp();
  const [markPaid] = useMutation(MarkPaymentLinePaidMutationDoc, afterLineStep);
  return (
    <ActionModal<PaidValues>
      title="登记支付"
      okText="确认登记"
      testId="mark-paid-modal"
      effect={`${lineText(line)}。按银行（国库）回单登记；待遇的各项分担均已支付即为“已发放”。`}
      fieldNames={['reference', 'paidOn']}
      initialValues={{ paidOn: beijingToday() }}
      onSubmit={async ({ reference, paidOn }) => {
        await markPaid({ variables: { input: { lineId: line.id, reference: reference.trim(), paidOn } } });
        message.success(`已登记支付：${lineText(line)}`);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="reference"
        label="回单号"
        rules={[
          { required: true, whitespace: true, message: '须填写银行（国库）回单号' },
          { max: 64, message: '不超过 64 个字符' },
        ]}
      >
        <Input maxLength={64} data-testid="paid-reference" />
      </Form.Item>
      {/* The browser's own date field: a date is all it takes, and antd's DatePicker would add dayjs to the page. */}
      <Form.Item name="paidOn" label="支付日期" rules={[{ required: true, message: '须填写支付日期' }]}>
        <Input type="date" data-testid="paid-on" style={{ width: 200 }} />
      </Form.Item>
    </ActionModal>
  );
}

function ReturnModal({ line, onClose }: { line: PaymentLineRow; onClose(): void }) {
  const { message } = App.useApp();
  const [returnLine] = useMutation(ReturnPaymentLineMutationDoc, afterLineStep);
  return (
    <ActionModal<{ reason: string }>
      title="支付退回"
      okText="确认退回"
      danger
      testId="return-line-modal"
      effect={`${lineText(line)}。退回后该分担重新进入待支付，可编入以后的支付批次。`}
      fieldNames={['reason']}
      onSubmit={async ({ reason }) => {
        await returnLine({ variables: { input: { lineId: line.id, reason: reason.trim() } } });
        message.success(`已退回：${lineText(line)}`);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="退回原因"
        rules={[
          { required: true, whitespace: true, message: '须写明退回原因' },
          { min: 2, message: '至少 2 个字' },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={200}
          showCount
          placeholder="如：收款账户户名与账号不符"
          data-testid="return-reason"
        />
      </Form.Item>
    </ActionModal>
  );
}
