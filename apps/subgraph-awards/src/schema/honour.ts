import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const Honour = builder.prismaObject('Honour', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(Honour, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.honour.findUnique({ where: { id: ref.id } }),
});

// Person.honours: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  honours: t.loadableList({
    type: Honour,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.honour.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  honours: t.prismaConnection({
    type: Honour,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.honour.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.honour.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: 'HonourConnection' }, { name: 'HonourEdge' }),
}));

const CreateHonourInput = builder.inputType('CreateHonourInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createHonour: t.prismaField({
    type: Honour,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateHonourInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.honour.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
