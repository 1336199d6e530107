import { DUTIES } from '@jining/rules';
import { requireDuty, uniqueOrConflict, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { validateEntitlement } from '../domain/validate-entitlement.ts';
import { Payer } from './enums.ts';
import { Entitlement } from './entitlement.ts';

const CostShareInput = builder.inputType('CostShareInput', {
  description: '出资方分担',
  fields: (t) => ({
    payer: t.field({ type: Payer, required: true }),
    amount: t.field({ type: 'Fen', required: true, description: '分担金额（分）' }),
  }),
});

const CreateEntitlementInput = builder.inputType('CreateEntitlementInput', {
  description: '登记资金待遇：金额暂由经办人填写，后续由规则包计算',
  fields: (t) => ({
    ruleId: t.string({ required: true, description: '政策条目 R1–R16' }),
    clause: t.string({ required: true, description: '条款，须与政策条目一致，如 二(二)' }),
    description: t.string({
      required: true,
      validate: z.string().trim().min(2, '待遇说明至少 2 个字').max(200, '待遇说明不超过 200 个字'),
    }),
    beneficiaryPersonId: t.id({ required: false, description: '享受待遇的个人（与单位二者择一）' }),
    beneficiaryOrganisationId: t.id({ required: false, description: '享受待遇的单位（与个人二者择一）' }),
    countyCode: t.id({ required: false, description: '承担县级分担的县（市、区）；有 COUNTY 分担时必填' }),
    factRef: t.string({
      required: true,
      validate: z.string().trim().min(1, '须填写所依据的事实').max(200, '事实引用不超过 200 个字'),
    }),
    benefitGroup: t.string({
      required: true,
      description: '待遇类别（规则包 BENEFIT_GROUPS），如 SKILL_CERTIFICATE_SUBSIDY',
    }),
    amount: t.field({ type: 'Fen', required: true, description: '待遇金额（分）' }),
    shares: t.field({ type: [CostShareInput], required: true, description: '各出资方分担，合计须等于待遇金额' }),
  }),
});

builder.mutationFields((t) => ({
  createEntitlement: t.prismaField({
    type: Entitlement,
    description: '登记资金待遇（市财政局）：同一待遇键只能登记一次（从优、就高、不重复）',
    authScopes: { permission: 'finance:manage' },
    args: { input: t.arg({ type: CreateEntitlementInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const valid = validateEntitlement({
        ...input,
        beneficiaryPersonId: input.beneficiaryPersonId == null ? null : String(input.beneficiaryPersonId),
        beneficiaryOrganisationId:
          input.beneficiaryOrganisationId == null ? null : String(input.beneficiaryOrganisationId),
        countyCode: input.countyCode == null ? null : String(input.countyCode),
      });
      // Per rule, after the rule id is known to be one (an unknown one is the caller's input error, not a refusal).
      requireDuty(ctx.principal, DUTIES.ENTITLEMENT, valid.ruleId);
      const { shares, ...entitlement } = valid;
      // One nested write = one transaction: the entitlement and its shares are written together or not at all.
      // The unique benefit key is the database's guard for 从优、就高、不重复. A later higher grant for the same
      // benefit (pay only the difference) comes with the rules package's stacking resolver.
      return uniqueOrConflict(
        () => ctx.prisma.entitlement.create({ ...query, data: { ...entitlement, shares: { create: shares } } }),
        {
          message: `该待遇已登记，不能重复享受（从优、就高、不重复）：${valid.benefitKey}`,
          field: 'input.factRef',
          reason: 'DUPLICATE_BENEFIT',
          messageEn: `This benefit is already granted: ${valid.benefitKey}`,
        },
      );
    },
  }),
}));
