import {
  APPRENTICESHIP_ACTION,
  APPRENTICESHIP_STATUS,
  APPRENTICESHIP_YEAR_STATUS,
  countyLabel,
  DUTIES,
  isCountyCode,
  type ApprenticeshipAction as RulesAction,
  type ApprenticeshipStatus as RulesStatus,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  connectionNames,
  countyRef,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  isUniqueViolation,
  KitError,
  lockRowById,
  organisationRef,
  parseIsoDate,
  personRef,
  requireDuty,
  toIsoDate,
  z,
  type ApprenticeshipRevokedV1,
  type ApprenticeshipYearCompletedV1,
  type SubgraphContext,
  entityHistory,
  type EntityHistoryLine,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { clean, requireId } from './inputs.ts';
import {
  checkAgreementDates,
  checkConfirmer,
  checkOwnCounty,
  checkYearNumber,
  liveAgreementKey,
  maxApprenticeshipYears,
  noRate,
  yuan,
} from '../domain/apprenticeship.ts';
import { trainingToday } from '../domain/settings.ts';
import {
  ApprenticeshipStatus as StoredStatus,
  ApprenticeshipYearStatus as StoredYearStatus,
} from '../generated/prisma/enums.ts';
import type {
  Apprenticeship as AgreementRow,
  ApprenticeshipYear as YearRow,
  Prisma,
  PrismaClient,
} from '../generated/prisma/client.ts';
import { lockCountyRates, rateInForce } from './apprenticeship-rate.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

export const ApprenticeshipStatus = enumFromVocabulary(builder, APPRENTICESHIP_STATUS, { stored: StoredStatus });
export const ApprenticeshipYearStatus = enumFromVocabulary(builder, APPRENTICESHIP_YEAR_STATUS, {
  stored: StoredYearStatus,
});
export const ApprenticeshipAction = enumFromVocabulary(builder, APPRENTICESHIP_ACTION);

/** The audit trail's action for a step (APPRENTICESHIP_RECORD_AGREEMENT …): the agreement's history reads it back. */
const AUDIT_PREFIX = 'APPRENTICESHIP_';
const auditAction = (action: RulesAction) => `${AUDIT_PREFIX}${action}`;

const evidence = z.string().trim().min(2, '培训完成证明不能少于 2 个字').max(500, '培训完成证明不超过 500 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');
const trade = z.string().trim().min(2, '培训工种不能少于 2 个字').max(50, '培训工种不超过 50 个字');

const snapshot = (a: AgreementRow) => ({
  status: a.status,
  enterpriseId: a.enterpriseId,
  apprenticeId: a.apprenticeId,
  collegeId: a.collegeId,
  countyCode: a.countyCode,
  trade: a.trade,
  startedOn: toIsoDate(a.startedOn),
  endsOn: toIsoDate(a.endsOn),
  newType: a.newType,
  statusReason: a.statusReason,
});

const ALREADY_RECORDED = new KitError('CONFLICT', '该学徒与本企业的培训协议已登记，不能重复登记', {
  field: 'input.apprenticeId',
  reason: 'AGREEMENT_ALREADY_RECORDED',
  messageEn: 'This apprentice’s agreement with this enterprise is already recorded',
});

const yearTaken = (n: number) =>
  new KitError('CONFLICT', `第 ${n} 个培训年度已登记`, {
    field: 'input.yearNumber',
    reason: 'YEAR_ALREADY_RECORDED',
    messageEn: `Year ${n} is already recorded`,
  });

/**
 * A step on an existing agreement in one transaction: lock its row (concurrent steps queue here and the later ones
 * see what the first wrote), check the duty, the county (a county account only for its own county's enterprises) and
 * that it is in force, then the step's own writes and one audit record. A refusal writes nothing.
 */
async function onAgreement(
  ctx: Ctx,
  rawId: string | number,
  field: string,
  run: (
    tx: Tx,
    row: AgreementRow,
    today: string,
  ) => Promise<{ action: string; after: AgreementRow; note: string | null }>,
): Promise<string> {
  const id = requireId(rawId, field);
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'apprenticeship',
        id,
        () => new KitError('NOT_FOUND', '学徒培训协议不存在', { field, reason: 'APPRENTICESHIP_NOT_FOUND' }),
      );
      const row = await tx.apprenticeship.findUniqueOrThrow({ where: { id } });
      requireDuty(ctx.principal, DUTIES.APPRENTICESHIP, 'AGREEMENT');
      checkOwnCounty(ctx.principal, row.countyCode, field, '学徒培训协议');
      if (row.status !== 'ACTIVE') {
        throw new KitError('CONFLICT', `该学徒培训协议${APPRENTICESHIP_STATUS.label(row.status)}，不能再办理`, {
          field,
          reason: 'WRONG_STATUS',
          messageEn: `The agreement is ${row.status}`,
        });
      }
      const done = await run(tx, row, today);
      await appendAudit(tx, ctx, {
        action: done.action,
        entityType: 'Apprenticeship',
        entityId: id,
        reason: done.note,
        before: snapshot(row),
        after: snapshot(done.after),
      });
    },
    // Twenty identical requests queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

// ——— types ———

export const ApprenticeshipYear = builder.prismaObject('ApprenticeshipYear', {
  description: '学徒培训年度（二(二)）：完成后登记，由另一名工作人员确认，确认时按县定标准计补贴',
  fields: (t) => ({
    id: t.exposeID('id'),
    yearNumber: t.exposeInt('yearNumber', { description: '第几年（自协议开始日期起算）' }),
    yearFrom: t.expose('yearFrom', { type: 'Date', description: '培训年度起始日' }),
    yearTo: t.expose('yearTo', { type: 'Date', description: '培训年度截止日' }),
    evidence: t.exposeString('evidence', { description: '培训完成证明' }),
    status: t.expose('status', { type: ApprenticeshipYearStatus, description: '状态' }),
    rateFen: t.expose('rateFen', {
      type: 'Fen',
      nullable: true,
      description: '确认时适用的县定补贴标准（分，取年度起始日有效的设定）',
    }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    confirmedBy: t.exposeString('confirmedBy', { nullable: true, description: '确认人账号' }),
  }),
});

type HistoryLine = EntityHistoryLine<RulesAction>;

/** One step on an agreement, from the audit trail (written in the step's transaction, so it cannot be missing). */
const HistoryLineRef = builder.objectRef<HistoryLine>('ApprenticeshipHistoryLine').implement({
  description: '学徒培训协议办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: ApprenticeshipAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

export const Apprenticeship = builder.prismaObject('Apprenticeship', {
  description: '企业新型学徒培训协议（R2，二(二)：招工即招生、入企即入校、企校双师联合培养）',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.field({
      type: organisationRef(builder),
      description: '企业（补贴对象）',
      resolve: (row) => ({ id: row.enterpriseId }),
    }),
    apprentice: t.field({
      type: personRef(builder),
      description: '学徒',
      resolve: (row) => ({ id: row.apprenticeId }),
    }),
    college: t.field({
      type: organisationRef(builder),
      description: '合作院校',
      resolve: (row) => ({ id: row.collegeId }),
    }),
    countyCode: t.exposeID('countyCode', { description: '企业所在县（市、区）代码：适用其补贴标准并由其财政承担' }),
    county: t.field({
      type: countyRef(builder),
      description: '企业所在县（市、区）',
      resolve: (r) => ({ code: r.countyCode }),
    }),
    trade: t.exposeString('trade', { description: '培训工种' }),
    startedOn: t.expose('startedOn', { type: 'Date', description: '开始日期' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: '结束日期' }),
    newType: t.exposeBoolean('newType', { description: '企业新型学徒制（招工即招生、入企即入校、企校双师联合培养）' }),
    status: t.expose('status', { type: ApprenticeshipStatus, description: '状态' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    maxYears: t.int({
      description: '补贴年限（政策规则包 R2_MAX_YEARS）',
      resolve: (row) => maxApprenticeshipYears(toIsoDate(row.startedOn)).value,
    }),
    years: t.relation('years', { description: '培训年度', query: { orderBy: { yearNumber: 'asc' } } }),
    history: t.field({
      type: [HistoryLineRef],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) =>
        entityHistory(ctx.prisma, 'Apprenticeship', row.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => APPRENTICESHIP_ACTION.has(c),
        }),
    }),
  }),
});

builder.asEntity(Apprenticeship, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.apprenticeship.findUnique({ where: { id: ref.id } }),
});

interface AgreementFilter {
  year?: number | null;
  countyCode?: string | number | null;
  enterpriseId?: string | number | null;
  apprenticeId?: string | number | null;
  status?: RulesStatus | null;
}

function agreementWhere(args: AgreementFilter): Prisma.ApprenticeshipWhereInput {
  return {
    ...(args.year
      ? { startedOn: { gte: parseIsoDate(`${args.year}-01-01`), lte: parseIsoDate(`${args.year}-12-31`) } }
      : {}),
    ...(args.countyCode ? { countyCode: String(args.countyCode) } : {}),
    ...(args.enterpriseId ? { enterpriseId: String(args.enterpriseId) } : {}),
    ...(args.apprenticeId ? { apprenticeId: String(args.apprenticeId) } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
}

builder.queryFields((t) => ({
  apprenticeships: t.prismaConnection(
    {
      type: Apprenticeship,
      cursor: 'id',
      description: '企业新型学徒培训协议列表（最新开始的在前）',
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: false, description: '按开始年度筛选' }),
        countyCode: t.arg.id({ required: false, description: '按企业所在县（市、区）筛选' }),
        enterpriseId: t.arg.id({ required: false, description: '按企业筛选' }),
        apprenticeId: t.arg.id({ required: false, description: '按学徒筛选' }),
        status: t.arg({ type: ApprenticeshipStatus, required: false, description: '按状态筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.apprenticeship, agreementWhere, [{ startedOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('Apprenticeship'),
  ),
  apprenticeship: t.prismaField({
    type: Apprenticeship,
    nullable: true,
    description: '按 id 查询学徒培训协议',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apprenticeship.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

// ——— inputs ———

const RecordApprenticeshipInput = builder.inputType('RecordApprenticeshipInput', {
  description: '登记企业新型学徒培训协议（二(二)）',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: '企业 Organisation.id（县（市、区）账号只限本县企业）' }),
    apprenticeId: t.id({ required: true, description: '学徒 Person.id' }),
    collegeId: t.id({ required: true, description: '合作院校 Organisation.id' }),
    trade: t.string({ required: true, description: '培训工种', validate: trade }),
    startedOn: t.field({ type: 'Date', required: true, description: '开始日期，不得晚于今天' }),
    endsOn: t.field({ type: 'Date', required: true, description: '结束日期，须晚于开始日期' }),
    newType: t.boolean({ required: true, description: '企业新型学徒制（招工即招生、入企即入校、企校双师联合培养）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RecordApprenticeshipYearInput = builder.inputType('RecordApprenticeshipYearInput', {
  description: '登记已完成的学徒培训年度',
  fields: (t) => ({
    apprenticeshipId: t.id({ required: true, description: '学徒培训协议（Apprenticeship.id）' }),
    yearNumber: t.int({ required: true, description: '第几年（自开始日期起算，至多为政策规定的年限）' }),
    evidence: t.string({ required: true, description: '培训完成证明（如考核记录编号）', validate: evidence }),
  }),
});

const ConfirmApprenticeshipYearInput = builder.inputType('ConfirmApprenticeshipYearInput', {
  description: '确认培训年度（须由登记人以外的人员办理）',
  fields: (t) => ({
    id: t.id({ required: true, description: '培训年度（ApprenticeshipYear.id）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RevokeApprenticeshipInput = builder.inputType('RevokeApprenticeshipInput', {
  description: '撤销学徒培训协议（更正）',
  fields: (t) => ({
    id: t.id({ required: true, description: '学徒培训协议（Apprenticeship.id）' }),
    reason: t.string({ required: true, description: '理由', validate: reason }),
  }),
});

// ——— mutations ———

const returnAgreement = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.apprenticeship.findUniqueOrThrow({ ...query, where: { id } });

/** The confirmed year as the fact finance completes into APPRENTICESHIP_YEAR for the rules. */
async function emitYear(tx: Tx, row: AgreementRow, year: YearRow, rate: { id: string; fen: bigint; from: Date }) {
  const payload: ApprenticeshipYearCompletedV1 = {
    agreementId: row.id,
    enterpriseId: row.enterpriseId,
    apprenticeId: row.apprenticeId,
    collegeId: row.collegeId,
    trade: row.trade,
    newTypeApprenticeship: row.newType,
    startedOn: toIsoDate(row.startedOn),
    endsOn: toIsoDate(row.endsOn),
    yearNumber: year.yearNumber,
    yearFrom: toIsoDate(year.yearFrom),
    yearTo: toIsoDate(year.yearTo),
    countyCode: row.countyCode,
    // Checked inside the rules' range when set: a safe integer.
    countyRateFen: Number(rate.fen),
    rateId: rate.id,
    rateEffectiveFrom: toIsoDate(rate.from),
  };
  await appendFact(tx, {
    kind: 'APPRENTICESHIP_YEAR_COMPLETED',
    version: FACT_EVENT_KINDS.APPRENTICESHIP_YEAR_COMPLETED.version,
    subjectId: row.id,
    occurredOn: toIsoDate(year.yearFrom),
    payload: { ...payload },
  });
}

builder.mutationFields((t) => ({
  recordApprenticeship: t.prismaField({
    type: Apprenticeship,
    description:
      '登记企业新型学徒培训协议（企业所在县（市、区）人社局或市人社局，二(二)）：企业所在县取自人员单位库，适用该县补贴标准并由其财政承担',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordApprenticeshipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.APPRENTICESHIP, 'AGREEMENT');
      const startedOn = toIsoDate(input.startedOn);
      const endsOn = toIsoDate(input.endsOn);
      checkAgreementDates(startedOn, endsOn, trainingToday());
      const enterpriseId = requireId(input.enterpriseId, 'input.enterpriseId');
      const apprenticeId = requireId(input.apprenticeId, 'input.apprenticeId');
      const collegeId = requireId(input.collegeId, 'input.collegeId');
      await ctx.references.requireKnown({
        people: [{ field: 'input.apprenticeId', id: apprenticeId }],
        organisations: [{ field: 'input.collegeId', id: collegeId }],
      });
      const [found] = await ctx.references.organisationCounties([{ field: 'input.enterpriseId', id: enterpriseId }]);
      // Development without a directory knows no county: a county account's own is the only one it could mean.
      const countyCode = found ?? ctx.principal.countyCode ?? null;
      if (!countyCode || !isCountyCode(countyCode)) {
        throw badInput(`无法确定企业所在县（市、区）：${countyCode ?? '未知'}`, {
          field: 'input.enterpriseId',
          reason: 'UNKNOWN_COUNTY',
        });
      }
      checkOwnCounty(ctx.principal, countyCode, 'input.enterpriseId', '学徒培训协议');
      let created: AgreementRow;
      try {
        created = await ctx.prisma.$transaction(async (tx) => {
          const row = await tx.apprenticeship.create({
            data: {
              enterpriseId,
              apprenticeId,
              collegeId,
              countyCode,
              trade: input.trade.trim(),
              startedOn: input.startedOn,
              endsOn: input.endsOn,
              newType: input.newType,
              recordedBy: ctx.principal.accountId,
              liveKey: liveAgreementKey(apprenticeId, enterpriseId, true),
            },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('RECORD_AGREEMENT'),
            entityType: 'Apprenticeship',
            entityId: row.id,
            reason: clean(input.note),
            before: null,
            after: snapshot(row),
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw ALREADY_RECORDED;
        throw error;
      }
      return returnAgreement(ctx, query, created.id);
    },
  }),

  recordApprenticeshipYear: t.prismaField({
    type: Apprenticeship,
    description: '登记已完成的第几个学徒培训年度（待另一名工作人员确认；至多为政策规定的年限）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordApprenticeshipYearInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const text = input.evidence.trim();
      const id = await onAgreement(ctx, input.apprenticeshipId, 'input.apprenticeshipId', async (tx, row, today) => {
        const period = checkYearNumber(toIsoDate(row.startedOn), toIsoDate(row.endsOn), input.yearNumber, today);
        const taken = await tx.apprenticeshipYear.findUnique({
          where: { apprenticeshipId_yearNumber: { apprenticeshipId: row.id, yearNumber: input.yearNumber } },
        });
        if (taken) throw yearTaken(input.yearNumber);
        await tx.apprenticeshipYear.create({
          data: {
            apprenticeshipId: row.id,
            yearNumber: input.yearNumber,
            yearFrom: parseIsoDate(period.from),
            yearTo: parseIsoDate(period.to),
            evidence: text,
            recordedBy: ctx.principal.accountId,
          },
        });
        return { action: auditAction('RECORD_YEAR'), after: row, note: `第 ${input.yearNumber} 年：${text}` };
      });
      return returnAgreement(ctx, query, id);
    },
  }),

  confirmApprenticeshipYear: t.prismaField({
    type: Apprenticeship,
    description:
      '确认培训年度（登记人以外的人员）：按年度起始日有效的县定补贴标准写入资金事实，由该县财政按政策规则核定补贴',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ConfirmApprenticeshipYearInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const yearId = requireId(input.id, 'input.id');
      const year = await ctx.prisma.apprenticeshipYear.findUnique({ where: { id: yearId } });
      if (!year) {
        throw new KitError('NOT_FOUND', '培训年度不存在', {
          field: 'input.id',
          reason: 'APPRENTICESHIP_YEAR_NOT_FOUND',
        });
      }
      const id = await onAgreement(ctx, year.apprenticeshipId, 'input.id', async (tx, row) => {
        const current = await tx.apprenticeshipYear.findUniqueOrThrow({ where: { id: yearId } });
        if (current.status !== 'RECORDED') {
          throw new KitError(
            'CONFLICT',
            `第 ${current.yearNumber} 年${APPRENTICESHIP_YEAR_STATUS.label(current.status)}`,
            { field: 'input.id', reason: 'WRONG_STATUS', messageEn: `Year ${current.yearNumber} is ${current.status}` },
          );
        }
        checkConfirmer(current.recordedBy, ctx.principal.accountId);
        // The rate in force on the year's first day, read under the county's lock so no new setting slips in between.
        await lockCountyRates(tx, row.countyCode);
        const from = toIsoDate(current.yearFrom);
        const rate = await rateInForce(tx, row.countyCode, from);
        if (!rate) throw noRate(isCountyCode(row.countyCode) ? countyLabel(row.countyCode) : row.countyCode, from);
        const confirmed = await tx.apprenticeshipYear.update({
          where: { id: yearId },
          data: {
            status: 'CONFIRMED',
            confirmedBy: ctx.principal.accountId,
            confirmedAt: new Date(),
            rateFen: rate.rateFen,
            rateId: rate.id,
          },
        });
        await emitYear(tx, row, confirmed, { id: rate.id, fen: rate.rateFen, from: rate.effectiveFrom });
        const text = clean(input.note);
        return {
          action: auditAction('CONFIRM_YEAR'),
          after: row,
          note:
            `第 ${current.yearNumber} 年${APPRENTICESHIP_YEAR_STATUS.label('CONFIRMED')}，` +
            `适用标准每人每年 ${yuan(rate.rateFen)}（${toIsoDate(rate.effectiveFrom)} 起）${text ? `：${text}` : ''}`,
        };
      });
      return returnAgreement(ctx, query, id);
    },
  }),

  revokeApprenticeship: t.prismaField({
    type: Apprenticeship,
    description: '撤销学徒培训协议（更正，须写明理由）：写入撤销事实，财政据此撤销尚未发放的补贴',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RevokeApprenticeshipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await onAgreement(ctx, input.id, 'input.id', async (tx, row, today) => {
        const after = await tx.apprenticeship.update({
          where: { id: row.id },
          data: { status: 'REVOKED', statusReason: why, liveKey: null },
        });
        const payload: ApprenticeshipRevokedV1 = {
          agreementId: row.id,
          enterpriseId: row.enterpriseId,
          apprenticeId: row.apprenticeId,
          reason: why,
        };
        await appendFact(tx, {
          kind: 'APPRENTICESHIP_REVOKED',
          version: FACT_EVENT_KINDS.APPRENTICESHIP_REVOKED.version,
          subjectId: row.id,
          occurredOn: today,
          payload: { ...payload },
        });
        return { action: auditAction('REVOKE_AGREEMENT'), after, note: why };
      });
      return returnAgreement(ctx, query, id);
    },
  }),
}));
