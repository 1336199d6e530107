import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { AuthError, changePassword } from '../../auth/authApi';
import { useAuth } from '../../auth/AuthContext';
import { loadSession } from '../../auth/session';
import { PageTitle } from '../../components/PageTitle';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Which field a refusal belongs to: the wrong current password under 当前密码, a rule the new one breaks under 新密码. */
const FIELD_OF: Record<string, keyof Values> = {
  WRONG_PASSWORD: 'currentPassword',
  WEAK_PASSWORD: 'newPassword',
};

/**
 * 修改密码: the signed-in account's own password. The rules a new password must meet are the directory's (it answers
 * WEAK_PASSWORD with the rule broken); this form checks only that both new entries match. After a change the gateway
 * refuses this session's token, so the user signs in again with the new password.
 */
export function PasswordPage() {
  const [form] = Form.useForm<Values>();
  const { account, signOut } = useAuth();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: Values) {
    setError(null);
    const token = loadSession()?.token;
    if (!token) return signOut();
    setSubmitting(true);
    try {
      await changePassword(token, values.currentPassword, values.newPassword);
      void message.success('密码已修改，本账号的所有登录均已失效，请用新密码重新登录');
      signOut();
    } catch (e) {
      const field = e instanceof AuthError ? FIELD_OF[e.code] : undefined;
      const text = e instanceof Error ? e.message : '修改密码失败';
      if (field) form.setFields([{ name: field, errors: [text] }]);
      else setError(text);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>修改密码</PageTitle>
      <Card style={{ maxWidth: 480 }}>
        <Typography.Paragraph type="secondary">
          账号：{account?.displayName}（{account?.username}）。新密码至少 10
          位，须包含大写字母、小写字母、数字、符号中的至少 3
          类，且不能包含用户名。修改后本账号在所有浏览器上的登录都将失效，需用新密码重新登录。
        </Typography.Paragraph>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="password-error" />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="password-form">
          <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" autoFocus data-testid="password-current" />
          </Form.Item>
          <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }]}>
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="password-submit">
            修改密码
          </Button>
        </Form>
      </Card>
    </>
  );
}
