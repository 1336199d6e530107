import { connectionNames, filteredList, personRef, z } from '@jining/subgraph-kit';
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

builder.queryFields((t) => ({
  __CAMEL__s: t.prismaConnection({
    type: __ENTITY__,
    cursor: 'id',
    authScopes: { authenticated: true },
    // One filter drives the page and its totalCount; add arguments and narrow it as the list grows.
    ...filteredList((ctx) => ctx.prisma.__CAMEL__, (_args: object) => ({})),
  }, ...connectionNames('__ENTITY__')),
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
