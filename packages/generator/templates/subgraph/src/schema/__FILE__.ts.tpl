import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const __ENTITY__ = builder.prismaObject('__ENTITY__', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(__ENTITY__, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.__CAMEL__.findUnique({ where: { id: ref.id } }),
});

// Person.__CAMEL__s: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  __CAMEL__s: t.loadableList({
    type: __ENTITY__,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.__CAMEL__.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  __CAMEL__s: t.prismaConnection({
    type: __ENTITY__,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.__CAMEL__.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.__CAMEL__.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: '__ENTITY__Connection' }, { name: '__ENTITY__Edge' }),
}));

const Create__ENTITY__Input = builder.inputType('Create__ENTITY__Input', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  create__ENTITY__: t.prismaField({
    type: __ENTITY__,
    // Any signed-in account may write until the policy's lead body is known: add a '__NAME__:manage' permission to
    // DEPARTMENT_PERMISSIONS (packages/protocol/src/principal.ts) and require it here, as every domain subgraph does.
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: Create__ENTITY__Input, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.__CAMEL__.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
