import { DUTIES } from '@jining/rules';
import { appendAudit, connectionNames, filteredList, badInput, requireDuty, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CompetitionTier } from './enums.ts';

/**
 * Years a competition may be recorded for. A sanity bound on data entry, not a policy number:
 * history before the policy (2025–2029) is kept too, because 技能状元 and rewards look back at results.
 */
export const COMPETITION_YEARS = { min: 2000, max: 2100 } as const;

/** 职业技能竞赛: owned here, keyed by id; finance and awards reference it. */
export const Competition = builder.prismaObject('Competition', {
  description: '职业技能竞赛（三(九)、四(十三)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '竞赛名称' }),
    tier: t.expose('tier', { type: CompetitionTier, description: '竞赛级别' }),
    trade: t.exposeString('trade', { description: '竞赛工种（职业）' }),
    year: t.exposeInt('year', { description: '竞赛年度' }),
    heldOn: t.expose('heldOn', { type: 'Date', nullable: true, description: '举办日期' }),
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
    heldOn: t.field({ type: 'Date', required: false, description: '举办日期，须在竞赛年度内' }),
  }),
});

builder.mutationFields((t) => ({
  createCompetition: t.prismaField({
    type: Competition,
    description: '登记竞赛（市人社局、市总工会，四(十三)）',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: CreateCompetitionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.COMPETITION, input.tier);
      if (!Number.isInteger(input.year) || input.year < COMPETITION_YEARS.min || input.year > COMPETITION_YEARS.max) {
        throw badInput(`竞赛年度应在 ${COMPETITION_YEARS.min} 至 ${COMPETITION_YEARS.max} 之间：${input.year}`, {
          field: 'input.year',
          reason: 'INVALID_YEAR',
          messageEn: `Year out of range: ${input.year}`,
        });
      }
      if (input.heldOn && input.heldOn.getUTCFullYear() !== input.year) {
        throw badInput(`举办日期不在竞赛年度 ${input.year} 年内`, {
          field: 'input.heldOn',
          reason: 'HELD_ON_OUTSIDE_YEAR',
          messageEn: 'heldOn must fall in the competition year',
        });
      }
      // The competition and its audit record in one transaction: neither exists without the other.
      const created = await ctx.prisma.$transaction(async (tx) => {
        const competition = await tx.competition.create({
          data: {
            name: input.name.trim(),
            tier: input.tier,
            trade: input.trade.trim(),
            year: input.year,
            heldOn: input.heldOn ?? null,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE_COMPETITION',
          entityType: 'Competition',
          entityId: competition.id,
          after: competition,
        });
        return competition;
      });
      return ctx.prisma.competition.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
