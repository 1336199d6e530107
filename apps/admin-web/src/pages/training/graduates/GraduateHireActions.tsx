import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { graduateHireActionLabels } from './labels';
import { ConfirmGraduateInsuredYearDoc, RecordGraduateInsuredYearDoc, RevokeGraduateHireDoc } from './documents';

export interface HireForActions {
  id: string;
  status: string;
  maxYears: number;
  graduate: { name: string };
  years: { id: string; yearNumber: number; status: string }[];
}

const REFETCH = { refetchQueries: ['GraduateHireDetail', 'GraduateHires'], awaitRefetchQueries: true };
const trimmed = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function RecordYearDialog({ hire, onClose }: { hire: HireForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RecordGraduateInsuredYearDoc, REFETCH);
  const next = Math.min(hire.maxYears, (hire.years.at(-1)?.yearNumber ?? 0) + 1);
  return (
    <ActionModal<{ yearNumber: number; evidence: string }>
      title={`${graduateHireActionLabels.RECORD_YEAR} · ${hire.graduate.name}`}
      okText={`确认${graduateHireActionLabels.RECORD_YEAR}`}
      testId="graduate-record-year-dialog"
      effect={`登记聘用后第几年用人单位为毕业生缴纳社会保险的情况（至多 ${hire.maxYears} 年）；须由另一名工作人员确认后方进入资金核定。`}
      fieldNames={['yearNumber', 'evidence']}
      initialValues={{ yearNumber: next }}
      onSubmit={(v) =>
        run({
          variables: { input: { hireId: hire.id, yearNumber: v.yearNumber, evidence: trimmed(v.evidence) ?? '' } },
        })
      }
      onSuccess={() => {
        message.success(`已${graduateHireActionLabels.RECORD_YEAR}`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="yearNumber" label="第几年（自聘用日期起算）" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={1} max={99} data-testid="graduate-year-number" />
      </Form.Item>
      <Form.Item
        name="evidence"
        label="缴纳社会保险的证明"
        rules={[
          { required: true, whitespace: true, message: '请填写参保证明' },
          { max: 500, message: '参保证明不超过 500 个字' },
        ]}
      >
        <Input.TextArea rows={3} placeholder="如 社保缴费记录编号" data-testid="graduate-year-evidence" />
      </Form.Item>
    </ActionModal>
  );
}

function ConfirmYearDialog({
  hire,
  year,
  onClose,
}: {
  hire: HireForActions;
  year: HireForActions['years'][number];
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [run] = useMutation(ConfirmGraduateInsuredYearDoc, REFETCH);
  return (
    <ActionModal<{ note?: string }>
      title={`${graduateHireActionLabels.CONFIRM_YEAR} · ${hire.graduate.name} 第${year.yearNumber}年`}
      okText={`确认第${year.yearNumber}年`}
      testId="graduate-confirm-year-dialog"
      effect="确认后写入资金事实，由资金核定服务按政策规则核定引才补贴（须由登记人以外的工作人员确认）。"
      fieldNames={['note']}
      errorPrefix="input."
      onSubmit={(v) =>
        run({ variables: { input: { id: year.id, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) } } })
      }
      onSuccess={() => {
        message.success(`已确认第${year.yearNumber}年`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
        <Input.TextArea rows={2} data-testid="graduate-confirm-note" />
      </Form.Item>
    </ActionModal>
  );
}

function RevokeDialog({ hire, onClose }: { hire: HireForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RevokeGraduateHireDoc, REFETCH);
  return (
    <ActionModal<{ reason: string }>
      title={`${graduateHireActionLabels.REVOKE_HIRE} · ${hire.graduate.name}`}
      okText={`确认${graduateHireActionLabels.REVOKE_HIRE}`}
      danger
      testId="graduate-revoke-dialog"
      effect="撤销聘用登记（更正），须写明理由；财政据此撤销尚未发放的补贴，已发放的列明待追回。"
      fieldNames={['reason']}
      errorPrefix="input."
      onSubmit={(v) => run({ variables: { input: { id: hire.id, reason: trimmed(v.reason) ?? '' } } })}
      onSuccess={() => {
        message.success(`已${graduateHireActionLabels.REVOKE_HIRE}`);
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
        <Input.TextArea rows={3} data-testid="graduate-revoke-reason" />
      </Form.Item>
    </ActionModal>
  );
}

type Open = { kind: 'year' } | { kind: 'revoke' } | { kind: 'confirm'; yearId: string } | null;

/**
 * The steps of a hire in force, for 市人社局 (the caller shows them only to accounts that may manage hires): record
 * the next insured year, confirm a year another account recorded, revoke. The server decides in the end — the duty,
 * the state, the rules' year limit, maker-checker — and its Chinese refusal appears in the dialog.
 */
export function GraduateHireActions({ hire }: { hire: HireForActions }) {
  const [open, setOpen] = useState<Open>(null);
  if (hire.status !== 'ACTIVE') return null;
  const pending = hire.years.filter((y) => y.status === 'RECORDED');
  const confirming = open?.kind === 'confirm' ? hire.years.find((y) => y.id === open.yearId) : undefined;
  return (
    <>
      <Space wrap className="no-print" data-testid="graduate-actions">
        {hire.years.length < hire.maxYears && (
          <Button type="primary" onClick={() => setOpen({ kind: 'year' })} data-testid="graduate-action-record-year">
            {graduateHireActionLabels.RECORD_YEAR}
          </Button>
        )}
        {pending.map((y) => (
          <Button
            key={y.id}
            type="primary"
            onClick={() => setOpen({ kind: 'confirm', yearId: y.id })}
            data-testid={`graduate-action-confirm-${y.yearNumber}`}
          >
            确认第{y.yearNumber}年
          </Button>
        ))}
        <Button danger onClick={() => setOpen({ kind: 'revoke' })} data-testid="graduate-action-revoke">
          {graduateHireActionLabels.REVOKE_HIRE}
        </Button>
      </Space>
      {open?.kind === 'year' && <RecordYearDialog hire={hire} onClose={() => setOpen(null)} />}
      {confirming && <ConfirmYearDialog hire={hire} year={confirming} onClose={() => setOpen(null)} />}
      {open?.kind === 'revoke' && <RevokeDialog hire={hire} onClose={() => setOpen(null)} />}
    </>
  );
}
