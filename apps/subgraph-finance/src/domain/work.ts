import { DUTIES } from '@jining/rules';
import type { Principal, SubgraphContext, WorkSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { visibleEntitlements } from '../schema/visible-entitlements.ts';
import { payableSummary } from './payments.ts';
import { countyScope } from './visibility.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Source = WorkSource<Ctx>;

/** 市财政局: reviews, approves and publishes every rule's entitlements (DUTY_ENTITLEMENTS_FINANCE). */
const cityFinance = (p: Principal) => !p.countyCode && DUTIES.ENTITLEMENT.allows(p.department, 'R1');
/** Who pays cash shares: city Finance the city's and the Trade Union's, a county's finance office its county's. */
const pays = (p: Principal) => cityFinance(p) || (!!p.countyCode && DUTIES.COUNTY_SHARE.allows(p.department, 'COUNTY'));
const cityPayers = ['CITY', 'UNION'] as const;

// One grouped count per request, shared by the queues that read it (to review, to publish).
const byStatus = new WeakMap<Ctx, Promise<Map<string, number>>>();
const inStatus = async (ctx: Ctx, status: string) => {
  let counts = byStatus.get(ctx);
  if (!counts) byStatus.set(ctx, (counts = visibleEntitlements(ctx).countByStatus()));
  return (await counts).get(status) ?? 0;
};

/**
 * Finance's queues as an account's waiting work: entitlements to review, to approve (never by their reviewer: the
 * approval is a second account's), to publish, open objections in publicity, and the cash shares the caller pays that
 * wait for a batch, and its batches not yet settled (a county's office: its own county's).
 */
export const FINANCE_WORK: readonly Source[] = [
  { item: 'ENTITLEMENT_TO_REVIEW', does: cityFinance, count: (ctx) => inStatus(ctx, 'CALCULATED') },
  {
    item: 'ENTITLEMENT_TO_APPROVE',
    does: cityFinance,
    count: (ctx) =>
      visibleEntitlements(ctx).count({
        where: { status: 'REVIEWED', NOT: { reviewedBy: ctx.principal.accountId } },
      }),
  },
  { item: 'ENTITLEMENT_TO_PUBLISH', does: cityFinance, count: (ctx) => inStatus(ctx, 'APPROVED') },
  {
    item: 'PUBLICITY_OBJECTION_OPEN',
    does: cityFinance,
    count: (ctx) => ctx.prisma.objection.count({ where: { status: 'OPEN' } }),
  },
  {
    item: 'SHARE_TO_PAY',
    does: pays,
    count: async (ctx) => {
      const rows = await payableSummary(ctx.prisma, ctx.principal);
      const own = countyScope(ctx.principal)
        ? rows
        : rows.filter((r) => (cityPayers as readonly string[]).includes(r.payer));
      return own.reduce((n, r) => n + Number(r.count), 0);
    },
  },
  {
    item: 'PAYMENT_BATCH_OPEN',
    does: pays,
    count: (ctx) => {
      const scope = countyScope(ctx.principal);
      return ctx.prisma.paymentBatch.count({
        where: scope
          ? { status: 'OPEN', payer: 'COUNTY', countyCode: scope.countyCode }
          : { status: 'OPEN', payer: { in: [...cityPayers] } },
      });
    },
  },
];
