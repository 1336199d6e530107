import {
  academicEquivalentOf,
  ACADEMIC_EQUIVALENT_LABELS,
  DUTIES,
  GRADUATE_CLASS,
  GRADUATE_HIRE_ACTION,
  GRADUATE_HIRE_STATUS,
  GRADUATE_YEAR_STATUS,
  type GraduateClass as RulesGraduateClass,
  type GraduateHireAction as RulesGraduateHireAction,
  type GraduateHireStatus as RulesGraduateHireStatus,
  type TechnicalSchoolClass,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  connectionNames,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  isUniqueViolation,
  KitError,
  organisationRef,
  parseIsoDate,
  personRef,
  requireDuty,
  toIsoDate,
  z,
  type GraduateHireRevokedV1,
  type GraduateHiringYearRecordedV1,
  type SubgraphContext,
  lockRowById,
  entityHistory,
  type EntityHistoryLine,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { clean, requireId } from './inputs.ts';
import {
  checkConfirmer,
  checkHireDates,
  checkYearNumber,
  liveHireKey,
  maxInsuredYears,
} from '../domain/graduate-hiring.ts';
import { trainingToday } from '../domain/settings.ts';
import {
  GraduateClass as StoredGraduateClass,
  GraduateHireStatus as StoredGraduateHireStatus,
  GraduateYearStatus as StoredGraduateYearStatus,
} from '../generated/prisma/enums.ts';
import type { GraduateHire as HireRow, Prisma, PrismaClient } from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

/** 毕业班次 (三(九)): the rules' codes for 预备技师（技师）班 and 高级工班. */
export const GraduateClass = enumFromVocabulary(builder, GRADUATE_CLASS, { stored: StoredGraduateClass });
export const GraduateHireStatus = enumFromVocabulary(builder, GRADUATE_HIRE_STATUS, {
  stored: StoredGraduateHireStatus,
});
export const GraduateYearStatus = enumFromVocabulary(builder, GRADUATE_YEAR_STATUS, {
  stored: StoredGraduateYearStatus,
});

export const GraduateHireAction = enumFromVocabulary(builder, GRADUATE_HIRE_ACTION);

/** The audit trail's action for a step (GRADUATE_RECORD_HIRE …): the hire's history reads it back. */
const AUDIT_PREFIX = 'GRADUATE_';
const auditAction = (action: RulesGraduateHireAction) => `${AUDIT_PREFIX}${action}`;

const evidence = z.string().trim().min(2, '参保证明不能少于 2 个字').max(500, '参保证明不超过 500 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');

const snapshot = (h: HireRow) => ({
  status: h.status,
  personId: h.personId,
  employerId: h.employerId,
  schoolId: h.schoolId,
  programme: h.programme,
  fullTimeProgramme: h.fullTimeProgramme,
  graduatedOn: toIsoDate(h.graduatedOn),
  hiredOn: toIsoDate(h.hiredOn),
  fullTimeContract: h.fullTimeContract,
  statusReason: h.statusReason,
});

const ALREADY_HIRED = new KitError('CONFLICT', '该毕业生已登记为本单位的新聘用人员，不能重复登记', {
  field: 'input.personId',
  reason: 'HIRE_ALREADY_RECORDED',
  messageEn: 'This graduate’s hire by this employer is already recorded',
});

const yearTaken = (n: number) =>
  new KitError('CONFLICT', `第 ${n} 年参保情况已登记`, {
    field: 'input.yearNumber',
    reason: 'YEAR_ALREADY_RECORDED',
    messageEn: `Year ${n} is already recorded`,
  });

/**
 * A step on an existing hire in one transaction: lock the hire's row (concurrent steps queue here and the later ones
 * see what the first wrote), check the duty for its class and that it is in force, then the step's own writes and
 * one audit record. A refusal writes nothing.
 */
async function onHire(
  ctx: Ctx,
  rawId: string | number,
  field: string,
  run: (tx: Tx, hire: HireRow, today: string) => Promise<{ action: string; after: HireRow; note: string | null }>,
): Promise<string> {
  const id = requireId(rawId, field);
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'graduate_hire',
        id,
        () => new KitError('NOT_FOUND', '毕业生聘用登记不存在', { field, reason: 'GRADUATE_HIRE_NOT_FOUND' }),
      );
      const hire = await tx.graduateHire.findUniqueOrThrow({ where: { id } });
      requireDuty(ctx.principal, DUTIES.GRADUATE_HIRING, hire.programme);
      if (hire.status !== 'ACTIVE') {
        throw new KitError('CONFLICT', `该聘用登记${GRADUATE_HIRE_STATUS.label(hire.status)}，不能再办理`, {
          field,
          reason: 'WRONG_STATUS',
          messageEn: `The hire is ${hire.status}`,
        });
      }
      const done = await run(tx, hire, today);
      await appendAudit(tx, ctx, {
        action: done.action,
        entityType: 'GraduateHire',
        entityId: id,
        reason: done.note,
        before: snapshot(hire),
        after: snapshot(done.after),
      });
    },
    // Twenty identical requests queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

/** The confirmed year as the fact finance completes into GRADUATE_HIRING_YEAR for the rules. */
async function emitYear(tx: Tx, hire: HireRow, yearNumber: number, from: string): Promise<void> {
  const payload: GraduateHiringYearRecordedV1 = {
    hireId: hire.id,
    personId: hire.personId,
    employerId: hire.employerId,
    schoolId: hire.schoolId,
    programme: hire.programme,
    graduatedOn: toIsoDate(hire.graduatedOn),
    hiredOn: toIsoDate(hire.hiredOn),
    newFullTimeHire: hire.fullTimeContract,
    fullTimeProgramme: hire.fullTimeProgramme,
    yearNumber,
    // A year is recorded only on the evidence of its contributions, and confirmed by a second account.
    socialInsurancePaid: true,
  };
  await appendFact(tx, {
    kind: 'GRADUATE_HIRING_YEAR_RECORDED',
    version: FACT_EVENT_KINDS.GRADUATE_HIRING_YEAR_RECORDED.version,
    subjectId: hire.id,
    occurredOn: from,
    payload: { ...payload },
  });
}

// ——— types ———

export const GraduateInsuredYear = builder.prismaObject('GraduateInsuredYear', {
  description: '毕业生聘用的参保年度（三(九)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    yearNumber: t.exposeInt('yearNumber', { description: '第几年（自聘用日期起算）' }),
    insuredFrom: t.expose('insuredFrom', { type: 'Date', description: '参保年度起始日' }),
    insuredTo: t.expose('insuredTo', { type: 'Date', description: '参保年度截止日' }),
    evidence: t.exposeString('evidence', { description: '缴纳社会保险的证明' }),
    status: t.expose('status', { type: GraduateYearStatus, description: '状态' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    confirmedBy: t.exposeString('confirmedBy', { nullable: true, description: '确认人账号' }),
  }),
});

type HistoryLine = EntityHistoryLine<RulesGraduateHireAction>;

/** One step on a hire, from the audit trail (written in the step's transaction, so it cannot be missing). */
const GraduateHireHistoryLine = builder.objectRef<HistoryLine>('GraduateHireHistoryLine').implement({
  description: '毕业生聘用办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: GraduateHireAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

export const GraduateHire = builder.prismaObject('GraduateHire', {
  description: '技工院校毕业生就业补贴：企业新全职引进的毕业生（R15、R16，三(九)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    graduate: t.field({ type: personRef(builder), description: '毕业生', resolve: (row) => ({ id: row.personId }) }),
    employer: t.field({
      type: organisationRef(builder),
      description: '用人单位（补贴对象）',
      resolve: (row) => ({ id: row.employerId }),
    }),
    school: t.field({
      type: organisationRef(builder),
      description: '毕业院校',
      resolve: (row) => ({ id: row.schoolId }),
    }),
    programme: t.expose('programme', { type: GraduateClass, description: '毕业班次' }),
    academicEquivalent: t.string({
      description:
        '毕业班次比照的学历（E1，三(七)：高级工班比照大专、预备技师（技师）班比照本科），用于职称评审、招录、入伍、就业创业',
      // GraduateClass codes are the rules' technical-school class codes (GRADUATE_CLASS of @jining/rules).
      resolve: (row) =>
        ACADEMIC_EQUIVALENT_LABELS[
          academicEquivalentOf(row.programme as TechnicalSchoolClass, toIsoDate(row.graduatedOn))
        ],
    }),
    fullTimeProgramme: t.exposeBoolean('fullTimeProgramme', { description: '全日制班次' }),
    graduatedOn: t.expose('graduatedOn', { type: 'Date', description: '毕业日期' }),
    hiredOn: t.expose('hiredOn', { type: 'Date', description: '聘用日期' }),
    fullTimeContract: t.exposeBoolean('fullTimeContract', { description: '全职聘用（劳动合同）' }),
    status: t.expose('status', { type: GraduateHireStatus, description: '状态' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    maxYears: t.int({
      description: '补贴年限（政策规则包 R15_R16_MAX_YEARS）',
      resolve: (row) => maxInsuredYears(toIsoDate(row.hiredOn)).value,
    }),
    years: t.relation('years', { description: '参保年度', query: { orderBy: { yearNumber: 'asc' } } }),
    history: t.field({
      type: [GraduateHireHistoryLine],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) =>
        entityHistory(ctx.prisma, 'GraduateHire', row.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => GRADUATE_HIRE_ACTION.has(c),
        }),
    }),
  }),
});

builder.asEntity(GraduateHire, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.graduateHire.findUnique({ where: { id: ref.id } }),
});

interface HireFilter {
  year?: number | null;
  employerId?: string | number | null;
  personId?: string | number | null;
  programme?: RulesGraduateClass | null;
  status?: RulesGraduateHireStatus | null;
}

function hireWhere(args: HireFilter): Prisma.GraduateHireWhereInput {
  return {
    ...(args.year
      ? { hiredOn: { gte: parseIsoDate(`${args.year}-01-01`), lte: parseIsoDate(`${args.year}-12-31`) } }
      : {}),
    ...(args.employerId ? { employerId: String(args.employerId) } : {}),
    ...(args.personId ? { personId: String(args.personId) } : {}),
    ...(args.programme ? { programme: args.programme } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
}

builder.queryFields((t) => ({
  graduateHires: t.prismaConnection(
    {
      type: GraduateHire,
      cursor: 'id',
      description: '技工院校毕业生就业补贴：聘用登记列表（最新聘用在前）',
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: false, description: '按聘用年度筛选' }),
        employerId: t.arg.id({ required: false, description: '按用人单位筛选' }),
        personId: t.arg.id({ required: false, description: '按毕业生筛选' }),
        programme: t.arg({ type: GraduateClass, required: false, description: '按毕业班次筛选' }),
        status: t.arg({ type: GraduateHireStatus, required: false, description: '按状态筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.graduateHire, hireWhere, [{ hiredOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('GraduateHire'),
  ),
  graduateHire: t.prismaField({
    type: GraduateHire,
    nullable: true,
    description: '按 id 查询毕业生聘用登记',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.graduateHire.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

// ——— inputs ———

const RecordGraduateHireInput = builder.inputType('RecordGraduateHireInput', {
  description: '登记企业新全职引进的技工院校毕业生（三(九)）',
  fields: (t) => ({
    personId: t.id({ required: true, description: '毕业生 Person.id' }),
    employerId: t.id({ required: true, description: '用人单位 Organisation.id' }),
    schoolId: t.id({ required: true, description: '毕业院校 Organisation.id' }),
    programme: t.field({ type: GraduateClass, required: true, description: '毕业班次' }),
    fullTimeProgramme: t.boolean({ required: true, description: '全日制班次' }),
    graduatedOn: t.field({ type: 'Date', required: true, description: '毕业日期，不得晚于今天' }),
    hiredOn: t.field({ type: 'Date', required: true, description: '聘用日期，不得早于毕业日期、晚于今天' }),
    fullTimeContract: t.boolean({ required: true, description: '全职聘用（签订劳动合同）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RecordGraduateInsuredYearInput = builder.inputType('RecordGraduateInsuredYearInput', {
  description: '登记聘用后某一年度用人单位为毕业生缴纳社会保险的情况',
  fields: (t) => ({
    hireId: t.id({ required: true, description: '聘用登记（GraduateHire.id）' }),
    yearNumber: t.int({ required: true, description: '第几年（自聘用日期起算，至多为政策规定的年限）' }),
    evidence: t.string({ required: true, description: '缴纳社会保险的证明（如社保缴费记录编号）', validate: evidence }),
  }),
});

const ConfirmGraduateInsuredYearInput = builder.inputType('ConfirmGraduateInsuredYearInput', {
  description: '确认参保年度（须由登记人以外的人员办理）',
  fields: (t) => ({
    id: t.id({ required: true, description: '参保年度（GraduateInsuredYear.id）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RevokeGraduateHireInput = builder.inputType('RevokeGraduateHireInput', {
  description: '撤销聘用登记（更正）',
  fields: (t) => ({
    id: t.id({ required: true, description: '聘用登记（GraduateHire.id）' }),
    reason: t.string({ required: true, description: '理由', validate: reason }),
  }),
});

// ——— mutations ———

const returnHire = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.graduateHire.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  recordGraduateHire: t.prismaField({
    type: GraduateHire,
    description: '登记企业新全职引进的技工院校毕业生（市人社局，三(九)）：年龄、攀登企业等条件由政策规则包在核定时判断',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordGraduateHireInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.GRADUATE_HIRING, input.programme);
      const graduatedOn = toIsoDate(input.graduatedOn);
      const hiredOn = toIsoDate(input.hiredOn);
      checkHireDates(graduatedOn, hiredOn, trainingToday());
      const personId = requireId(input.personId, 'input.personId');
      const employerId = requireId(input.employerId, 'input.employerId');
      const schoolId = requireId(input.schoolId, 'input.schoolId');
      await ctx.references.requireKnown({
        people: [{ field: 'input.personId', id: personId }],
        organisations: [
          { field: 'input.employerId', id: employerId },
          { field: 'input.schoolId', id: schoolId },
        ],
      });
      let hire: HireRow;
      try {
        hire = await ctx.prisma.$transaction(async (tx) => {
          const created = await tx.graduateHire.create({
            data: {
              personId,
              employerId,
              schoolId,
              programme: input.programme,
              fullTimeProgramme: input.fullTimeProgramme,
              graduatedOn: input.graduatedOn,
              hiredOn: input.hiredOn,
              fullTimeContract: input.fullTimeContract,
              recordedBy: ctx.principal.accountId,
              liveHireKey: liveHireKey(personId, employerId, true),
            },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('RECORD_HIRE'),
            entityType: 'GraduateHire',
            entityId: created.id,
            reason: clean(input.note),
            before: null,
            after: snapshot(created),
          });
          return created;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw ALREADY_HIRED;
        throw error;
      }
      return returnHire(ctx, query, hire.id);
    },
  }),

  recordGraduateInsuredYear: t.prismaField({
    type: GraduateHire,
    description: '登记聘用后第几年用人单位缴纳社会保险的情况（待另一名工作人员确认）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordGraduateInsuredYearInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const text = input.evidence.trim();
      const id = await onHire(ctx, input.hireId, 'input.hireId', async (tx, hire, today) => {
        const period = checkYearNumber(toIsoDate(hire.hiredOn), input.yearNumber, today);
        const taken = await tx.graduateInsuredYear.findUnique({
          where: { hireId_yearNumber: { hireId: hire.id, yearNumber: input.yearNumber } },
        });
        if (taken) throw yearTaken(input.yearNumber);
        try {
          await tx.graduateInsuredYear.create({
            data: {
              hireId: hire.id,
              yearNumber: input.yearNumber,
              insuredFrom: parseIsoDate(period.from),
              insuredTo: parseIsoDate(period.to),
              evidence: text,
              recordedBy: ctx.principal.accountId,
            },
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw yearTaken(input.yearNumber);
          throw error;
        }
        return { action: auditAction('RECORD_YEAR'), after: hire, note: `第 ${input.yearNumber} 年：${text}` };
      });
      return returnHire(ctx, query, id);
    },
  }),

  confirmGraduateInsuredYear: t.prismaField({
    type: GraduateHire,
    description: '确认参保年度（登记人以外的人员）：写入资金事实，由财政按政策规则核定补贴',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ConfirmGraduateInsuredYearInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const yearId = requireId(input.id, 'input.id');
      const year = await ctx.prisma.graduateInsuredYear.findUnique({ where: { id: yearId } });
      if (!year) {
        throw new KitError('NOT_FOUND', '参保年度不存在', { field: 'input.id', reason: 'GRADUATE_YEAR_NOT_FOUND' });
      }
      const id = await onHire(ctx, year.hireId, 'input.id', async (tx, hire) => {
        const current = await tx.graduateInsuredYear.findUniqueOrThrow({ where: { id: yearId } });
        if (current.status !== 'RECORDED') {
          throw new KitError('CONFLICT', `第 ${current.yearNumber} 年${GRADUATE_YEAR_STATUS.label(current.status)}`, {
            field: 'input.id',
            reason: 'WRONG_STATUS',
            messageEn: `Year ${current.yearNumber} is ${current.status}`,
          });
        }
        checkConfirmer(current.recordedBy, ctx.principal.accountId);
        await tx.graduateInsuredYear.update({
          where: { id: yearId },
          data: { status: 'CONFIRMED', confirmedBy: ctx.principal.accountId, confirmedAt: new Date() },
        });
        await emitYear(tx, hire, current.yearNumber, toIsoDate(current.insuredFrom));
        const text = clean(input.note);
        return {
          action: auditAction('CONFIRM_YEAR'),
          after: hire,
          note: `第 ${current.yearNumber} 年${GRADUATE_YEAR_STATUS.label('CONFIRMED')}${text ? `：${text}` : ''}`,
        };
      });
      return returnHire(ctx, query, id);
    },
  }),

  revokeGraduateHire: t.prismaField({
    type: GraduateHire,
    description: '撤销聘用登记（更正，须写明理由）：写入撤销事实，财政据此撤销尚未发放的补贴',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RevokeGraduateHireInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await onHire(ctx, input.id, 'input.id', async (tx, hire, today) => {
        const after = await tx.graduateHire.update({
          where: { id: hire.id },
          data: { status: 'REVOKED', statusReason: why, liveHireKey: null },
        });
        const payload: GraduateHireRevokedV1 = {
          hireId: hire.id,
          personId: hire.personId,
          employerId: hire.employerId,
          reason: why,
        };
        await appendFact(tx, {
          kind: 'GRADUATE_HIRE_REVOKED',
          version: FACT_EVENT_KINDS.GRADUATE_HIRE_REVOKED.version,
          subjectId: hire.id,
          occurredOn: today,
          payload: { ...payload },
        });
        return { action: auditAction('REVOKE_HIRE'), after, note: why };
      });
      return returnHire(ctx, query, id);
    },
  }),
}));
