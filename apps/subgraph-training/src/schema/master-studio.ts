import {
  reportProgress,
  type StudioLevel as RulesStudioLevel,
  type StudioStatus as RulesStudioStatus,
} from '@jining/rules';
import { badInput, connectionNames, filteredList, organisationRef, personRef } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { trainingToday } from '../domain/settings.ts';
import { StudioAction, StudioAssessmentResult, StudioLevel, StudioStatus } from './enums.ts';

/** One step taken on a studio: who, when, what, from which status to which, at which level, with the note. */
export const StudioHistoryLine = builder.prismaObject('StudioHistory', {
  description: '工作室办理记录',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.expose('action', { type: StudioAction, description: '办理事项' }),
    fromStatus: t.expose('fromStatus', { type: StudioStatus, nullable: true, description: '办理前状态' }),
    toStatus: t.expose('toStatus', { type: StudioStatus, description: '办理后状态' }),
    level: t.expose('level', { type: StudioLevel, description: '办理时级别' }),
    actorId: t.exposeString('actorId', { description: '办理人账号' }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
    at: t.field({ type: 'String', description: '办理时间（ISO 8601）', resolve: (row) => row.at.toISOString() }),
  }),
});

export const StudioObjection = builder.prismaObject('StudioObjection', {
  description: '公示期间收到的异议',
  fields: (t) => ({
    id: t.exposeID('id'),
    content: t.exposeString('content', { description: '异议内容' }),
    receivedOn: t.expose('receivedOn', { type: 'Date', description: '收到日期' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
  }),
});

export const StudioAssessment = builder.prismaObject('StudioAssessment', {
  description: '工作室年度考核结果',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year', { description: '考核年度' }),
    result: t.expose('result', { type: StudioAssessmentResult, description: '考核结果' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
  }),
});

/** 技能大师工作室 二(六): applied for, reviewed, selected, published and approved, or approved above and recorded. */
export const MasterStudio = builder.prismaObject('MasterStudio', {
  description: '技能大师工作室（二(六)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '工作室名称' }),
    level: t.expose('level', { type: StudioLevel, description: '级别（申报、遴选或获批的级别）' }),
    status: t.expose('status', { type: StudioStatus, description: '状态' }),
    lead: t.field({
      type: personRef(builder),
      description: '领办人（技能大师）',
      resolve: (row) => ({ id: row.leadId }),
    }),
    host: t.field({ type: organisationRef(builder), description: '依托单位', resolve: (row) => ({ id: row.hostId }) }),
    trade: t.exposeString('trade', { description: '职业（工种）领域' }),
    appliedOn: t.expose('appliedOn', { type: 'Date', nullable: true, description: '申报日期' }),
    approvedOn: t.expose('approvedOn', { type: 'Date', nullable: true, description: '遴选（获批）日期；未获批为空' }),
    urgentFieldAttested: t.exposeBoolean('urgentFieldAttested', {
      description: '评审确认属于经济社会发展急需、紧缺行业领域（二(六)）',
    }),
    selectedBy: t.exposeString('selectedBy', { nullable: true, description: '遴选人账号' }),
    approvedBy: t.exposeString('approvedBy', { nullable: true, description: '命名（审批）人账号' }),
    publicityStartsOn: t.expose('publicityStartsOn', { type: 'Date', nullable: true, description: '公示开始日期' }),
    publicityEndsOn: t.expose('publicityEndsOn', { type: 'Date', nullable: true, description: '公示截止日期' }),
    documentNo: t.exposeString('documentNo', { nullable: true, description: '上级批准文件文号' }),
    documentDate: t.expose('documentDate', { type: 'Date', nullable: true, description: '上级批准文件日期' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '不予遴选、暂停或撤销的理由' }),
    history: t.relation('history', {
      description: '办理记录（按时间先后）',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
    objections: t.relation('objections', {
      description: '公示异议',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    assessments: t.relation('assessments', { description: '年度考核结果', query: { orderBy: { year: 'asc' } } }),
  }),
});

builder.asEntity(MasterStudio, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into a single query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.masterStudio.findUnique({ where: { id: ref.id } }),
});

interface StudioFilter {
  level?: RulesStudioLevel | null;
  status?: RulesStudioStatus | null;
  hostId?: string | number | null;
  leadId?: string | number | null;
  search?: string | null;
}

function studioWhere(args: StudioFilter) {
  const search = args.search?.trim();
  return {
    ...(args.level ? { level: args.level } : {}),
    ...(args.status ? { status: args.status } : {}),
    ...(args.hostId ? { hostId: String(args.hostId) } : {}),
    ...(args.leadId ? { leadId: String(args.leadId) } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' as const } },
            { trade: { contains: search, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

/** T10 二(六): the city's selections of a year against "每年遴选建设１０家左右市级技能大师工作室". */
const StudioYear = builder.objectRef<{
  year: number;
  citySelected: number;
  target: number;
  lower: number;
  upper: number | null;
  status: string;
  clause: string;
  zh: string;
}>('StudioYear');
StudioYear.implement({
  description: '年度市级技能大师工作室遴选情况（T10，二(六)）',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    citySelected: t.exposeInt('citySelected', { description: '本年度命名的市级工作室数（撤销的不计）' }),
    target: t.exposeInt('target', { description: '目标数（约 10 家）' }),
    lower: t.exposeInt('lower', { description: '“左右”的下限' }),
    upper: t.exposeInt('upper', { nullable: true, description: '“左右”的上限（超过即超出名额）' }),
    remaining: t.int({
      nullable: true,
      description: '距上限尚余名额',
      resolve: (y) => (y.upper === null ? null : Math.max(0, y.upper - y.citySelected)),
    }),
    status: t.exposeString('status', { description: '进度：MET、IN_PROGRESS、NOT_MET、BREACH' }),
    clause: t.exposeString('clause', { description: '条款' }),
    zh: t.exposeString('zh', { description: '目标原文' }),
  }),
});

builder.queryFields((t) => ({
  masterStudios: t.prismaConnection(
    {
      type: MasterStudio,
      cursor: 'id',
      description: '技能大师工作室列表',
      authScopes: { authenticated: true },
      args: {
        level: t.arg({ type: StudioLevel, required: false, description: '按级别筛选' }),
        status: t.arg({ type: StudioStatus, required: false, description: '按状态筛选' }),
        hostId: t.arg.id({ required: false, description: '按依托单位筛选' }),
        leadId: t.arg.id({ required: false, description: '按领办人筛选' }),
        search: t.arg.string({ required: false, description: '按名称或职业（工种）查找' }),
      },
      ...filteredList((ctx) => ctx.prisma.masterStudio, studioWhere),
    },
    ...connectionNames('MasterStudio'),
  ),
  masterStudio: t.prismaField({
    type: MasterStudio,
    nullable: true,
    description: '按 id 查询技能大师工作室',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.masterStudio.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  studioYear: t.field({
    type: StudioYear,
    description: '年度市级工作室遴选与 T10 目标（每年 10 家左右）',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, description: '年度（政策施行期内）' }) },
    resolve: async (_root, { year }, ctx) => {
      // City selections of the year: the approvals at city level in the year, of studios not revoked since.
      const rows = await ctx.prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(DISTINCT h.studio_id) AS n
        FROM studio_history h JOIN master_studio s ON s.id = h.studio_id
        WHERE h.action = 'APPROVE' AND h.level = 'CITY' AND s.status <> 'REVOKED'
          AND extract(year FROM (h.at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')) = ${year}`;
      const citySelected = Number(rows[0]?.n ?? 0);
      let progress;
      try {
        progress = reportProgress('T10', { asOf: trainingToday(), year, achieved: { studios: citySelected } });
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
        citySelected,
        target: c.target,
        lower: c.lower,
        upper: c.upper,
        status: progress.status,
        clause: progress.clause,
        zh: progress.zh,
      };
    },
  }),
}));
