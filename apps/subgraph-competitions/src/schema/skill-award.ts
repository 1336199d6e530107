import { DUTIES } from '@jining/rules';
import { connectionNames, filteredList, hasDuty, organisationRef, personRef } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { awardHistory } from '../domain/awards.ts';
import { recordSkillAward, revokeSkillAward } from '../domain/skill-awards.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  AwardHistoryLineRef,
  AwardRecordStatus,
  AwardWinnerKind,
  inYear,
  SkillAwardKind,
  TalentRoute,
} from './awards-common.ts';

/** 技能奖项 (R10–R13 三(九)): owned here, keyed by id; finance's entitlements reference it by its fact. */
export const SkillAward = builder.prismaObject('SkillAward', {
  description: '技能奖项：世界技能大赛金、银、铜奖，中华技能大奖，全国技术能手（R10–R13 三(九)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    award: t.expose('award', { type: SkillAwardKind, description: '奖项' }),
    winnerKind: t.expose('winnerKind', { type: AwardWinnerKind, description: '获奖者类型' }),
    teamName: t.exposeString('teamName', { nullable: true, description: '参赛队名称（团队获奖）' }),
    winners: t.field({
      type: [personRef(builder)],
      description: '获奖个人，或团队的队员',
      select: { winners: { select: { personId: true }, orderBy: { personId: 'asc' } } },
      resolve: (row) => row.winners.map((w) => ({ id: w.personId })),
    }),
    awardedOn: t.expose('awardedOn', { type: 'Date', description: '获奖日期' }),
    documentNo: t.exposeString('documentNo', { description: '获奖文件文号' }),
    route: t.expose('route', { type: TalentRoute, description: '全职引进或培养' }),
    unit: t.field({
      type: organisationRef(builder),
      nullable: true,
      description: '引才或培养单位',
      resolve: (row) => (row.unitId ? { id: row.unitId } : null),
    }),
    rolePercent: t.exposeInt('rolePercent', {
      nullable: true,
      description: '作用发挥比例（1–100，世界技能大赛；空为政策规则包的默认值）',
    }),
    competitionResult: t.relation('competitionResult', {
      nullable: true,
      description: '所依据的世界级竞赛成绩',
    }),
    achievementId: t.exposeString('achievementId', {
      nullable: true,
      description: '同一成就编号：同一成就的两项奖励只按较高的一项发放',
    }),
    status: t.expose('status', { type: AwardRecordStatus, description: '状态' }),
    revokeReason: t.exposeString('revokeReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    canRevoke: t.boolean({
      description: '当前账号可否撤销（有效，且本部门负责此项）',
      resolve: (row, _args, ctx) => row.status === 'ACTIVE' && hasDuty(ctx.principal, DUTIES.SKILL_AWARD, row.award),
    }),
    history: t.field({
      type: [AwardHistoryLineRef],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) => awardHistory(ctx.prisma, 'SkillAward', row.id),
    }),
  }),
});

builder.asEntity(SkillAward, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.skillAward.findUnique({ where: { id: ref.id } }),
});

interface AwardFilter {
  award?: string | null;
  personId?: string | number | null;
  unitId?: string | number | null;
  year?: number | null;
  status?: string | null;
  search?: string | null;
}

function awardWhere(args: AwardFilter): Prisma.SkillAwardWhereInput {
  const search = args.search?.trim();
  return {
    ...(args.award ? { award: args.award as never } : {}),
    ...(args.personId ? { winners: { some: { personId: String(args.personId) } } } : {}),
    ...(args.unitId ? { unitId: String(args.unitId) } : {}),
    ...inYear(args.year),
    ...(args.status ? { status: args.status as never } : {}),
    ...(search ? { OR: [{ documentNo: { contains: search } }, { teamName: { contains: search } }] } : {}),
  };
}

builder.queryFields((t) => ({
  skillAwards: t.prismaConnection(
    {
      type: SkillAward,
      cursor: 'id',
      description: '技能奖项列表（获奖日期倒序）',
      authScopes: { authenticated: true },
      args: {
        award: t.arg({ type: SkillAwardKind, required: false, description: '按奖项筛选' }),
        personId: t.arg.id({ required: false, description: '按获奖人（含团队队员）筛选' }),
        unitId: t.arg.id({ required: false, description: '按引才或培养单位筛选' }),
        year: t.arg.int({ required: false, description: '按获奖年度筛选' }),
        status: t.arg({ type: AwardRecordStatus, required: false, description: '按状态筛选' }),
        search: t.arg.string({ required: false, description: '按文号或参赛队名称查找' }),
      },
      ...filteredList((ctx) => ctx.prisma.skillAward, awardWhere, [{ awardedOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('SkillAward', '技能奖项分页列表'),
  ),
  skillAward: t.prismaField({
    type: SkillAward,
    nullable: true,
    description: '按 id 查询技能奖项',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.skillAward.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const RecordSkillAwardInput = builder.inputType('RecordSkillAwardInput', {
  description: '登记技能奖项（依据获奖文件）：获奖个人（personId），或参赛队（teamName 与 memberIds，限世界技能大赛）',
  fields: (t) => ({
    award: t.field({ type: SkillAwardKind, required: true }),
    personId: t.id({ required: false, description: '获奖个人（人员库中的人员 id）' }),
    teamName: t.string({ required: false, description: '参赛队名称（团队获奖）' }),
    memberIds: t.idList({ required: false, description: '参赛队队员（人员 id）' }),
    awardedOn: t.field({ type: 'Date', required: true, description: '获奖日期，不晚于今天' }),
    documentNo: t.string({ required: true, description: '获奖文件文号' }),
    route: t.field({ type: TalentRoute, required: true, description: '全职引进或培养' }),
    unitId: t.id({ required: false, description: '引才或培养单位（单位库中的单位 id）' }),
    rolePercent: t.int({ required: false, description: '作用发挥比例（1–100，世界技能大赛）' }),
    competitionResultId: t.id({ required: false, description: '所依据的世界级竞赛成绩（CompetitionResult.id）' }),
    achievementId: t.string({ required: false, description: '同一成就编号：同一成就的两项奖励只按较高的一项发放' }),
  }),
});

const RevokeSkillAwardInput = builder.inputType('RevokeSkillAwardInput', {
  description: '撤销技能奖项登记（须写明理由）',
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: true, description: '撤销理由（2–500 字）' }),
  }),
});

const ids = (list: readonly (string | number)[] | null | undefined) => (list ? list.map(String) : null);

builder.mutationFields((t) => ({
  recordSkillAward: t.prismaField({
    type: SkillAward,
    description: '登记技能奖项（市人社局，三(九) R10–R13）：写入资金事实，由财政按政策规则核定个人和单位奖励',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RecordSkillAwardInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordSkillAward(ctx, {
        ...input,
        personId: input.personId != null ? String(input.personId) : null,
        memberIds: ids(input.memberIds),
        unitId: input.unitId != null ? String(input.unitId) : null,
        competitionResultId: input.competitionResultId != null ? String(input.competitionResultId) : null,
      });
      return ctx.prisma.skillAward.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  revokeSkillAward: t.prismaField({
    type: SkillAward,
    description: '撤销技能奖项登记（须写明理由）：写入撤销事实，财政据此撤销尚未发放的奖励',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RevokeSkillAwardInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await revokeSkillAward(ctx, { id: String(input.id), reason: input.reason });
      return ctx.prisma.skillAward.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
