import { connectionNames, filteredList, countyRef, organisationRef, personRef } from '@jining/subgraph-kit';
import { citeClause, ENTITLEMENT_STATUS, RULE_IDS } from '@jining/rules';
import { builder } from '../builder.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { CostShare } from './cost-share.ts';
import { EntitlementStatus, Stacking } from './enums.ts';
import { FactDecision } from './fact.ts';
import { EntitlementHistoryEntry } from './history.ts';
import { ExplanationStepRef, explanationOf, ParameterUse } from './explanation.ts';
import { visibleEntitlements } from './visible-entitlements.ts';

/** 资金待遇: what one person or unit gets under one rule (R1–R16) for one underlying fact, and who pays it. */
export const Entitlement = builder.prismaObject('Entitlement', {
  description: '资金待遇（补贴、奖励、税费抵免）：按政策条目核定，含各出资方分担',
  fields: (t) => ({
    id: t.exposeID('id'),
    ruleId: t.exposeString('ruleId', { description: `政策条目（${RULE_IDS[0]}–${RULE_IDS[RULE_IDS.length - 1]}）` }),
    clause: t.exposeString('clause', { description: '条款，如 二(二)' }),
    description: t.exposeString('description', { description: '待遇说明' }),
    beneficiaryPerson: t.field({
      type: personRef(builder),
      nullable: true,
      description: '享受待遇的个人（与单位二者择一）',
      resolve: (row) => (row.beneficiaryPersonId ? { id: row.beneficiaryPersonId } : null),
    }),
    beneficiaryOrganisation: t.field({
      type: organisationRef(builder),
      nullable: true,
      description: '享受待遇的单位（与个人二者择一）',
      resolve: (row) => (row.beneficiaryOrganisationId ? { id: row.beneficiaryOrganisationId } : null),
    }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      description: '承担县级分担的县（市、区）财政：受益单位注册地，个人为其工作单位所在地',
      resolve: (row) => (row.countyCode ? { code: row.countyCode } : null),
    }),
    amount: t.expose('amount', { type: 'Fen', description: '本次发放金额（分）：首次享受为全额，补差额为差额' }),
    grantAmount: t.expose('grantAmount', { type: 'Fen', description: '该项待遇的标准金额（分）' }),
    previousAmount: t.expose('previousAmount', { type: 'Fen', description: '此前已享受的同一待遇金额（分）' }),
    maxAmount: t.expose('maxAmount', {
      type: 'Fen',
      nullable: true,
      description: '最高标准（分）：“最高××万元”的奖补（R3、R14）由审核人在此之内审定金额；金额固定的为空',
    }),
    decidedAmount: t.expose('decidedAmount', {
      type: 'Fen',
      nullable: true,
      description: '审定金额（分）：审核人所定；为空表示按最高标准',
    }),
    decidedBy: t.exposeString('decidedBy', { nullable: true, description: '审定金额的账号' }),
    stacking: t.expose('stacking', { type: Stacking, description: '享受方式：首次享受或补差额（从优、就高、不重复）' }),
    citation: t.string({
      description: '条款出处，如 济人社发〔2024〕9号 第二部分（二）',
      resolve: (row) => citeClause(row.clause),
    }),
    year: t.exposeInt('year', { description: '预算年度' }),
    fact: t.relation('fact', { type: FactDecision, nullable: true, description: '所依据的事实及核定结果' }),
    history: t.relation('history', {
      type: EntitlementHistoryEntry,
      description: '办理记录（最早的在前）',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
    rejectedReason: t.exposeString('rejectedReason', { nullable: true, description: '退回理由' }),
    shares: t.relation('shares', {
      type: CostShare,
      description: '各出资方分担，合计等于待遇金额',
      query: { orderBy: { payer: 'asc' } },
    }),
    status: t.expose('status', { type: EntitlementStatus }),
    factRef: t.exposeString('factRef', { description: '所依据的事实（如证书等级、工作室、聘用年度）' }),
    benefitGroup: t.exposeString('benefitGroup', { description: '待遇类别（从优、就高、不重复的比较范围）' }),
    benefitKey: t.exposeString('benefitKey', {
      description: '待遇键：享受对象｜待遇类别｜事实，同一键只享受一次（从优、就高、不重复）',
    }),
    explanation: t.field({
      type: [ExplanationStepRef],
      description: '核定依据：政策规则包逐步说明为何享受、金额多少',
      resolve: (row) => explanationOf(row.explanation).steps,
    }),
    parameters: t.field({
      type: [ParameterUse],
      description: '核定所用政策参数及其版本',
      resolve: (row) => explanationOf(row.explanation).parameters,
    }),
    createdAt: t.string({ description: '登记时间（ISO 8601）', resolve: (row) => row.createdAt.toISOString() }),
  }),
});

builder.asEntity(Entitlement, {
  key: builder.selection<{ id: string }>('id'),
  // Batched by Prisma into one query per request; a county never resolves another county's entitlement.
  resolveReference: (ref, ctx) => visibleEntitlements(ctx).findById(ref.id),
});

const EntitlementStatusCount = builder
  .objectRef<{ status: (typeof ENTITLEMENT_STATUS.codes)[number]; count: number }>('EntitlementStatusCount')
  .implement({
    description: '某一状态的待遇数',
    fields: (t) => ({
      status: t.expose('status', { type: EntitlementStatus }),
      count: t.exposeInt('count'),
    }),
  });

interface ListArgs {
  status?: string | null;
  countyCode?: string | number | null;
  ruleId?: string | null;
}

/** The caller's filter; the county scope is added by visibleEntitlements. */
function entitlementWhere(args: ListArgs): Prisma.EntitlementWhereInput {
  return {
    ...(args.status ? { status: args.status as never } : {}),
    ...(args.countyCode ? { countyCode: String(args.countyCode) } : {}),
    ...(args.ruleId ? { ruleId: args.ruleId } : {}),
  };
}

builder.queryFields((t) => ({
  entitlements: t.prismaConnection(
    {
      type: Entitlement,
      cursor: 'id',
      description: '资金待遇列表（县级账号只见本县承担的）',
      authScopes: { authenticated: true },
      args: {
        status: t.arg({ type: EntitlementStatus, required: false }),
        countyCode: t.arg.id({ required: false, description: '承担县级分担的县（市、区）' }),
        ruleId: t.arg.string({ required: false, description: '政策条目，如 R1' }),
      },
      // A county account's list is its own county's, page and total alike.
      ...filteredList(visibleEntitlements, entitlementWhere),
    },
    ...connectionNames('Entitlement'),
  ),
  entitlementCounts: t.field({
    type: [EntitlementStatusCount],
    description: '各状态的待遇数（县级账号只计本县承担的）：财政工作台的待办队列',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const counts = await visibleEntitlements(ctx).countByStatus();
      return ENTITLEMENT_STATUS.codes.map((status) => ({ status, count: counts.get(status) ?? 0 }));
    },
  }),
  entitlement: t.prismaField({
    type: Entitlement,
    nullable: true,
    description: '按 id 查询资金待遇（县级账号只见本县承担的）',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      visibleEntitlements(ctx).findFirst({ ...query, where: { id: String(args.id) } }),
  }),
}));
