import { groupByKey, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

export const SkillCertificate = builder.prismaObject('SkillCertificate', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    recordedOn: t.expose('recordedOn', { type: 'Date' }),
  }),
});

builder.asEntity(SkillCertificate, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.skillCertificate.findUnique({ where: { id: ref.id } }),
});

// Person.skillCertificates: one batched query for all people in a request (dataloader), never one per person.
builder.objectFields(personRef(builder), (t) => ({
  skillCertificates: t.loadableList({
    type: SkillCertificate,
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      groupByKey(personIds, await ctx.prisma.skillCertificate.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }), (r) => r.personId),
  }),
}));

builder.queryFields((t) => ({
  skillCertificates: t.prismaConnection({
    type: SkillCertificate,
    cursor: 'id',
    authScopes: { authenticated: true },
    totalCount: (_conn, _args, ctx) => ctx.prisma.skillCertificate.count(),
    resolve: (query, _root, _args, ctx) => ctx.prisma.skillCertificate.findMany({ ...query, orderBy: { id: 'asc' } }),
  }, { name: 'SkillCertificateConnection' }, { name: 'SkillCertificateEdge' }),
}));

const CreateSkillCertificateInput = builder.inputType('CreateSkillCertificateInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, '标题不能为空').max(100, '标题不超过 100 个字') }),
    personId: t.id({ required: true }),
    recordedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createSkillCertificate: t.prismaField({
    type: SkillCertificate,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateSkillCertificateInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.prisma.skillCertificate.create({
        ...query,
        data: { title: input.title.trim(), personId: String(input.personId), recordedOn: input.recordedOn },
      }),
  }),
}));
