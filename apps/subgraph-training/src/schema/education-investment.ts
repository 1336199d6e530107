import {
  DUTIES,
  EDUCATION_INVESTMENT_ACTION,
  ORGANISATION_KIND,
  POLICY_YEARS,
  type EducationInvestmentAction as RulesAction,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  connectionNames,
  ENTITY_LIST_NULLABILITY,
  entityHistory,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  groupByKey,
  isUniqueViolation,
  KitError,
  lockRowById,
  organisationRef,
  requireDuty,
  toIsoDate,
  z,
  type EducationInvestmentCorrectedV1,
  type EducationInvestmentRecordedV1,
  type EntityHistoryLine,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { trainingToday } from '../domain/settings.ts';
import type { EducationInvestment as Row, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { notFuture, requireId } from './inputs.ts';

/**
 * 二(四) R4: a pilot industry-education-integration enterprise's (产教融合型企业) tax year, as HRSS (the item's lead,
 * DUTIES.EDUCATION_INVESTMENT) records it: the pilot status with its listing document, the investment in vocational
 * education and the education surcharges due. One per enterprise and year; a correction rewrites it with a reason
 * and the audit trail keeps each version (its history). Recording and correcting send the whole record to finance
 * (EDUCATION_INVESTMENT_RECORDED / _CORRECTED) through the outbox, in the same transaction; finance's ledger works
 * out the credit and carries what is unused forward.
 */

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

export const EducationInvestmentAction = enumFromVocabulary(builder, EDUCATION_INVESTMENT_ACTION);

const AUDIT_PREFIX = 'EDUCATION_INVESTMENT_';
const auditAction = (action: RulesAction) => `${AUDIT_PREFIX}${action}`;
const ENTITY = 'EducationInvestment';

const documentNo = z.string().trim().max(100, '文号不超过 100 个字');
const reason = z.string().trim().min(2, '更正理由不少于 2 个字').max(500, '更正理由不超过 500 个字');

const snapshot = (r: Row) => ({
  enterpriseId: r.enterpriseId,
  taxYear: r.taxYear,
  pilotEnterprise: r.pilotEnterprise,
  documentNo: r.documentNo,
  documentDate: r.documentDate ? toIsoDate(r.documentDate) : null,
  investmentFen: String(r.investmentFen),
  surchargeDueFen: String(r.surchargeDueFen),
});

type HistoryLine = EntityHistoryLine<RulesAction>;

const HistoryLineRef = builder.objectRef<HistoryLine>('EducationInvestmentHistoryLine').implement({
  description: '产教融合投资登记办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: EducationInvestmentAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明（更正理由）' }),
    before: t.string({
      nullable: true,
      description: '办理前的登记内容（JSON）',
      resolve: (h) => (h.before == null ? null : JSON.stringify(h.before)),
    }),
    after: t.string({
      nullable: true,
      description: '办理后的登记内容（JSON）',
      resolve: (h) => (h.after == null ? null : JSON.stringify(h.after)),
    }),
  }),
});

export const EducationInvestment = builder.prismaObject('EducationInvestment', {
  description: '产教融合型企业兴办职业教育投资（二(四)，R4）：企业一个纳税年度的试点状态、投资额和应缴教育费附加',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.field({
      type: organisationRef(builder),
      description: ORGANISATION_KIND.label('ENTERPRISE'),
      resolve: (row) => ({ id: row.enterpriseId }),
    }),
    taxYear: t.exposeInt('taxYear', { description: '纳税年度' }),
    pilotEnterprise: t.exposeBoolean('pilotEnterprise', {
      description: '纳入产教融合型企业建设培育范围的试点企业',
    }),
    documentNo: t.exposeString('documentNo', { nullable: true, description: '纳入培育范围的文件文号' }),
    documentDate: t.expose('documentDate', { type: 'Date', nullable: true, description: '纳入培育范围的文件日期' }),
    investmentFen: t.expose('investmentFen', { type: 'Fen', description: '兴办职业教育的投资额（分）' }),
    surchargeDueFen: t.expose('surchargeDueFen', {
      type: 'Fen',
      description: '当年应缴教育费附加和地方教育附加（分）',
    }),
    clause: t.string({ description: '条款', resolve: () => '二(四)' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    updatedAt: t.string({ description: '最后办理时间（ISO 8601）', resolve: (r) => r.updatedAt.toISOString() }),
    history: t.field({
      type: [HistoryLineRef],
      description: '办理记录（按时间先后，取自审计日志；更正前后的内容都在其中）',
      resolve: (row, _args, ctx) =>
        entityHistory(ctx.prisma, ENTITY, row.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => EDUCATION_INVESTMENT_ACTION.has(c),
        }),
    }),
  }),
});

interface Filter {
  taxYear?: number | null;
  pilotEnterprise?: boolean | null;
  enterpriseId?: string | number | null;
}

const where = (args: Filter): Prisma.EducationInvestmentWhereInput => ({
  ...(args.taxYear ? { taxYear: args.taxYear } : {}),
  ...(args.pilotEnterprise != null ? { pilotEnterprise: args.pilotEnterprise } : {}),
  ...(args.enterpriseId ? { enterpriseId: String(args.enterpriseId) } : {}),
});

builder.queryFields((t) => ({
  educationInvestments: t.prismaConnection(
    {
      type: EducationInvestment,
      cursor: 'id',
      description: '产教融合型企业投资登记列表（纳税年度新者在前）',
      authScopes: { authenticated: true },
      args: {
        taxYear: t.arg.int({ required: false, description: '按纳税年度筛选' }),
        pilotEnterprise: t.arg.boolean({ required: false, description: '按是否试点企业筛选' }),
        enterpriseId: t.arg.id({ required: false, description: '按企业筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.educationInvestment, where, [
        { taxYear: 'desc' },
        { createdAt: 'desc' },
        { id: 'asc' },
      ]),
    },
    ...connectionNames('EducationInvestment'),
  ),
  educationInvestment: t.prismaField({
    type: EducationInvestment,
    nullable: true,
    description: '按 id 查询产教融合型企业投资登记',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.educationInvestment.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

builder.objectField(organisationRef(builder), 'educationInvestments', (t) =>
  t.loadableList({
    type: EducationInvestment,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '产教融合型企业投资登记（二(四)），纳税年度新者在前',
    resolve: (org) => org.id,
    load: async (ids: string[], ctx) =>
      groupByKey(
        ids,
        await ctx.prisma.educationInvestment.findMany({
          where: { enterpriseId: { in: ids } },
          orderBy: [{ taxYear: 'desc' }],
        }),
        (row) => row.enterpriseId,
      ),
  }),
);

// ——— inputs ———

const FIGURES = {
  pilotEnterprise: '纳入产教融合型企业建设培育范围的试点企业',
  documentNo: '纳入培育范围的文件文号（试点企业必填）',
  documentDate: '纳入培育范围的文件日期（试点企业必填，不得晚于今天）',
  investmentFen: '兴办职业教育的投资额（分）',
  surchargeDueFen: '当年应缴教育费附加和地方教育附加（分）',
} as const;

const RecordInput = builder.inputType('RecordEducationInvestmentInput', {
  description: '登记产教融合型企业一个纳税年度的职业教育投资（金额以分计）',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: '企业 Organisation.id' }),
    taxYear: t.int({ required: true, description: '纳税年度（政策施行期内，不晚于今年）' }),
    pilotEnterprise: t.boolean({ required: true, description: FIGURES.pilotEnterprise }),
    documentNo: t.string({ required: false, description: FIGURES.documentNo, validate: documentNo }),
    documentDate: t.field({ type: 'Date', required: false, description: FIGURES.documentDate }),
    investmentFen: t.field({ type: 'Fen', required: true, description: FIGURES.investmentFen }),
    surchargeDueFen: t.field({ type: 'Fen', required: true, description: FIGURES.surchargeDueFen }),
  }),
});

const CorrectInput = builder.inputType('CorrectEducationInvestmentInput', {
  description: '更正产教融合型企业投资登记（企业和纳税年度不变；须说明理由，原内容保留在办理记录中）',
  fields: (t) => ({
    id: t.id({ required: true, description: 'EducationInvestment.id' }),
    pilotEnterprise: t.boolean({ required: true, description: FIGURES.pilotEnterprise }),
    documentNo: t.string({ required: false, description: FIGURES.documentNo, validate: documentNo }),
    documentDate: t.field({ type: 'Date', required: false, description: FIGURES.documentDate }),
    investmentFen: t.field({ type: 'Fen', required: true, description: FIGURES.investmentFen }),
    surchargeDueFen: t.field({ type: 'Fen', required: true, description: FIGURES.surchargeDueFen }),
    reason: t.string({ required: true, description: '更正理由', validate: reason }),
  }),
});

interface Figures {
  pilotEnterprise: boolean;
  documentNo?: string | null;
  documentDate?: Date | null;
  investmentFen: bigint;
  surchargeDueFen: bigint;
}

/** The figures checked, each error on its field; what is stored. */
function checkFigures(input: Figures, today: string) {
  for (const field of ['investmentFen', 'surchargeDueFen'] as const) {
    if (input[field] < 0n) {
      throw badInput('金额不能为负数', { field: `input.${field}`, reason: 'NEGATIVE_AMOUNT' });
    }
  }
  const docNo = input.documentNo?.trim() || null;
  if (input.pilotEnterprise) {
    if (!docNo || docNo.length < 2) {
      throw badInput('试点企业须填写纳入产教融合型企业建设培育范围的文件文号', {
        field: 'input.documentNo',
        reason: 'DOCUMENT_REQUIRED',
      });
    }
    if (!input.documentDate) {
      throw badInput('试点企业须填写纳入培育范围的文件日期', {
        field: 'input.documentDate',
        reason: 'DOCUMENT_REQUIRED',
      });
    }
    notFuture(input.documentDate, 'input.documentDate', '文件日期', today);
  } else if (docNo || input.documentDate) {
    throw badInput('非试点企业没有纳入培育范围的文件：请勿填写文号和日期', {
      field: docNo ? 'input.documentNo' : 'input.documentDate',
      reason: 'DOCUMENT_NOT_OF_NON_PILOT',
    });
  }
  return {
    pilotEnterprise: input.pilotEnterprise,
    documentNo: input.pilotEnterprise ? docNo : null,
    documentDate: input.pilotEnterprise ? (input.documentDate ?? null) : null,
    investmentFen: input.investmentFen,
    surchargeDueFen: input.surchargeDueFen,
  };
}

function checkTaxYear(year: number, today: string) {
  const thisYear = Number(today.slice(0, 4));
  const last = Math.min(POLICY_YEARS.last, thisYear);
  if (!Number.isInteger(year) || year < POLICY_YEARS.first || year > last) {
    throw badInput(`纳税年度应在政策施行期内且不晚于今年（${POLICY_YEARS.first}—${last}年）`, {
      field: 'input.taxYear',
      reason: 'YEAR_OUTSIDE_POLICY_WINDOW',
    });
  }
}

/** The record as the fact finance reads (amounts inside the JSON safe range: the Fen scalar guarantees it). */
function payloadOf(row: Row): EducationInvestmentRecordedV1 {
  return {
    recordId: row.id,
    enterpriseId: row.enterpriseId,
    taxYear: row.taxYear,
    pilotEnterprise: row.pilotEnterprise,
    documentNo: row.documentNo,
    documentDate: row.documentDate ? toIsoDate(row.documentDate) : null,
    investmentFen: Number(row.investmentFen),
    surchargeDueFen: Number(row.surchargeDueFen),
  };
}

async function emit(tx: Tx, row: Row, why: string | null) {
  const base = payloadOf(row);
  const kind = why ? 'EDUCATION_INVESTMENT_CORRECTED' : 'EDUCATION_INVESTMENT_RECORDED';
  const payload: EducationInvestmentRecordedV1 | EducationInvestmentCorrectedV1 = why ? { ...base, reason: why } : base;
  await appendFact(tx, {
    kind,
    version: FACT_EVENT_KINDS[kind].version,
    subjectId: row.id,
    occurredOn: `${row.taxYear}-01-01`,
    payload: { ...payload },
  });
}

const alreadyRecorded = (name: string, year: number) =>
  new KitError('CONFLICT', `${name}${year}年度的投资已登记；如需修改请以“更正”办理`, {
    field: 'input.taxYear',
    reason: 'EDUCATION_INVESTMENT_ALREADY_RECORDED',
    messageEn: 'This enterprise’s tax year is already recorded; correct it instead',
  });

async function enterpriseProfile(ctx: Ctx, enterpriseId: string) {
  const [profile] = await ctx.references.organisationProfiles([enterpriseId]);
  if (!profile) {
    throw badInput(`人员单位库中没有此单位（${enterpriseId.slice(0, 40)}）`, {
      field: 'input.enterpriseId',
      reason: 'ORGANISATION_NOT_FOUND',
    });
  }
  if (profile.kind !== 'ENTERPRISE') {
    throw badInput(`${profile.name}不是企业：产教融合型企业投资只登记企业`, {
      field: 'input.enterpriseId',
      reason: 'NOT_AN_ENTERPRISE',
    });
  }
  return profile;
}

builder.mutationFields((t) => ({
  recordEducationInvestment: t.prismaField({
    type: EducationInvestment,
    description:
      '登记产教融合型企业一个纳税年度的职业教育投资和应缴教育费附加（二(四)）；同一企业同一年度只登记一次，' +
      '修改以“更正”办理。登记即通知财政，由财政按规则计算抵免额并结转',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.EDUCATION_INVESTMENT, 'INVESTMENT_RECORD');
      const today = trainingToday();
      const enterpriseId = requireId(input.enterpriseId, 'input.enterpriseId');
      checkTaxYear(input.taxYear, today);
      const figures = checkFigures(input, today);
      const profile = await enterpriseProfile(ctx, enterpriseId);
      try {
        const id = await ctx.prisma.$transaction(async (tx) => {
          const existing = await tx.educationInvestment.findUnique({
            where: { enterpriseId_taxYear: { enterpriseId, taxYear: input.taxYear } },
          });
          if (existing) throw alreadyRecorded(profile.name, input.taxYear);
          const row = await tx.educationInvestment.create({
            data: { enterpriseId, taxYear: input.taxYear, ...figures, recordedBy: ctx.principal.accountId },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('RECORD'),
            entityType: ENTITY,
            entityId: row.id,
            before: null,
            after: snapshot(row),
          });
          await emit(tx, row, null);
          return row.id;
        });
        return ctx.prisma.educationInvestment.findUniqueOrThrow({ ...query, where: { id } });
      } catch (error) {
        // Two first records of one enterprise and year at once: the unique key keeps one.
        if (isUniqueViolation(error)) throw alreadyRecorded(profile.name, input.taxYear);
        throw error;
      }
    },
  }),
  correctEducationInvestment: t.prismaField({
    type: EducationInvestment,
    description:
      '更正产教融合型企业投资登记（须说明理由，原内容留在办理记录中）；财政据此重算该年度及以后年度的抵免和结转',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CorrectInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.EDUCATION_INVESTMENT, 'INVESTMENT_RECORD');
      const today = trainingToday();
      const id = requireId(input.id, 'input.id');
      const why = input.reason.trim();
      const figures = checkFigures(input, today);
      await ctx.prisma.$transaction(async (tx) => {
        await lockRowById(tx, 'education_investment', id, () =>
          badInput('没有此投资登记', { field: 'input.id', reason: 'EDUCATION_INVESTMENT_NOT_FOUND' }),
        );
        const before = await tx.educationInvestment.findUniqueOrThrow({ where: { id } });
        const same =
          before.pilotEnterprise === figures.pilotEnterprise &&
          before.documentNo === figures.documentNo &&
          (before.documentDate ? toIsoDate(before.documentDate) : null) ===
            (figures.documentDate ? toIsoDate(figures.documentDate) : null) &&
          before.investmentFen === figures.investmentFen &&
          before.surchargeDueFen === figures.surchargeDueFen;
        // Twenty identical corrections at once: the first changes the record, the rest find nothing to change.
        if (same) {
          throw badInput('更正内容与现登记相同，无需更正', { field: 'input', reason: 'NOTHING_TO_CORRECT' });
        }
        const after = await tx.educationInvestment.update({
          where: { id },
          data: { ...figures, recordedBy: ctx.principal.accountId },
        });
        await appendAudit(tx, ctx, {
          action: auditAction('CORRECT'),
          entityType: ENTITY,
          entityId: id,
          reason: why,
          before: snapshot(before),
          after: snapshot(after),
        });
        await emit(tx, after, why);
      });
      return ctx.prisma.educationInvestment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
