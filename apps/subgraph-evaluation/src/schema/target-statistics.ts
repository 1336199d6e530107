import {
  countyLabel,
  DUTIES,
  isCountyCode,
  QUALITATIVE_STATUS,
  TARGETS,
  TARGET_IDS,
  type TargetId,
} from '@jining/rules';
import {
  appendAudit,
  assertPolicyYear,
  badInput,
  chinaToday,
  enumFromVocabulary,
  requireDuty,
  requireNotFuture,
  toIsoDate,
  z,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

/**
 * What HRSS records for the targets the platform cannot count (一, DUTY_TARGETS_HRSS): the employed population behind
 * T1 (a published statistic, dated and sourced, per year for the city or a county) and its assessment of the
 * qualitative T3. Both are kept as history — a correction is a new row, the latest one counts — and audited.
 */

export const QualitativeStatus = enumFromVocabulary(builder, QUALITATIVE_STATUS);

const MAX_EMPLOYED = 100_000_000;

const yearInWindow = (year: number) => assertPolicyYear(year, 'input.year');

export const EmployedPopulation = builder.prismaObject('EmployedPopulation', {
  description: '就业人员数（T1 的分母）：市人社局按年度登记的统计数据，注明来源和发布日期',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year', { description: '年度' }),
    countyCode: t.string({
      nullable: true,
      description: '县（市、区）代码；全市为空',
      resolve: (row) => row.countyCode || null,
    }),
    place: t.string({
      description: '统计范围：全市或县（市、区）名称',
      resolve: (row) => (row.countyCode && isCountyCode(row.countyCode) ? countyLabel(row.countyCode) : '全市'),
    }),
    value: t.exposeInt('value', { description: '就业人员数（人）' }),
    source: t.exposeString('source', { description: '数据来源，如统计公报' }),
    publishedOn: t.expose('publishedOn', { type: 'Date', description: '发布日期' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人' }),
    recordedAt: t.string({ description: '登记时间（ISO 8601）', resolve: (row) => row.recordedAt.toISOString() }),
  }),
});

const RecordEmployedPopulationInput = builder.inputType('RecordEmployedPopulationInput', {
  description: '登记年度就业人员数（统计数据）',
  fields: (t) => ({
    year: t.int({ required: true, description: '年度（政策施行期内）' }),
    countyCode: t.string({ required: false, description: '县（市、区）代码；不填为全市' }),
    value: t.int({ required: true, description: '就业人员数（人，正整数）' }),
    source: t.string({
      required: true,
      description: '数据来源，如：济宁市2025年国民经济和社会发展统计公报',
      validate: z.string().trim().min(2, '数据来源不能为空').max(100, '数据来源不超过 100 个字'),
    }),
    publishedOn: t.field({ type: 'Date', required: true, description: '发布日期（不能晚于今天）' }),
  }),
});

const AssessTargetInput = builder.inputType('AssessTargetInput', {
  description: '登记定性目标（T3）的评估结论',
  fields: (t) => ({
    targetId: t.string({ required: true, description: '目标编号（定性目标，如 T3）' }),
    year: t.int({ required: true, description: '年度（政策施行期内）' }),
    status: t.field({ type: QualitativeStatus, required: true, description: '评估结论' }),
    note: t.string({
      required: true,
      description: '评估说明（依据、主要进展）',
      validate: z.string().trim().min(2, '评估说明不能为空').max(1000, '评估说明不超过 1000 个字'),
    }),
  }),
});

builder.queryFields((t) => ({
  employedPopulations: t.prismaField({
    type: [EmployedPopulation],
    description: '已登记的就业人员数（T1 的分母），含历次更正，最新登记在前',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: false, description: '年度；不填为全部' }) },
    resolve: (query, _root, { year }, ctx) =>
      ctx.prisma.employedPopulation.findMany({
        ...query,
        where: year == null ? {} : { year },
        orderBy: [{ year: 'desc' }, { countyCode: 'asc' }, { recordedAt: 'desc' }],
        take: 500,
      }),
  }),
}));

builder.mutationFields((t) => ({
  recordEmployedPopulation: t.prismaField({
    type: EmployedPopulation,
    description:
      '登记年度就业人员数（全市或某县，统计公报等公布的数据，T1 技能人才占比的分母）；更正即再登记一次，以最新为准',
    authScopes: { permission: 'evaluation:manage' },
    args: { input: t.arg({ type: RecordEmployedPopulationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.TARGET, 'EMPLOYED_POPULATION');
      const year = yearInWindow(input.year);
      const countyCode = input.countyCode?.trim() ?? '';
      if (countyCode && !isCountyCode(countyCode)) {
        throw badInput(`没有此县（市、区）：${countyCode.slice(0, 20)}`, {
          field: 'input.countyCode',
          reason: 'UNKNOWN_COUNTY',
          messageEn: `No such county: ${countyCode.slice(0, 20)}`,
        });
      }
      if (!Number.isSafeInteger(input.value) || input.value <= 0 || input.value > MAX_EMPLOYED) {
        throw badInput(`就业人员数应为 1 至 ${MAX_EMPLOYED} 之间的整数：${input.value}`, {
          field: 'input.value',
          reason: 'INVALID_NUMBER',
          messageEn: `The employed population must be an integer from 1 to ${MAX_EMPLOYED}`,
        });
      }
      requireNotFuture(input.publishedOn, 'input.publishedOn', '发布日期', 'FUTURE_DATE');
      const source = input.source.trim();
      // The same figure sent twice (a double click, a retried request) is recorded once.
      const latest = await ctx.prisma.employedPopulation.findFirst({
        where: { year, countyCode },
        orderBy: { recordedAt: 'desc' },
      });
      if (
        latest &&
        latest.value === input.value &&
        latest.source === source &&
        toIsoDate(latest.publishedOn) === toIsoDate(input.publishedOn)
      ) {
        return ctx.prisma.employedPopulation.findUniqueOrThrow({ ...query, where: { id: latest.id } });
      }
      const created = await ctx.prisma.$transaction(async (tx) => {
        const row = await tx.employedPopulation.create({
          data: {
            year,
            countyCode,
            value: input.value,
            source,
            publishedOn: input.publishedOn,
            recordedBy: ctx.principal.displayName,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'RECORD_EMPLOYED_POPULATION',
          entityType: 'EmployedPopulation',
          entityId: row.id,
          before: latest
            ? { value: latest.value, source: latest.source, publishedOn: toIsoDate(latest.publishedOn) }
            : null,
          after: {
            year,
            countyCode: countyCode || null,
            value: row.value,
            source,
            publishedOn: toIsoDate(row.publishedOn),
          },
        });
        return row;
      });
      return ctx.prisma.employedPopulation.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  assessTarget: t.field({
    type: 'Boolean',
    description: '登记定性目标（T3）的年度评估结论和说明；以最新一次为准，历次留存并记入审计日志',
    authScopes: { permission: 'evaluation:manage' },
    args: { input: t.arg({ type: AssessTargetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.TARGET, 'QUALITATIVE_ASSESSMENT');
      const targetId = input.targetId.trim();
      const known = (TARGET_IDS as readonly string[]).includes(targetId);
      if (!known || TARGETS[targetId as TargetId].components.length > 0) {
        throw badInput(`只能评估定性目标：${targetId.slice(0, 10)}`, {
          field: 'input.targetId',
          reason: 'NOT_A_QUALITATIVE_TARGET',
          messageEn: `Only a qualitative target is assessed: ${targetId.slice(0, 10)}`,
        });
      }
      const year = yearInWindow(input.year);
      const note = input.note.trim();
      const latest = await ctx.prisma.targetAssessment.findFirst({
        where: { targetId, year },
        orderBy: { recordedAt: 'desc' },
      });
      // A repeated submission of the standing already recorded writes nothing.
      if (latest && latest.status === input.status && latest.note === note) return true;
      await ctx.prisma.$transaction(async (tx) => {
        const row = await tx.targetAssessment.create({
          data: {
            targetId,
            year,
            status: input.status,
            note,
            assessedOn: new Date(`${chinaToday()}T00:00:00Z`),
            assessedBy: ctx.principal.displayName,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'ASSESS_TARGET',
          entityType: 'TargetAssessment',
          entityId: row.id,
          before: latest ? { status: latest.status, note: latest.note } : null,
          after: { targetId, year, status: row.status, note },
        });
      });
      return true;
    },
  }),
}));
