import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import { AuditOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import type { EntitlementDetailFieldsFragment, EntitlementStatus } from '../../gql/graphql';
import { entitlementStatusLabels, label } from '../../labels';
import { formErrors } from '../../apollo/formErrors';
import { formatFen, parseYuan } from '../../format/money';
import { afterFinanceStep } from './afterStep';
import { ApproveEntitlementMutationDoc, RejectEntitlementMutationDoc, ReviewEntitlementMutationDoc } from './documents';

type Entitlement = EntitlementDetailFieldsFragment;

/** Who reviewed the entitlement, from its history: the one person who may not approve it (maker-checker). */
export function reviewerOf(entitlement: Pick<Entitlement, 'history'>): string | undefined {
  return [...entitlement.history].reverse().find((h) => h.toStatus === 'REVIEWED')?.actorName;
}

const afterStep = afterFinanceStep();

type Step = 'review' | 'approve' | 'reject';

interface StepText {
  button: string;
  title: string;
  /** What will happen, said before it happens. */
  effect: string;
  field: 'note' | 'reason';
  fieldLabel: string;
  required: boolean;
  /** The status the step leads to (its word is said when it is done). */
  to: EntitlementStatus;
}

const STEPS: Record<Step, StepText> = {
  review: {
    button: '审核',
    title: '审核该待遇',
    effect: `审核后状态变为“${entitlementStatusLabels.REVIEWED}”，进入待审批队列，须由您以外的另一人审批。`,
    field: 'note',
    fieldLabel: '审核意见（可选）',
    required: false,
    to: 'REVIEWED',
  },
  approve: {
    button: '审批',
    title: '审批该待遇',
    effect: `审批后状态变为“${entitlementStatusLabels.APPROVED}”，之后进入公示。`,
    field: 'note',
    fieldLabel: '审批意见（可选）',
    required: false,
    to: 'APPROVED',
  },
  reject: {
    button: '退回',
    title: '退回不予发放',
    effect: `退回后状态变为“${entitlementStatusLabels.REJECTED}”，该待遇不予发放；退回理由记入办理记录。`,
    field: 'reason',
    fieldLabel: '退回理由',
    required: true,
    to: 'REJECTED',
  },
};

interface Props {
  entitlement: Entitlement;
  /** The signed-in account's display name: the history names people by it. */
  me: string;
}

/**
 * 审核 / 审批 / 退回 for 市财政局 on an entitlement's page, as its status allows. 审批 is disabled, with the reason,
 * for the person who reviewed it (the server refuses them anyway: SAME_REVIEWER_AND_APPROVER). Each step asks first
 * in a dialog that says what will happen; 退回 requires a reason there.
 */
export function EntitlementActions({ entitlement, me }: Props) {
  const [open, setOpen] = useState<Step | null>(null);
  const reviewer = reviewerOf(entitlement);
  const selfReviewed = entitlement.status === 'REVIEWED' && reviewer === me;
  const canReview = entitlement.status === 'CALCULATED';
  const canApprove = entitlement.status === 'REVIEWED';
  const canReject = canReview || canApprove;

  if (!canReject) return null;
  return (
    <div data-testid="entitlement-actions">
      <Space wrap>
        {canReview && (
          <Button type="primary" icon={<AuditOutlined />} onClick={() => setOpen('review')} data-testid="action-review">
            审核
          </Button>
        )}
        {canApprove && (
          <Tooltip title={selfReviewed ? '您审核了该待遇，须由另一人审批' : undefined}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={selfReviewed}
              onClick={() => setOpen('approve')}
              data-testid="action-approve"
            >
              审批
            </Button>
          </Tooltip>
        )}
        <Button danger icon={<RollbackOutlined />} onClick={() => setOpen('reject')} data-testid="action-reject">
          退回
        </Button>
      </Space>
      {selfReviewed && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="approve-blocked">
          审核人（{reviewer}）不能审批自己审核的待遇：审核与审批须由两人分别办理，请由另一位审批人审批。
        </Typography.Paragraph>
      )}
      {open && <StepModal step={open} entitlement={entitlement} onClose={() => setOpen(null)} />}
    </div>
  );
}

function StepModal({ step, entitlement, onClose }: { step: Step; entitlement: Entitlement; onClose(): void }) {
  const text = STEPS[step];
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string; reason?: string; decidedAmount?: string }>();
  // "Up to" awards (R3, R14): the reviewer may decide the amount within the maximum (blank: the maximum).
  const decidable = step === 'review' && entitlement.maxAmount !== null && entitlement.maxAmount !== undefined;
  const [other, setOther] = useState<string[]>([]);
  const [review, reviewState] = useMutation(ReviewEntitlementMutationDoc, afterStep);
  const [approve, approveState] = useMutation(ApproveEntitlementMutationDoc, afterStep);
  const [reject, rejectState] = useMutation(RejectEntitlementMutationDoc, afterStep);
  const saving = reviewState.loading || approveState.loading || rejectState.loading;

  async function submit(values: { note?: string; reason?: string; decidedAmount?: string }) {
    setOther([]);
    const id = entitlement.id;
    const note = values.note?.trim() || null;
    // Checked by the field's rule already; a bigint within the API's safe range, so Number() is exact.
    const decided = decidable && values.decidedAmount?.trim() ? Number(parseYuan(values.decidedAmount)) : null;
    try {
      if (step === 'review')
        await review({ variables: { id, note, ...(decidable ? { decidedAmount: decided } : {}) } });
      else if (step === 'approve') await approve({ variables: { id, note } });
      else await reject({ variables: { id, reason: values.reason?.trim() ?? '' } });
      message.success(`${label(entitlementStatusLabels, text.to)}：${entitlement.description}`);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, [text.field, 'decidedAmount']);
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({
          name: name as StepText['field'] | 'decidedAmount',
          errors: [msg],
        })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Modal
      open
      title={text.title}
      okText={`确认${text.button}`}
      okButtonProps={{ danger: step === 'reject' }}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid={`step-modal-${step}`}>
        <Typography.Paragraph>
          {entitlement.beneficiaryPerson?.name ?? entitlement.beneficiaryOrganisation?.name}：{entitlement.description}
          ，<Typography.Text strong>{formatFen(entitlement.amount)}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{text.effect}</Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="step-error" />
        )}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={saving}>
          {decidable && (
            <Form.Item
              name="decidedAmount"
              label="审定金额（元，可选）"
              extra={`“最高${formatFen(entitlement.maxAmount)}”的奖补：按审定金额发放，不超过最高标准；不填按最高标准。`}
              rules={[
                {
                  validator: async (_, v?: string) => {
                    if (!v?.trim()) return;
                    const fen = parseYuan(v);
                    if (fen <= 0n) throw new Error('审定金额须大于零（不予发放的请退回）');
                    if (fen > BigInt(entitlement.maxAmount!)) {
                      throw new Error(`审定金额不能超过最高标准 ${formatFen(entitlement.maxAmount)}`);
                    }
                  },
                },
              ]}
            >
              <Input inputMode="decimal" suffix="元" placeholder="如 120000" data-testid="step-decidedAmount" />
            </Form.Item>
          )}
          <Form.Item
            name={text.field}
            label={text.fieldLabel}
            rules={
              text.required
                ? [
                    { required: true, whitespace: true, message: '须写明退回理由' },
                    { min: 2, message: '须写明退回理由（至少 2 个字）' },
                    { max: 200, message: '不超过 200 个字' },
                  ]
                : [{ max: 200, message: '不超过 200 个字' }]
            }
          >
            <Input.TextArea rows={3} maxLength={200} showCount data-testid={`step-${text.field}`} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
