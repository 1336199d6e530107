/**
 * A certificate revoked in evaluation (SKILL_CERTIFICATE_REVOKED): what it granted and is not yet at the bank is
 * cancelled, with its history; what is in payment or paid is left and listed for recovery; the revocation is a fact
 * on the person's record; a certificate obtained afresh afterwards is granted again. Real database, real subgraph
 * over HTTP; the feed and the directory are finance's own in-process interfaces (see facts.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  approved,
  certificate,
  directory,
  drain,
  FINANCE,
  ListFeed,
  ok,
  payable,
  person,
  statuses,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

interface Record_ {
  entitlements: { id: string; status: string; amount: number; history: { action: string; note: string | null }[] }[];
  factDecisions: { outcome: string; note: string | null }[];
}
async function recordOf(personId: string): Promise<Record_> {
  const res = await sg.request<{ _entities: [Record_] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
      entitlements { id status amount history { action note } } factDecisions { outcome note } } } }`,
    { reps: [{ __typename: 'Person', id: personId }] },
    FINANCE,
  );
  return ok(res)._entities[0];
}

describe('a revoked certificate', () => {
  it('cancels its unpaid entitlement with a history line, is a fact on the record, and a fresh certificate pays again', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const zhao = person('赵撤销');
    const ask = directory([zhao]);
    const cert = certificate(zhao, 'TECHNICIAN');
    feed.add(cert);
    await drain(sg, feed, ask);
    const [granted] = (await recordOf(zhao.id)).entitlements;
    await approved(sg, [granted!.id]);

    feed.addRevocation(cert, '发证机构撤回');
    await drain(sg, feed, ask);
    let record = await recordOf(zhao.id);
    expect(record.entitlements).toHaveLength(1);
    expect(record.entitlements[0]!.status).toBe('CANCELLED');
    expect(record.entitlements[0]!.history.at(-1)).toEqual({
      action: 'CANCELLED',
      note: `证书 ${cert.certificateNo} 已撤销（发证机构撤回）`,
    });
    const revocation = record.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(revocation.note).toBe(
      `证书 ${cert.certificateNo} 已撤销（发证机构撤回）；已撤销未发放的待遇 1 项，共 ¥2,000.00`,
    );

    // The same revocation delivered again is skipped; a new 技师 certificate is granted afresh (the cancelled grant
    // no longer counts for 从优、就高、不重复).
    const again = feed.events.at(-1)!;
    feed.events.push({ ...again, seq: String(feed.events.length + 1) });
    feed.add(certificate(zhao, 'TECHNICIAN'));
    await drain(sg, feed, ask);
    record = await recordOf(zhao.id);
    expect(record.factDecisions.map((f) => f.outcome).sort()).toEqual(['CANCELLED', 'GRANTED', 'GRANTED']);
    expect(record.entitlements.map((e) => e.status).sort()).toEqual(['CALCULATED', 'CANCELLED']);
  });

  it('recorded and revoked within one page: the grant is written, then cancelled', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const qian = person('钱同页');
    const cert = certificate(qian, 'SENIOR_TECHNICIAN');
    feed.add(cert);
    feed.addRevocation(cert);
    await drain(sg, feed, directory([qian]));
    const record = await recordOf(qian.id);
    expect(record.entitlements.map((e) => [e.status, e.amount])).toEqual([['CANCELLED', 300_000]]);
  });

  it('in payment: left as it is, and the fact says what must be recovered', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const sun = person('孙支付');
    const ask = directory([sun]);
    const cert = certificate(sun, 'TECHNICIAN');
    feed.add(cert);
    await drain(sg, feed, ask);
    const [granted] = (await recordOf(sun.id)).entitlements;
    await payable(sg, await approved(sg, [granted!.id]));
    ok(await sg.request(`mutation { createPaymentBatch(input: { payer: CITY }) { id } }`, {}, FINANCE));
    expect(await statuses(sg, [granted!.id])).toEqual(['IN_PAYMENT']);

    feed.addRevocation(cert);
    await drain(sg, feed, ask);
    expect(await statuses(sg, [granted!.id])).toEqual(['IN_PAYMENT']);
    const revocation = (await recordOf(sun.id)).factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(revocation.note).toContain('已进入支付或已发放的待遇 1 项，共 ¥2,000.00，须另行追回');
  });

  it('a revocation of a certificate finance never granted anything for says so', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const li = person('李无证', null);
    const cert = certificate(li, 'TECHNICIAN');
    feed.add(cert); // no employer: not eligible, nothing granted
    feed.addRevocation(cert);
    await drain(sg, feed, directory([li]));
    const record = await recordOf(li.id);
    expect(record.entitlements).toEqual([]);
    expect(record.factDecisions.find((f) => f.outcome === 'CANCELLED')!.note).toContain('未涉及待遇');
  });
});
