import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { apprenticeshipActionLabels } from './labels';
import { ConfirmApprenticeshipYearDoc, RecordApprenticeshipYearDoc, RevokeApprenticeshipDoc } from './documents';

export interface AgreementForActions {
  id: string;
  status: string;
  maxYears: number;
  apprentice: { name: string };
  years: { id: string; yearNumber: number; status: string }[];
}

const REFETCH = {
  refetchQueries: ['ApprenticeshipDetail', 'Apprenticeships', 'ApprenticeTarget'],
  awaitRefetchQueries: true,
};
const trimmed = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function RecordYearDialog({ agreement, onClose }: { agreement: AgreementForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RecordApprenticeshipYearDoc, REFETCH);
  const next = Math.min(agreement.maxYears, (agreement.years.at(-1)?.yearNumber ?? 0) + 1);
  return (
    <ActionModal<{ yearNumber: number; evidence: string }>
      title={`${apprenticeshipActionLabels.RECORD_YEAR} · ${agreement.apprentice.name}`}
      okText={`确认${apprenticeshipActionLabels.RECORD_YEAR}`}
      testId="apprenticeship-record-year-dialog"
      effect={`登记已完成的第几个培训年度（补贴期限至多 ${agreement.maxYears} 年，二(二)）；须由另一名工作人员确认后方进入资金核定。`}
      fieldNames={['yearNumber', 'evidence']}
      errorPrefix="input."
      initialValues={{ yearNumber: next }}
      onSubmit={(v) =>
        run({
          variables: {
            input: { apprenticeshipId: agreement.id, yearNumber: v.yearNumber, evidence: trimmed(v.evidence) ?? '' },
          },
        })
      }
      onSuccess={() => {
        message.success(`已${apprenticeshipActionLabels.RECORD_YEAR}`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="yearNumber" label="第几年（自开始日期起算）" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={1} max={99} data-testid="apprenticeship-year-number" />
      </Form.Item>
      <Form.Item
        name="evidence"
        label="培训完成证明"
        rules={[
          { required: true, whitespace: true, message: '请填写培训完成证明' },
          { max: 500, message: '培训完成证明不超过 500 个字' },
        ]}
      >
        <Input.TextArea rows={3} placeholder="如 年度考核记录编号" data-testid="apprenticeship-year-evidence" />
      </Form.Item>
    </ActionModal>
  );
}

function ConfirmYearDialog({
  agreement,
  year,
  onClose,
}: {
  agreement: AgreementForActions;
  year: AgreementForActions['years'][number];
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [run] = useMutation(ConfirmApprenticeshipYearDoc, REFETCH);
  return (
    <ActionModal<{ note?: string }>
      title={`${apprenticeshipActionLabels.CONFIRM_YEAR} · ${agreement.apprentice.name} 第${year.yearNumber}年`}
      okText={`确认第${year.yearNumber}年`}
      testId="apprenticeship-confirm-year-dialog"
      effect="确认后按年度起始日有效的县定补贴标准写入资金事实，由资金核定服务按政策规则核定（须由登记人以外的工作人员确认）。"
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
        <Input.TextArea rows={2} data-testid="apprenticeship-confirm-note" />
      </Form.Item>
    </ActionModal>
  );
}

function RevokeDialog({ agreement, onClose }: { agreement: AgreementForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RevokeApprenticeshipDoc, REFETCH);
  return (
    <ActionModal<{ reason: string }>
      title={`${apprenticeshipActionLabels.REVOKE_AGREEMENT} · ${agreement.apprentice.name}`}
      okText={`确认${apprenticeshipActionLabels.REVOKE_AGREEMENT}`}
      danger
      testId="apprenticeship-revoke-dialog"
      effect="撤销学徒培训协议（更正），须写明理由；财政据此撤销尚未发放的补贴，已发放的列明待追回。"
      fieldNames={['reason']}
      errorPrefix="input."
      onSubmit={(v) => run({ variables: { input: { id: agreement.id, reason: trimmed(v.reason) ?? '' } } })}
      onSuccess={() => {
        message.success(`已${apprenticeshipActionLabels.REVOKE_AGREEMENT}`);
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
        <Input.TextArea rows={3} data-testid="apprenticeship-revoke-reason" />
      </Form.Item>
    </ActionModal>
  );
}

type Open = { kind: 'year' } | { kind: 'revoke' } | { kind: 'confirm'; yearId: string } | null;

/**
 * The steps of an agreement in force (shown only to accounts that may manage apprenticeships): record the next
 * completed year, confirm a year another account recorded, revoke. The server decides in the end — the duty, the
 * county, the state, R2_MAX_YEARS, maker-checker, a rate in force — and its Chinese refusal appears in the dialog.
 */
export function ApprenticeshipActions({ agreement }: { agreement: AgreementForActions }) {
  const [open, setOpen] = useState<Open>(null);
  if (agreement.status !== 'ACTIVE') return null;
  const pending = agreement.years.filter((y) => y.status === 'RECORDED');
  const confirming = open?.kind === 'confirm' ? agreement.years.find((y) => y.id === open.yearId) : undefined;
  return (
    <>
      <Space wrap className="no-print" data-testid="apprenticeship-actions">
        {agreement.years.length < agreement.maxYears && (
          <Button
            type="primary"
            onClick={() => setOpen({ kind: 'year' })}
            data-testid="apprenticeship-action-record-year"
          >
            {apprenticeshipActionLabels.RECORD_YEAR}
          </Button>
        )}
        {pending.map((y) => (
          <Button
            key={y.id}
            type="primary"
            onClick={() => setOpen({ kind: 'confirm', yearId: y.id })}
            data-testid={`apprenticeship-action-confirm-${y.yearNumber}`}
          >
            确认第{y.yearNumber}年
          </Button>
        ))}
        <Button danger onClick={() => setOpen({ kind: 'revoke' })} data-testid="apprenticeship-action-revoke">
          {apprenticeshipActionLabels.REVOKE_AGREEMENT}
        </Button>
      </Space>
      {open?.kind === 'year' && <RecordYearDialog agreement={agreement} onClose={() => setOpen(null)} />}
      {confirming && <ConfirmYearDialog agreement={agreement} year={confirming} onClose={() => setOpen(null)} />}
      {open?.kind === 'revoke' && <RevokeDialog agreement={agreement} onClose={() => setOpen(null)} />}
    </>
  );
}
