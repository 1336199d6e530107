import { DUTIES, POLICY_WINDOW, type CraftsmanCollegeAction as Action } from '@jining/rules';
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
  type CraftsmanCollegeApprovedV1,
  type CraftsmanCollegeRevokedV1,
  type SubgraphContext,
  lockRowById,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { COLLEGE_STEPS, liveHostName } from '../domain/college-workflow.ts';
import { trainingToday } from '../domain/settings.ts';
import type { CraftsmanCollege as Row, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { CraftsmanCollege } from './craftsman-college.ts';
import { clean, notFuture, requireId } from './inputs.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

/** The duty's one code: the text funds city-level colleges only. */
const CITY = 'CITY' as const;

const name = z.string().trim().min(2, '工匠学院名称至少 2 个字').max(100, '工匠学院名称不超过 100 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');

const ALREADY_APPLIED = new KitError('CONFLICT', '该单位已申报同名工匠学院（未办结或已批准），不能重复申报', {
  field: 'input.name',
  reason: 'COLLEGE_ALREADY_APPLIED',
  messageEn: 'This host unit already has a live college of this name',
});

/** The college's snapshot for its audit record. */
const snapshot = (c: Row) => ({
  status: c.status,
  name: c.name,
  hostId: c.hostId,
  foundedOn: toIsoDate(c.foundedOn),
  approvedOn: c.approvedOn ? toIsoDate(c.approvedOn) : null,
  statusReason: c.statusReason,
});

/** One history line and its audit record, in the step's transaction. */
async function record(tx: Tx, ctx: Ctx, action: Action, before: Row | null, after: Row, text: string | null) {
  await tx.craftsmanCollegeHistory.create({
    data: {
      collegeId: after.id,
      action,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      actorId: ctx.principal.accountId,
      actorName: ctx.principal.displayName,
      note: text,
    },
  });
  await appendAudit(tx, ctx, {
    action: `CRAFTSMAN_COLLEGE_${action}`,
    entityType: 'CraftsmanCollege',
    entityId: after.id,
    reason: text,
    before: before ? snapshot(before) : null,
    after: snapshot(after),
  });
}

interface StepSpec {
  /** Further checks on the locked row (maker-checker …): throw a KitError to refuse. */
  check?: (row: Row) => void;
  data?: (row: Row, today: string) => Prisma.CraftsmanCollegeUpdateInput;
  /** The step's fact, after the update, in the same transaction. */
  after?: (tx: Tx, updated: Row, today: string) => Promise<void>;
  note?: string | null;
}

/**
 * One step on an existing college, in one transaction: lock the row (twenty concurrent approvals queue here, and the
 * later ones find it approved), check the duty, the state and the step's own checks, update, write the history line,
 * the audit record and the fact. A refusal writes nothing.
 */
async function step(ctx: Ctx, rawId: string | number, action: Action, spec: StepSpec): Promise<string> {
  requireDuty(ctx.principal, DUTIES.CRAFTSMAN_COLLEGE, CITY);
  const id = String(rawId).trim();
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'craftsman_college',
        id,
        () => new KitError('NOT_FOUND', '工匠学院不存在', { field: 'id', reason: 'COLLEGE_NOT_FOUND' }),
      );
      const row = await tx.craftsmanCollege.findUniqueOrThrow({ where: { id } });
      COLLEGE_STEPS.requireStatus(action, row.status);
      spec.check?.(row);
      const status = COLLEGE_STEPS.statusAfter(action, row.status);
      const updated = await tx.craftsmanCollege.update({
        where: { id },
        data: { ...spec.data?.(row, today), status, liveHostName: liveHostName(row.hostId, row.name, status) },
      });
      await record(tx, ctx, action, row, updated, spec.note ?? null);
      await spec.after?.(tx, updated, today);
    },
    // Twenty identical requests queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

const returnCollege = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.craftsmanCollege.findUniqueOrThrow({ ...query, where: { id } });

const COLLEGE_ID = { required: true, description: '工匠学院（CraftsmanCollege.id）' } as const;

const ApplyForCraftsmanCollegeInput = builder.inputType('ApplyForCraftsmanCollegeInput', {
  description: '登记建设单位的市级工匠学院申报（市总工会）',
  fields: (t) => ({
    name: t.string({ required: true, description: '工匠学院名称（2–100 字）', validate: name }),
    hostId: t.id({ required: true, description: '建设单位 Organisation.id' }),
    foundedOn: t.field({
      type: 'Date',
      required: true,
      description: '建成日期：新建设的工匠学院，须在政策施行期内且不晚于今天',
    }),
    appliedOn: t.field({ type: 'Date', required: false, description: '申报日期（默认今天），不得晚于今天' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const CraftsmanCollegeNoteInput = builder.inputType('CraftsmanCollegeNoteInput', {
  description: '办理说明',
  fields: (t) => ({ id: t.id(COLLEGE_ID), note: t.string({ required: false, description: '说明', validate: note }) }),
});

const CraftsmanCollegeReasonInput = builder.inputType('CraftsmanCollegeReasonInput', {
  description: '办理理由（必填）',
  fields: (t) => ({
    id: t.id(COLLEGE_ID),
    reason: t.string({ required: true, description: '理由', validate: reason }),
  }),
});

/** 新建设: R9 pays a college built within the policy window, not one that stood before it. */
function newlyBuilt(foundedOn: Date, today: string): Date {
  notFuture(foundedOn, 'input.foundedOn', '建成日期', today);
  const iso = toIsoDate(foundedOn);
  if (iso < POLICY_WINDOW.from) {
    throw badInput(`建成日期早于政策施行之日（${POLICY_WINDOW.from}），不是新建设的工匠学院（二(六)）：${iso}`, {
      field: 'input.foundedOn',
      reason: 'NOT_NEWLY_BUILT',
      messageEn: `Founded before the policy took effect (${POLICY_WINDOW.from})`,
    });
  }
  return foundedOn;
}

builder.mutationFields((t) => ({
  applyForCraftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    description: '登记市级工匠学院申报（建设单位、名称、建成日期；市总工会办理，二(六)）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ApplyForCraftsmanCollegeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.CRAFTSMAN_COLLEGE, CITY);
      const today = trainingToday();
      const foundedOn = newlyBuilt(input.foundedOn, today);
      const appliedOn = input.appliedOn
        ? notFuture(input.appliedOn, 'input.appliedOn', '申报日期', today)
        : parseIsoDate(today);
      const hostId = requireId(input.hostId, 'input.hostId');
      const collegeName = input.name.trim();
      // The host unit's county (refusing an unknown unit), stored with the college: a county's share of T11.
      const [countyCode] = await ctx.references.organisationCounties([{ field: 'input.hostId', id: hostId }]);
      let created: Row;
      try {
        created = await ctx.prisma.$transaction(async (tx) => {
          const college = await tx.craftsmanCollege.create({
            data: {
              name: collegeName,
              hostId,
              countyCode: countyCode ?? null,
              foundedOn,
              appliedOn,
              status: 'APPLIED',
              liveHostName: liveHostName(hostId, collegeName, 'APPLIED'),
            },
          });
          await record(tx, ctx, 'APPLY', null, college, clean(input.note));
          return college;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw ALREADY_APPLIED;
        throw error;
      }
      return returnCollege(ctx, query, created.id);
    },
  }),

  reviewCraftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    description: '评审通过工匠学院申报（评审人不能再批准同一学院）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CraftsmanCollegeNoteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await step(ctx, input.id, 'REVIEW', {
        data: () => ({ reviewedBy: ctx.principal.accountId }),
        note: clean(input.note),
      });
      return returnCollege(ctx, query, id);
    },
  }),

  rejectCraftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    description: '不予批准工匠学院申报，须写明理由',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CraftsmanCollegeReasonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await step(ctx, input.id, 'REJECT', { data: () => ({ statusReason: why }), note: why });
      return returnCollege(ctx, query, id);
    },
  }),

  approveCraftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    description: '批准建设市级工匠学院：须由评审人以外的市总工会人员办理；写入资金事实（R9，计入 T11）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CraftsmanCollegeNoteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await step(ctx, input.id, 'APPROVE', {
        check: (row) => {
          if (row.reviewedBy === ctx.principal.accountId) {
            throw new KitError('FORBIDDEN', '评审人不能批准同一工匠学院，须由另一名工作人员批准', {
              field: 'id',
              reason: 'SAME_REVIEWER_AND_APPROVER',
              messageEn: 'The one who reviewed a college cannot approve it',
            });
          }
        },
        data: (_row, today) => ({ approvedOn: parseIsoDate(today), approvedBy: ctx.principal.accountId }),
        after: async (tx, c) => {
          const payload: CraftsmanCollegeApprovedV1 = {
            collegeId: c.id,
            name: c.name,
            hostId: c.hostId,
            foundedOn: toIsoDate(c.foundedOn),
            approvedOn: toIsoDate(c.approvedOn!),
            cityLevel: true,
            newlyBuilt: true,
          };
          await appendFact(tx, {
            kind: 'CRAFTSMAN_COLLEGE_APPROVED',
            version: FACT_EVENT_KINDS.CRAFTSMAN_COLLEGE_APPROVED.version,
            subjectId: c.id,
            occurredOn: payload.approvedOn,
            payload: { ...payload },
          });
        },
        note: clean(input.note),
      });
      return returnCollege(ctx, query, id);
    },
  }),

  revokeCraftsmanCollege: t.prismaField({
    type: CraftsmanCollege,
    description: '撤销批准（须写明理由）：写入撤销事实，财政据此撤销尚未发放的补助，已发放的列明待追回',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CraftsmanCollegeReasonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await step(ctx, input.id, 'REVOKE', {
        data: () => ({ statusReason: why }),
        after: async (tx, c, today) => {
          const payload: CraftsmanCollegeRevokedV1 = { collegeId: c.id, name: c.name, hostId: c.hostId, reason: why };
          await appendFact(tx, {
            kind: 'CRAFTSMAN_COLLEGE_REVOKED',
            version: FACT_EVENT_KINDS.CRAFTSMAN_COLLEGE_REVOKED.version,
            subjectId: c.id,
            occurredOn: today,
            payload: { ...payload },
          });
        },
        note: why,
      });
      return returnCollege(ctx, query, id);
    },
  }),
}));
