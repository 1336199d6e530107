import { CITY_COMPETITION_TIERS, reportProgress } from '@jining/rules';
import { badInput, chinaToday } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

/** T12 四(十三): the city competitions of a year against "每年举办１００场以上市级职业技能竞赛". */
const CompetitionYear = builder.objectRef<{
  year: number;
  cityCompetitions: number;
  target: number;
  status: string;
  clause: string;
  zh: string;
}>('CompetitionYear');
CompetitionYear.implement({
  description: '年度市级职业技能竞赛场次（T12，四(十三)）',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    cityCompetitions: t.exposeInt('cityCompetitions', { description: '本年度市级竞赛场次（市级一类、市级二类）' }),
    target: t.exposeInt('target', { description: '目标场次（不少于）' }),
    remaining: t.int({
      description: '距目标尚差场次',
      resolve: (y) => Math.max(0, y.target - y.cityCompetitions),
    }),
    status: t.exposeString('status', { description: '进度：MET、IN_PROGRESS、NOT_MET' }),
    clause: t.exposeString('clause', { description: '条款' }),
    zh: t.exposeString('zh', { description: '目标原文' }),
  }),
});

builder.queryFields((t) => ({
  competitionYear: t.field({
    type: CompetitionYear,
    description: '年度市级职业技能竞赛场次与 T12 目标（每年 100 场以上）',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, description: '年度（政策施行期内）' }) },
    resolve: async (_root, { year }, ctx) => {
      const cityCompetitions = await ctx.prisma.competition.count({
        where: { year, tier: { in: [...CITY_COMPETITION_TIERS] } },
      });
      let progress;
      try {
        progress = reportProgress('T12', { asOf: chinaToday(), year, achieved: { competitions: cityCompetitions } });
      } catch (error) {
        throw badInput(`年度不在政策施行期内：${year}`, {
          field: 'year',
          reason: 'YEAR_OUTSIDE_POLICY_WINDOW',
          messageEn: (error as Error).message,
        });
      }
      const c = progress.components[0]!;
      return {
        year,
        cityCompetitions,
        target: c.target,
        status: progress.status,
        clause: progress.clause,
        zh: progress.zh,
      };
    },
  }),
}));
