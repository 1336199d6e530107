import { useState } from 'react';
import { App, Form, Modal, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SkillLevel } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { FormRefusal, ReasonField } from '../../components/ReasonField';
import { label, skillLevelLabels } from '../../labels';

export const RevokeSkillCertificateDoc = graphql(`
  mutation RevokeSkillCertificate($input: RevokeSkillCertificateInput!) {
    revokeSkillCertificate(input: $input) {
      id
      revoked
      revokedReason
    }
  }
`);

export interface RevocableCertificate {
  id: string;
  certificateNo: string;
  level: SkillLevel;
}

/**
 * 撤销证书: a certificate recorded in error (or withdrawn by its issuer) is revoked with a reason, never deleted.
 * Finance then cancels what it granted and has not paid; what is already paid is listed on the person's record for
 * recovery, so the modal says so before staff confirm.
 */
export function RevokeCertificateModal({
  personName,
  certificate,
  onClose,
  onRevoked,
}: {
  personName: string;
  certificate: RevocableCertificate;
  onClose(): void;
  /** Called with the certificate's id once revoked: the page then waits for finance's decision on it. */
  onRevoked(certificateId: string): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [other, setOther] = useState<string[]>([]);
  const [revoke, { loading }] = useMutation(RevokeSkillCertificateDoc, { refetchQueries: ['PersonDetail'] });

  async function submit({ reason }: { reason: string }) {
    setOther([]);
    try {
      await revoke({ variables: { input: { id: certificate.id, reason: reason.trim() } } });
      message.success(`已撤销证书 ${certificate.certificateNo}；尚未发放的相关补贴将随之撤销`);
      onRevoked(certificate.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, ['reason'], 'input.');
      form.setFields(Object.entries(mapped.fields).map(([, msg]) => ({ name: 'reason' as const, errors: [msg] })));
      setOther(mapped.other);
    }
  }

  return (
    <Modal
      open
      title="撤销证书"
      okText="确认撤销"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="revoke-certificate-modal">
        <Typography.Paragraph>
          {personName}的{label(skillLevelLabels, certificate.level)}证书（{certificate.certificateNo}）
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          撤销后证书保留并注明撤销，不再计入持证等级；财政据此撤销尚未发放的相关补贴，已发放的列明待追回。
        </Typography.Paragraph>
        <FormRefusal messages={other} testId="revoke-error" />
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={loading}>
          <ReasonField
            label="撤销理由"
            testId="revoke-reason"
            emptyMessage="须写明撤销理由"
            shortMessage="须写明撤销理由（至少 2 个字）"
          />
        </Form>
      </div>
    </Modal>
  );
}
