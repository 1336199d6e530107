import { connectionNames, countyRef, filteredList, KitError, z, type SubgraphContext } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { chinaToday } from '../domain/clock.ts';
import {
  createPaymentBatch,
  markPaymentLinePaid,
  payableSummary,
  returnPaymentLine,
  type PayableSummary,
} from '../domain/payments.ts';
import { exportPaymentFile, type PaymentFile, type PaymentFileLine } from '../domain/payment-file.ts';
import { countyScope } from '../domain/visibility.ts';
import type { Payer as StoredPayer, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { Entitlement } from './entitlement.ts';
import { PaymentAccountKind, PaymentBatchStatus, PaymentLineStatus, Payer } from './enums.ts';

type Ctx = SubgraphContext<PrismaClient>;

/** A county account sees its own county's COUNTY batches only; city accounts see every batch. */
function batchesInScope(ctx: Ctx): Prisma.PaymentBatchWhereInput {
  const scope = countyScope(ctx.principal);
  return scope ? { payer: 'COUNTY', countyCode: scope.countyCode } : {};
}

/** 支付明细: one share in a batch, and what became of it. */
export const PaymentLine = builder.prismaObject('PaymentLine', {
  description: '支付明细：支付批次中的一笔分担（收款账户由人员库、单位库提供，导出支付文件时使用）',
  fields: (t) => ({
    id: t.exposeID('id'),
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    amount: t.expose('amount', { type: 'Fen', description: '金额（分）' }),
    status: t.expose('status', { type: PaymentLineStatus }),
    reference: t.exposeString('reference', { nullable: true, description: '银行（国库）回单号' }),
    paidOn: t.expose('paidOn', { type: 'Date', nullable: true, description: '支付日期' }),
    returnedReason: t.exposeString('returnedReason', { nullable: true, description: '退回原因' }),
    entitlement: t.relation('entitlement', { type: Entitlement }),
    batchId: t.exposeID('batchId', { description: '所属支付批次' }),
  }),
});

/** 支付批次: one payer's payable shares (a county's: its own) sent together. */
export const PaymentBatch = builder.prismaObject('PaymentBatch', {
  description: '支付批次：某一出资方（县级为某县）一次支付的待遇分担',
  fields: (t) => ({
    id: t.exposeID('id'),
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      description: '县（市、区）：县级财政支付批次',
      resolve: (b) => (b.countyCode ? { code: b.countyCode } : null),
    }),
    total: t.expose('total', { type: 'Fen', description: '批次合计（分）：生成时各明细之和' }),
    lineCount: t.exposeInt('lineCount', { description: '笔数' }),
    status: t.expose('status', { type: PaymentBatchStatus }),
    createdAt: t.string({ description: '生成时间（ISO 8601）', resolve: (b) => b.createdAt.toISOString() }),
    lines: t.relation('lines', {
      type: PaymentLine,
      description: '支付明细',
      query: { orderBy: [{ entitlementId: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const PayableShares = builder.objectRef<PayableSummary>('PayableShares').implement({
  description: '待支付的分担：某出资方（县级为某县）可生成支付批次的笔数与金额',
  fields: (t) => ({
    payer: t.expose('payer', { type: Payer }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      resolve: (p) => (p.countyCode ? { code: p.countyCode } : null),
    }),
    count: t.exposeInt('count', { description: '笔数' }),
    amount: t.expose('amount', { type: 'Fen', description: '金额（分）' }),
  }),
});

builder.prismaObjectFields(Entitlement, (t) => ({
  paymentLines: t.relation('paymentLines', {
    type: PaymentLine,
    description: '支付明细（含退回后重新支付的）',
    query: { orderBy: [{ payer: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.queryFields((t) => ({
  paymentBatches: t.prismaConnection(
    {
      type: PaymentBatch,
      cursor: 'id',
      description: '支付批次列表（最新的在前；县级账号只见本县的）',
      authScopes: { authenticated: true },
      args: {
        payer: t.arg({ type: Payer, required: false }),
        status: t.arg({ type: PaymentBatchStatus, required: false }),
      },
      ...filteredList(
        (ctx: Ctx) => ctx.prisma.paymentBatch,
        (args: { payer?: StoredPayer | null; status?: 'OPEN' | 'SETTLED' | null }, ctx: Ctx) => ({
          AND: [
            batchesInScope(ctx),
            { ...(args.payer ? { payer: args.payer } : {}), ...(args.status ? { status: args.status } : {}) },
          ],
        }),
        [{ createdAt: 'desc' }, { id: 'asc' }],
      ),
    },
    ...connectionNames('PaymentBatch'),
  ),
  paymentBatch: t.prismaField({
    type: PaymentBatch,
    nullable: true,
    description: '按 id 查询支付批次（县级账号只见本县的）',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.paymentBatch.findFirst({ ...query, where: { AND: [{ id: String(args.id) }, batchesInScope(ctx)] } }),
  }),
  payableShares: t.field({
    type: [PayableShares],
    description: '各出资方待支付的分担（县级账号只见本县的）：可生成支付批次的笔数与金额；税费抵免不在其中',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => payableSummary(ctx.prisma, ctx.principal),
  }),
}));

const CreatePaymentBatchInput = builder.inputType('CreatePaymentBatchInput', {
  fields: (t) => ({
    payer: t.field({ type: Payer, required: true, description: '出资方（市财政、市总工会、县级财政；税费抵免除外）' }),
    countyCode: t.id({ required: false, description: '县（市、区）：县级财政批次，默认本账号所在县' }),
  }),
});

const MarkPaymentLinePaidInput = builder.inputType('MarkPaymentLinePaidInput', {
  fields: (t) => ({
    lineId: t.id({ required: true }),
    reference: t.string({
      required: true,
      description: '银行（国库）回单号',
      validate: z.string().trim().min(1, '须填写回单号').max(64, '回单号不超过 64 个字符'),
    }),
    paidOn: t.field({ type: 'Date', required: true, description: '支付日期' }),
  }),
});

const ReturnPaymentLineInput = builder.inputType('ReturnPaymentLineInput', {
  fields: (t) => ({
    lineId: t.id({ required: true }),
    reason: t.string({
      required: true,
      description: '退回原因（如账户信息有误）',
      validate: z.string().trim().min(2, '须写明退回原因（至少 2 个字）').max(200, '退回原因不超过 200 个字'),
    }),
  }),
});

async function reread<T>(row: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await row;
  if (!found) throw new KitError('NOT_FOUND', `${what}不存在：${id}`, { field: 'id' });
  return found;
}

/**
 * Line mutations are open to both finance permissions at the schema (either passes: the top level of a scope map is
 * "any of"); which lines a caller may settle is decided by the line's payer in the domain (payments.ts).
 */
const EITHER_FINANCE = { permission: 'finance:manage', $any: { permission: 'finance:county' } } as const;

builder.mutationFields((t) => ({
  createPaymentBatch: t.prismaField({
    type: PaymentBatch,
    description:
      '生成支付批次：该出资方全部待支付的分担（县级财政只含本县的）→ 支付中。市财政、市总工会批次由市财政局生成，县级批次由该县财政生成',
    // The payer's permission at the schema: COUNTY shares are the county offices', the others city Finance's.
    authScopes: (_root, args) => ({ permission: args.input.payer === 'COUNTY' ? 'finance:county' : 'finance:manage' }),
    args: { input: t.arg({ type: CreatePaymentBatchInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createPaymentBatch(ctx.prisma, ctx, {
        payer: input.payer,
        countyCode: input.countyCode == null ? null : String(input.countyCode),
      });
      return reread(ctx.prisma.paymentBatch.findUnique({ ...query, where: { id } }), '支付批次', id);
    },
  }),
  markPaymentLinePaid: t.prismaField({
    type: PaymentLine,
    description: '登记支付成功：回单号与支付日期；待遇的各项现金分担均已支付即为已发放',
    authScopes: EITHER_FINANCE,
    args: {
      input: t.arg({ type: MarkPaymentLinePaidInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await markPaymentLinePaid(
        ctx.prisma,
        ctx,
        { lineId: String(input.lineId), reference: input.reference.trim(), paidOn: input.paidOn },
        chinaToday(),
      );
      return reread(ctx.prisma.paymentLine.findUnique({ ...query, where: { id } }), '支付明细', id);
    },
  }),
  returnPaymentLine: t.prismaField({
    type: PaymentLine,
    description: '支付退回（如账户有误）：该分担重新进入待支付，可编入以后的支付批次',
    authScopes: EITHER_FINANCE,
    args: {
      input: t.arg({ type: ReturnPaymentLineInput, required: true }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await returnPaymentLine(ctx.prisma, ctx, {
        lineId: String(input.lineId),
        reason: input.reason.trim(),
      });
      return reread(ctx.prisma.paymentLine.findUnique({ ...query, where: { id } }), '支付明细', id);
    },
  }),
}));

const PaymentFileLineRef = builder.objectRef<PaymentFileLine>('PaymentFileLine').implement({
  description: '支付文件的一行：收款人及其完整收款账户（账户缺失的照列并标明）',
  fields: (t) => ({
    no: t.exposeInt('no', { description: '序号' }),
    lineId: t.exposeID('lineId', { description: '支付明细编号' }),
    entitlementId: t.exposeID('entitlementId', { description: '待遇编号' }),
    payeeName: t.exposeString('payeeName', { description: '收款人（人员或单位名称）' }),
    accountKind: t.expose('accountKind', { type: PaymentAccountKind, description: '账户类型' }),
    bankName: t.exposeString('bankName', { nullable: true, description: '开户行；账户缺失为空' }),
    accountNumber: t.exposeString('accountNumber', { nullable: true, description: '完整账号；账户缺失为空' }),
    accountMissing: t.exposeBoolean('accountMissing', { description: '收款人未登记收款账户（账户缺失）' }),
    amount: t.expose('amount', { type: 'Fen', description: '金额（分）' }),
    clause: t.exposeString('clause', { description: '条款' }),
  }),
});

const PaymentFileRef = builder.objectRef<PaymentFile>('PaymentFile').implement({
  description: '支付文件：支付批次中待银行回单的明细及收款人的完整账户（每次导出都记入财政审计日志）',
  fields: (t) => ({
    batchId: t.exposeID('batchId'),
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      resolve: (f) => (f.countyCode ? { code: f.countyCode } : null),
    }),
    lines: t.field({ type: [PaymentFileLineRef], resolve: (f) => f.lines }),
    lineCount: t.exposeInt('lineCount', { description: '笔数' }),
    missingAccounts: t.exposeInt('missingAccounts', { description: '账户缺失的笔数' }),
    total: t.expose('total', { type: 'Fen', description: '合计（分）' }),
    auditEntryId: t.exposeID('auditEntryId', { description: '这次导出的审计日志条目' }),
  }),
});

builder.mutationFields((t) => ({
  /** A mutation, not a query: each export writes its audit entry, and clients neither cache nor retry it. */
  paymentFile: t.field({
    type: PaymentFileRef,
    description:
      '导出支付文件：该批次待银行回单的明细及收款人的完整账户（人员为社保卡金融账户，单位为基本存款账户）。' +
      '只由可支付该批次者导出（市财政、市总工会批次由市财政局，县级批次由该县财政），须填写理由，每次导出都记入审计日志',
    authScopes: EITHER_FINANCE,
    args: {
      batchId: t.arg.id({ required: true }),
      reason: t.arg.string({
        required: true,
        description: '导出理由（2–200 字）',
        validate: z.string().trim().min(2, '请填写导出理由（至少 2 个字）').max(200, '导出理由不超过 200 个字'),
      }),
    },
    resolve: (_root, args, ctx) =>
      exportPaymentFile(ctx.prisma, ctx.references, ctx, { batchId: String(args.batchId), reason: args.reason.trim() }),
  }),
}));
