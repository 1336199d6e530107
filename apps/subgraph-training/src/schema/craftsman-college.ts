import { POLICY_WINDOW, reportProgress, type CraftsmanCollegeStatus as RulesStatus } from '@jining/rules';
import { connectionNames, filteredList, organisationRef, parseIsoDate } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { trainingToday } from '../domain/settings.ts';
import { CraftsmanCollegeAction, CraftsmanCollegeStatus } from './enums.ts';

/** One step union staff took on a college: who, when, what, from which status to which, with the note. */
export const CraftsmanCollegeHistoryLine = builder.prismaObject('CraftsmanCollegeHistory', {
  description: '工匠学院办理记录',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.expose('action', { type: CraftsmanCollegeAction, description: '办理事项' }),
    fromStatus: t.expose('fromStatus', { type: CraftsmanCollegeStatus, nullable: true, description: '办理前状态' }),
    toStatus: t.expose('toStatus', { type: CraftsmanCollegeStatus, description: '办理后状态' }),
    actorId: t.exposeString('actorId', { description: '办理人账号' }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
    at: t.field({ type: 'String', description: '办理时间（ISO 8601）', resolve: (row) => row.at.toISOString() }),
  }),
});

/** 市级工匠学院 二(六): recorded, reviewed and approved by the Trade Union, which pays its one-time grant (R9). */
export const CraftsmanCollege = builder.prismaObject('CraftsmanCollege', {
  description: '市级工匠学院（二(六)，市总工会一次性补助）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '工匠学院名称' }),
    status: t.expose('status', { type: CraftsmanCollegeStatus, description: '状态' }),
    host: t.field({ type: organisationRef(builder), description: '建设单位', resolve: (row) => ({ id: row.hostId }) }),
    foundedOn: t.expose('foundedOn', { type: 'Date', description: '建成日期' }),
    appliedOn: t.expose('appliedOn', { type: 'Date', description: '申报日期' }),
    reviewedBy: t.exposeString('reviewedBy', { nullable: true, description: '评审人账号' }),
    approvedBy: t.exposeString('approvedBy', { nullable: true, description: '批准人账号' }),
    approvedOn: t.expose('approvedOn', { type: 'Date', nullable: true, description: '批准日期；未批准为空' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '不予批准或撤销的理由' }),
    history: t.relation('history', {
      description: '办理记录（按时间先后）',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.asEntity(CraftsmanCollege, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.craftsmanCollege.findUnique({ where: { id: ref.id } }),
});

interface CollegeFilter {
  status?: RulesStatus | null;
  hostId?: string | number | null;
  search?: string | null;
}

function collegeWhere(args: CollegeFilter) {
  const search = args.search?.trim();
  return {
    ...(args.status ? { status: args.status } : {}),
    ...(args.hostId ? { hostId: String(args.hostId) } : {}),
    ...(search ? { name: { contains: search, mode: 'insensitive' as const } } : {}),
  };
}

interface TargetView {
  approved: number;
  byYear: { year: number; approved: number }[];
  target: number;
  lower: number;
  upper: number | null;
  from: string;
  dueDate: string;
  status: string;
  clause: string;
  zh: string;
}

const CollegeYearCount = builder.objectRef<{ year: number; approved: number }>('CraftsmanCollegeYearCount');
CollegeYearCount.implement({
  description: '某年度批准建设的市级工匠学院数',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    approved: t.exposeInt('approved', { description: '本年度批准数（撤销的不计）' }),
  }),
});

/** T11 二(六): approvals within the three years against "３年内建设２０个左右市级工匠学院". */
const CollegeTarget = builder.objectRef<TargetView>('CraftsmanCollegeTarget');
CollegeTarget.implement({
  description: '市级工匠学院建设进度（T11，二(六)；目标与期限来自政策规则包）',
  fields: (t) => ({
    approved: t.exposeInt('approved', { description: '期内批准的市级工匠学院数（撤销的不计）' }),
    byYear: t.field({ type: [CollegeYearCount], description: '逐年批准数', resolve: (v) => v.byYear }),
    target: t.exposeInt('target', { description: '目标数（政策规则包 T11_CRAFTSMAN_COLLEGES，“左右”）' }),
    lower: t.exposeInt('lower', { description: '“左右”的下限' }),
    upper: t.exposeInt('upper', { nullable: true, description: '“左右”的上限（超过即超出名额）' }),
    remaining: t.int({
      nullable: true,
      description: '距上限尚余名额',
      resolve: (v) => (v.upper === null ? null : Math.max(0, v.upper - v.approved)),
    }),
    from: t.exposeString('from', { description: '起算日期（施行之日）' }),
    dueDate: t.exposeString('dueDate', { description: '截止日期（３年内）' }),
    status: t.exposeString('status', { description: '进度：MET、IN_PROGRESS、NOT_MET、BREACH' }),
    clause: t.exposeString('clause', { description: '条款' }),
    zh: t.exposeString('zh', { description: '目标原文与进度' }),
  }),
});

builder.queryFields((t) => ({
  craftsmanColleges: t.prismaConnection(
    {
      type: CraftsmanCollege,
      cursor: 'id',
      description: '市级工匠学院列表',
      authScopes: { authenticated: true },
      args: {
        status: t.arg({ type: CraftsmanCollegeStatus, required: false, description: '按状态筛选' }),
        hostId: t.arg.id({ required: false, description: '按建设单位筛选' }),
        search: t.arg.string({ required: false, description: '按名称查找' }),
      },
      ...filteredList((ctx) => ctx.prisma.craftsmanCollege, collegeWhere),
    },
    ...connectionNames('CraftsmanCollege'),
  ),
  craftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    nullable: true,
    description: '按 id 查询工匠学院',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.craftsmanCollege.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  craftsmanCollegeTarget: t.field({
    type: CollegeTarget,
    description: 'T11：３年内建设２０个左右市级工匠学院（自施行之日起算）的进度',
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const today = trainingToday();
      // The due date is the rules' (READING_T11_FROM_WINDOW_START); ask once with a placeholder count to learn it.
      const due = reportProgress('T11', { asOf: today, achieved: { colleges: 0 } }).dueDate;
      const rows = await ctx.prisma.craftsmanCollege.groupBy({
        by: ['approvedOn'],
        where: {
          status: 'APPROVED',
          approvedOn: { gte: parseIsoDate(POLICY_WINDOW.from), lte: parseIsoDate(due) },
        },
        _count: { _all: true },
      });
      const perYear = new Map<number, number>();
      for (const r of rows) {
        const year = r.approvedOn!.getUTCFullYear();
        perYear.set(year, (perYear.get(year) ?? 0) + r._count._all);
      }
      const approved = [...perYear.values()].reduce((a, b) => a + b, 0);
      const progress = reportProgress('T11', { asOf: today, achieved: { colleges: approved } });
      const c = progress.components[0]!;
      const first = Number(POLICY_WINDOW.from.slice(0, 4));
      const last = Number(due.slice(0, 4));
      return {
        approved,
        byYear: Array.from({ length: last - first + 1 }, (_, i) => ({
          year: first + i,
          approved: perYear.get(first + i) ?? 0,
        })),
        target: c.target,
        lower: c.lower,
        upper: c.upper,
        from: POLICY_WINDOW.from,
        dueDate: progress.dueDate,
        status: progress.status,
        clause: progress.clause,
        zh: progress.zh,
      };
    },
  }),
}));
