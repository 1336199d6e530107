import { z } from '@jining/subgraph-kit';
import { toIsoDate } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  DIFFERENCE_KINDS,
  entitlementReport,
  reconcile,
  type Difference,
  type EntitlementReport as Report,
  type Reconciliation as Recon,
  type ReconciliationTotal as Total,
  type ReportRow as Row,
} from '../domain/reconciliation.ts';
import { countyRef } from '@jining/subgraph-kit';
import { Payer, ReportGrouping } from './enums.ts';

const ReconciliationTotal = builder.objectRef<Total>('ReconciliationTotal').implement({
  description: '对账：某出资方（县级为某县）某年度已审批金额在各环节的分布',
  fields: (t) => ({
    payer: t.expose('payer', { type: Payer }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      resolve: (r) => (r.countyCode ? { code: r.countyCode } : null),
    }),
    committed: t.expose('committed', { type: 'Fen', description: '已审批（分）：已审批及以后各环节' }),
    awaitingPublicity: t.expose('awaitingPublicity', { type: 'Fen', description: '已审批待公示（分）' }),
    inPublicity: t.expose('inPublicity', { type: 'Fen', description: '公示中（分）' }),
    payable: t.expose('payable', { type: 'Fen', description: '待支付（分）：含税费抵免' }),
    inBatch: t.expose('inBatch', { type: 'Fen', description: '支付批次中待回单（分）' }),
    paid: t.expose('paid', { type: 'Fen', description: '已发放（分）' }),
    difference: t.expose('difference', {
      type: 'Fen',
      description: '差额（分）= 已审批 −（待公示 + 公示中 + 待支付 + 支付中 + 已发放），应为 0',
    }),
  }),
});

const ReconciliationDifference = builder.objectRef<Difference>('ReconciliationDifference').implement({
  description: '对账差异：逐项列出，不自动调平',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: `差异类型：${Object.keys(DIFFERENCE_KINDS).join('、')}` }),
    kindLabel: t.string({ description: '差异类型（中文）', resolve: (d) => DIFFERENCE_KINDS[d.kind] }),
    message: t.exposeString('message', { description: '说明' }),
    payer: t.expose('payer', { type: Payer, nullable: true }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      resolve: (d) => (d.countyCode ? { code: d.countyCode } : null),
    }),
    entitlementId: t.exposeID('entitlementId', { nullable: true }),
    batchId: t.exposeID('batchId', { nullable: true }),
    lineId: t.exposeID('lineId', { nullable: true }),
    expected: t.expose('expected', { type: 'Fen', description: '应为（分，或笔数）' }),
    actual: t.expose('actual', { type: 'Fen', description: '实为（分，或笔数）' }),
  }),
});

const Reconciliation = builder.objectRef<Recon>('Reconciliation').implement({
  description: '年度对账：已审批 = 待公示 + 公示中 + 待支付 + 支付中 + 已发放；批次合计 = 明细之和；差异逐项列出',
  fields: (t) => ({
    year: t.exposeInt('year'),
    clean: t.boolean({ description: '无任何差异', resolve: (r) => r.differences.length === 0 }),
    totals: t.field({ type: [ReconciliationTotal], resolve: (r) => r.totals }),
    differences: t.field({ type: [ReconciliationDifference], resolve: (r) => r.differences }),
  }),
});

const ReportRow = builder.objectRef<Row>('EntitlementReportRow').implement({
  description: '统计行',
  fields: (t) => ({
    key: t.exposeString('key', { description: '分组代码（县代码、出资方、政策条目、年度；合计为 TOTAL）' }),
    label: t.exposeString('label', { description: '分组名称' }),
    count: t.exposeInt('count', { description: '待遇数（不含未通过、已撤销）' }),
    amount: t.expose('amount', { type: 'Fen', description: '核定金额（分，不含未通过、已撤销）' }),
    committed: t.expose('committed', { type: 'Fen', description: '已审批（分）' }),
    paid: t.expose('paid', { type: 'Fen', description: '已发放（分）' }),
    rejected: t.expose('rejected', { type: 'Fen', description: '未通过（分）' }),
  }),
});

const EntitlementReport = builder.objectRef<Report>('EntitlementReport').implement({
  description: '资金待遇统计（金额单位：分）',
  fields: (t) => ({
    from: t.exposeString('from', { description: '起始日期' }),
    to: t.exposeString('to', { description: '截止日期' }),
    groupBy: t.expose('groupBy', { type: ReportGrouping }),
    rows: t.field({ type: [ReportRow], resolve: (r) => r.rows }),
    total: t.field({ type: ReportRow, description: '合计（每项待遇只计一次）', resolve: (r) => r.total }),
  }),
});

builder.queryFields((t) => ({
  reconciliation: t.field({
    type: Reconciliation,
    description: '年度对账（县级账号只对本县承担的部分）',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2200) }) },
    resolve: (_root, args, ctx) => reconcile(ctx.prisma, ctx.principal, args.year),
  }),
  entitlementReport: t.field({
    type: EntitlementReport,
    description: '资金待遇统计：按核定日期（北京时间）区间，按县、出资方、政策条目或年度汇总（县级账号只见本县）',
    authScopes: { authenticated: true },
    args: {
      from: t.arg({ type: 'Date', required: true, description: '起始日期（含）' }),
      to: t.arg({ type: 'Date', required: true, description: '截止日期（含）' }),
      groupBy: t.arg({ type: ReportGrouping, required: true }),
    },
    resolve: (_root, args, ctx) =>
      entitlementReport(
        ctx.prisma,
        ctx.principal,
        { from: toIsoDate(args.from), to: toIsoDate(args.to) },
        args.groupBy,
      ),
  }),
}));
