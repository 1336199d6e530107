import { connectionNames, filteredList, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { COMPETITION_YEARS, createCompetition, updateCompetition } from '../domain/competition.ts';
import { competitionHistory, type HistoryLine } from '../domain/history.ts';
import { CompetitionTier } from './enums.ts';

/** One line of a competition's history: what was done, by whom, when, and how many results it wrote. */
const CompetitionHistoryLine = builder.objectRef<HistoryLine>('CompetitionHistoryLine');
CompetitionHistoryLine.implement({
  description: '竞赛办理记录',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.field({ type: 'String', description: '办理时间（ISO 8601）', resolve: (row) => row.at.toISOString() }),
    action: t.exposeString('action', {
      description:
        '办理事项：CREATE_COMPETITION、UPDATE_COMPETITION、RECORD_COMPETITION_RESULT、IMPORT_COMPETITION_RESULTS、RECORD_TEAM_RESULT',
    }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    count: t.exposeInt('count', { nullable: true, description: '写入的成绩条数（导入、团体成绩）' }),
  }),
});

/** 职业技能竞赛: owned here, keyed by id; finance and awards reference it. */
export const Competition = builder.prismaObject('Competition', {
  description: '职业技能竞赛（三(九)、四(十三)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '竞赛名称' }),
    tier: t.expose('tier', { type: CompetitionTier, description: '竞赛级别' }),
    trade: t.exposeString('trade', { description: '竞赛工种（职业）' }),
    year: t.exposeInt('year', { description: '竞赛年度' }),
    organiser: t.exposeString('organiser', { nullable: true, description: '主办单位' }),
    heldOn: t.expose('heldOn', { type: 'Date', nullable: true, description: '开始（举办）日期' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: '结束日期' }),
    countyCode: t.exposeString('countyCode', {
      nullable: true,
      description: '承办县（市、区）代码（GB/T 2260）；市里直接举办为空',
    }),
    history: t.field({
      type: [CompetitionHistoryLine],
      description: '办理记录（登记、修改、成绩登记与导入、团体成绩），按时间先后；取自审计日志，只含谁在何时做了什么',
      resolve: (c, _args, ctx) => competitionHistory(ctx.prisma, c.id),
    }),
    results: t.relation('results', {
      description: '竞赛成绩，按名次排列',
      query: { orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] },
    }),
  }),
});

builder.asEntity(Competition, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into one query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.competition.findUnique({ where: { id: ref.id } }),
});

function competitionWhere(args: { tier?: string | null; year?: number | null }) {
  return {
    ...(args.tier ? { tier: args.tier as never } : {}),
    ...(args.year != null ? { year: args.year } : {}),
  };
}

builder.queryFields((t) => ({
  competitions: t.prismaConnection(
    {
      type: Competition,
      cursor: 'id',
      description: '竞赛列表（按年度倒序）',
      authScopes: { authenticated: true },
      args: {
        tier: t.arg({ type: CompetitionTier, required: false, description: '按竞赛级别筛选' }),
        year: t.arg.int({ required: false, description: '按年度筛选' }),
      },
      // The cursor is the id, so the order must end on id to keep pages stable.
      ...filteredList((ctx) => ctx.prisma.competition, competitionWhere, [{ year: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('Competition', '竞赛分页列表'),
  ),
  competition: t.prismaField({
    type: Competition,
    nullable: true,
    description: '按 id 查询竞赛',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.competition.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const organiser = z.string().trim().min(2, '主办单位至少 2 个字').max(100, '主办单位不超过 100 个字');

const CreateCompetitionInput = builder.inputType('CreateCompetitionInput', {
  description: '登记竞赛',
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z.string().trim().min(2, '竞赛名称至少 2 个字').max(100, '竞赛名称不超过 100 个字'),
    }),
    tier: t.field({ type: CompetitionTier, required: true }),
    trade: t.string({
      required: true,
      description: '竞赛工种（职业）',
      validate: z.string().trim().min(1, '竞赛工种不能为空').max(50, '竞赛工种不超过 50 个字'),
    }),
    year: t.int({ required: true, description: `竞赛年度（${COMPETITION_YEARS.min}–${COMPETITION_YEARS.max}）` }),
    // A name, not a directory reference: 四(十三)'s organisers are departments, associations and enterprises, and the
    // directory registers only the units whose people the policy rewards (enterprises, colleges, evaluators).
    organiser: t.string({ required: true, description: '主办单位', validate: organiser }),
    heldOn: t.field({ type: 'Date', required: false, description: '开始（举办）日期，须在竞赛年度内' }),
    endsOn: t.field({ type: 'Date', required: false, description: '结束日期，不早于开始日期，须在竞赛年度内' }),
    countyCode: t.string({
      required: false,
      description: '承办县（市、区）代码（GB/T 2260）：计入该县对市级竞赛目标（T12）的贡献；市里直接举办不填',
    }),
  }),
});

const UpdateCompetitionInput = builder.inputType('UpdateCompetitionInput', {
  description: '修改竞赛的主办单位和日期（未给出的字段不变；日期给 null 即清除）',
  fields: (t) => ({
    id: t.id({ required: true }),
    organiser: t.string({ required: false, description: '主办单位', validate: organiser.nullish() }),
    heldOn: t.field({ type: 'Date', required: false, description: '开始（举办）日期' }),
    endsOn: t.field({ type: 'Date', required: false, description: '结束日期' }),
  }),
});

builder.mutationFields((t) => ({
  createCompetition: t.prismaField({
    type: Competition,
    description: '登记竞赛（市人社局、市总工会，四(十三)）',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: CreateCompetitionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createCompetition(ctx, input);
      return ctx.prisma.competition.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateCompetition: t.prismaField({
    type: Competition,
    description: '修改竞赛的主办单位和日期（登记竞赛者，四(十三)；记入审计日志）',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: UpdateCompetitionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await updateCompetition(ctx, {
        id: String(input.id),
        ...(input.organiser !== undefined ? { organiser: input.organiser } : {}),
        ...(input.heldOn !== undefined ? { heldOn: input.heldOn } : {}),
        ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
      });
      return ctx.prisma.competition.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
