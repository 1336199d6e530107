import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const Competition = builder.prismaObject('Competition', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(Competition, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.competition.findUnique({ where: { id: ref.id } }),
});

// Person.competitions: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  competitions: t.loadableList({
    type: Competition,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.competition.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  competitions: t.prismaConnection({
    type: Competition,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.competition.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.competition.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: 'CompetitionConnection' }, { name: 'CompetitionEdge' }),
}));

const CreateCompetitionInput = builder.inputType('CreateCompetitionInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createCompetition: t.prismaField({
    type: Competition,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateCompetitionInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.competition.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
