import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { HonourDetailFieldsFragment, HonourStep } from '../../gql/graphql';
import { ActionModal } from '../../components/ActionModal';
import { ReasonField } from '../../components/ReasonField';
import { honourStatusLabels, objectionStatusLabels } from '../../labels';
import {
  ApproveHonourMutationDoc,
  PublishHonoursMutationDoc,
  RecordHonourObjectionMutationDoc,
  RejectHonourMutationDoc,
  ResolveHonourObjectionMutationDoc,
  RevokeHonourMutationDoc,
  ScoreHonourMutationDoc,
} from './documents';

/** The buttons' words, per step the server offers (availableSteps). */
export const STEP_WORDS: Record<HonourStep, string> = {
  SCORE: '录入专家评分',
  PUBLISH: '发布公示',
  RECORD_OBJECTION: '登记异议',
  RESOLVE_OBJECTION: '处理异议',
  APPROVE: '批准',
  REJECT: '不予通过',
  REVOKE: '撤销表彰',
};

type Honour = HonourDetailFieldsFragment;

/**
 * The workflow buttons of one honour: exactly the steps the server says this account may take now (duty of the kind,
 * state, maker-checker, the publicity window), each in a dialog that says what it does and shows the server's
 * refusal on its field or above the form.
 */
export function HonourActions({ honour }: { honour: Honour }) {
  const { message } = App.useApp();
  const [step, setStep] = useState<HonourStep | null>(null);
  const [score] = useMutation(ScoreHonourMutationDoc);
  const [publish] = useMutation(PublishHonoursMutationDoc);
  const [object] = useMutation(RecordHonourObjectionMutationDoc);
  const [resolve] = useMutation(ResolveHonourObjectionMutationDoc);
  const [approve] = useMutation(ApproveHonourMutationDoc);
  const [reject] = useMutation(RejectHonourMutationDoc);
  const [revoke] = useMutation(RevokeHonourMutationDoc);
  const close = () => setStep(null);
  const done = (words: string) => () => {
    message.success(words);
    close();
  };
  const openObjections = honour.objections.filter((o) => o.status === 'OPEN');

  return (
    <>
      <div className="no-print" data-testid="honour-actions">
        <Space wrap>
          {honour.availableSteps.map((s) => (
            <Button
              key={s}
              type={s === 'APPROVE' ? 'primary' : 'default'}
              danger={s === 'REJECT' || s === 'REVOKE'}
              onClick={() => setStep(s)}
              data-testid={`honour-step-${s}`}
            >
              {STEP_WORDS[s]}
            </Button>
          ))}
        </Space>
      </div>
      {step === 'SCORE' && (
        <ActionModal<{ expertName: string; score: number; comment?: string }>
          title={STEP_WORDS.SCORE}
          okText="保存评分"
          testId="score-dialog"
          effect="录入一位评审专家的评分（0–100 分），录入人记入办理记录；可录入多位专家，系统计算平均分。"
          fieldNames={['expertName', 'score', 'comment']}
          onSubmit={(v) =>
            score({
              variables: {
                input: { honourId: honour.id, expertName: v.expertName.trim(), score: v.score, comment: v.comment },
              },
            })
          }
          onSuccess={done('已录入评分')}
          onClose={close}
        >
          <Form.Item
            name="expertName"
            label="评审专家"
            rules={[{ required: true, whitespace: true, message: '请填写评审专家姓名' }]}
          >
            <Input data-testid="score-expert" />
          </Form.Item>
          <Form.Item name="score" label="评分" rules={[{ required: true, message: '请填写评分' }]}>
            <InputNumber min={0} max={100} precision={0} data-testid="score-value" />
          </Form.Item>
          <Form.Item name="comment" label="评审意见">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionModal>
      )}
      {step === 'PUBLISH' && (
        <ActionModal<{ windowDays: number }>
          title={STEP_WORDS.PUBLISH}
          okText="发布"
          testId="publish-dialog"
          effect="发布后进入公示期，期内受理异议；公示期满且异议均已处理后方可批准。"
          fieldNames={['windowDays']}
          initialValues={{ windowDays: 7 }}
          onSubmit={(v) => publish({ variables: { input: { honourIds: [honour.id], windowDays: v.windowDays } } })}
          onSuccess={done('已发布公示')}
          onClose={close}
        >
          <Form.Item name="windowDays" label="公示期（自然日）" rules={[{ required: true, message: '请填写公示期' }]}>
            <InputNumber min={1} max={366} precision={0} data-testid="publish-days" />
          </Form.Item>
        </ActionModal>
      )}
      {step === 'RECORD_OBJECTION' && (
        <ActionModal<{ text: string }>
          title={STEP_WORDS.RECORD_OBJECTION}
          okText="登记"
          testId="objection-dialog"
          effect="登记公示期内收到的异议；异议处理前不能批准。"
          fieldNames={['text']}
          onSubmit={(v) => object({ variables: { input: { honourId: honour.id, text: v.text } } })}
          onSuccess={done('已登记异议')}
          onClose={close}
        >
          <Form.Item
            name="text"
            label="异议内容"
            rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}
          >
            <Input.TextArea rows={3} data-testid="objection-text" />
          </Form.Item>
        </ActionModal>
      )}
      {step === 'RESOLVE_OBJECTION' && (
        <ActionModal<{ objectionId: string; upheld: boolean; finding: string }>
          title={STEP_WORDS.RESOLVE_OBJECTION}
          okText="确认处理"
          testId="resolve-dialog"
          effect="异议成立则该表彰不予通过（核查结论为原因）；不成立则继续办理。"
          fieldNames={['objectionId', 'upheld', 'finding']}
          initialValues={{ objectionId: openObjections[0]?.id, upheld: false }}
          onSubmit={(v) => resolve({ variables: { input: v } })}
          onSuccess={done('已处理异议')}
          onClose={close}
        >
          <Form.Item name="objectionId" label="异议" rules={[{ required: true, message: '请选择异议' }]}>
            <Select options={openObjections.map((o) => ({ value: o.id, label: o.text }))} />
          </Form.Item>
          <Form.Item name="upheld" label="处理结果">
            <Radio.Group
              options={[
                { value: true, label: objectionStatusLabels.UPHELD },
                { value: false, label: objectionStatusLabels.DISMISSED },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="finding"
            label="核查结论"
            rules={[{ required: true, whitespace: true, message: '请填写核查结论' }]}
          >
            <Input.TextArea rows={3} data-testid="resolve-finding" />
          </Form.Item>
        </ActionModal>
      )}
      {step === 'APPROVE' && (
        <ActionModal<object>
          title={STEP_WORDS.APPROVE}
          okText="批准"
          testId="approve-dialog"
          effect="批准后按类别、年度编发证书编号；首席技师、大工匠、工匠不得超过当年名额（五(十四)）。"
          fieldNames={[]}
          errorPrefix=""
          onSubmit={() => approve({ variables: { id: honour.id } })}
          onSuccess={done(honourStatusLabels.APPROVED)}
          onClose={close}
        />
      )}
      {step === 'REJECT' && (
        <ActionModal<{ reason: string }>
          title={STEP_WORDS.REJECT}
          okText="不予通过"
          danger
          testId="reject-dialog"
          fieldNames={['reason']}
          errorPrefix=""
          onSubmit={(v) => reject({ variables: { id: honour.id, reason: v.reason } })}
          onSuccess={done('已不予通过')}
          onClose={close}
        >
          <ReasonField label="原因" testId="reject-reason" emptyMessage="请填写原因" shortMessage="原因至少 2 个字" />
        </ActionModal>
      )}
      {step === 'REVOKE' && (
        <ActionModal<{ reason: string }>
          title={STEP_WORDS.REVOKE}
          okText="撤销"
          danger
          testId="revoke-dialog"
          effect="撤销后证书编号不再使用。"
          fieldNames={['reason']}
          errorPrefix=""
          onSubmit={(v) => revoke({ variables: { id: honour.id, reason: v.reason } })}
          onSuccess={done(honourStatusLabels.REVOKED)}
          onClose={close}
        >
          <ReasonField
            label="撤销原因"
            testId="revoke-reason"
            emptyMessage="请填写撤销原因"
            shortMessage="撤销原因至少 2 个字"
          />
        </ActionModal>
      )}
    </>
  );
}
