import { isValidCreditCode } from '@jining/reference-data';
import { DUTIES } from '@jining/rules';
import { appendAudit, connectionNames, filteredList, badInput, requireDuty, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { organisationSnapshot } from './audit-snapshots.ts';
import { BY_IDS_LIMIT, requireIdList } from './by-ids.ts';
import { requireCounty } from './county-lookup.ts';
import { OrganisationKind } from './enums.ts';

/** 单位: enterprises, colleges and evaluation organisations, with the flags the policy's rules test. */
export const Organisation = builder.prismaObject('Organisation', {
  description: '单位（企业、院校、评价机构）',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKind }),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码' }),
    county: t.relation('county'),
    stateOwned: t.exposeBoolean('stateOwned', { description: '国有及国有控股企业' }),
    climbing: t.exposeBoolean('climbing', { description: '攀登企业' }),
    industryEducationIntegration: t.exposeBoolean('industryEducationIntegration', { description: '产教融合型企业' }),
  }),
});

builder.asEntity(Organisation, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into a single query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.organisation.findUnique({ where: { id: ref.id } }),
});

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: Organisation,
      cursor: 'id',
      description: '单位列表',
      authScopes: { authenticated: true },
      args: {
        kind: t.arg({ type: OrganisationKind, required: false }),
        countyCode: t.arg.id({ required: false }),
        search: t.arg.string({ required: false, description: '按名称或信用代码检索' }),
      },
      ...filteredList((ctx) => ctx.prisma.organisation, organisationWhere),
    },
    ...connectionNames('Organisation'),
  ),
  organisation: t.prismaField({
    type: Organisation,
    nullable: true,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.organisation.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  organisationsByIds: t.prismaField({
    type: [Organisation],
    nullable: { list: false, items: true },
    description: `按编号批量取单位（至多 ${BY_IDS_LIMIT} 个）：与 ids 同序，不存在的为空`,
    authScopes: { authenticated: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const ids = requireIdList(args.ids);
      const rows = await ctx.prisma.organisation.findMany({ ...query, where: { id: { in: [...new Set(ids)] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  }),
}));

function organisationWhere(args: {
  kind?: string | null;
  countyCode?: string | number | null;
  search?: string | null;
}) {
  return {
    ...(args.kind ? { kind: args.kind as never } : {}),
    ...(args.countyCode ? { countyCode: String(args.countyCode) } : {}),
    ...(args.search
      ? { OR: [{ name: { contains: args.search } }, { creditCode: { startsWith: args.search.toUpperCase() } }] }
      : {}),
  };
}

const CreateOrganisationInput = builder.inputType('CreateOrganisationInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z.string().trim().min(2, '单位名称至少 2 个字').max(100, '单位名称不超过 100 个字'),
    }),
    kind: t.field({ type: OrganisationKind, required: true }),
    creditCode: t.string({ required: true, description: '统一社会信用代码（18 位）' }),
    countyCode: t.id({ required: true }),
    stateOwned: t.boolean({ required: false, defaultValue: false }),
    climbing: t.boolean({ required: false, defaultValue: false }),
    industryEducationIntegration: t.boolean({ required: false, defaultValue: false }),
  }),
});

builder.mutationFields((t) => ({
  createOrganisation: t.prismaField({
    type: Organisation,
    description: '登记单位',
    authScopes: { permission: 'directory:manage' },
    args: { input: t.arg({ type: CreateOrganisationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.DIRECTORY, 'ORGANISATION');
      const creditCode = input.creditCode.trim().toUpperCase();
      if (!isValidCreditCode(creditCode)) {
        throw badInput(`统一社会信用代码无效：${input.creditCode}`, {
          field: 'input.creditCode',
          reason: 'INVALID_CREDIT_CODE',
          messageEn: 'Invalid unified social credit code (GB 32100)',
        });
      }
      const countyCode = await requireCounty(ctx.prisma, String(input.countyCode));
      // The record and its audit entry commit together (a duplicate credit code rolls both back).
      return ctx.prisma.$transaction(async (tx) => {
        const organisation = await tx.organisation.create({
          ...query,
          data: {
            name: input.name.trim(),
            kind: input.kind,
            creditCode,
            countyCode,
            stateOwned: input.stateOwned ?? false,
            climbing: input.climbing ?? false,
            industryEducationIntegration: input.industryEducationIntegration ?? false,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE_ORGANISATION',
          entityType: 'Organisation',
          entityId: organisation.id,
          after: organisationSnapshot(organisation),
        });
        return organisation;
      });
    },
  }),
}));
