import type { BenefitGroup as RulesBenefitGroup } from '@jining/rules';
import { countyRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { budgetLines, setBudget, type BudgetLine as Line } from '../domain/budgets.ts';
import { BenefitGroup, Payer } from './enums.ts';

/** 预算执行: one budget (payer, county, year, benefit group) and what is committed, pending and paid against it. */
export const BudgetLine = builder.objectRef<Line>('BudgetLine').implement({
  description: '预算执行情况：某出资方（县级为某县）某年度某类待遇的预算、已审批、待审批、已发放与剩余',
  fields: (t) => ({
    payer: t.expose('payer', { type: Payer, description: '出资方' }),
    county: t.field({
      type: countyRef(builder),
      nullable: true,
      description: '县（市、区）：县级财政预算',
      resolve: (l) => (l.countyCode ? { code: l.countyCode } : null),
    }),
    year: t.exposeInt('year', { description: '预算年度' }),
    benefitGroup: t.field({
      type: BenefitGroup,
      description: '待遇类别',
      // Budgets and shares carry the rules' group codes (checked when a budget is set, computed by the rules).
      resolve: (l) => l.benefitGroup as RulesBenefitGroup,
    }),
    budget: t.expose('budget', { type: 'Fen', nullable: true, description: '预算（分）；未设定为空' }),
    committed: t.expose('committed', { type: 'Fen', description: '已审批（分）：已审批及以后各环节的分担' }),
    pending: t.expose('pending', { type: 'Fen', description: '待审批（分）：待审核、已审核的分担' }),
    paid: t.expose('paid', { type: 'Fen', description: '已发放（分）' }),
    remaining: t.expose('remaining', { type: 'Fen', nullable: true, description: '剩余（分）= 预算 − 已审批' }),
  }),
});

const SetBudgetInput = builder.inputType('SetBudgetInput', {
  description: '设定预算（市财政局）：同一出资方、县、年度、待遇类别只有一项预算，再次设定即修改',
  fields: (t) => ({
    payer: t.field({ type: Payer, required: true, description: '出资方（税费抵免不设预算）' }),
    countyCode: t.id({ required: false, description: '县（市、区）代码：县级财政预算必填，其他不填' }),
    year: t.int({ required: true, description: '预算年度' }),
    benefitGroup: t.field({ type: BenefitGroup, required: true }),
    amount: t.field({ type: 'Fen', required: true, description: '预算金额（分）' }),
  }),
});

builder.queryFields((t) => ({
  budgets: t.field({
    type: [BudgetLine],
    description: '某年度的预算执行情况（县级账号只见本县）：含已有审批或发放而未设预算的项目',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2200) }) },
    resolve: (_root, args, ctx) => budgetLines(ctx.prisma, ctx.principal, args.year),
  }),
}));

builder.mutationFields((t) => ({
  setBudget: t.field({
    type: BudgetLine,
    description:
      '设定或修改预算（市财政局，含各县级财政预算）：审批时按出资方、年度、待遇类别核对剩余预算；不能低于已审批金额',
    authScopes: { permission: 'finance:manage' },
    args: { input: t.arg({ type: SetBudgetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await setBudget(ctx.prisma, ctx, {
        payer: input.payer,
        countyCode: input.countyCode == null ? null : String(input.countyCode),
        year: input.year,
        benefitGroup: input.benefitGroup,
        amount: input.amount,
      });
      const county = input.payer === 'COUNTY' ? String(input.countyCode ?? '').trim() : null;
      const lines = await budgetLines(ctx.prisma, ctx.principal, input.year);
      return lines.find(
        (l) =>
          l.payer === input.payer &&
          (l.countyCode ?? null) === (county || null) &&
          l.benefitGroup === input.benefitGroup,
      )!;
    },
  }),
}));
