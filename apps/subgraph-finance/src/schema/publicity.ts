import { citeClause } from '@jining/rules';
import {
  connectionNames,
  countyRef,
  filteredList,
  KitError,
  organisationRef,
  personRef,
  z,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { addDays, chinaToday } from '../domain/clock.ts';
import { closePublicityBatch, createPublicityBatch, recordObjection, resolveObjection } from '../domain/publicity.ts';
import { publicityWindowSettings } from '../domain/settings.ts';
import { countyScope } from '../domain/visibility.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { Entitlement } from './entitlement.ts';
import { ObjectionStatus, PublicityStatus } from './enums.ts';

type Ctx = SubgraphContext<PrismaClient>;

/** A county account sees the lines of its own county's entitlements only (the batches themselves are city-wide). */
const linesInScope = (ctx: Ctx): Prisma.PublicityLineWhereInput => {
  const scope = countyScope(ctx.principal);
  return scope ? { entitlement: scope } : {};
};

/** 公示异议: what was objected, and how it was resolved. */
export const Objection = builder.prismaObject('Objection', {
  description: '公示异议：受理的异议及处理结果',
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text', { description: '异议内容' }),
    status: t.expose('status', { type: ObjectionStatus }),
    recordedAt: t.string({ description: '受理时间（ISO 8601）', resolve: (o) => o.recordedAt.toISOString() }),
    resolvedAt: t.string({
      nullable: true,
      description: '处理时间（ISO 8601）',
      resolve: (o) => o.resolvedAt?.toISOString() ?? null,
    }),
    resolution: t.exposeString('resolution', { nullable: true, description: '处理意见' }),
    entitlement: t.relation('entitlement', { type: Entitlement }),
  }),
});

/**
 * 公示明细: one published entitlement, as the list shows it — who (a reference: the directory has the name, which the
 * admin web masks as 王*国, and the ID number, which it shows masked), how much, under which clause.
 */
export const PublicityLine = builder.prismaObject('PublicityLine', {
  description: '公示明细：公示名单中的一项待遇（姓名、证件号由人员库提供，公示时遮蔽显示）',
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.expose('amount', { type: 'Fen', description: '公示金额（分）' }),
    entitlement: t.relation('entitlement', { type: Entitlement }),
    beneficiaryPerson: t.field({
      type: personRef(builder),
      nullable: true,
      select: { entitlement: { select: { beneficiaryPersonId: true } } },
      description: '享受待遇的个人',
      resolve: (l) => (l.entitlement.beneficiaryPersonId ? { id: l.entitlement.beneficiaryPersonId } : null),
    }),
    beneficiaryOrganisation: t.field({
      type: organisationRef(builder),
      nullable: true,
      select: { entitlement: { select: { beneficiaryOrganisationId: true } } },
      description: '享受待遇的单位',
      resolve: (l) =>
        l.entitlement.beneficiaryOrganisationId ? { id: l.entitlement.beneficiaryOrganisationId } : null,
    }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      select: { entitlement: { select: { countyCode: true } } },
      description: '承担县级分担的县（市、区）',
      resolve: (l) => (l.entitlement.countyCode ? { code: l.entitlement.countyCode } : null),
    }),
    ruleId: t.string({
      select: { entitlement: { select: { ruleId: true } } },
      description: '政策条目',
      resolve: (l) => l.entitlement.ruleId,
    }),
    description: t.string({
      select: { entitlement: { select: { description: true } } },
      description: '待遇说明',
      resolve: (l) => l.entitlement.description,
    }),
    citation: t.string({
      select: { entitlement: { select: { clause: true } } },
      description: '条款出处，如 济人社发〔2024〕9号 第二部分（二）',
      resolve: (l) => citeClause(l.entitlement.clause),
    }),
    batch: t.relation('batch', { description: '所属公示批次' }),
    objections: t.relation('objections', {
      type: Objection,
      description: '异议（最早的在前）',
      query: { orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

/** 公示批次: published together, with one objection window. */
export const PublicityBatch = builder.prismaObject('PublicityBatch', {
  description: '公示批次：一批已审批待遇的公示名单及异议期',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', { description: '公示标题' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: '公示起始日' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: '公示截止日（含当日，受理异议的最后一天）' }),
    closableFrom: t.field({
      type: 'Date',
      description: '可结束公示的日期（截止日次日）',
      resolve: (b) => addDays(b.endsOn.toISOString().slice(0, 10), 1),
    }),
    windowDays: t.exposeInt('windowDays', { description: '公示期（自然日）' }),
    status: t.expose('status', { type: PublicityStatus }),
    createdAt: t.string({ description: '发布时间（ISO 8601）', resolve: (b) => b.createdAt.toISOString() }),
    closedAt: t.string({
      nullable: true,
      description: '结束时间（ISO 8601）',
      resolve: (b) => b.closedAt?.toISOString() ?? null,
    }),
    lines: t.relation('lines', {
      description: '公示名单（县级账号只见本县承担的）',
      query: (_args, ctx) => ({ where: linesInScope(ctx), orderBy: [{ entitlementId: 'asc' }] }),
    }),
    lineCount: t.relationCount('lines', {
      description: '公示人数（项）',
      where: (_args, ctx) => linesInScope(ctx),
    }),
  }),
});

const PublicityWindow = builder
  .objectRef<{ defaultDays: number; minDays: number; maxDays: number }>('PublicityWindowSettings')
  .implement({
    description: '公示期设置（平台设置，自然日；政策原文未规定公示期）',
    fields: (t) => ({
      defaultDays: t.exposeInt('defaultDays', { description: '默认公示天数' }),
      minDays: t.exposeInt('minDays', { description: '最短' }),
      maxDays: t.exposeInt('maxDays', { description: '最长' }),
    }),
  });

builder.queryFields((t) => ({
  publicityBatches: t.prismaConnection(
    {
      type: PublicityBatch,
      cursor: 'id',
      description: '公示批次列表（最新的在前）',
      authScopes: { authenticated: true },
      args: { status: t.arg({ type: PublicityStatus, required: false }) },
      ...filteredList(
        (ctx: Ctx) => ctx.prisma.publicityBatch,
        (args: { status?: 'OPEN' | 'CLOSED' | null }) => (args.status ? { status: args.status } : {}),
        [{ createdAt: 'desc' }, { id: 'asc' }],
      ),
    },
    ...connectionNames('PublicityBatch'),
  ),
  publicityBatch: t.prismaField({
    type: PublicityBatch,
    nullable: true,
    description: '按 id 查询公示批次',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.publicityBatch.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  publicityWindowSettings: t.field({
    type: PublicityWindow,
    description: '公示期设置',
    authScopes: { authenticated: true },
    resolve: () => publicityWindowSettings(),
  }),
}));

const text = (min: number, max: number, zh: string) =>
  z.string().trim().min(min, `${zh}至少 ${min} 个字`).max(max, `${zh}不超过 ${max} 个字`);

const CreatePublicityBatchInput = builder.inputType('CreatePublicityBatchInput', {
  description: '发布公示：列出已审批的待遇，或选择全部已审批待遇（二者择一）',
  fields: (t) => ({
    entitlementIds: t.idList({
      required: false,
      description: '要公示的待遇（须均为已审批）',
      validate: z.array(z.string()).max(5000, '一次最多公示 5000 项').nullish(),
    }),
    allApproved: t.boolean({ required: false, description: '公示全部已审批待遇' }),
    windowDays: t.int({ required: false, description: '公示期（自然日），默认见 publicityWindowSettings' }),
    title: t.string({
      required: false,
      description: '公示标题，默认“资金待遇公示（日期）”',
      validate: z.string().trim().max(100, '公示标题不超过 100 个字').nullish(),
    }),
  }),
});

const RecordObjectionInput = builder.inputType('RecordObjectionInput', {
  fields: (t) => ({
    entitlementId: t.id({ required: true, description: '被提出异议的待遇（须在公示中）' }),
    text: t.string({ required: true, description: '异议内容', validate: text(2, 500, '异议内容') }),
  }),
});

const ResolveObjectionInput = builder.inputType('ResolveObjectionInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: '异议' }),
    upheld: t.boolean({ required: true, description: '异议是否成立：成立则该待遇不予发放' }),
    note: t.string({
      required: true,
      description: '处理意见（异议成立时即为不予发放的理由）',
      validate: text(2, 200, '处理意见'),
    }),
  }),
});

/** The row a mutation answers with, read again after its transaction. */
async function reread<T>(row: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await row;
  if (!found) throw new KitError('NOT_FOUND', `${what}不存在：${id}`, { field: 'id' });
  return found;
}

builder.mutationFields((t) => ({
  createPublicityBatch: t.prismaField({
    type: PublicityBatch,
    description: '发布公示（市财政局）：已审批 → 公示中；公示期内受理异议，期满后结束公示转入待支付',
    authScopes: { permission: 'finance:manage' },
    args: {
      input: t.arg({ type: CreatePublicityBatchInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createPublicityBatch(
        ctx.prisma,
        ctx,
        {
          entitlementIds: input.entitlementIds?.map(String) ?? null,
          allApproved: input.allApproved ?? null,
          windowDays: input.windowDays ?? null,
          title: input.title ?? null,
        },
        chinaToday(),
      );
      return reread(ctx.prisma.publicityBatch.findUnique({ ...query, where: { id } }), '公示批次', id);
    },
  }),
  recordObjection: t.prismaField({
    type: Objection,
    description: '受理公示异议（市财政局）：公示期内',
    authScopes: { permission: 'finance:manage' },
    args: {
      input: t.arg({ type: RecordObjectionInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordObjection(
        ctx.prisma,
        ctx,
        { entitlementId: String(input.entitlementId), text: input.text.trim() },
        chinaToday(),
      );
      return reread(ctx.prisma.objection.findUnique({ ...query, where: { id } }), '公示异议', id);
    },
  }),
  resolveObjection: t.prismaField({
    type: Objection,
    description: '处理公示异议（市财政局）：成立 → 该待遇未通过（写明理由）；不成立 → 继续公示',
    authScopes: { permission: 'finance:manage' },
    args: {
      input: t.arg({ type: ResolveObjectionInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await resolveObjection(ctx.prisma, ctx, {
        id: String(input.id),
        upheld: input.upheld,
        note: input.note.trim(),
      });
      return reread(ctx.prisma.objection.findUnique({ ...query, where: { id } }), '公示异议', id);
    },
  }),
  closePublicityBatch: t.prismaField({
    type: PublicityBatch,
    description: '结束公示（市财政局）：公示期满且异议均已处理后，公示中的待遇转入待支付',
    authScopes: { permission: 'finance:manage' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await closePublicityBatch(ctx.prisma, ctx, String(args.id), chinaToday());
      return reread(ctx.prisma.publicityBatch.findUnique({ ...query, where: { id } }), '公示批次', id);
    },
  }),
}));

builder.prismaObjectFields(Entitlement, (t) => ({
  publicity: t.relation('publicityLine', {
    type: PublicityLine,
    nullable: true,
    description: '公示情况（公示批次、异议）',
  }),
}));
