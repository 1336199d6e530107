import { Alert, Form, Input } from 'antd';

/**
 * The reason a consequential action asks for (撤销证书, 查看完整身份证号): 2–200 characters, as the server checks
 * again, with Chinese messages; blank or one character is refused before anything is sent.
 */
export function ReasonField({
  label,
  testId,
  emptyMessage,
  shortMessage,
}: {
  label: string;
  testId: string;
  emptyMessage: string;
  shortMessage: string;
}) {
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[
        { required: true, whitespace: true, message: emptyMessage },
        {
          validator: (_rule, value?: string) =>
            !value || value.trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error(shortMessage)),
        },
        { max: 200, message: `${label}不超过 200 个字` },
      ]}
    >
      <Input.TextArea rows={3} maxLength={200} showCount data-testid={testId} />
    </Form.Item>
  );
}

/** What the server refused that belongs to no field, above the form. */
export function FormRefusal({ messages, testId }: { messages: readonly string[]; testId: string }) {
  if (messages.length === 0) return null;
  return <Alert type="error" showIcon title={messages.join('；')} style={{ marginBottom: 16 }} data-testid={testId} />;
}
