import { useState } from 'react';
import { Form, Modal, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formErrors } from '../../apollo/formErrors';
import { FormRefusal, ReasonField } from '../../components/ReasonField';

export const RevealIdNumberDoc = graphql(`
  mutation RevealIdNumber($personId: ID!, $reason: String!) {
    revealIdNumber(personId: $personId, reason: $reason) {
      personId
      idNumber
    }
  }
`);

/**
 * 查看完整身份证号: the full number is shown only after staff give a reason, which the server writes to the audit trail
 * with the reveal. The number lives in this modal's state only: the mutation bypasses Apollo's cache ('no-cache'),
 * so closing the modal forgets it (the person's page keeps showing the masked number).
 */
export function RevealIdNumberModal({
  personId,
  personName,
  onClose,
}: {
  personId: string;
  personName: string;
  onClose(): void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [other, setOther] = useState<string[]>([]);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [reveal, { loading }] = useMutation(RevealIdNumberDoc, { fetchPolicy: 'no-cache' });

  async function submit({ reason }: { reason: string }) {
    setOther([]);
    try {
      const { data } = await reveal({ variables: { personId, reason: reason.trim() } });
      setRevealed(data?.revealIdNumber.idNumber ?? null);
    } catch (error) {
      const mapped = formErrors(error, ['reason']);
      form.setFields(Object.entries(mapped.fields).map(([, msg]) => ({ name: 'reason' as const, errors: [msg] })));
      setOther(mapped.other);
    }
  }

  return (
    <Modal
      open
      title="查看完整身份证号"
      okText={revealed ? '关闭' : '查看'}
      cancelText="取消"
      cancelButtonProps={revealed ? { style: { display: 'none' } } : {}}
      confirmLoading={loading}
      onOk={() => (revealed ? onClose() : form.submit())}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="reveal-id-modal">
        {revealed ? (
          <>
            <Typography.Paragraph>{personName}的公民身份号码：</Typography.Paragraph>
            <Typography.Title level={4} copyable data-testid="revealed-id-number">
              {revealed}
            </Typography.Title>
            <Typography.Paragraph type="secondary">本次查看及理由已记入审计日志。关闭后不再显示。</Typography.Paragraph>
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              完整的身份证号属于个人敏感信息：请写明查看理由，查看人、时间与理由将记入审计日志。
            </Typography.Paragraph>
            <FormRefusal messages={other} testId="reveal-error" />
            <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={loading}>
              <ReasonField
                label="查看理由"
                testId="reveal-reason"
                emptyMessage="请填写查看理由"
                shortMessage="查看理由至少 2 个字"
              />
            </Form>
          </>
        )}
      </div>
    </Modal>
  );
}
