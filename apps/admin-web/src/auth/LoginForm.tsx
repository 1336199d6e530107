import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { DevAccount } from './authApi';
import { departmentLabels } from '../labels';

interface Props {
  /** Resolves when signed in; rejects with an Error whose message is shown to the user as is. */
  onSubmit(username: string, password: string): Promise<void>;
  /** Dev accounts offered as shortcuts (filled into the username field); empty in production. */
  accounts?: readonly DevAccount[];
  /** A notice shown above the form, e.g. that the previous session expired. */
  notice?: string | null;
}

interface Values {
  username: string;
  password: string;
}

export function LoginForm({ onSubmit, accounts = [], notice }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: Values) {
    setError(null);
    setSubmitting(true);
    try {
      await onSubmit(values.username.trim(), values.password);
    } catch (e) {
      setError(e instanceof Error ? e.message : '登录失败');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
      {notice && !error && (
        <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form.Item label="账号" name="username" rules={[{ required: true, whitespace: true, message: '请输入账号' }]}>
        <Input
          // The page's one task: the cursor starts in the account box.
          autoFocus
          prefix={<UserOutlined />}
          autoComplete="username"
          placeholder="请输入账号"
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          placeholder="请输入密码"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
        登录
      </Button>
      {accounts.length > 0 && (
        <div style={{ marginTop: 24 }} data-testid="dev-accounts">
          <Typography.Text type="secondary">演示账号（点击填入）：</Typography.Text>
          <Space wrap size={[4, 8]} style={{ marginTop: 8 }}>
            {accounts.map((a) => (
              // Buttons, not tags: reachable with Tab and pressed with Enter or Space like any control.
              <Button
                key={a.username}
                size="small"
                onClick={() => form.setFieldsValue({ username: a.username })}
                data-testid={`dev-account-${a.username}`}
              >
                {a.displayName}（{departmentLabels[a.department] ?? a.department}）
              </Button>
            ))}
          </Space>
        </div>
      )}
    </Form>
  );
}
