import { DUTIES, STUDIO_LEVEL_LABELS, type StudioLevel as RulesStudioLevel } from '@jining/rules';
import {
  appendFact,
  connectionNames,
  FACT_EVENT_KINDS,
  filteredList,
  badInput,
  toIsoDate,
  type MasterStudioApprovedV1,
  organisationRef,
  personRef,
  requireDuty,
  requireNotFuture,
  uniqueOrConflict,
  z,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { StudioLevel } from './enums.ts';

/** 技能大师工作室 二(六): approved at one level, led by a skill master (领办人), hosted by a unit (依托单位). */
export const MasterStudio = builder.prismaObject('MasterStudio', {
  description: '技能大师工作室（二(六)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '工作室名称' }),
    level: t.expose('level', { type: StudioLevel, description: '级别' }),
    lead: t.field({
      type: personRef(builder),
      description: '领办人（技能大师）',
      resolve: (row) => ({ id: row.leadId }),
    }),
    host: t.field({ type: organisationRef(builder), description: '依托单位', resolve: (row) => ({ id: row.hostId }) }),
    trade: t.exposeString('trade', { description: '职业（工种）领域' }),
    approvedOn: t.expose('approvedOn', { type: 'Date', description: '遴选（获批）日期' }),
  }),
});

builder.asEntity(MasterStudio, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into a single query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.masterStudio.findUnique({ where: { id: ref.id } }),
});

function studioWhere(args: { level?: RulesStudioLevel | null; hostId?: string | number | null }) {
  return {
    ...(args.level ? { level: args.level } : {}),
    ...(args.hostId ? { hostId: String(args.hostId) } : {}),
  };
}

builder.queryFields((t) => ({
  masterStudios: t.prismaConnection(
    {
      type: MasterStudio,
      cursor: 'id',
      description: '技能大师工作室列表',
      authScopes: { authenticated: true },
      args: {
        level: t.arg({ type: StudioLevel, required: false, description: '按级别筛选' }),
        hostId: t.arg.id({ required: false, description: '按依托单位筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.masterStudio, studioWhere),
    },
    ...connectionNames('MasterStudio'),
  ),
  masterStudio: t.prismaField({
    type: MasterStudio,
    nullable: true,
    description: '按 id 查询技能大师工作室',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.masterStudio.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

const CreateMasterStudioInput = builder.inputType('CreateMasterStudioInput', {
  description: '登记技能大师工作室',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: '工作室名称（2–100 字）',
      validate: z.string().trim().min(2, '工作室名称至少 2 个字').max(100, '工作室名称不超过 100 个字'),
    }),
    level: t.field({ type: StudioLevel, required: true }),
    leadId: t.id({ required: true, description: '领办人 Person.id' }),
    hostId: t.id({ required: true, description: '依托单位 Organisation.id' }),
    trade: t.string({
      required: true,
      description: '职业（工种）领域',
      validate: z.string().trim().min(1, '职业（工种）不能为空').max(50, '职业（工种）不超过 50 个字'),
    }),
    approvedOn: t.field({ type: 'Date', required: true, description: '遴选（获批）日期，不得晚于今天' }),
  }),
});

/** A directory id must at least be present; its existence is the directory's to answer (no cross-database reads). */
function requireId(value: string | number, field: string): string {
  const id = String(value).trim();
  if (!id) throw badInput('编号不能为空', { field, reason: 'VALIDATION_FAILED' });
  return id;
}

builder.mutationFields((t) => ({
  createMasterStudio: t.prismaField({
    type: MasterStudio,
    description: '登记技能大师工作室（市人社局，二(六)；同一人同一级别只能领办一家）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CreateMasterStudioInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.STUDIO, input.level);
      const data = {
        name: input.name.trim(),
        level: input.level,
        leadId: requireId(input.leadId, 'input.leadId'),
        hostId: requireId(input.hostId, 'input.hostId'),
        trade: input.trade.trim(),
        approvedOn: requireNotFuture(input.approvedOn, 'input.approvedOn', '遴选（获批）日期'),
      };
      await ctx.references.requireKnown({
        people: [{ field: 'input.leadId', id: data.leadId }],
        organisations: [{ field: 'input.hostId', id: data.hostId }],
      });
      // The studio and its fact event (R7/R8: finance funds the host unit) in one transaction: on any error nothing
      // is written, neither the studio nor the event.
      const created = await uniqueOrConflict(
        () =>
          ctx.prisma.$transaction(async (tx) => {
            const studio = await tx.masterStudio.create({ data });
            const payload: MasterStudioApprovedV1 = {
              studioId: studio.id,
              name: studio.name,
              hostId: studio.hostId,
              leadId: studio.leadId,
              level: studio.level,
              approvedOn: toIsoDate(studio.approvedOn),
              // Recorded here when it is selected: a new studio (an upgrade would be a new level's studio).
              newlyApproved: true,
            };
            await appendFact(tx, {
              kind: 'MASTER_STUDIO_APPROVED',
              version: FACT_EVENT_KINDS.MASTER_STUDIO_APPROVED.version,
              subjectId: studio.id,
              occurredOn: payload.approvedOn,
              payload: { ...payload },
            });
            return studio;
          }),
        {
          message: `该人员已领办一家${STUDIO_LEVEL_LABELS[input.level]}，同一级别只能领办一家`,
          field: 'input.leadId',
          reason: 'STUDIO_ALREADY_LED_AT_LEVEL',
          messageEn: `This person already leads a ${input.level} studio`,
        },
      );
      return ctx.prisma.masterStudio.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
