import {
  H5_MEASURES,
  HONOUR_KIND,
  HONOUR_QUOTAS,
  HONOUR_STATUS,
  honourQuotaFor,
  POLICY_YEARS,
  reportProgress,
  type HonourKind,
} from '@jining/rules';
import { badInput, chinaToday } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { approvedByKind } from '../domain/workflow.ts';
import { HonourKind as HonourKindEnum } from './enums.ts';

interface QuotaUse {
  id: string;
  target: string;
  clause: string;
  kinds: HonourKind[];
  quota: number;
  ceiling: number;
  used: number;
  remaining: number;
  zh: string;
}

interface TargetComponent {
  key: string;
  zh: string;
  target: number;
  lower: number;
  upper: number | null;
  achieved: number;
  status: string;
}

interface TargetUse {
  id: string;
  clause: string;
  dueDate: string;
  status: string;
  zh: string;
  components: TargetComponent[];
}

interface HonourYearShape {
  year: number;
  quotas: QuotaUse[];
  targets: TargetUse[];
  approved: { kind: HonourKind; count: number }[];
}

const HonourQuotaUse = builder.objectRef<QuotaUse>('HonourQuotaUse').implement({
  description: '年度名额使用情况（五(十四)：首席技师、大工匠、工匠）',
  fields: (t) => ({
    id: t.exposeString('id', { description: '名额（规则包 HONOUR_QUOTAS 的 id，如 T14_CHIEF_TECHNICIANS）' }),
    target: t.exposeString('target', { description: '对应目标（T14、T15）' }),
    clause: t.exposeString('clause', { description: '政策条款' }),
    kinds: t.field({ type: [HonourKindEnum], description: '计入的荣誉类别', resolve: (q) => q.kinds }),
    quota: t.exposeInt('quota', { description: '政策数（每年 20 名、5 名左右、30 名左右）' }),
    ceiling: t.exposeInt('ceiling', { description: '当年至多批准数' }),
    used: t.exposeInt('used', { description: `${HONOUR_STATUS.label('APPROVED')}人数` }),
    remaining: t.exposeInt('remaining', { description: '尚可批准' }),
    zh: t.exposeString('zh', { description: '名额说明（含条款）' }),
  }),
});

const HonourTargetComponent = builder.objectRef<TargetComponent>('HonourTargetComponent').implement({
  description: '目标分项进度',
  fields: (t) => ({
    key: t.exposeString('key'),
    zh: t.exposeString('zh', { description: '分项' }),
    target: t.exposeInt('target', { description: '目标数' }),
    lower: t.exposeInt('lower', { description: '达标下限' }),
    upper: t.exposeInt('upper', { nullable: true, description: '上限（名额；无则为空）' }),
    achieved: t.exposeInt('achieved', { description: `${HONOUR_STATUS.label('APPROVED')}人数` }),
    status: t.exposeString('status', { description: 'MET、IN_PROGRESS、NOT_MET、BREACH' }),
  }),
});

const HonourTargetProgress = builder.objectRef<TargetUse>('HonourTargetProgress').implement({
  description: '目标进度（T13–T15，四(十三)、五(十四)）',
  fields: (t) => ({
    id: t.exposeString('id', { description: '目标（T13、T14、T15）' }),
    clause: t.exposeString('clause', { description: '政策条款' }),
    dueDate: t.exposeString('dueDate', { description: '截止日' }),
    status: t.exposeString('status', { description: 'MET、IN_PROGRESS、NOT_MET、BREACH' }),
    zh: t.exposeString('zh', { description: '进度说明' }),
    components: t.field({ type: [HonourTargetComponent], resolve: (x) => x.components }),
  }),
});

const HonourKindCount = builder.objectRef<{ kind: HonourKind; count: number }>('HonourKindCount').implement({
  description: `按类别的${HONOUR_STATUS.label('APPROVED')}人数`,
  fields: (t) => ({
    kind: t.field({ type: HonourKindEnum, resolve: (x) => x.kind }),
    count: t.exposeInt('count'),
  }),
});

const HonourYear = builder.objectRef<HonourYearShape>('HonourYear').implement({
  description: '表彰年度视图：名额（已用、剩余，含条款）与目标进度（T13–T15）',
  fields: (t) => ({
    year: t.exposeInt('year'),
    quotas: t.field({ type: [HonourQuotaUse], resolve: (y) => y.quotas }),
    targets: t.field({ type: [HonourTargetProgress], resolve: (y) => y.targets }),
    approved: t.field({ type: [HonourKindCount], resolve: (y) => y.approved }),
  }),
});

const H5Measure = builder.objectRef<{ code: string; clause: string; zh: string }>('StandingMeasureKind').implement({
  description: '政治待遇和社会地位措施（H5，五(十五)）',
  fields: (t) => ({
    code: t.exposeString('code'),
    clause: t.exposeString('clause'),
    zh: t.exposeString('zh'),
  }),
});

builder.queryFields((t) => ({
  honourYear: t.field({
    type: HonourYear,
    description: '表彰年度视图：名额使用（T14、T15）与目标进度（T13–T15）',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, { year }, ctx) => {
      if (year < POLICY_YEARS.first || year > POLICY_YEARS.last) {
        throw badInput(`年度须在政策有效期 ${POLICY_YEARS.first}–${POLICY_YEARS.last} 年内：${year}`, {
          field: 'year',
          reason: 'OUTSIDE_POLICY_WINDOW',
        });
      }
      const counts = await approvedByKind(ctx.prisma, year);
      const sum = (kinds: readonly HonourKind[]) => kinds.reduce((n, k) => n + counts[k], 0);
      const quotas: QuotaUse[] = [];
      for (const q of HONOUR_QUOTAS) {
        const limit = honourQuotaFor(q.kinds[0], year);
        if (!limit) continue;
        const used = sum(limit.kinds);
        quotas.push({
          id: limit.id,
          target: limit.target,
          clause: limit.clause,
          kinds: [...limit.kinds],
          quota: limit.quota,
          ceiling: limit.ceiling,
          used,
          remaining: Math.max(0, limit.ceiling - used),
          zh: limit.zh,
        });
      }
      const achieved = {
        technicalExperts: counts.TECHNICAL_EXPERT,
        chiefTechnicians: counts.CHIEF_TECHNICIAN,
        grandCraftsmen: counts.GRAND_CRAFTSMAN,
        craftsmen: counts.CRAFTSMAN + counts.HANDICRAFT_CRAFTSMAN,
      };
      const asOf = chinaToday();
      const targets = (['T13', 'T14', 'T15'] as const).map((id) => {
        const p = reportProgress(id, { year, asOf, achieved });
        return {
          id: p.id,
          clause: p.clause,
          dueDate: p.dueDate,
          status: p.status,
          zh: p.zh,
          components: p.components.map((c) => ({
            key: c.key,
            zh: c.zh,
            target: c.target,
            lower: c.lower,
            upper: c.upper,
            achieved: c.achieved,
            status: c.status,
          })),
        };
      });
      return {
        year,
        quotas,
        targets,
        approved: HONOUR_KIND.codes.map((kind) => ({ kind, count: counts[kind] })),
      };
    },
  }),
  standingMeasureKinds: t.field({
    type: [H5Measure],
    description: '可登记的政治待遇和社会地位措施（H5，五(十五)）',
    authScopes: { authenticated: true },
    resolve: () => H5_MEASURES.map((m) => ({ code: m.code, clause: m.clause, zh: m.zh })),
  }),
}));
