import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { OrderClassHiringReportDetailQuery } from '../../../gql/graphql';
import { ActionModal } from '../../../components/ActionModal';
import { ConfirmOrderClassHiringReportDoc, RevokeOrderClassHiringReportDoc } from './documents';
import { orderClassActionLabels } from './labels';
import { ReportDrawer } from './ReportDrawer';

type Report = NonNullable<OrderClassHiringReportDetailQuery['orderClassHiringReport']>;

const REFETCH = {
  refetchQueries: ['OrderClassHiringReportDetail', 'OrderClassHiringReports'],
  awaitRefetchQueries: true,
};
const trimmed = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function ConfirmDialog({ report, onClose }: { report: Report; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(ConfirmOrderClassHiringReportDoc, REFETCH);
  return (
    <ActionModal<{ note?: string }>
      title={`${orderClassActionLabels.CONFIRM_REPORT} · ${report.enterprise.name} ${report.year}年度`}
      okText={orderClassActionLabels.CONFIRM_REPORT}
      testId="order-class-confirm-dialog"
      effect={`确认后写入资金事实（全职聘用 ${report.hireCount} 人），由资金核定服务按政策规则核定订单用才补贴（须由报送人以外的工作人员确认）。`}
      fieldNames={['note']}
      errorPrefix="input."
      onSubmit={(v) =>
        run({ variables: { input: { id: report.id, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) } } })
      }
      onSuccess={() => {
        message.success(`已${orderClassActionLabels.CONFIRM_REPORT}`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
        <Input.TextArea rows={2} data-testid="order-class-confirm-note" />
      </Form.Item>
    </ActionModal>
  );
}

function RevokeDialog({ report, onClose }: { report: Report; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RevokeOrderClassHiringReportDoc, REFETCH);
  return (
    <ActionModal<{ reason: string }>
      title={`${orderClassActionLabels.REVOKE_REPORT} · ${report.enterprise.name} ${report.year}年度`}
      okText={orderClassActionLabels.REVOKE_REPORT}
      danger
      testId="order-class-revoke-dialog"
      effect="撤销年度聘用报告（更正），须写明理由；已确认的，财政据此撤销尚未发放的补贴；撤销后该年度可重新报送。"
      fieldNames={['reason']}
      errorPrefix="input."
      onSubmit={(v) => run({ variables: { input: { id: report.id, reason: trimmed(v.reason) ?? '' } } })}
      onSuccess={() => {
        message.success(`已${orderClassActionLabels.REVOKE_REPORT}`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="理由"
        rules={[
          { required: true, whitespace: true, message: '请写明理由' },
          { min: 2, message: '理由不能少于 2 个字' },
          { max: 500, message: '理由不超过 500 个字' },
        ]}
      >
        <Input.TextArea rows={3} data-testid="order-class-revoke-reason" />
      </Form.Item>
    </ActionModal>
  );
}

type Open = 'confirm' | 'correct' | 'revoke' | null;

/**
 * The steps of a report (shown only to accounts that may manage them): confirm one another account submitted, correct
 * it while it waits (with a reason), revoke it. The server decides in the end — the duty, the state, maker-checker —
 * and its Chinese refusal appears in the dialog.
 */
export function ReportActions({ report }: { report: Report }) {
  const [open, setOpen] = useState<Open>(null);
  if (report.status === 'REVOKED') return null;
  const waiting = report.status === 'SUBMITTED';
  return (
    <>
      <Space wrap className="no-print" data-testid="order-class-report-actions">
        {waiting && (
          <Button type="primary" onClick={() => setOpen('confirm')} data-testid="order-class-action-confirm">
            {orderClassActionLabels.CONFIRM_REPORT}
          </Button>
        )}
        {waiting && (
          <Button onClick={() => setOpen('correct')} data-testid="order-class-action-correct">
            {orderClassActionLabels.CORRECT_REPORT}
          </Button>
        )}
        <Button danger onClick={() => setOpen('revoke')} data-testid="order-class-action-revoke">
          {orderClassActionLabels.REVOKE_REPORT}
        </Button>
      </Space>
      {open === 'confirm' && <ConfirmDialog report={report} onClose={() => setOpen(null)} />}
      {open === 'revoke' && <RevokeDialog report={report} onClose={() => setOpen(null)} />}
      {open === 'correct' && (
        <ReportDrawer open report={report} onClose={() => setOpen(null)} onDone={() => undefined} />
      )}
    </>
  );
}
