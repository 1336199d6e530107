/**
 * The list idiom every subgraph shares: a Relay connection whose page and totalCount come from the same filter, so
 * the total can never count other rows than the page walks. Spread into `t.prismaConnection({...})`:
 *
 *   ...filteredList((ctx) => ctx.prisma.honour, honourWhere),
 *   }, ...connectionNames('Honour', '表彰分页列表')),
 */
type Order = Record<string, 'asc' | 'desc'> | Record<string, 'asc' | 'desc'>[];

interface ListModel<Where, Row> {
  count(args: { where: Where }): Promise<number>;
  findMany(args: { where: Where; orderBy: Order }): Promise<Row[]>;
}

export function filteredList<Ctx, Args, Where, Row>(
  model: (ctx: Ctx) => ListModel<Where, Row>,
  where: (args: Args, ctx: Ctx) => Where,
  orderBy: Order = { id: 'asc' },
) {
  return {
    totalCount: (_connection: unknown, args: Args, ctx: Ctx) => model(ctx).count({ where: where(args, ctx) }),
    resolve: (query: object, _root: unknown, args: Args, ctx: Ctx) =>
      model(ctx).findMany({ ...query, where: where(args, ctx), orderBy }),
  };
}

/** The connection and edge type names of a list of `type` (e.g. HonourConnection, HonourEdge). */
export function connectionNames(type: string, description?: string) {
  return [{ name: `${type}Connection`, ...(description ? { description } : {}) }, { name: `${type}Edge` }] as const;
}
