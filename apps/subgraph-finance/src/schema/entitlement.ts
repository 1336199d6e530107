import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const Entitlement = builder.prismaObject('Entitlement', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(Entitlement, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.entitlement.findUnique({ where: { id: ref.id } }),
});

// Person.entitlements: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  entitlements: t.loadableList({
    type: Entitlement,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.entitlement.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  entitlements: t.prismaConnection({
    type: Entitlement,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.entitlement.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.entitlement.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: 'EntitlementConnection' }, { name: 'EntitlementEdge' }),
}));

const CreateEntitlementInput = builder.inputType('CreateEntitlementInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createEntitlement: t.prismaField({
    type: Entitlement,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateEntitlementInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.entitlement.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
