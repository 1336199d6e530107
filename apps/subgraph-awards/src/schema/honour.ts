import { DUTIES, HONOUR_KIND_LABELS, honourQuotaFor, POLICY_YEARS, type HonourKind as Kind } from '@jining/rules';
import {
  badInput,
  connectionNames,
  filteredList,
  KitError,
  notFound,
  personRef,
  requireDuty,
  uniqueOrConflict,
  z,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { decisionRefusal, quotaRefusal, type ReviewRefusal } from '../domain/review.ts';
import type { HonourStatus as Status, PrismaClient } from '../generated/prisma/client.ts';
import { HonourKind, HonourStatus } from './enums.ts';

/** 表彰: an honour of a kind for a person in a year, with its review state. */
export const Honour = builder.prismaObject('Honour', {
  description:
    '表彰（济宁市首席技师、济宁大工匠、济宁工匠、济宁手造工匠、济宁市技术能手、技能状元；四(十三)、五(十四)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: HonourKind, description: '荣誉类别' }),
    year: t.exposeInt('year', { description: '评选年度' }),
    person: t.field({ type: personRef(builder), description: '获表彰人员', resolve: (row) => ({ id: row.personId }) }),
    status: t.expose('status', { type: HonourStatus, description: '状态' }),
    citation: t.exposeString('citation', { nullable: true, description: '推荐理由 / 事迹简介' }),
    nominatedBy: t.exposeString('nominatedBy', {
      nullable: true,
      description: '提名经办账号（account id）；该账号不能审定此提名',
    }),
    decidedBy: t.exposeString('decidedBy', { nullable: true, description: '审定账号（account id），不会是提名人' }),
  }),
});

builder.asEntity(Honour, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into one query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.honour.findUnique({ where: { id: ref.id } }),
});

function honourWhere(args: { kind?: string | null; year?: number | null; status?: string | null }) {
  return {
    ...(args.kind ? { kind: args.kind as never } : {}),
    ...(args.year != null ? { year: args.year } : {}),
    ...(args.status ? { status: args.status as never } : {}),
  };
}

builder.queryFields((t) => ({
  honours: t.prismaConnection(
    {
      type: Honour,
      cursor: 'id',
      description: '表彰列表',
      authScopes: { authenticated: true },
      args: {
        kind: t.arg({ type: HonourKind, required: false, description: '按荣誉类别筛选' }),
        year: t.arg.int({ required: false, description: '按年度筛选' }),
        status: t.arg({ type: HonourStatus, required: false, description: '按状态筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.honour, honourWhere),
    },
    ...connectionNames('Honour', '表彰分页列表'),
  ),
  honour: t.prismaField({
    type: Honour,
    nullable: true,
    description: '按 id 查询表彰',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.honour.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const NominateHonourInput = builder.inputType('NominateHonourInput', {
  description: '提名表彰',
  fields: (t) => ({
    kind: t.field({ type: HonourKind, required: true }),
    year: t.int({
      required: true,
      description: `评选年度（政策有效期内：${POLICY_YEARS.first}–${POLICY_YEARS.last}）`,
    }),
    personId: t.id({ required: true, description: '被提名人员（目录中的人员 id）' }),
    citation: t.string({
      required: false,
      description: '推荐理由',
      validate: z.string().trim().max(2000, '推荐理由不超过 2000 个字').nullish(),
    }),
  }),
});

builder.mutationFields((t) => ({
  nominateHonour: t.prismaField({
    type: Honour,
    description: '提名表彰（按荣誉类别由其牵头部门办理，四(十三)、五(十四)）；同一人同一年度同一类别只能有一条',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: NominateHonourInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.HONOUR, input.kind);
      if (input.year < POLICY_YEARS.first || input.year > POLICY_YEARS.last) {
        throw badInput(`评选年度须在政策有效期 ${POLICY_YEARS.first}–${POLICY_YEARS.last} 年内：${input.year}`, {
          field: 'input.year',
          reason: 'OUTSIDE_POLICY_WINDOW',
          messageEn: `Year outside the policy window: ${input.year}`,
        });
      }
      const personId = String(input.personId).trim();
      if (!personId) throw badInput('被提名人员不能为空', { field: 'input.personId', reason: 'VALIDATION_FAILED' });
      await ctx.references.requireKnown({ people: [{ field: 'input.personId', id: personId }] });
      // The unique index decides (不重复), so two concurrent nominations cannot both pass.
      return uniqueOrConflict(
        () =>
          ctx.prisma.honour.create({
            ...query,
            data: {
              kind: input.kind,
              year: input.year,
              personId,
              citation: input.citation?.trim() || null,
              status: 'NOMINATED',
              nominatedBy: ctx.principal.accountId,
            },
          }),
        {
          message: `该人员 ${input.year} 年已有“${HONOUR_KIND_LABELS[input.kind]}”表彰记录，不能重复提名`,
          field: 'input.personId',
          reason: 'DUPLICATE_HONOUR',
          messageEn: 'This person already has this honour for this year',
        },
      );
    },
  }),
  decideHonour: t.prismaField({
    type: Honour,
    description:
      '审定提名：批准或不予通过（仅限“已提名”状态；提名人不能审定自己的提名；批准不得超过当年名额，五(十四)）',
    authScopes: { permission: 'awards:manage' },
    args: {
      id: t.arg.id({ required: true }),
      approve: t.arg.boolean({ required: true, description: 'true 批准，false 不予通过' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      const decider = ctx.principal.accountId;
      await ctx.prisma.$transaction(
        async (tx) => {
          // The nomination's row first: two reviewers of one nomination queue here, and the second finds it decided.
          const [row] = await tx.$queryRaw<LockedHonour[]>`
            SELECT kind::text AS kind, year, status::text AS status, nominated_by AS "nominatedBy"
            FROM honour WHERE id = ${id} FOR UPDATE`;
          if (!row) throw notFound('表彰', id);
          requireDuty(ctx.principal, DUTIES.HONOUR, row.kind);
          refuse(decisionRefusal(row, decider));
          if (args.approve) await holdQuotaPlace(tx, row.kind, row.year);
          await tx.honour.update({
            where: { id },
            data: { status: args.approve ? 'APPROVED' : 'REJECTED', decidedAt: new Date(), decidedBy: decider },
          });
        },
        // Approvals of one quota queue on its row: leave them time to wait their turn.
        { maxWait: 20_000, timeout: 20_000 },
      );
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

interface LockedHonour {
  kind: Kind;
  year: number;
  status: Status;
  nominatedBy: string | null;
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

function refuse(refusal: ReviewRefusal | null): void {
  if (!refusal) return;
  throw new KitError(refusal.code, refusal.zh, { field: 'id', reason: refusal.reason, messageEn: refusal.en });
}

/**
 * H3, H4 (五(十四)): an approval takes a place of its year's quota, or is refused. The quota's row for the year is
 * created once and locked (SELECT … FOR UPDATE) before the year's approvals are counted, so concurrent approvals of
 * one quota run one after another inside their transactions and the ceiling holds on PGlite and PostgreSQL alike.
 * Kinds without a ceiling (技术能手: a minimum; 技能状元: no number) take no lock.
 */
async function holdQuotaPlace(tx: Tx, kind: Kind, year: number): Promise<void> {
  const quota = honourQuotaFor(kind, year);
  if (!quota) return;
  await tx.honourQuota.createMany({ data: [{ quota: quota.id, year }], skipDuplicates: true });
  await tx.$queryRaw`SELECT quota FROM honour_quota WHERE quota = ${quota.id} AND year = ${year} FOR UPDATE`;
  const approved = await tx.honour.count({ where: { kind: { in: [...quota.kinds] }, year, status: 'APPROVED' } });
  refuse(quotaRefusal(quota, approved, kind));
}
