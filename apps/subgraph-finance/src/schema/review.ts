import { KitError, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { takeStep, type ReviewStep } from '../domain/transitions.ts';
import { Entitlement } from './entitlement.ts';
import { visibleEntitlements } from './visible-entitlements.ts';

const note = z.string().trim().max(200, '说明不超过 200 个字');
const reason = z.string().trim().min(2, '须写明退回理由（至少 2 个字）').max(200, '退回理由不超过 200 个字');

const DESCRIPTIONS: Record<ReviewStep, string> = {
  REVIEW: '审核资金待遇（市财政局）：待审核 → 已审核',
  APPROVE: '审批资金待遇（市财政局，须为审核人以外的另一人）：已审核 → 已审批；之后进入公示',
  REJECT: '退回不予发放（市财政局）：待审核或已审核 → 未通过，须写明理由',
};

async function act(
  ctx: Parameters<typeof visibleEntitlements>[0],
  query: object,
  id: string,
  step: ReviewStep,
  text: string | null | undefined,
  decidedAmount?: bigint | null,
) {
  await takeStep(ctx.prisma, ctx, id, step, text?.trim() || null, decidedAmount);
  const row = await visibleEntitlements(ctx).findFirst({ ...query, where: { id } });
  if (!row) throw new KitError('NOT_FOUND', `资金待遇不存在：${id}`, { field: 'id' });
  return row;
}

builder.mutationFields((t) => ({
  reviewEntitlement: t.prismaField({
    type: Entitlement,
    description: DESCRIPTIONS.REVIEW,
    authScopes: { permission: 'finance:manage' },
    args: {
      id: t.arg.id({ required: true }),
      note: t.arg.string({ required: false, validate: note }),
      decidedAmount: t.arg({
        type: 'Fen',
        required: false,
        description: '审定金额（分）：仅“最高××万元”的奖补（maxAmount 不为空）可审定，不超过最高标准；不填按最高标准',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      act(ctx, query, String(args.id), 'REVIEW', args.note, args.decidedAmount as bigint | null | undefined),
  }),
  approveEntitlement: t.prismaField({
    type: Entitlement,
    description: DESCRIPTIONS.APPROVE,
    authScopes: { permission: 'finance:manage' },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: false, validate: note }) },
    resolve: (query, _root, args, ctx) => act(ctx, query, String(args.id), 'APPROVE', args.note),
  }),
  rejectEntitlement: t.prismaField({
    type: Entitlement,
    description: DESCRIPTIONS.REJECT,
    authScopes: { permission: 'finance:manage' },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, validate: reason, description: '退回理由' }),
    },
    resolve: (query, _root, args, ctx) => act(ctx, query, String(args.id), 'REJECT', args.reason),
  }),
}));
