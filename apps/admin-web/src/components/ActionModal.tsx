import { useState, type ReactNode } from 'react';
import { Alert, Form, Modal, Typography, type ButtonProps } from 'antd';
import { formErrors } from '../apollo/formErrors';

interface Props<V extends object, R> {
  title: string;
  width?: number;
  /** The confirm button's words, e.g. 确认登记. */
  okText: string;
  danger?: boolean;
  testId: string;
  /** What the step will do, said before it is done. */
  effect?: ReactNode;
  /**
   * The form's fields, by the names the server's errors use (after `errorPrefix`, e.g. input.reference). Only fields
   * the form shows: an error on any other (input.payer) is shown above the form.
   */
  fieldNames: readonly string[];
  errorPrefix?: string;
  initialValues?: Partial<V>;
  /** Runs the step; a thrown error is shown on its field, or above the form. */
  onSubmit(values: V): Promise<R>;
  /** After the step succeeded (default: close). */
  onSuccess?(result: R): void;
  onClose(): void;
  children?: ReactNode;
}

/**
 * A step in a dialog: says what will happen, takes what the step needs in a form, and on failure shows the
 * server's Chinese message on the field it names or above the form. Closes when the step succeeds.
 */
export function ActionModal<V extends object, R = unknown>({
  title,
  width,
  okText,
  danger,
  testId,
  effect,
  fieldNames,
  errorPrefix = 'input.',
  initialValues,
  onSubmit,
  onSuccess,
  onClose,
  children,
}: Props<V, R>) {
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [other, setOther] = useState<string[]>([]);

  async function submit(values: V) {
    setOther([]);
    setSaving(true);
    try {
      const result = await onSubmit(values);
      (onSuccess ?? onClose)(result);
    } catch (error) {
      const mapped = formErrors(error, fieldNames, errorPrefix);
      form.setFields(Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
      setOther(mapped.other);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      okButtonProps={{ danger, 'data-testid': `${testId}-ok` } as ButtonProps}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {effect && <Typography.Paragraph type="secondary">{effect}</Typography.Paragraph>}
        {other.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={other.join('；')}
            style={{ marginBottom: 16 }}
            data-testid={`${testId}-error`}
          />
        )}
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void submit(v)}
          disabled={saving}
        >
          {children}
        </Form>
      </div>
    </Modal>
  );
}
