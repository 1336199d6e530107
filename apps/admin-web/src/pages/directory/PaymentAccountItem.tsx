import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formErrors } from '../../apollo/formErrors';
import { useAuth } from '../../auth/AuthContext';
import { canManageDirectory, canRevealIdNumber } from '../../auth/roles';
import { FormRefusal, ReasonField } from '../../components/ReasonField';
import { paymentAccountKindLabels } from '../../labels';

export const SetPersonPaymentAccountDoc = graphql(`
  mutation SetPersonPaymentAccount($input: SetPersonPaymentAccountInput!) {
    setPersonPaymentAccount(input: $input) {
      id
      socialSecurityCardAccount {
        text
      }
    }
  }
`);

export const SetOrganisationPaymentAccountDoc = graphql(`
  mutation SetOrganisationPaymentAccount($input: SetOrganisationPaymentAccountInput!) {
    setOrganisationPaymentAccount(input: $input) {
      id
      basicAccount {
        text
      }
    }
  }
`);

export const RevealPaymentAccountDoc = graphql(`
  mutation RevealPaymentAccount($personId: ID, $organisationId: ID, $reason: String!) {
    revealPaymentAccount(personId: $personId, organisationId: $organisationId, reason: $reason) {
      ownerId
      bankName
      accountNumber
    }
  }
`);

type Holder = 'person' | 'organisation';
const KIND = { person: 'SOCIAL_SECURITY_CARD', organisation: 'BASIC_DEPOSIT' } as const;
/** 社保卡金融账户 / 基本存款账户: the rules' words. */
export const accountKindLabel = (holder: Holder) => paymentAccountKindLabels[KIND[holder]];

interface Props {
  holder: Holder;
  id: string;
  name: string;
  /** The masked account as the directory serves it (工商银行 ****1234), or null when none is set. */
  masked: string | null;
}

/**
 * 收款账户 on a person's or unit's page: always masked; HRSS (directory:manage) sets or changes it in a drawer, where
 * the server's refusal shows on its field; pii:read sees the full account only after giving a reason, which the
 * server writes to the audit trail (as 查看完整身份证号).
 */
export function PaymentAccountItem({ holder, id, name, masked }: Props) {
  const { account } = useAuth();
  const [editing, setEditing] = useState(false);
  const [revealing, setRevealing] = useState(false);
  return (
    <Space wrap>
      <span data-testid="payment-account">{masked ?? '未登记'}</span>
      {canManageDirectory(account) && (
        <Button size="small" type="link" onClick={() => setEditing(true)} data-testid="edit-payment-account">
          {masked ? '变更' : '登记'}
        </Button>
      )}
      {masked && canRevealIdNumber(account) && (
        <Button size="small" type="link" onClick={() => setRevealing(true)} data-testid="reveal-payment-account">
          查看完整账号
        </Button>
      )}
      {editing && <PaymentAccountDrawer holder={holder} id={id} name={name} onClose={() => setEditing(false)} />}
      {revealing && (
        <RevealPaymentAccountModal holder={holder} id={id} name={name} onClose={() => setRevealing(false)} />
      )}
    </Space>
  );
}

interface AccountValues {
  bankName: string;
  accountNumber: string;
}
const FIELDS = ['bankName', 'accountNumber'] as const;

function PaymentAccountDrawer({ holder, id, name, onClose }: Omit<Props, 'masked'> & { onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountValues>();
  const [other, setOther] = useState<string[]>([]);
  const [setPerson, person] = useMutation(SetPersonPaymentAccountDoc);
  const [setUnit, unit] = useMutation(SetOrganisationPaymentAccountDoc);
  const loading = person.loading || unit.loading;

  async function submit(values: AccountValues) {
    setOther([]);
    try {
      // The answer carries the entity's id: Apollo's cache updates the page's masked account.
      if (holder === 'person') await setPerson({ variables: { input: { personId: id, ...values } } });
      else await setUnit({ variables: { input: { organisationId: id, ...values } } });
      message.success(`已保存${name}的${accountKindLabel(holder)}`);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([field, msg]) => ({ name: field as keyof AccountValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open
      onClose={onClose}
      title={`登记${accountKindLabel(holder)}`}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="payment-account-submit">
            保存
          </Button>
        </Space>
      }
    >
      <div data-testid="payment-account-form">
        <Typography.Paragraph type="secondary">
          {holder === 'person' ? '个人补贴发放至本人社会保障卡的金融账户。' : '单位补贴发放至单位的基本存款账户。'}
          账号只在支付文件中完整出现，其他页面遮蔽显示；每次变更记入审计日志。
        </Typography.Paragraph>
        {other.length > 0 && <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} />}
        <Form<AccountValues> form={form} layout="vertical" disabled={loading} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="bankName"
            label="开户银行"
            rules={[{ required: true, whitespace: true, message: '请填写开户银行' }]}
          >
            <Input maxLength={60} placeholder="如 中国工商银行济宁分行" data-testid="payment-account-bank" />
          </Form.Item>
          <Form.Item
            name="accountNumber"
            label="账号"
            rules={[{ required: true, whitespace: true, message: '请填写账号' }]}
          >
            <Input maxLength={40} data-testid="payment-account-number" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}

/** The full account lives in this modal's state only ('no-cache'): closing it forgets the number. */
function RevealPaymentAccountModal({ holder, id, name, onClose }: Omit<Props, 'masked'> & { onClose(): void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [other, setOther] = useState<string[]>([]);
  const [revealed, setRevealed] = useState<{ bankName: string; accountNumber: string } | null>(null);
  const [reveal, { loading }] = useMutation(RevealPaymentAccountDoc, { fetchPolicy: 'no-cache' });

  async function submit({ reason }: { reason: string }) {
    setOther([]);
    try {
      const { data } = await reveal({
        variables: { ...(holder === 'person' ? { personId: id } : { organisationId: id }), reason: reason.trim() },
      });
      setRevealed(data?.revealPaymentAccount ?? null);
    } catch (error) {
      const mapped = formErrors(error, ['reason']);
      form.setFields(Object.entries(mapped.fields).map(([, msg]) => ({ name: 'reason' as const, errors: [msg] })));
      setOther(mapped.other);
    }
  }

  return (
    <Modal
      open
      title="查看完整账号"
      okText={revealed ? '关闭' : '查看'}
      cancelText="取消"
      cancelButtonProps={revealed ? { style: { display: 'none' } } : {}}
      confirmLoading={loading}
      onOk={() => (revealed ? onClose() : form.submit())}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="reveal-account-modal">
        {revealed ? (
          <>
            <Typography.Paragraph>
              {name}的{accountKindLabel(holder)}：{revealed.bankName}
            </Typography.Paragraph>
            <Typography.Title level={4} copyable data-testid="revealed-account-number">
              {revealed.accountNumber}
            </Typography.Title>
            <Typography.Paragraph type="secondary">本次查看及理由已记入审计日志。关闭后不再显示。</Typography.Paragraph>
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              完整的收款账号属于敏感信息：请写明查看理由，查看人、时间与理由将记入审计日志。
            </Typography.Paragraph>
            <FormRefusal messages={other} testId="reveal-account-error" />
            <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={loading}>
              <ReasonField
                label="查看理由"
                testId="reveal-account-reason"
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
