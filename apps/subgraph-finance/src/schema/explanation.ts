import type { Explanation, ExplanationStep, ParamUse } from '@jining/rules';
import { builder } from '../builder.ts';

/**
 * Why an entitlement has its amount: the rules package's decision, stored with the entitlement when it was computed
 * (docs/architecture.md: a decision is kept with its rule version and explanation trace, so a reviewer can see why).
 */
export const ParameterUse = builder.objectRef<ParamUse>('ParameterUse').implement({
  description: '核定时所用的政策参数（含生效日期与条款）',
  fields: (t) => ({
    id: t.exposeString('id', { description: '参数名' }),
    clause: t.exposeString('clause', { description: '条款' }),
    unit: t.exposeString('unit'),
    value: t.string({ description: '参数值（JSON）', resolve: (p) => JSON.stringify(p.value) }),
    validFrom: t.exposeString('validFrom', { description: '生效日期' }),
    validUntil: t.string({ nullable: true, description: '失效日期（不含）', resolve: (p) => p.validUntil }),
    source: t.exposeString('source', { description: '出处' }),
  }),
});

export const ExplanationStepRef = builder.objectRef<ExplanationStep>('ExplanationStep').implement({
  description: '核定过程中的一步',
  fields: (t) => ({
    code: t.exposeString('code'),
    clause: t.exposeString('clause', { description: '条款' }),
    ok: t.exposeBoolean('ok', { description: '该步条件是否满足' }),
    sentence: t.exposeString('sentenceZh', { description: '说明' }),
    parameters: t.field({ type: [ParameterUse], resolve: (step) => step.params }),
  }),
});

/** The stored JSON, or an empty explanation for an amount entered by hand. */
export const explanationOf = (stored: unknown): Explanation =>
  stored && typeof stored === 'object' && 'steps' in stored ? (stored as Explanation) : { steps: [], parameters: [] };
