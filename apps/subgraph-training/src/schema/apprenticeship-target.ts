import { POLICY_YEARS, reportProgress } from '@jining/rules';
import { badInput, countyRef, parseIsoDate } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { trainingToday } from '../domain/settings.ts';

/**
 * T5 二(二) "力争每年培训新型学徒５００名": the apprentices of a year against the rules' target. Reading (training's,
 * stated in the schema): an apprentice counts in the year their new-type agreement starts, once however many
 * agreements or years follow, so a two-year apprenticeship is not counted twice; revoked agreements and agreements not
 * of the new type do not count.
 */
interface CountyCount {
  countyCode: string;
  apprentices: number;
}
interface TargetView {
  year: number;
  apprentices: number;
  byCounty: CountyCount[];
  target: number;
  dueDate: string;
  status: string;
  clause: string;
  zh: string;
}

const CountyApprentices = builder.objectRef<CountyCount>('ApprenticeCountyCount').implement({
  description: '各县（市、区）本年度新型学徒人数',
  fields: (t) => ({
    countyCode: t.exposeID('countyCode', { description: '县（市、区）代码' }),
    county: t.field({
      type: countyRef(builder),
      description: '县（市、区）',
      resolve: (c) => ({ code: c.countyCode }),
    }),
    apprentices: t.exposeInt('apprentices', { description: '人数' }),
  }),
});

const ApprenticeTarget = builder.objectRef<TargetView>('ApprenticeTarget').implement({
  description: '新型学徒培训进度（T5，二(二)；目标来自政策规则包）',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    apprentices: t.exposeInt('apprentices', {
      description: '本年度开始培训的新型学徒人数（按协议开始日期计，每人只计一次；撤销的、非新型学徒制的不计）',
    }),
    byCounty: t.field({ type: [CountyApprentices], description: '分县（市、区）', resolve: (v) => v.byCounty }),
    target: t.exposeInt('target', { description: '目标数（政策规则包 T5_APPRENTICES_PER_YEAR）' }),
    dueDate: t.exposeString('dueDate', { description: '截止日期' }),
    status: t.exposeString('status', { description: '进度：MET、IN_PROGRESS、NOT_MET' }),
    clause: t.exposeString('clause', { description: '条款' }),
    zh: t.exposeString('zh', { description: '目标原文与进度' }),
  }),
});

builder.queryFields((t) => ({
  apprenticeTarget: t.field({
    type: ApprenticeTarget,
    description: 'T5：力争每年培训新型学徒５００名的进度',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: false, description: '年度（缺省为今年，须在政策执行期内）' }) },
    resolve: async (_root, args, ctx) => {
      const today = trainingToday();
      const year = args.year ?? Number(today.slice(0, 4));
      if (year < POLICY_YEARS.first || year > POLICY_YEARS.last) {
        throw badInput(`年度须在 ${POLICY_YEARS.first}—${POLICY_YEARS.last} 之间：${year}`, {
          field: 'year',
          reason: 'OUTSIDE_POLICY_WINDOW',
        });
      }
      const rows = await ctx.prisma.apprenticeship.findMany({
        where: {
          status: 'ACTIVE',
          newType: true,
          startedOn: { gte: parseIsoDate(`${year}-01-01`), lte: parseIsoDate(`${year}-12-31`) },
        },
        select: { apprenticeId: true, countyCode: true },
        distinct: ['apprenticeId'],
        orderBy: [{ apprenticeId: 'asc' }, { startedOn: 'asc' }],
      });
      const perCounty = new Map<string, number>();
      for (const r of rows) perCounty.set(r.countyCode, (perCounty.get(r.countyCode) ?? 0) + 1);
      const progress = reportProgress('T5', { asOf: today, year, achieved: { apprentices: rows.length } });
      return {
        year,
        apprentices: rows.length,
        byCounty: [...perCounty.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([countyCode, apprentices]) => ({ countyCode, apprentices })),
        target: progress.components[0]!.target,
        dueDate: progress.dueDate,
        status: progress.status,
        clause: progress.clause,
        zh: progress.zh,
      };
    },
  }),
}));
