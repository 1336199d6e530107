import { builder } from '../builder.ts';

interface CursorRow {
  source: string;
  position: bigint;
  head: bigint;
  lastPolledAt: Date | null;
  lastError: string | null;
}

/** How far finance has read each domain's facts: the lag staff and operators watch. */
const FactFeedStatus = builder.objectRef<CursorRow>('FactFeedStatus').implement({
  description: '事实订阅进度：资金子图读取各领域事实的位置与积压',
  fields: (t) => ({
    source: t.exposeString('source', { description: '来源领域' }),
    position: t.string({ description: '已处理到的位置', resolve: (r) => r.position.toString() }),
    head: t.string({ description: '来源最新位置（上次读取时）', resolve: (r) => r.head.toString() }),
    lag: t.int({
      description: '积压条数（来源最新位置 − 已处理位置）',
      resolve: (r) => Number(r.head > r.position ? r.head - r.position : 0n),
    }),
    lastPolledAt: t.string({ nullable: true, resolve: (r) => r.lastPolledAt?.toISOString() ?? null }),
    lastError: t.exposeString('lastError', { nullable: true, description: '最近一次读取失败的原因（成功后清空）' }),
  }),
});

builder.queryFields((t) => ({
  factFeedStatus: t.field({
    type: [FactFeedStatus],
    description: '各领域事实订阅的进度与积压',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => ctx.prisma.factCursor.findMany({ orderBy: { source: 'asc' } }),
  }),
}));
