import { ORGANISATION_KIND } from '@jining/rules';
import { ENTITY_LIST_NULLABILITY, groupByKey, organisationRef } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { Entitlement } from './entitlement.ts';
import { visibleEntitlements } from './visible-entitlements.ts';

/**
 * 教育费附加抵免台账 (R4 二(四)): per enterprise and tax year, the credit carried in, earned, used against the year's
 * surcharges and carried forward (src/facts/ledger.ts keeps it). A ledger, not cash: read by Finance's workbench, the
 * organisation page and the tax bureau; nothing here is paid.
 */
export const TaxCreditLedgerLine = builder.prismaObject('TaxCreditLine', {
  name: 'TaxCreditLedgerLine',
  description: '教育费附加抵免台账的一个纳税年度（二(四)，R4）：上年结转、本年新增、本年已抵免、结转以后年度',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.field({
      type: organisationRef(builder),
      description: ORGANISATION_KIND.label('ENTERPRISE'),
      resolve: (row) => ({ id: row.enterpriseId }),
    }),
    taxYear: t.exposeInt('taxYear', { description: '纳税年度' }),
    recordId: t.exposeString('recordId', { description: '技能培训子图的投资登记 EducationInvestment.id' }),
    pilotEnterprise: t.exposeBoolean('pilotEnterprise', { description: '当年是否为产教融合型试点企业' }),
    investmentFen: t.expose('investmentFen', { type: 'Fen', description: '兴办职业教育的投资额（分）' }),
    surchargeDueFen: t.expose('surchargeDueFen', {
      type: 'Fen',
      description: '当年应缴教育费附加和地方教育附加（分）',
    }),
    carriedInFen: t.expose('carriedInFen', { type: 'Fen', description: '上年结转的抵免额（分）' }),
    earnedFen: t.expose('earnedFen', { type: 'Fen', description: '本年新增抵免额（分）：投资额的规定比例' }),
    usedFen: t.expose('usedFen', { type: 'Fen', description: '本年已抵免（分）：以当年应缴附加为限' }),
    carriedForwardFen: t.expose('carriedForwardFen', { type: 'Fen', description: '结转以后年度的抵免额（分）' }),
    conclusion: t.exposeString('conclusion', { description: '核定结论（规则包）' }),
    entitlement: t.field({
      type: Entitlement,
      nullable: true,
      description: '本年已抵免对应的资金待遇（税费抵免，不进入预算和支付批次）',
      // Through the one reader of the table, so the county scope holds here too (batched by id, as _entities are).
      resolve: (row, _args, ctx) => (row.entitlementId ? visibleEntitlements(ctx).findById(row.entitlementId) : null),
    }),
    computedAt: t.string({ description: '最近核算时间（ISO 8601）', resolve: (row) => row.computedAt.toISOString() }),
  }),
});

builder.queryFields((t) => ({
  taxCreditLedger: t.prismaField({
    type: [TaxCreditLedgerLine],
    description: '企业的教育费附加抵免台账（二(四)），纳税年度先后排列',
    authScopes: { authenticated: true },
    args: { enterpriseId: t.arg.id({ required: true, description: '企业 Organisation.id' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.taxCreditLine.findMany({
        ...query,
        where: { enterpriseId: String(args.enterpriseId) },
        orderBy: { taxYear: 'asc' },
      }),
  }),
}));

builder.objectField(organisationRef(builder), 'taxCreditLedger', (t) =>
  t.loadableList({
    type: TaxCreditLedgerLine,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '教育费附加抵免台账（二(四)），纳税年度先后排列',
    resolve: (org) => org.id,
    load: async (ids: string[], ctx) =>
      groupByKey(
        ids,
        await ctx.prisma.taxCreditLine.findMany({
          where: { enterpriseId: { in: ids } },
          orderBy: { taxYear: 'asc' },
        }),
        (row) => row.enterpriseId,
      ),
  }),
);
