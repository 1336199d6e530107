import { Space, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { citeClause } from '@jining/rules/vocabulary';

/** 核定依据: the rules' steps as stored when the amount was computed, each citing its clause of the policy. */
export function ExplanationSteps({
  steps,
  empty = '无规则核定过程',
}: {
  steps: readonly { clause: string; ok: boolean; sentence: string }[];
  /** What to say when there are no steps (an entitlement entered by hand before the rules computed them). */
  empty?: string;
}) {
  if (steps.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="entitlement-explanation">
      {steps.map((step, i) => (
        <li key={i} style={{ marginBottom: 8 }} data-ok={step.ok}>
          <Space align="start" size={6}>
            {step.ok ? (
              <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="满足" />
            ) : (
              <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label="不满足" />
            )}
            <span>
              <Typography.Text>{step.sentence}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {citeClause(step.clause)}
              </Typography.Text>
            </span>
          </Space>
        </li>
      ))}
    </ol>
  );
}
