import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { ActionModal } from '../../../components/ActionModal';
import { awardActionLabels } from './labels';

interface Props {
  /** What is revoked, in words (the college and entry, the winner and award). */
  what: string;
  testId: string;
  revoke(reason: string): Promise<unknown>;
}

/**
 * 撤销获奖登记, with its confirmation: the dialog says what follows (finance cancels what is unpaid, lists what was
 * paid for recovery) and asks for the reason; the server's Chinese refusal appears in the dialog.
 */
export function RevokeAwardAction({ what, testId, revoke }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const title = awardActionLabels.REVOKE;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid={`${testId}-revoke`} className="no-print">
        {title}
      </Button>
      {open && (
        <ActionModal<{ reason: string }>
          title={`${title} · ${what}`}
          okText={`确认${title}`}
          danger
          testId={`${testId}-revoke-dialog`}
          effect="撤销后写入撤销事实：财政据此撤销尚未发放的奖励，已发放的列明待追回。登记记录保留，标为已撤销。"
          fieldNames={['reason']}
          errorPrefix="input."
          onSubmit={(v) => revoke(v.reason.trim())}
          onSuccess={() => {
            message.success(`已${title}`);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        >
          <Form.Item
            name="reason"
            label="撤销理由"
            rules={[
              { required: true, whitespace: true, message: '请写明撤销理由' },
              { min: 2, message: '撤销理由不能少于 2 个字' },
              { max: 500, message: '撤销理由不超过 500 个字' },
            ]}
          >
            <Input.TextArea rows={3} data-testid={`${testId}-revoke-reason`} />
          </Form.Item>
        </ActionModal>
      )}
    </>
  );
}
