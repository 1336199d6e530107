import { HONOUR_KIND_LABELS, HONOUR_STATUS, POLICY_YEARS } from '@jining/rules';
import {
  badInput,
  connectionNames,
  filteredList,
  notFound,
  personRef,
  uniqueOrConflict,
  z,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
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
    description: '提名表彰（市人社局、市总工会）；同一人同一年度同一类别只能有一条',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: NominateHonourInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (input.year < POLICY_YEARS.first || input.year > POLICY_YEARS.last) {
        throw badInput(`评选年度须在政策有效期 ${POLICY_YEARS.first}–${POLICY_YEARS.last} 年内：${input.year}`, {
          field: 'input.year',
          reason: 'OUTSIDE_POLICY_WINDOW',
          messageEn: `Year outside the policy window: ${input.year}`,
        });
      }
      const personId = String(input.personId).trim();
      if (!personId) throw badInput('被提名人员不能为空', { field: 'input.personId', reason: 'VALIDATION_FAILED' });
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
    description: '审定提名：批准或不予通过（仅限“已提名”状态）',
    authScopes: { permission: 'awards:manage' },
    args: {
      id: t.arg.id({ required: true }),
      approve: t.arg.boolean({ required: true, description: 'true 批准，false 不予通过' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      // Conditional update: only a NOMINATED honour moves, so two reviewers cannot both decide it.
      const moved = await ctx.prisma.honour.updateMany({
        where: { id, status: 'NOMINATED' },
        data: { status: args.approve ? 'APPROVED' : 'REJECTED', decidedAt: new Date() },
      });
      if (moved.count === 0) {
        const current = await ctx.prisma.honour.findUnique({ where: { id }, select: { status: true } });
        if (!current) throw notFound('表彰', id);
        throw badInput(`只有“已提名”的表彰可以审定，当前状态为“${HONOUR_STATUS.label(current.status)}”`, {
          field: 'id',
          reason: 'INVALID_TRANSITION',
          messageEn: `Only a NOMINATED honour can be decided (is ${current.status})`,
        });
      }
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
