import { useState } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { collegeMajorActionLabels } from './labels';
import { ApproveCollegeMajorDoc, RevokeCollegeMajorDoc } from './documents';

export interface MajorForActions {
  id: string;
  name: string;
  status: string;
}

const REFETCH = { refetchQueries: ['CollegeMajorDetail', 'CollegeMajors'], awaitRefetchQueries: true };
const trimmed = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function ApproveDialog({ major, onClose }: { major: MajorForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(ApproveCollegeMajorDoc, REFETCH);
  return (
    <ActionModal<{ note?: string }>
      title={`${collegeMajorActionLabels.APPROVE} · ${major.name}`}
      okText={collegeMajorActionLabels.APPROVE}
      testId="college-major-approve-dialog"
      effect="确认后计入目标进度；高水平专业（群）写入资金事实，由资金核定服务按政策核定奖补（须由登记人以外的工作人员确认）。"
      fieldNames={['note']}
      errorPrefix="input."
      onSubmit={(v) =>
        run({ variables: { input: { id: major.id, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) } } })
      }
      onSuccess={() => {
        message.success(`已${collegeMajorActionLabels.APPROVE}`);
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
        <Input.TextArea rows={2} data-testid="college-major-approve-note" />
      </Form.Item>
    </ActionModal>
  );
}

function RevokeDialog({ major, onClose }: { major: MajorForActions; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RevokeCollegeMajorDoc, REFETCH);
  return (
    <ActionModal<{ reason: string }>
      title={`${collegeMajorActionLabels.REVOKE} · ${major.name}`}
      okText={collegeMajorActionLabels.REVOKE}
      danger
      testId="college-major-revoke-dialog"
      effect="撤销须写明理由；已确认的高水平专业写入撤销事实，财政据此撤销尚未发放的奖补，已发放的列明待追回。"
      fieldNames={['reason']}
      errorPrefix="input."
      onSubmit={(v) => run({ variables: { input: { id: major.id, reason: trimmed(v.reason) ?? '' } } })}
      onSuccess={() => {
        message.success(`已${collegeMajorActionLabels.REVOKE}`);
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
        <Input.TextArea rows={3} data-testid="college-major-revoke-reason" />
      </Form.Item>
    </ActionModal>
  );
}

/**
 * The steps of a record, for the leads of 二(三) (the caller shows them only to accounts that may manage): approve a
 * record another account made, revoke. The server decides in the end — the duty, the state, maker-checker — and its
 * Chinese refusal appears in the dialog.
 */
export function MajorActions({ major }: { major: MajorForActions }) {
  const [open, setOpen] = useState<'approve' | 'revoke' | null>(null);
  if (major.status === 'REVOKED') return null;
  return (
    <>
      <Space wrap className="no-print" data-testid="college-major-actions">
        {major.status === 'RECORDED' && (
          <Button type="primary" onClick={() => setOpen('approve')} data-testid="college-major-action-approve">
            {collegeMajorActionLabels.APPROVE}
          </Button>
        )}
        <Button danger onClick={() => setOpen('revoke')} data-testid="college-major-action-revoke">
          {collegeMajorActionLabels.REVOKE}
        </Button>
      </Space>
      {open === 'approve' && <ApproveDialog major={major} onClose={() => setOpen(null)} />}
      {open === 'revoke' && <RevokeDialog major={major} onClose={() => setOpen(null)} />}
    </>
  );
}
