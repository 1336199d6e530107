import {
  COLLEGE_MAJOR_ACTION,
  COLLEGE_MAJOR_KIND,
  COLLEGE_MAJOR_LEVEL,
  COLLEGE_MAJOR_STATUS,
  DUTIES,
  ORGANISATION_KIND,
  type CollegeMajorAction as RulesAction,
  type CollegeMajorKind as RulesKind,
  type CollegeMajorStatus as RulesStatus,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  connectionNames,
  entityHistory,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  isUniqueViolation,
  KitError,
  lockRowById,
  organisationRef,
  requireDuty,
  toIsoDate,
  z,
  type CollegeMajorApprovedV1,
  type CollegeMajorRevokedV1,
  type EntityHistoryLine,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { clean, requireId } from './inputs.ts';
import { checkApprover, checkDocumentDate, checkLevel, liveMajorKey, rulesMajorId } from '../domain/college-major.ts';
import { trainingToday } from '../domain/settings.ts';
import {
  CollegeMajorKind as StoredKind,
  CollegeMajorLevel as StoredLevel,
  CollegeMajorStatus as StoredStatus,
} from '../generated/prisma/enums.ts';
import type { CollegeMajor as MajorRow, Prisma, PrismaClient } from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

export const CollegeMajorKind = enumFromVocabulary(builder, COLLEGE_MAJOR_KIND, { stored: StoredKind });
export const CollegeMajorLevel = enumFromVocabulary(builder, COLLEGE_MAJOR_LEVEL, { stored: StoredLevel });
export const CollegeMajorStatus = enumFromVocabulary(builder, COLLEGE_MAJOR_STATUS, { stored: StoredStatus });
export const CollegeMajorAction = enumFromVocabulary(builder, COLLEGE_MAJOR_ACTION);

/** The audit trail's action for a step (COLLEGE_MAJOR_APPROVE …): the history reads it back. */
const AUDIT_PREFIX = 'COLLEGE_MAJOR_';
const auditAction = (action: RulesAction) => `${AUDIT_PREFIX}${action}`;

/** 市内职业院校 (二(三)): a vocational college or a technical school (技工院校) of the directory. */
const COLLEGE_KINDS = {
  codes: ['VOCATIONAL_COLLEGE', 'TECHNICAL_SCHOOL'],
  zh: `${ORGANISATION_KIND.label('VOCATIONAL_COLLEGE')}或${ORGANISATION_KIND.label('TECHNICAL_SCHOOL')}`,
} as const;

const name = z.string().trim().min(2, '名称不能少于 2 个字').max(100, '名称不超过 100 个字');
const documentNo = z.string().trim().min(2, '批准文号不能少于 2 个字').max(100, '批准文号不超过 100 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');

const snapshot = (r: MajorRow) => ({
  kind: r.kind,
  collegeId: r.collegeId,
  name: r.name,
  level: r.level,
  documentNo: r.documentNo,
  documentDate: toIsoDate(r.documentDate),
  status: r.status,
  statusReason: r.statusReason,
});

const taken = (kind: RulesKind) =>
  new KitError('CONFLICT', `该院校的同名${COLLEGE_MAJOR_KIND.label(kind)}（同一级别）已登记，不能重复登记`, {
    field: 'input.name',
    reason: 'MAJOR_ALREADY_RECORDED',
    messageEn: 'This college already has this item recorded at this level',
  });

// ——— types ———

type HistoryLine = EntityHistoryLine<RulesAction>;

const HistoryLineRef = builder.objectRef<HistoryLine>('CollegeMajorHistoryLine').implement({
  description: '院校专业建设项目的办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: CollegeMajorAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

export const CollegeMajor = builder.prismaObject('CollegeMajor', {
  description:
    '院校专业建设项目（二(三)）：高水平专业（群）（R3 奖补）、高水平高职校、市级精品课程、工学一体化培养模式专业、特色专业（群）（T6–T8）',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: CollegeMajorKind, description: '类别' }),
    college: t.field({ type: organisationRef(builder), description: '院校', resolve: (r) => ({ id: r.collegeId }) }),
    name: t.exposeString('name', { description: '专业（群）、课程或院校项目名称' }),
    level: t.expose('level', { type: CollegeMajorLevel, nullable: true, description: '级别（高水平专业必填）' }),
    documentNo: t.exposeString('documentNo', { description: '批准文号' }),
    documentDate: t.expose('documentDate', { type: 'Date', description: '批准日期' }),
    status: t.expose('status', { type: CollegeMajorStatus, description: '状态' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    approvedBy: t.exposeString('approvedBy', { nullable: true, description: '确认人账号' }),
    history: t.field({
      type: [HistoryLineRef],
      description: '办理记录',
      resolve: (r, _args, ctx) =>
        entityHistory(ctx.prisma, 'CollegeMajor', r.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => COLLEGE_MAJOR_ACTION.has(c),
        }),
    }),
  }),
});

builder.asEntity(CollegeMajor, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.collegeMajor.findUnique({ where: { id: ref.id } }),
});

// ——— queries ———

interface MajorFilter {
  kind?: RulesKind | null;
  collegeId?: string | number | null;
  status?: RulesStatus | null;
  year?: number | null;
}
const majorWhere = (a: MajorFilter): Prisma.CollegeMajorWhereInput => ({
  ...(a.kind ? { kind: a.kind } : {}),
  ...(a.collegeId ? { collegeId: String(a.collegeId) } : {}),
  ...(a.status ? { status: a.status } : {}),
  ...(a.year
    ? { documentDate: { gte: new Date(`${a.year}-01-01T00:00:00Z`), lt: new Date(`${a.year + 1}-01-01T00:00:00Z`) } }
    : {}),
});

builder.queryFields((t) => ({
  collegeMajors: t.prismaConnection(
    {
      type: CollegeMajor,
      cursor: 'id',
      description: '院校专业建设项目列表（批准日期最新的在前）',
      authScopes: { authenticated: true },
      args: {
        kind: t.arg({ type: CollegeMajorKind, required: false, description: '按类别筛选' }),
        collegeId: t.arg.id({ required: false, description: '按院校筛选' }),
        status: t.arg({ type: CollegeMajorStatus, required: false, description: '按状态筛选' }),
        year: t.arg.int({ required: false, description: '按批准年度筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.collegeMajor, majorWhere, [
        { documentDate: 'desc' },
        { createdAt: 'desc' },
        { id: 'asc' },
      ]),
    },
    ...connectionNames('CollegeMajor'),
  ),
  collegeMajor: t.prismaField({
    type: CollegeMajor,
    nullable: true,
    description: '按 id 查询院校专业建设项目',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.collegeMajor.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

// ——— inputs ———

const RecordCollegeMajorInput = builder.inputType('RecordCollegeMajorInput', {
  description: '登记院校专业建设项目（二(三)，依据批准文件；待另一名工作人员确认）',
  fields: (t) => ({
    kind: t.field({ type: CollegeMajorKind, required: true, description: '类别' }),
    collegeId: t.id({ required: true, description: '院校 Organisation.id（职业院校或技工院校）' }),
    name: t.string({ required: true, description: '专业（群）、课程或院校项目名称', validate: name }),
    level: t.field({ type: CollegeMajorLevel, required: false, description: '级别（高水平专业必填）' }),
    documentNo: t.string({ required: true, description: '批准文号', validate: documentNo }),
    documentDate: t.field({ type: 'Date', required: true, description: '批准日期（政策执行期内，不晚于今天）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const ApproveCollegeMajorInput = builder.inputType('ApproveCollegeMajorInput', {
  description: '确认院校专业建设项目（登记人以外的人员）',
  fields: (t) => ({
    id: t.id({ required: true, description: 'CollegeMajor.id' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RevokeCollegeMajorInput = builder.inputType('RevokeCollegeMajorInput', {
  description: '撤销院校专业建设项目（须写明理由）',
  fields: (t) => ({
    id: t.id({ required: true, description: 'CollegeMajor.id' }),
    reason: t.string({ required: true, description: '撤销理由', validate: reason }),
  }),
});

/**
 * A step on an existing record in one transaction: lock its row (concurrent steps queue and the later ones see what
 * the first wrote), check the duty for its kind and its status, then the step's writes and one audit record.
 */
async function onMajor(
  ctx: Ctx,
  rawId: string | number,
  allowed: readonly RulesStatus[],
  run: (tx: Tx, row: MajorRow, today: string) => Promise<{ action: RulesAction; note: string | null }>,
): Promise<string> {
  const id = requireId(rawId, 'input.id');
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'college_major',
        id,
        () => new KitError('NOT_FOUND', '院校专业建设项目不存在', { field: 'input.id', reason: 'MAJOR_NOT_FOUND' }),
      );
      const row = await tx.collegeMajor.findUniqueOrThrow({ where: { id } });
      requireDuty(ctx.principal, DUTIES.COLLEGE_MAJOR, row.kind);
      if (!allowed.includes(row.status)) {
        throw new KitError('CONFLICT', `该项目${COLLEGE_MAJOR_STATUS.label(row.status)}，不能办理此事项`, {
          field: 'input.id',
          reason: 'WRONG_STATUS',
          messageEn: `The item is ${row.status}`,
        });
      }
      const done = await run(tx, row, today);
      const after = await tx.collegeMajor.findUniqueOrThrow({ where: { id } });
      await appendAudit(tx, ctx, {
        action: auditAction(done.action),
        entityType: 'CollegeMajor',
        entityId: id,
        reason: done.note,
        before: snapshot(row),
        after: snapshot(after),
      });
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

/** An approved high-level major as R3's fact: finance caps it against the college's earlier grants of the year. */
async function emitApproved(tx: Tx, row: MajorRow) {
  const payload: CollegeMajorApprovedV1 = {
    recordId: row.id,
    majorId: rulesMajorId(row.collegeId, row.name),
    collegeId: row.collegeId,
    name: row.name,
    level: row.level ?? '',
    documentNo: row.documentNo,
    approvedOn: toIsoDate(row.documentDate),
  };
  await appendFact(tx, {
    kind: 'COLLEGE_MAJOR_APPROVED',
    version: FACT_EVENT_KINDS.COLLEGE_MAJOR_APPROVED.version,
    subjectId: row.id,
    occurredOn: toIsoDate(row.documentDate),
    payload: { ...payload },
  });
}

const returnMajor = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.collegeMajor.findUniqueOrThrow({ ...query, where: { id } });

// ——— mutations ———

builder.mutationFields((t) => ({
  recordCollegeMajor: t.prismaField({
    type: CollegeMajor,
    description: '登记院校专业建设项目（市教育局、市人社局，二(三)）：依据批准文件，待登记人以外的人员确认',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordCollegeMajorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.COLLEGE_MAJOR, input.kind);
      checkDocumentDate(toIsoDate(input.documentDate), trainingToday());
      checkLevel(input.kind, input.level);
      const collegeId = requireId(input.collegeId, 'input.collegeId');
      await ctx.references.requireKnown({
        organisations: [{ field: 'input.collegeId', id: collegeId, kinds: COLLEGE_KINDS }],
      });
      const data = {
        kind: input.kind,
        collegeId,
        name: input.name.trim(),
        level: input.level ?? null,
        documentNo: input.documentNo.trim(),
        documentDate: input.documentDate,
      };
      let created: MajorRow;
      try {
        created = await ctx.prisma.$transaction(async (tx) => {
          const row = await tx.collegeMajor.create({
            data: { ...data, recordedBy: ctx.principal.accountId, liveKey: liveMajorKey(data, true) },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('RECORD'),
            entityType: 'CollegeMajor',
            entityId: row.id,
            reason: clean(input.note),
            before: null,
            after: snapshot(row),
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw taken(input.kind);
        throw error;
      }
      return returnMajor(ctx, query, created.id);
    },
  }),

  approveCollegeMajor: t.prismaField({
    type: CollegeMajor,
    description:
      '确认院校专业建设项目（登记人以外的人员）：计入 T6–T8；高水平专业（群）写入资金事实，由财政按政策规则核定奖补（每校每年封顶）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ApproveCollegeMajorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await onMajor(ctx, input.id, ['RECORDED'], async (tx, row) => {
        checkApprover(row.recordedBy, ctx.principal.accountId);
        const approved = await tx.collegeMajor.update({
          where: { id: row.id },
          data: { status: 'APPROVED', approvedBy: ctx.principal.accountId, approvedAt: new Date() },
        });
        if (approved.kind === 'HIGH_LEVEL_MAJOR') await emitApproved(tx, approved);
        return { action: 'APPROVE', note: clean(input.note) };
      });
      return returnMajor(ctx, query, id);
    },
  }),

  revokeCollegeMajor: t.prismaField({
    type: CollegeMajor,
    description: '撤销院校专业建设项目（须写明理由）：已确认的高水平专业写入撤销事实，财政据此撤销尚未发放的奖补',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RevokeCollegeMajorInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await onMajor(ctx, input.id, ['RECORDED', 'APPROVED'], async (tx, row, today) => {
        await tx.collegeMajor.update({
          where: { id: row.id },
          data: { status: 'REVOKED', statusReason: why, liveKey: null },
        });
        if (row.status === 'APPROVED' && row.kind === 'HIGH_LEVEL_MAJOR') {
          const payload: CollegeMajorRevokedV1 = {
            recordId: row.id,
            majorId: rulesMajorId(row.collegeId, row.name),
            collegeId: row.collegeId,
            name: row.name,
            reason: why,
          };
          await appendFact(tx, {
            kind: 'COLLEGE_MAJOR_REVOKED',
            version: FACT_EVENT_KINDS.COLLEGE_MAJOR_REVOKED.version,
            subjectId: row.id,
            occurredOn: today,
            payload: { ...payload },
          });
        }
        return { action: 'REVOKE', note: why };
      });
      return returnMajor(ctx, query, id);
    },
  }),
}));
