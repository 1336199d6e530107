import {
  checkFrontlineEducationFunds,
  checkSoeWageGrowth,
  COMPLIANCE_ACTION,
  COMPLIANCE_CHECK,
  DUTIES,
  ORGANISATION_KIND,
  POLICY_YEARS,
  RuleInputError,
  type ComplianceAction as RulesComplianceAction,
  type ComplianceCheck as RulesComplianceCheck,
  type ComplianceResult,
} from '@jining/rules';
import {
  appendAudit,
  badInput,
  connectionNames,
  ENTITY_LIST_NULLABILITY,
  enumFromVocabulary,
  groupByKey,
  filteredList,
  isUniqueViolation,
  KitError,
  organisationRef,
  requireDuty,
  z,
  entityHistory,
  type EntityHistoryLine,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { ComplianceCheck as StoredComplianceCheck } from '../generated/prisma/enums.ts';
import type { ComplianceReport as ReportRow, Prisma } from '../generated/prisma/client.ts';

/** 合规检查事项 (六, 三(八)): the rules' codes. */
export const ComplianceCheck = enumFromVocabulary(builder, COMPLIANCE_CHECK, { stored: StoredComplianceCheck });
export const ComplianceAction = enumFromVocabulary(builder, COMPLIANCE_ACTION);

const AUDIT_PREFIX = 'COMPLIANCE_';
const auditAction = (action: RulesComplianceAction) => `${AUDIT_PREFIX}${action}`;

const note = z.string().trim().max(500, '说明不超过 500 个字');

/** The figures of a report, per check: which the form must give, and the field each error lands on. */
const FIGURES = {
  FRONTLINE_EDUCATION_FUNDS: ['fundsUsedFen', 'frontlineFen'],
  E3_SOE_WAGE_GROWTH: [
    'highSkilledPreviousAvgFen',
    'highSkilledCurrentAvgFen',
    'managersPreviousAvgFen',
    'managersCurrentAvgFen',
  ],
} as const satisfies Record<RulesComplianceCheck, readonly string[]>;
type Figure = (typeof FIGURES)[RulesComplianceCheck][number];
const ALL_FIGURES = [...FIGURES.FRONTLINE_EDUCATION_FUNDS, ...FIGURES.E3_SOE_WAGE_GROWTH] as const;

/** The rules' field names (`highSkilled.previousAvgFen`) as the input's (`input.highSkilledPreviousAvgFen`). */
const RULE_FIELDS: Readonly<Record<string, Figure>> = {
  fundsUsedFen: 'fundsUsedFen',
  frontlineFen: 'frontlineFen',
  'highSkilled.previousAvgFen': 'highSkilledPreviousAvgFen',
  'highSkilled.currentAvgFen': 'highSkilledCurrentAvgFen',
  'managers.previousAvgFen': 'managersPreviousAvgFen',
  'managers.currentAvgFen': 'managersCurrentAvgFen',
};

const snapshot = (r: ReportRow) => ({
  check: r.check,
  enterpriseId: r.enterpriseId,
  year: r.year,
  ...Object.fromEntries(ALL_FIGURES.map((f) => [f, r[f] === null ? null : String(r[f])])),
  stateOwned: r.stateOwned,
  applicable: r.applicable,
  compliant: r.compliant,
  conclusion: r.conclusion,
});

type HistoryLine = EntityHistoryLine<RulesComplianceAction>;

const ComplianceHistoryLine = builder.objectRef<HistoryLine>('ComplianceReportHistoryLine').implement({
  description: '合规报告办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: ComplianceAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

export const ComplianceReport = builder.prismaObject('ComplianceReport', {
  description: '企业合规报告：职工教育经费用于一线职工比例（六）、国有企业高技能人才工资增幅（三(八)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    check: t.expose('check', { type: ComplianceCheck, description: '检查事项' }),
    enterprise: t.field({
      type: organisationRef(builder),
      description: ORGANISATION_KIND.label('ENTERPRISE'),
      resolve: (row) => ({ id: row.enterpriseId }),
    }),
    year: t.exposeInt('year', { description: '年度' }),
    fundsUsedFen: t.expose('fundsUsedFen', {
      type: 'Fen',
      nullable: true,
      description: '当年使用的职工教育经费（分）',
    }),
    frontlineFen: t.expose('frontlineFen', { type: 'Fen', nullable: true, description: '其中用于一线职工（分）' }),
    highSkilledPreviousAvgFen: t.expose('highSkilledPreviousAvgFen', {
      type: 'Fen',
      nullable: true,
      description: '高技能人才上年人均工资（分）',
    }),
    highSkilledCurrentAvgFen: t.expose('highSkilledCurrentAvgFen', {
      type: 'Fen',
      nullable: true,
      description: '高技能人才本年人均工资（分）',
    }),
    managersPreviousAvgFen: t.expose('managersPreviousAvgFen', {
      type: 'Fen',
      nullable: true,
      description: '管理人员上年人均工资（分）',
    }),
    managersCurrentAvgFen: t.expose('managersCurrentAvgFen', {
      type: 'Fen',
      nullable: true,
      description: '管理人员本年人均工资（分）',
    }),
    stateOwned: t.exposeBoolean('stateOwned', { description: '登记时人员单位库所载：国有及国有控股企业' }),
    applicable: t.exposeBoolean('applicable', {
      description: '是否适用（非国有企业不适用工资增幅检查；未使用经费不适用）',
    }),
    compliant: t.exposeBoolean('compliant', { description: '是否符合要求' }),
    conclusion: t.exposeString('conclusion', { description: '检查结论（规则包原文）' }),
    clause: t.string({ description: '条款', resolve: (row) => COMPLIANCE_CHECK.terms[row.check].clause ?? '' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    history: t.field({
      type: [ComplianceHistoryLine],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) =>
        entityHistory(ctx.prisma, 'ComplianceReport', row.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => COMPLIANCE_ACTION.has(c),
        }),
    }),
  }),
});

interface ReportFilter {
  year?: number | null;
  check?: RulesComplianceCheck | null;
  compliant?: boolean | null;
  enterpriseId?: string | number | null;
}

function reportWhere(args: ReportFilter): Prisma.ComplianceReportWhereInput {
  return {
    ...(args.year ? { year: args.year } : {}),
    ...(args.check ? { check: args.check } : {}),
    ...(args.compliant != null ? { compliant: args.compliant, applicable: true } : {}),
    ...(args.enterpriseId ? { enterpriseId: String(args.enterpriseId) } : {}),
  };
}

/** 年度合规汇总: per check, how many reports, how many comply, fall short, or are not applicable. */
const ComplianceSummary = builder
  .objectRef<{
    check: RulesComplianceCheck;
    reported: number;
    compliant: number;
    notCompliant: number;
    notApplicable: number;
  }>('ComplianceSummary')
  .implement({
    description: '年度企业合规报告汇总（每个检查事项一行）',
    fields: (t) => ({
      check: t.field({ type: ComplianceCheck, description: '检查事项', resolve: (s) => s.check }),
      reported: t.exposeInt('reported', { description: '报告数' }),
      compliant: t.exposeInt('compliant', { description: '符合要求' }),
      notCompliant: t.exposeInt('notCompliant', { description: '不符合要求' }),
      notApplicable: t.exposeInt('notApplicable', { description: '不适用' }),
    }),
  });

builder.queryFields((t) => ({
  complianceReports: t.prismaConnection(
    {
      type: ComplianceReport,
      cursor: 'id',
      description: '企业合规报告列表（年度新者在前）',
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: false, description: '按年度筛选' }),
        check: t.arg({ type: ComplianceCheck, required: false, description: '按检查事项筛选' }),
        compliant: t.arg.boolean({ required: false, description: '按是否符合要求筛选（不适用的报告不在其中）' }),
        enterpriseId: t.arg.id({ required: false, description: '按企业筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.complianceReport, reportWhere, [
        { year: 'desc' },
        { createdAt: 'desc' },
        { id: 'asc' },
      ]),
    },
    ...connectionNames('ComplianceReport'),
  ),
  complianceReport: t.prismaField({
    type: ComplianceReport,
    nullable: true,
    description: '按 id 查询企业合规报告',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.complianceReport.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  complianceSummary: t.field({
    type: [ComplianceSummary],
    description: '年度企业合规报告汇总',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, description: '年度' }) },
    resolve: async (_root, { year }, ctx) => {
      const rows = await ctx.prisma.complianceReport.groupBy({
        by: ['check', 'applicable', 'compliant'],
        where: { year },
        _count: { _all: true },
      });
      return COMPLIANCE_CHECK.codes.map((check) => {
        const of = (f: (r: (typeof rows)[number]) => boolean) =>
          rows.filter((r) => r.check === check && f(r)).reduce((n, r) => n + r._count._all, 0);
        return {
          check,
          reported: of(() => true),
          compliant: of((r) => r.applicable && r.compliant),
          notCompliant: of((r) => r.applicable && !r.compliant),
          notApplicable: of((r) => !r.applicable),
        };
      });
    },
  }),
}));

builder.objectField(organisationRef(builder), 'complianceReports', (t) =>
  t.loadableList({
    type: ComplianceReport,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '企业合规报告（六、三(八)），年度新者在前',
    resolve: (org) => org.id,
    // One statement for every organisation of a request, not one per organisation.
    load: async (ids: string[], ctx) =>
      groupByKey(
        ids,
        await ctx.prisma.complianceReport.findMany({
          where: { enterpriseId: { in: ids } },
          orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
        }),
        (row) => row.enterpriseId,
      ),
  }),
);

const ReportComplianceInput = builder.inputType('ReportComplianceInput', {
  description: '登记企业年度合规报告（金额以分计）',
  fields: (t) => ({
    check: t.field({ type: ComplianceCheck, required: true, description: '检查事项' }),
    enterpriseId: t.id({ required: true, description: '企业 Organisation.id' }),
    year: t.int({ required: true, description: '年度（政策施行期内）' }),
    fundsUsedFen: t.field({ type: 'Fen', required: false, description: '当年使用的职工教育经费（分；六）' }),
    frontlineFen: t.field({ type: 'Fen', required: false, description: '其中用于一线职工（分；六）' }),
    highSkilledPreviousAvgFen: t.field({ type: 'Fen', required: false, description: '高技能人才上年人均工资（分）' }),
    highSkilledCurrentAvgFen: t.field({ type: 'Fen', required: false, description: '高技能人才本年人均工资（分）' }),
    managersPreviousAvgFen: t.field({ type: 'Fen', required: false, description: '管理人员上年人均工资（分）' }),
    managersCurrentAvgFen: t.field({ type: 'Fen', required: false, description: '管理人员本年人均工资（分）' }),
    correction: t.boolean({
      required: false,
      defaultValue: false,
      description: '更正已登记的同年同事项报告（须填写说明）',
    }),
    note: t.string({ required: false, description: '说明（更正时必填）', validate: note }),
  }),
});

const required = (field: Figure) =>
  badInput('请填写此项金额', {
    field: `input.${field}`,
    reason: 'VALIDATION_FAILED',
    messageEn: `${field} is required`,
  });

/** The rules' verdict on the figures; a figure the rules refuse lands on its own field. */
function assessReport(
  check: RulesComplianceCheck,
  year: number,
  stateOwned: boolean,
  figures: Record<Figure, bigint | null | undefined>,
): ComplianceResult {
  for (const f of FIGURES[check]) if (figures[f] == null) throw required(f);
  const n = (f: Figure) => Number(figures[f]!);
  try {
    return check === 'FRONTLINE_EDUCATION_FUNDS'
      ? checkFrontlineEducationFunds({ year, fundsUsedFen: n('fundsUsedFen'), frontlineFen: n('frontlineFen') })
      : checkSoeWageGrowth({
          year,
          stateOwnedOrControlled: stateOwned,
          highSkilled: { previousAvgFen: n('highSkilledPreviousAvgFen'), currentAvgFen: n('highSkilledCurrentAvgFen') },
          managers: { previousAvgFen: n('managersPreviousAvgFen'), currentAvgFen: n('managersCurrentAvgFen') },
        });
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    const field = RULE_FIELDS[error.field] ?? error.field;
    // The rules name a figure by its key ("highSkilled.previousAvgFen 应大于０…"): staff read the form's words.
    const message = error.field.includes('previousAvgFen') ? '上年人均工资应大于０，否则无法计算增幅' : error.message;
    throw badInput(message, { field: `input.${field}`, reason: error.code, messageEn: error.messageEn });
  }
}

builder.mutationFields((t) => ({
  reportCompliance: t.field({
    type: ComplianceReport,
    description:
      '登记企业年度合规报告并按规则包检查：职工教育经费用于一线职工比例（六）、国有企业高技能人才工资增幅（三(八)）；' +
      '同年同事项已登记的，须以“更正”办理',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ReportComplianceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const check = input.check as RulesComplianceCheck;
      requireDuty(ctx.principal, DUTIES.COMPLIANCE, check);
      const year = input.year;
      if (!Number.isInteger(year) || year < POLICY_YEARS.first || year > POLICY_YEARS.last) {
        throw badInput(`年度应在政策施行期内（${POLICY_YEARS.first}—${POLICY_YEARS.last}年）`, {
          field: 'input.year',
          reason: 'YEAR_OUTSIDE_POLICY_WINDOW',
        });
      }
      const enterpriseId = String(input.enterpriseId).trim();
      // Figures of the other check are not part of this report: refused rather than silently dropped.
      const foreign = ALL_FIGURES.find((f) => input[f] != null && !(FIGURES[check] as readonly string[]).includes(f));
      if (foreign) {
        throw badInput(`此项不属于“${COMPLIANCE_CHECK.label(check)}”报告`, {
          field: `input.${foreign}`,
          reason: 'FIGURE_NOT_OF_THIS_CHECK',
        });
      }
      const noteText = input.note?.trim() || null;
      if (input.correction && !noteText) {
        throw badInput('更正报告须说明理由', { field: 'input.note', reason: 'VALIDATION_FAILED' });
      }
      const figures = Object.fromEntries(ALL_FIGURES.map((f) => [f, input[f] ?? null])) as Record<
        Figure,
        bigint | null
      >;
      // Check the figures before asking the directory: a bad form is answered without a round trip.
      assessReport(check, year, true, figures);
      const [profile] = await ctx.references.organisationProfiles([enterpriseId]);
      if (!profile) {
        throw badInput(`人员单位库中没有此单位（${enterpriseId.slice(0, 40)}）`, {
          field: 'input.enterpriseId',
          reason: 'ORGANISATION_NOT_FOUND',
        });
      }
      if (profile.kind !== 'ENTERPRISE') {
        throw badInput(`${profile.name}不是企业，合规报告由企业填报`, {
          field: 'input.enterpriseId',
          reason: 'NOT_AN_ENTERPRISE',
        });
      }
      const result = assessReport(check, year, profile.stateOwned, figures);
      const data = {
        ...figures,
        stateOwned: profile.stateOwned,
        applicable: result.applicable,
        compliant: result.compliant,
        conclusion: result.zh,
        recordedBy: ctx.principal.accountId,
      };
      try {
        return await ctx.prisma.$transaction(async (tx) => {
          const key = { check_enterpriseId_year: { check, enterpriseId, year } };
          const existing = await tx.complianceReport.findUnique({ where: key });
          if (existing && !input.correction) {
            throw new KitError('CONFLICT', `${profile.name}${year}年的此项报告已登记；如需修改请以“更正”办理`, {
              field: 'input.year',
              reason: 'REPORT_ALREADY_RECORDED',
              messageEn: 'This report is already recorded; correct it instead',
            });
          }
          if (!existing && input.correction) {
            throw new KitError('NOT_FOUND', '没有可更正的报告：该企业该年度尚未登记此项', {
              field: 'input.year',
              reason: 'REPORT_NOT_FOUND',
            });
          }
          const row = existing
            ? await tx.complianceReport.update({ where: { id: existing.id }, data })
            : await tx.complianceReport.create({ data: { check, enterpriseId, year, ...data } });
          await appendAudit(tx, ctx, {
            action: auditAction(existing ? 'CORRECT' : 'REPORT'),
            entityType: 'ComplianceReport',
            entityId: row.id,
            reason: noteText,
            before: existing ? snapshot(existing) : null,
            after: snapshot(row),
          });
          return row;
        });
      } catch (error) {
        // Two first reports of one enterprise, check and year at once: the unique index keeps one.
        if (isUniqueViolation(error)) {
          throw new KitError('CONFLICT', `${profile.name}${year}年的此项报告已登记`, {
            field: 'input.year',
            reason: 'REPORT_ALREADY_RECORDED',
          });
        }
        throw error;
      }
    },
  }),
}));
