import {
  DUTIES,
  isCitySelectedStudioLevel,
  isHigherStudioLevel,
  STUDIO_ACTION,
  STUDIO_ASSESSMENT_RESULT,
  STUDIO_LEVEL_LABELS,
  unmetStudioConditions,
  type StudioAction as Action,
  type StudioLevel as Level,
  type StudioStatus as Status,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  FACT_EVENT_KINDS,
  isUniqueViolation,
  KitError,
  parseIsoDate,
  requireDuty,
  toIsoDate,
  z,
  type MasterStudioApprovedV1,
  type MasterStudioRevokedV1,
  type SubgraphContext,
  lockRowById,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { addDaysIso, studioPublicitySettings, trainingToday } from '../domain/settings.ts';
import { liveKey, statusAfter, wrongStatus } from '../domain/workflow.ts';
import type { MasterStudio as Row, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { StudioAssessmentResult, StudioLevel } from './enums.ts';
import { clean, notFuture, requireId } from './inputs.ts';
import { MasterStudio } from './master-studio.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

const name = z.string().trim().min(2, '工作室名称至少 2 个字').max(100, '工作室名称不超过 100 个字');
const trade = z.string().trim().min(1, '职业（工种）不能为空').max(50, '职业（工种）不超过 50 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');
const documentNo = z.string().trim().min(2, '文号不能少于 2 个字').max(100, '文号不超过 100 个字');

const ALREADY_LED = (level: Level) =>
  new KitError('CONFLICT', `该人员已领办一家${STUDIO_LEVEL_LABELS[level]}，同一级别只能领办一家`, {
    field: 'input.leadId',
    reason: 'STUDIO_ALREADY_LED_AT_LEVEL',
    messageEn: `This person already leads a ${level} studio`,
  });

/** The studio's snapshot for its audit record. */
const snapshot = (s: Row) => ({
  status: s.status,
  level: s.level,
  name: s.name,
  leadId: s.leadId,
  hostId: s.hostId,
  trade: s.trade,
  approvedOn: s.approvedOn ? toIsoDate(s.approvedOn) : null,
  statusReason: s.statusReason,
});

/** One history line and its audit record, in the step's transaction. */
async function record(
  tx: Tx,
  ctx: Ctx,
  action: Action,
  before: Row | null,
  after: Row,
  text: string | null,
): Promise<void> {
  await tx.studioHistory.create({
    data: {
      studioId: after.id,
      action,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      level: after.level,
      actorId: ctx.principal.accountId,
      actorName: ctx.principal.displayName,
      note: text,
    },
  });
  await appendAudit(tx, ctx, {
    action: `STUDIO_${action}`,
    entityType: 'MasterStudio',
    entityId: after.id,
    reason: text,
    before: before ? snapshot(before) : null,
    after: snapshot(after),
  });
}

/** MASTER_STUDIO_APPROVED (R7/R8): finance funds the host unit; whether it is new or a top-up is finance's stacking. */
async function emitApproved(tx: Tx, s: Row): Promise<void> {
  const payload: MasterStudioApprovedV1 = {
    studioId: s.id,
    name: s.name,
    hostId: s.hostId,
    leadId: s.leadId,
    level: s.level,
    approvedOn: toIsoDate(s.approvedOn!),
    // 新遴选 / 新获批 at this level: an upgrade is a new approval at the higher level.
    newlyApproved: true,
  };
  await appendFact(tx, {
    kind: 'MASTER_STUDIO_APPROVED',
    version: FACT_EVENT_KINDS.MASTER_STUDIO_APPROVED.version,
    subjectId: s.id,
    occurredOn: payload.approvedOn,
    payload: { ...payload },
  });
}

/** A unique-index violation (the lead's place at a level) as the coded conflict; anything else unchanged. */
async function placeOrConflict<T>(level: Level, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw ALREADY_LED(level);
    throw error;
  }
}

interface StepSpec {
  /** Further checks on the locked row (maker-checker, the window, the level …): throw a KitError to refuse. */
  check?: (row: Row, today: string) => void;
  /** What the step changes besides the status (and the lead's place, kept in step with status and level). */
  data?: (row: Row, today: string) => Prisma.MasterStudioUpdateInput;
  /** Writes of its own (an objection, an assessment, a fact), after the update, in the same transaction. */
  after?: (tx: Tx, updated: Row, before: Row, today: string) => Promise<void>;
  note?: string | null;
}

/**
 * One step on an existing studio, in one transaction: lock the row (concurrent steps on one studio queue here, and
 * the later ones find the state the first left), check the duty for its level, the state and the step's own
 * conditions, update, write the history line and audit record, and the step's own writes. A refusal writes nothing.
 */
async function step(ctx: Ctx, rawId: string | number, action: Action, spec: StepSpec): Promise<string> {
  const id = String(rawId).trim();
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'master_studio',
        id,
        () => new KitError('NOT_FOUND', '工作室不存在', { field: 'id', reason: 'STUDIO_NOT_FOUND' }),
      );
      const row = await tx.masterStudio.findUniqueOrThrow({ where: { id } });
      requireDuty(ctx.principal, DUTIES.STUDIO, row.level);
      const wrong = wrongStatus(action, row.status);
      if (wrong) throw new KitError('CONFLICT', wrong.zh, { field: 'id', reason: 'WRONG_STATUS', messageEn: wrong.en });
      spec.check?.(row, today);
      const extra = spec.data?.(row, today) ?? {};
      const status = statusAfter(action, row.status);
      const level = (extra.level as Level | undefined) ?? row.level;
      const updated = await placeOrConflict(level, () =>
        tx.masterStudio.update({
          where: { id },
          data: { ...extra, status, liveLeadLevel: liveKey(row.leadId, level, status) },
        }),
      );
      await record(tx, ctx, action, row, updated, spec.note ?? null);
      await spec.after?.(tx, updated, row, today);
    },
    // Twenty identical requests queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

const returnStudio = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.masterStudio.findUniqueOrThrow({ ...query, where: { id } });

/** A new studio (an application, or an approval recorded from above), its history line and audit record. */
async function create(
  ctx: Ctx,
  action: Action,
  data: Omit<Prisma.MasterStudioUncheckedCreateInput, 'status' | 'liveLeadLevel'> & { status: Status },
  text: string | null,
  after?: (tx: Tx, created: Row) => Promise<void>,
): Promise<string> {
  await ctx.references.requireKnown({
    people: [{ field: 'input.leadId', id: data.leadId }],
  });
  // The host unit's county, stored with the studio: a county's targets (T10) count it without asking at read time.
  const [countyCode] = await ctx.references.organisationCounties([{ field: 'input.hostId', id: data.hostId }]);
  const created = await placeOrConflict(data.level as Level, () =>
    ctx.prisma.$transaction(async (tx) => {
      const studio = await tx.masterStudio.create({
        data: {
          ...data,
          countyCode: countyCode ?? null,
          liveLeadLevel: liveKey(data.leadId, data.level as Level, data.status),
        },
      });
      await record(tx, ctx, action, null, studio, text);
      await after?.(tx, studio);
      return studio;
    }),
  );
  return created.id;
}

const STUDIO_ID = { required: true, description: '工作室（MasterStudio.id）' } as const;

// ——— inputs ———

const ApplyForStudioInput = builder.inputType('ApplyForStudioInput', {
  description: '依托单位申报技能大师工作室',
  fields: (t) => ({
    name: t.string({ required: true, description: '工作室名称（2–100 字）', validate: name }),
    level: t.field({ type: StudioLevel, required: true, description: '申报级别' }),
    leadId: t.id({ required: true, description: '领办人 Person.id' }),
    hostId: t.id({ required: true, description: '依托单位 Organisation.id' }),
    trade: t.string({ required: true, description: '职业（工种）领域', validate: trade }),
    appliedOn: t.field({ type: 'Date', required: false, description: '申报日期（默认今天），不得晚于今天' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const ReviewStudioInput = builder.inputType('ReviewStudioInput', {
  description: '评审工作室申报：核对政策规定的条件',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    urgentFieldAttested: t.boolean({
      required: true,
      description: '确认所属职业（工种）领域为经济社会发展急需、紧缺行业领域（二(六)）',
    }),
    note: t.string({ required: false, description: '评审意见', validate: note }),
  }),
});

const SelectStudioInput = builder.inputType('SelectStudioInput', {
  description: '遴选工作室（市级）',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    level: t.field({ type: StudioLevel, required: true, description: '遴选级别（市人社局遴选市级）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const PublishStudioInput = builder.inputType('PublishStudioInput', {
  description: '公示遴选结果',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    days: t.int({ required: false, description: '公示天数（日历日；默认与上下限为平台设置）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const ObjectToStudioInput = builder.inputType('ObjectToStudioInput', {
  description: '登记公示期间收到的异议',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    content: t.string({
      required: true,
      description: '异议内容',
      validate: z.string().trim().min(2, '异议内容不能少于 2 个字').max(1000, '异议内容不超过 1000 个字'),
    }),
  }),
});

const StudioNoteInput = builder.inputType('StudioNoteInput', {
  description: '办理说明',
  fields: (t) => ({ id: t.id(STUDIO_ID), note: t.string({ required: false, description: '说明', validate: note }) }),
});

const StudioReasonInput = builder.inputType('StudioReasonInput', {
  description: '办理理由（必填）',
  fields: (t) => ({ id: t.id(STUDIO_ID), reason: t.string({ required: true, description: '理由', validate: reason }) }),
});

const RecordStudioAssessmentInput = builder.inputType('RecordStudioAssessmentInput', {
  description: '登记年度考核结果',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    year: t.int({ required: true, description: '考核年度' }),
    result: t.field({ type: StudioAssessmentResult, required: true, description: '合格或不合格' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const HigherDocumentFields = {
  documentNo: { description: '上级批准文件文号', validate: documentNo },
  documentDate: '上级批准文件日期，不得晚于今天',
} as const;

const UpgradeStudioInput = builder.inputType('UpgradeStudioInput', {
  description: '工作室升级（获上级批准为更高级别）',
  fields: (t) => ({
    id: t.id(STUDIO_ID),
    level: t.field({ type: StudioLevel, required: true, description: '新级别（须高于现级别）' }),
    documentNo: t.string({ required: true, ...HigherDocumentFields.documentNo }),
    documentDate: t.field({ type: 'Date', required: true, description: HigherDocumentFields.documentDate }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RecordHigherStudioApprovalInput = builder.inputType('RecordHigherStudioApprovalInput', {
  description: '登记国家级、省级工作室（站）的上级批准（不经市级评审）',
  fields: (t) => ({
    name: t.string({ required: true, description: '工作室名称（2–100 字）', validate: name }),
    level: t.field({ type: StudioLevel, required: true, description: '级别（国家级或省级）' }),
    leadId: t.id({ required: true, description: '领办人 Person.id' }),
    hostId: t.id({ required: true, description: '依托单位 Organisation.id' }),
    trade: t.string({ required: true, description: '职业（工种）领域', validate: trade }),
    documentNo: t.string({ required: true, ...HigherDocumentFields.documentNo }),
    documentDate: t.field({ type: 'Date', required: true, description: HigherDocumentFields.documentDate }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const CreateMasterStudioInput = builder.inputType('CreateMasterStudioInput', {
  description: '登记已命名的技能大师工作室（旧接口）',
  fields: (t) => ({
    name: t.string({ required: true, description: '工作室名称（2–100 字）', validate: name }),
    level: t.field({ type: StudioLevel, required: true }),
    leadId: t.id({ required: true, description: '领办人 Person.id' }),
    hostId: t.id({ required: true, description: '依托单位 Organisation.id' }),
    trade: t.string({ required: true, description: '职业（工种）领域', validate: trade }),
    approvedOn: t.field({ type: 'Date', required: true, description: '遴选（获批）日期，不得晚于今天' }),
  }),
});

// ——— checks ———

function requireHigherLevel(level: Level, field: string): void {
  if (isCitySelectedStudioLevel(level)) {
    throw badInput(`${STUDIO_LEVEL_LABELS[level]}由市人社局遴选，请走申报、评审、遴选、公示、命名流程`, {
      field,
      reason: 'CITY_LEVEL_GOES_THROUGH_SELECTION',
      messageEn: 'A city-level studio is selected by the city through the workflow',
    });
  }
}

function publicityDays(days: number | null | undefined): number {
  const settings = studioPublicitySettings();
  const n = days ?? settings.defaultDays;
  if (!Number.isSafeInteger(n) || n < settings.minDays || n > settings.maxDays) {
    throw badInput(`公示天数须为 ${settings.minDays}–${settings.maxDays} 天：${n}`, {
      field: 'input.days',
      reason: 'PUBLICITY_DAYS_OUT_OF_RANGE',
    });
  }
  return n;
}

// ——— mutations ———

builder.mutationFields((t) => ({
  applyForStudio: t.prismaField({
    type: MasterStudio,
    description: '申报技能大师工作室（依托单位、领办人、职业领域、申报级别；市人社局登记，二(六)）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ApplyForStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      const today = trainingToday();
      const appliedOn = input.appliedOn
        ? notFuture(input.appliedOn, 'input.appliedOn', '申报日期', today)
        : parseIsoDate(today);
      const studioId = await create(
        ctx,
        'APPLY',
        {
          name: input.name.trim(),
          level: input.level,
          leadId: requireId(input.leadId, 'input.leadId'),
          hostId: requireId(input.hostId, 'input.hostId'),
          trade: input.trade.trim(),
          appliedOn,
          status: 'APPLIED',
        },
        clean(input.note),
      );
      return returnStudio(ctx, query, studioId);
    },
  }),

  reviewStudio: t.prismaField({
    type: MasterStudio,
    description: '评审通过：核对政策规定的条件（急需紧缺领域，由评审人确认；原文未规定领办人等级和依托单位类型）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ReviewStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const unmet = unmetStudioConditions({ urgentFieldAttested: input.urgentFieldAttested });
      if (unmet.length > 0) {
        throw badInput(`不符合政策规定的条件：${unmet.map((c) => `${c.zh}（${c.clause}）`).join('；')}`, {
          field: 'input.urgentFieldAttested',
          reason: 'STUDIO_CONDITION_NOT_MET',
          messageEn: unmet.map((c) => c.en).join('; '),
        });
      }
      const studioId = await step(ctx, input.id, 'REVIEW', {
        data: () => ({ urgentFieldAttested: true }),
        note: clean(input.note),
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  rejectStudio: t.prismaField({
    type: MasterStudio,
    description: '不予遴选（评审不通过、异议成立等），须写明理由',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: StudioReasonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const studioId = await step(ctx, input.id, 'REJECT', { data: () => ({ statusReason: why }), note: why });
      return returnStudio(ctx, query, studioId);
    },
  }),

  selectStudio: t.prismaField({
    type: MasterStudio,
    description: '遴选为市级技能大师工作室（计入 T10：每年 10 家左右）；遴选人不能再命名同一工作室',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: SelectStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      if (!isCitySelectedStudioLevel(input.level)) {
        throw badInput(
          `${STUDIO_LEVEL_LABELS[input.level]}由上级部门批准，不由市级遴选：请登记上级批准文件（recordHigherStudioApproval）`,
          {
            field: 'input.level',
            reason: 'NOT_A_CITY_SELECTION',
            messageEn: `${input.level} is approved above the city`,
          },
        );
      }
      const studioId = await step(ctx, input.id, 'SELECT', {
        data: () => ({ level: input.level, selectedBy: ctx.principal.accountId }),
        note: clean(input.note),
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  publishStudio: t.prismaField({
    type: MasterStudio,
    description: '公示遴选结果：公示期（日历日）由平台设置，期内可登记异议',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: PublishStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const days = publicityDays(input.days);
      const studioId = await step(ctx, input.id, 'PUBLISH', {
        data: (_row, today) => ({
          publicityStartsOn: parseIsoDate(today),
          publicityEndsOn: parseIsoDate(addDaysIso(today, days - 1)),
        }),
        note: clean(input.note) ?? `公示 ${days} 天`,
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  objectToStudio: t.prismaField({
    type: MasterStudio,
    description: '登记公示期间收到的异议（公示期内）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ObjectToStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const content = input.content.trim();
      const studioId = await step(ctx, input.id, 'OBJECT', {
        check: (row, today) => {
          if (row.publicityEndsOn && today > toIsoDate(row.publicityEndsOn)) {
            throw new KitError('CONFLICT', `公示期已于 ${toIsoDate(row.publicityEndsOn)} 结束，不能再登记异议`, {
              field: 'id',
              reason: 'PUBLICITY_ENDED',
            });
          }
        },
        after: async (tx, updated, _before, today) => {
          await tx.studioObjection.create({
            data: {
              studioId: updated.id,
              content,
              receivedOn: parseIsoDate(today),
              recordedBy: ctx.principal.accountId,
            },
          });
        },
        note: content,
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  approveStudio: t.prismaField({
    type: MasterStudio,
    description: '公示期满后命名（审批）：须由遴选人以外的人员办理；写入资金事实（R7）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: StudioNoteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const studioId = await step(ctx, input.id, 'APPROVE', {
        check: (row, today) => {
          if (row.selectedBy === ctx.principal.accountId) {
            throw new KitError('FORBIDDEN', '遴选人不能命名同一工作室，须由另一名工作人员审批', {
              field: 'id',
              reason: 'SAME_SELECTOR_AND_APPROVER',
              messageEn: 'The one who selected a studio cannot approve it',
            });
          }
          const ends = row.publicityEndsOn ? toIsoDate(row.publicityEndsOn) : null;
          if (!ends || today <= ends) {
            throw new KitError('CONFLICT', `公示期至 ${ends ?? '—'} 结束，期满后方可命名`, {
              field: 'id',
              reason: 'PUBLICITY_NOT_ENDED',
              messageEn: `The publicity window ends on ${ends ?? '—'}`,
            });
          }
        },
        data: (_row, today) => ({ approvedOn: parseIsoDate(today), approvedBy: ctx.principal.accountId }),
        after: (tx, updated) => emitApproved(tx, updated),
        note: clean(input.note),
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  recordHigherStudioApproval: t.prismaField({
    type: MasterStudio,
    description:
      '登记国家级技能大师工作室、齐鲁技能大师特色工作站、省级技师工作站的上级批准（文号、日期）；写入资金事实（R8）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordHigherStudioApprovalInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      requireHigherLevel(input.level, 'input.level');
      const date = notFuture(input.documentDate, 'input.documentDate', '批准文件日期', trainingToday());
      const docNo = input.documentNo.trim();
      const studioId = await create(
        ctx,
        'RECORD_HIGHER_APPROVAL',
        {
          name: input.name.trim(),
          level: input.level,
          leadId: requireId(input.leadId, 'input.leadId'),
          hostId: requireId(input.hostId, 'input.hostId'),
          trade: input.trade.trim(),
          approvedOn: date,
          approvedBy: ctx.principal.accountId,
          documentNo: docNo,
          documentDate: date,
          status: 'APPROVED',
        },
        clean(input.note) ?? `批准文件：${docNo}`,
        (tx, created) => emitApproved(tx, created),
      );
      return returnStudio(ctx, query, studioId);
    },
  }),

  upgradeStudio: t.prismaField({
    type: MasterStudio,
    description: '工作室升级为更高级别（上级批准文件）：写入新级别的资金事实，补差额或另行享受由财政按规则核定',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: UpgradeStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      const date = notFuture(input.documentDate, 'input.documentDate', '批准文件日期', trainingToday());
      const docNo = input.documentNo.trim();
      const studioId = await step(ctx, input.id, 'UPGRADE', {
        check: (row) => {
          if (!isHigherStudioLevel(row.level, input.level)) {
            throw badInput(
              `${STUDIO_LEVEL_LABELS[input.level]}不高于现级别（${STUDIO_LEVEL_LABELS[row.level]}），不是升级`,
              { field: 'input.level', reason: 'NOT_A_HIGHER_LEVEL' },
            );
          }
        },
        data: () => ({
          level: input.level,
          approvedOn: date,
          approvedBy: ctx.principal.accountId,
          documentNo: docNo,
          documentDate: date,
        }),
        after: (tx, updated) => emitApproved(tx, updated),
        note: clean(input.note) ?? `批准文件：${docNo}`,
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  recordStudioAssessment: t.prismaField({
    type: MasterStudio,
    description: '登记年度考核结果（合格、不合格；每年一次）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordStudioAssessmentInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const text = clean(input.note);
      const year = input.year;
      const studioId = await step(ctx, input.id, 'ASSESS', {
        check: (row, today) => {
          const first = row.approvedOn ? row.approvedOn.getUTCFullYear() : Number(today.slice(0, 4));
          if (!Number.isSafeInteger(year) || year < first || year > Number(today.slice(0, 4))) {
            throw badInput(`考核年度须在命名年度（${first}）至今年之间：${year}`, {
              field: 'input.year',
              reason: 'INVALID_ASSESSMENT_YEAR',
            });
          }
        },
        after: async (tx, updated) => {
          const exists = await tx.studioAssessment.findUnique({
            where: { studioId_year: { studioId: updated.id, year } },
          });
          if (exists) {
            throw new KitError('CONFLICT', `${year} 年度考核结果已登记`, {
              field: 'input.year',
              reason: 'ASSESSMENT_ALREADY_RECORDED',
            });
          }
          await tx.studioAssessment.create({
            data: { studioId: updated.id, year, result: input.result, note: text, recordedBy: ctx.principal.accountId },
          });
        },
        note: `${year} 年度：${STUDIO_ASSESSMENT_RESULT.label(input.result)}${text ? `；${text}` : ''}`,
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  suspendStudio: t.prismaField({
    type: MasterStudio,
    description: '暂停工作室（须写明理由）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: StudioReasonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const studioId = await step(ctx, input.id, 'SUSPEND', { data: () => ({ statusReason: why }), note: why });
      return returnStudio(ctx, query, studioId);
    },
  }),

  resumeStudio: t.prismaField({
    type: MasterStudio,
    description: '恢复已暂停的工作室',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: StudioNoteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const studioId = await step(ctx, input.id, 'RESUME', {
        data: () => ({ statusReason: null }),
        note: clean(input.note),
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  revokeStudio: t.prismaField({
    type: MasterStudio,
    description: '撤销命名（须写明理由）：写入撤销事实，财政据此撤销尚未发放的资助，已发放的列明待追回',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: StudioReasonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const studioId = await step(ctx, input.id, 'REVOKE', {
        data: () => ({ statusReason: why }),
        after: async (tx, updated, _before, today) => {
          const payload: MasterStudioRevokedV1 = {
            studioId: updated.id,
            name: updated.name,
            hostId: updated.hostId,
            level: updated.level,
            reason: why,
          };
          await appendFact(tx, {
            kind: 'MASTER_STUDIO_REVOKED',
            version: FACT_EVENT_KINDS.MASTER_STUDIO_REVOKED.version,
            subjectId: updated.id,
            occurredOn: today,
            payload: { ...payload },
          });
        },
        note: why,
      });
      return returnStudio(ctx, query, studioId);
    },
  }),

  createMasterStudio: t.prismaField({
    type: MasterStudio,
    description: '登记已命名的技能大师工作室（旧接口，保留供已有数据导入；新工作室请走申报流程或登记上级批准）',
    deprecationReason: '用 applyForStudio … approveStudio（市级）或 recordHigherStudioApproval（国家级、省级）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CreateMasterStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      const approvedOn = notFuture(input.approvedOn, 'input.approvedOn', '遴选（获批）日期', trainingToday());
      const studioId = await create(
        ctx,
        'APPROVE',
        {
          name: input.name.trim(),
          level: input.level,
          leadId: requireId(input.leadId, 'input.leadId'),
          hostId: requireId(input.hostId, 'input.hostId'),
          trade: input.trade.trim(),
          approvedOn,
          approvedBy: ctx.principal.accountId,
          status: 'APPROVED',
        },
        `直接登记（${STUDIO_ACTION.label('APPROVE')}日期 ${toIsoDate(approvedOn)}）`,
        (tx, created) => emitApproved(tx, created),
      );
      return returnStudio(ctx, query, studioId);
    },
  }),
}));
