/**
 * Finance's waiting work on the admin web's 工作台 (Query.financeWork): the queues each account works, counted for it
 * alone — the approval never its reviewer's, a county office's shares and batches its own county's only, the city's
 * its city and Trade Union shares — and nothing for departments that do no finance step.
 */
import type { Principal } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  APPROVE,
  APPROVER,
  computed,
  enterprise,
  FINANCE,
  ok,
  payable,
  RENCHENG,
  REVIEW,
  YANZHOU,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg, ['370811', '370812']);
});
afterAll(async () => sg?.stop());

const work = async (who: Principal): Promise<Record<string, number>> => {
  const data = ok(
    await sg.request<{ financeWork: { item: string; count: number }[] }>(`{ financeWork { item count } }`, {}, who),
  );
  return Object.fromEntries(data.financeWork.map((w) => [w.item, w.count]));
};
const all = async () => ({
  finance: await work(FINANCE),
  approver: await work(APPROVER),
  rencheng: await work(RENCHENG),
  yanzhou: await work(YANZHOU),
});
const plus = (counts: Record<string, number>, changes: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n + (changes[k] ?? 0)]));

describe('the waiting work of finance accounts (financeWork)', () => {
  it('gives city Finance the review queues and its cash shares, a county office only its own county’s payments', async () => {
    const start = await all();
    expect(Object.keys(start.finance)).toEqual([
      'ENTITLEMENT_TO_REVIEW',
      'ENTITLEMENT_TO_APPROVE',
      'ENTITLEMENT_TO_PUBLISH',
      'PUBLICITY_OBJECTION_OPEN',
      'SHARE_TO_PAY',
      'PAYMENT_BATCH_OPEN',
    ]);
    expect(Object.keys(start.rencheng)).toEqual(['SHARE_TO_PAY', 'PAYMENT_BATCH_OPEN']);
    for (const other of ['hrss', 'union', 'education', 'auditor', 'rencheng-hrss']) {
      expect(await work(devPrincipal(other)), other).toEqual({});
    }

    const [a, b] = await computed(sg, ['待办甲', '待办乙']);
    await computed(sg, ['待办丙'], { employer: enterprise('370812', '兖州某机械有限公司') });
    expect((await work(FINANCE)).ENTITLEMENT_TO_REVIEW).toBe(start.finance.ENTITLEMENT_TO_REVIEW! + 3);

    // Reviewed by finance: waiting for the other account's approval, not its own.
    for (const id of [a!, b!]) ok(await sg.request(REVIEW, { id }, FINANCE));
    expect(await work(FINANCE)).toEqual(plus(start.finance, { ENTITLEMENT_TO_REVIEW: 1 }));
    expect((await work(APPROVER)).ENTITLEMENT_TO_APPROVE).toBe(start.approver.ENTITLEMENT_TO_APPROVE! + 2);

    for (const id of [a!, b!]) ok(await sg.request(APPROVE, { id }, APPROVER));
    expect((await work(FINANCE)).ENTITLEMENT_TO_PUBLISH).toBe(start.finance.ENTITLEMENT_TO_PUBLISH! + 2);

    // Through publicity: each has a city share for city Finance and a 任城区 share for 任城区's office alone.
    await payable(sg, [a!, b!]);
    const paying = await all();
    expect(paying.finance.SHARE_TO_PAY).toBe(start.finance.SHARE_TO_PAY! + 2);
    expect(paying.rencheng.SHARE_TO_PAY).toBe(start.rencheng.SHARE_TO_PAY! + 2);
    expect(paying.yanzhou).toEqual(start.yanzhou);

    // 任城区 batches its shares: none left to batch, one batch to settle; the city's own work is unchanged.
    ok(await sg.request(`mutation { createPaymentBatch(input: { payer: COUNTY }) { id } }`, {}, RENCHENG));
    expect(await work(RENCHENG)).toEqual(plus(paying.rencheng, { SHARE_TO_PAY: -2, PAYMENT_BATCH_OPEN: 1 }));
    expect(await work(FINANCE)).toEqual(paying.finance);
  });
});
