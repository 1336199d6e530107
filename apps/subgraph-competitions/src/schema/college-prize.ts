import { COLLEGE_PRIZE_TIERS, DUTIES } from '@jining/rules';
import { connectionNames, filteredList, hasDuty, organisationRef } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { awardHistory } from '../domain/awards.ts';
import { recordCollegePrize, revokeCollegePrize } from '../domain/college-prizes.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { AwardHistoryLineRef, AwardRecordStatus, CompetitionStage, inYear } from './awards-common.ts';
import { CompetitionTier } from './enums.ts';

type CollegePrizeTier = (typeof COLLEGE_PRIZE_TIERS)[number];

/** 职业院校技能大赛获奖 (R14 三(九)): owned here, keyed by id; finance's entitlement references it by its fact. */
export const CollegePrize = builder.prismaObject('CollegePrize', {
  description: '职业院校技能大赛获奖（世界、全国职业院校技能大赛排位赛及总决赛一、二、三等奖，R14 三(九)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    college: t.field({
      type: organisationRef(builder),
      description: '获奖院校（职业院校）',
      resolve: (row) => ({ id: row.collegeId }),
    }),
    eventName: t.exposeString('eventName', { description: '赛事名称' }),
    eventKey: t.exposeString('eventKey', { description: '赛事编号' }),
    entryName: t.exposeString('entryName', { description: '参赛项目（选手或团队）' }),
    entryKey: t.exposeString('entryKey', { description: '参赛项目编号' }),
    tier: t.expose('tier', { type: CompetitionTier, description: '赛事级别（世界级或国家级）' }),
    stage: t.expose('stage', { type: CompetitionStage, description: '赛段' }),
    prize: t.exposeInt('prize', { description: '奖次：1 一等奖、2 二等奖、3 三等奖' }),
    documentNo: t.exposeString('documentNo', { description: '获奖文件文号' }),
    awardedOn: t.expose('awardedOn', { type: 'Date', description: '获奖文件日期' }),
    status: t.expose('status', { type: AwardRecordStatus, description: '状态' }),
    revokeReason: t.exposeString('revokeReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    canRevoke: t.boolean({
      description: '当前账号可否撤销（有效，且本部门负责此项）',
      resolve: (row, _args, ctx) =>
        row.status === 'ACTIVE' && hasDuty(ctx.principal, DUTIES.COLLEGE_PRIZE, row.tier as CollegePrizeTier),
    }),
    history: t.field({
      type: [AwardHistoryLineRef],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) => awardHistory(ctx.prisma, 'CollegePrize', row.id),
    }),
  }),
});

builder.asEntity(CollegePrize, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.collegePrize.findUnique({ where: { id: ref.id } }),
});

interface PrizeFilter {
  collegeId?: string | number | null;
  year?: number | null;
  tier?: string | null;
  stage?: string | null;
  prize?: number | null;
  status?: string | null;
  search?: string | null;
}

function prizeWhere(args: PrizeFilter): Prisma.CollegePrizeWhereInput {
  const search = args.search?.trim();
  return {
    ...(args.collegeId ? { collegeId: String(args.collegeId) } : {}),
    ...inYear(args.year),
    ...(args.tier ? { tier: args.tier as never } : {}),
    ...(args.stage ? { stage: args.stage as never } : {}),
    ...(args.prize ? { prize: args.prize } : {}),
    ...(args.status ? { status: args.status as never } : {}),
    ...(search
      ? {
          OR: [
            { eventName: { contains: search } },
            { entryName: { contains: search } },
            { documentNo: { contains: search } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  collegePrizes: t.prismaConnection(
    {
      type: CollegePrize,
      cursor: 'id',
      description: '职业院校技能大赛获奖列表（获奖日期倒序）',
      authScopes: { authenticated: true },
      args: {
        collegeId: t.arg.id({ required: false, description: '按获奖院校筛选' }),
        year: t.arg.int({ required: false, description: '按获奖年度筛选' }),
        tier: t.arg({ type: CompetitionTier, required: false, description: '按赛事级别筛选' }),
        stage: t.arg({ type: CompetitionStage, required: false, description: '按赛段筛选' }),
        prize: t.arg.int({ required: false, description: '按奖次筛选（1–3）' }),
        status: t.arg({ type: AwardRecordStatus, required: false, description: '按状态筛选' }),
        search: t.arg.string({ required: false, description: '按赛事名称、参赛项目或文号查找' }),
      },
      ...filteredList((ctx) => ctx.prisma.collegePrize, prizeWhere, [{ awardedOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('CollegePrize', '职业院校技能大赛获奖分页列表'),
  ),
  collegePrize: t.prismaField({
    type: CollegePrize,
    nullable: true,
    description: '按 id 查询职业院校技能大赛获奖',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.collegePrize.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const RecordCollegePrizeInput = builder.inputType('RecordCollegePrizeInput', {
  description: '登记职业院校技能大赛获奖（依据获奖文件）',
  fields: (t) => ({
    collegeId: t.id({ required: true, description: '获奖院校（单位库中的职业院校）' }),
    eventName: t.string({ required: true, description: '赛事名称，如 2025年全国职业院校技能大赛' }),
    eventKey: t.string({ required: true, description: '赛事编号：同一赛事的排位赛和总决赛用同一编号' }),
    entryName: t.string({ required: true, description: '参赛项目（选手或团队）' }),
    entryKey: t.string({
      required: true,
      description: '参赛项目编号：同一参赛项目的排位赛和总决赛获奖只奖励一次（就高）',
    }),
    tier: t.field({ type: CompetitionTier, required: true, description: '赛事级别：世界级或国家级' }),
    stage: t.field({ type: CompetitionStage, required: true, description: '赛段' }),
    prize: t.int({ required: true, description: '奖次：1 一等奖、2 二等奖、3 三等奖' }),
    documentNo: t.string({ required: true, description: '获奖文件文号' }),
    awardedOn: t.field({ type: 'Date', required: true, description: '获奖文件日期，不晚于今天' }),
  }),
});

const RevokeAwardInput = builder.inputType('RevokeCollegePrizeInput', {
  description: '撤销院校获奖登记（须写明理由）',
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: true, description: '撤销理由（2–500 字）' }),
  }),
});

builder.mutationFields((t) => ({
  recordCollegePrize: t.prismaField({
    type: CollegePrize,
    description:
      '登记职业院校技能大赛获奖（市人社局、市教育局，三(九) R14）：写入资金事实，由财政按政策规则核定奖励（最高额内审定）',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RecordCollegePrizeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordCollegePrize(ctx, {
        ...input,
        collegeId: String(input.collegeId),
        stage: input.stage,
      });
      return ctx.prisma.collegePrize.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  revokeCollegePrize: t.prismaField({
    type: CollegePrize,
    description: '撤销院校获奖登记（须写明理由）：写入撤销事实，财政据此撤销尚未发放的奖励',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RevokeAwardInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await revokeCollegePrize(ctx, { id: String(input.id), reason: input.reason });
      return ctx.prisma.collegePrize.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
