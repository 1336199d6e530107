import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { RevokeTrainingCompletionDoc } from './documents';
import { trainingClassActionLabels } from './labels';

interface Props {
  completion: { id: string; person: { name: string } };
  onRevoked(): void;
}

const ACTION = trainingClassActionLabels.REVOKE_COMPLETION;

/**
 * 撤销结业学员 (市人社局, 二(五)): a completion recorded in error is revoked with its reason, never deleted; finance
 * cancels what it granted and is unpaid. The server checks the duty and the state; its Chinese refusal shows here.
 */
export function RevokeCompletionButton({ completion, onRevoked }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [run] = useMutation(RevokeTrainingCompletionDoc);
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} data-testid={`completion-revoke-${completion.id}`}>
        {ACTION}
      </Button>
      {open && (
        <ActionModal<{ reason: string }>
          title={`${ACTION} · ${completion.person.name}`}
          okText={ACTION}
          danger
          testId="completion-revoke-dialog"
          effect="撤销须写明理由；学员记录保留并注明已撤销，不再计入培训人次（T9）；财政据此撤销尚未发放的培训补贴，已发放的列明待追回。"
          fieldNames={['reason']}
          errorPrefix="input."
          onSubmit={(v) => run({ variables: { input: { id: completion.id, reason: v.reason?.trim() ?? '' } } })}
          onSuccess={() => {
            message.success(`已${ACTION}`);
            setOpen(false);
            onRevoked();
          }}
          onClose={() => setOpen(false)}
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
            <Input.TextArea rows={3} data-testid="completion-revoke-reason" />
          </Form.Item>
        </ActionModal>
      )}
    </>
  );
}
