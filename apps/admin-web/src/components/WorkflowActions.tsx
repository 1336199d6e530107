import { useState, type ReactNode } from 'react';
import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { ActionModal } from './ActionModal';

export type StepValues = Record<string, unknown>;

/** One workflow step as a button and its dialog (a studio's, a craftsman college's …). */
export interface StepDef<S extends string, R extends { id: string; name: string; status: S }> {
  key: string;
  /** The button's words (the vocabulary's action label). */
  text: string;
  /** The states the step may start from: the button shows in these only. */
  statuses: readonly S[];
  danger?: boolean;
  primary?: boolean;
  /** What the step will do, said in the dialog before it is done. */
  effect: string;
  doc: TypedDocumentNode<unknown, { input: never }>;
  fieldNames: readonly string[];
  form?: ReactNode;
  initialValues?: StepValues;
  input(values: StepValues, record: R): Record<string, unknown>;
}

/** The optional note every workflow takes. */
export const noteField = (testIdPrefix: string) => (
  <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
    <Input.TextArea rows={3} data-testid={`${testIdPrefix}-action-note`} />
  </Form.Item>
);

/** The reason a refusal or revocation must give. */
export const reasonField = (testIdPrefix: string) => (
  <Form.Item
    name="reason"
    label="理由"
    rules={[
      { required: true, whitespace: true, message: '请写明理由' },
      { min: 2, message: '理由不能少于 2 个字' },
      { max: 500, message: '理由不超过 500 个字' },
    ]}
  >
    <Input.TextArea rows={3} data-testid={`${testIdPrefix}-action-reason`} />
  </Form.Item>
);

export const trimmed = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const withNote = (values: StepValues) => (trimmed(values.note) ? { note: trimmed(values.note) } : {});

interface Props<S extends string, R extends { id: string; name: string; status: S }> {
  record: R;
  steps: readonly StepDef<S, R>[];
  /** data-testid prefix: `${prefix}-actions`, `${prefix}-action-${key}`, `${prefix}-${key}-dialog`. */
  testIdPrefix: string;
  /** The queries a step changes (operation names), refetched before the dialog closes. */
  refetchQueries: string[];
}

function StepDialog<S extends string, R extends { id: string; name: string; status: S }>({
  def,
  record,
  testIdPrefix,
  refetchQueries,
  onClose,
}: {
  def: StepDef<S, R>;
  record: R;
  testIdPrefix: string;
  refetchQueries: string[];
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [run] = useMutation(def.doc, { refetchQueries, awaitRefetchQueries: true });
  return (
    <ActionModal<StepValues>
      title={`${def.text} · ${record.name}`}
      okText={`确认${def.text}`}
      danger={def.danger}
      testId={`${testIdPrefix}-${def.key}-dialog`}
      effect={def.effect}
      fieldNames={def.fieldNames}
      initialValues={def.initialValues}
      onSubmit={(values) => run({ variables: { input: def.input(values, record) as never } })}
      onSuccess={() => {
        message.success(`已${def.text}：${record.name}`);
        onClose();
      }}
      onClose={onClose}
    >
      {def.form}
    </ActionModal>
  );
}

/**
 * The workflow buttons of a record's state (the caller shows them only to accounts whose department holds the duty).
 * The server decides in the end — the state, the duty, maker-checker — and its Chinese refusal appears in the dialog.
 */
export function WorkflowActions<S extends string, R extends { id: string; name: string; status: S }>({
  record,
  steps,
  testIdPrefix,
  refetchQueries,
}: Props<S, R>) {
  const [open, setOpen] = useState<StepDef<S, R> | null>(null);
  const available = steps.filter((a) => a.statuses.includes(record.status));
  if (available.length === 0) return null;
  return (
    <>
      <Space wrap className="no-print" data-testid={`${testIdPrefix}-actions`}>
        {available.map((a) => (
          <Button
            key={a.key}
            type={a.primary ? 'primary' : 'default'}
            danger={a.danger}
            onClick={() => setOpen(a)}
            data-testid={`${testIdPrefix}-action-${a.key}`}
          >
            {a.text}
          </Button>
        ))}
      </Space>
      {open && (
        <StepDialog
          def={open}
          record={record}
          testIdPrefix={testIdPrefix}
          refetchQueries={refetchQueries}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
