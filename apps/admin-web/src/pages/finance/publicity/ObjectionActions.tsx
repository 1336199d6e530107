import { useState } from 'react';
import { App, Button, Form, Input, Radio, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ActionModal } from '../../../components/ActionModal';
import { formatFen } from '../../../format/money';
import { afterFinanceStep } from '../afterStep';
import { PublicityBatchDetailQueryDoc, RecordObjectionMutationDoc, ResolveObjectionMutationDoc } from './documents';
import type { PublicityLineRow } from './lineFields';

// The answer carries the objection, not its line: the batch is read again to show it in its place.
const afterObjection = afterFinanceStep(PublicityBatchDetailQueryDoc);

type Objection = PublicityLineRow['objections'][number];
type Open = { step: 'record' } | { step: 'resolve'; objection: Objection };

/**
 * 受理异议 while the line is in publicity and its batch open, and 处理异议 for each objection not yet resolved (for
 * 市财政局; the server checks the window and the state again).
 */
export function ObjectionActions({ line, batchOpen }: { line: PublicityLineRow; batchOpen: boolean }) {
  const [open, setOpen] = useState<Open | null>(null);
  const waiting = line.objections.filter((o) => o.status === 'OPEN');
  const canRecord = batchOpen && line.entitlement.status === 'IN_PUBLICITY';
  if (!canRecord && waiting.length === 0) return null;
  return (
    <Space orientation="vertical" size={4}>
      {canRecord && (
        <Button size="small" onClick={() => setOpen({ step: 'record' })} data-testid="record-objection">
          受理异议
        </Button>
      )}
      {waiting.map((objection) => (
        <Button
          key={objection.id}
          size="small"
          type="primary"
          ghost
          onClick={() => setOpen({ step: 'resolve', objection })}
          data-testid="resolve-objection"
        >
          处理异议
        </Button>
      ))}
      {open?.step === 'record' && <RecordObjectionModal line={line} onClose={() => setOpen(null)} />}
      {open?.step === 'resolve' && (
        <ResolveObjectionModal line={line} objection={open.objection} onClose={() => setOpen(null)} />
      )}
    </Space>
  );
}

const who = (line: PublicityLineRow) =>
  `${line.beneficiaryPerson?.name ?? line.beneficiaryOrganisation?.name ?? ''}：${line.description}，${formatFen(line.amount)}`;

function RecordObjectionModal({ line, onClose }: { line: PublicityLineRow; onClose(): void }) {
  const { message } = App.useApp();
  const [record] = useMutation(RecordObjectionMutationDoc, afterObjection);
  return (
    <ActionModal<{ text: string }>
      title="受理异议"
      okText="确认受理"
      testId="record-objection-modal"
      effect={`${who(line)}。受理后须处理（成立或不成立），异议处理完毕方可结束公示。`}
      fieldNames={['text']}
      onSubmit={async ({ text }) => {
        await record({ variables: { input: { entitlementId: line.entitlement.id, text: text.trim() } } });
        message.success('已受理异议');
      }}
      onClose={onClose}
    >
      <Form.Item
        name="text"
        label="异议内容"
        rules={[
          { required: true, whitespace: true, message: '须写明异议内容' },
          { min: 2, message: '至少 2 个字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount data-testid="objection-text" />
      </Form.Item>
    </ActionModal>
  );
}

interface ResolveValues {
  upheld: boolean;
  note: string;
}

function ResolveObjectionModal({
  line,
  objection,
  onClose,
}: {
  line: PublicityLineRow;
  objection: Objection;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [resolve] = useMutation(ResolveObjectionMutationDoc, afterObjection);
  return (
    <ActionModal<ResolveValues>
      title="处理异议"
      okText="确认处理"
      testId="resolve-objection-modal"
      effect={`${who(line)}。异议：${objection.text}`}
      fieldNames={['note']}
      onSubmit={async ({ upheld, note }) => {
        await resolve({ variables: { input: { id: objection.id, upheld, note: note.trim() } } });
        message.success(upheld ? '异议成立，该待遇不予发放' : '异议不成立，该待遇继续公示');
      }}
      onClose={onClose}
    >
      <Form.Item name="upheld" label="处理结果" rules={[{ required: true, message: '请选择异议是否成立' }]}>
        <Radio.Group>
          <Radio value={false} data-testid="objection-dismissed">
            异议不成立（继续公示）
          </Radio>
          <Radio value={true} data-testid="objection-upheld">
            异议成立（不予发放）
          </Radio>
        </Radio.Group>
      </Form.Item>
      {/* Upheld, the note is the reason the entitlement is not paid: it is asked for in those words. */}
      <Form.Item noStyle dependencies={['upheld']}>
        {({ getFieldValue }) => (
          <Form.Item
            name="note"
            label={getFieldValue('upheld') === true ? '不予发放的理由' : '处理意见'}
            rules={[
              { required: true, whitespace: true, message: '须写明处理意见' },
              { min: 2, message: '至少 2 个字' },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount data-testid="objection-note" />
          </Form.Item>
        )}
      </Form.Item>
    </ActionModal>
  );
}
