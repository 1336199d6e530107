import { builder } from '../builder.ts';
import { CountyKind } from './enums.ts';

/** 县（市、区）及功能区: owned here, keyed by code; every domain adds its own per-county figures. */
export const County = builder.prismaObject('County', {
  description: '济宁市县（市、区）及功能区',
  fields: (t) => ({
    code: t.exposeID('code', { description: 'GB/T 2260 代码（功能区为平台自编 Z 码）' }),
    // Shared with every subgraph's County (subgraph-kit's countyRef serves the same reference data).
    name: t.exposeString('name', { shareable: true }),
    kind: t.expose('kind', { type: CountyKind }),
  }),
});

builder.asEntity(County, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (ref, ctx) => ctx.prisma.county.findUnique({ where: { code: ref.code } }),
});

builder.queryFields((t) => ({
  counties: t.prismaField({
    type: [County],
    description: '全部县（市、区）及功能区',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.county.findMany({ ...query, orderBy: { sortOrder: 'asc' } }),
  }),
}));
