import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const MasterStudio = builder.prismaObject('MasterStudio', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(MasterStudio, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.masterStudio.findUnique({ where: { id: ref.id } }),
});

// Person.masterStudios: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  masterStudios: t.loadableList({
    type: MasterStudio,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.masterStudio.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  masterStudios: t.prismaConnection({
    type: MasterStudio,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.masterStudio.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.masterStudio.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: 'MasterStudioConnection' }, { name: 'MasterStudioEdge' }),
}));

const CreateMasterStudioInput = builder.inputType('CreateMasterStudioInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createMasterStudio: t.prismaField({
    type: MasterStudio,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateMasterStudioInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.masterStudio.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
