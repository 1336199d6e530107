import { WORK_ITEM, type WorkItem } from '@jining/rules';
import type { Principal } from '@jining/protocol/principal';
import type { createBuilder } from './builder.ts';
import type { SubgraphContext } from './context.ts';

type KitBuilder<PrismaTypes extends object, Client> = ReturnType<typeof createBuilder<PrismaTypes, Client>>;

/**
 * One kind of work that waits in a subgraph's records (studio applications to review, entitlements to approve …), for
 * the accounts whose department does its next step. The subgraph says who does it and how many wait for the caller;
 * the words and the shape of the answer are the kit's, alike in every subgraph, so the admin web's 工作台 asks every
 * subgraph in one request through the gateway.
 */
export interface WorkSource<Ctx> {
  readonly item: WorkItem;
  /** Whether the caller's department does this step at all (the duty map): work of others is not its work. */
  does(principal: Principal): boolean;
  /**
   * How many records wait for this caller: its own county's when it is a county's account, and never a step the
   * caller may not take on that record (the checker does not count what it made itself).
   */
  count(ctx: Ctx): Promise<number>;
}

export interface WorkCountValue {
  item: WorkItem;
  label: string;
  clause: string | null;
  count: number;
}

/** The work of `sources` that the caller's department does, each with its count (zero included: it is its work). */
export async function workOf<Ctx extends { principal: Principal }>(
  sources: readonly WorkSource<Ctx>[],
  ctx: Ctx,
): Promise<WorkCountValue[]> {
  const out: WorkCountValue[] = [];
  // One after another: a home page is a handful of counts, and the pool is better left to the work itself.
  for (const source of sources) {
    if (!source.does(ctx.principal)) continue;
    const term = WORK_ITEM.terms[source.item];
    out.push({ item: source.item, label: term.zh, clause: term.clause ?? null, count: await source.count(ctx) });
  }
  return out;
}

/**
 * Serves `Query.<fieldName>`: the caller's waiting work in this subgraph as a list of the kit's shareable `WorkCount`.
 * Each subgraph has its own field name (`trainingWork` …): federation resolves a root field from one subgraph only.
 */
export function addWorkQuery<PrismaTypes extends object, Client>(
  builder: KitBuilder<PrismaTypes, Client>,
  {
    fieldName,
    domain,
    sources,
  }: { fieldName: string; domain: string; sources: readonly WorkSource<SubgraphContext<Client>>[] },
): void {
  const WorkCount = builder.objectRef<WorkCountValue>('WorkCount').implement({
    description: '等待当前账号办理的一类事项及其件数（工作台待办）',
    shareable: true,
    fields: (t) => ({
      item: t.exposeString('item', { description: '待办事项代码（@jining/rules WORK_ITEM）' }),
      label: t.exposeString('label', { description: '待办事项名称' }),
      clause: t.exposeString('clause', { nullable: true, description: '政策条款，如 二(六)' }),
      count: t.exposeInt('count', { description: '件数（县级账号为本县的件数）' }),
    }),
  });
  builder.queryField(fieldName, (t) =>
    t.field({
      type: [WorkCount],
      description: `${domain}中等待当前账号办理的事项（本部门不办理的事项不列出）`,
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => workOf(sources, ctx),
    }),
  );
}
