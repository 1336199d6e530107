/**
 * Facts to entitlements inside finance: the consumer, the rules' decision with 从优、就高、不重复, idempotency, and the
 * review steps (maker-checker). The real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and the real
 * subgraph over HTTP; the feed and the directory lookups are in-process stand-ins behind finance's own interfaces
 * (FactFeed, AskGateway), because finance cannot import other subgraphs. The whole path through real processes is
 * apps/gateway/test/platform/facts-to-payments.e2e.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumePage } from '../src/facts/consumer.ts';
import type { FactFeed } from '@jining/subgraph-kit';
import { GatewayUnavailable, type AskGateway } from '../src/facts/gateway-client.ts';
import { finance } from '../src/subgraph.ts';
import {
  ampleBudgets,
  APPROVER,
  certificate,
  COLLEGE,
  count as countIn,
  directory,
  drain as drainInto,
  ENTERPRISE,
  FINANCE,
  ListFeed,
  person,
  RENCHENG,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  // Approvals are checked against budgets (budgets.test.ts): here they are ample.
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

const drain = (feed: FactFeed, ask: AskGateway, pageSize = 100) => drainInto(sg, feed, ask, pageSize);

interface EntitlementView {
  id: string;
  status: string;
  amount: number;
  grantAmount: number;
  previousAmount: number;
  stacking: string;
  citation: string;
  county: { code: string } | null;
  shares: { payer: string; amount: number }[];
  explanation: { sentence: string; ok: boolean }[];
  history: { action: string; actorName: string; note: string | null }[];
  fact: { outcome: string; kindLabel: string } | null;
}
const ENTITLEMENT = `id status amount grantAmount previousAmount stacking citation county { code }
  shares { payer amount } explanation { sentence ok } history { action actorName note } fact { outcome kindLabel }`;

async function entitlementsOf(personId: string, who = FINANCE) {
  const res = await sg.request<{ _entities: [{ entitlements: EntitlementView[] }] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { entitlements { ${ENTITLEMENT} } } } }`,
    { reps: [{ __typename: 'Person', id: personId }] },
    who,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].entitlements;
}

interface FactView {
  outcome: string;
  note: string | null;
  reasons: { code: string; citation: string; text: string }[];
}
async function factsOf(personId: string) {
  const res = await sg.request<{ _entities: [{ factDecisions: FactView[] }] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person {
      factDecisions { outcome note reasons { code citation text } } } } }`,
    { reps: [{ __typename: 'Person', id: personId }] },
    FINANCE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].factDecisions;
}

const count = (sql: string, params: unknown[] = []) => countIn(sg, sql, params);

describe('a certificate becomes an entitlement computed by the rules', () => {
  it('高级技师 of an enterprise employee in 任城区: ¥3,000.00, ¥1,500.00 city and ¥1,500.00 任城区, explained in names', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const wang = person('王建国');
    feed.add(certificate(wang, 'SENIOR_TECHNICIAN'));
    await drain(feed, directory([wang]));
    const [e] = await entitlementsOf(wang.id);
    expect(e).toMatchObject({
      status: 'CALCULATED',
      amount: 300_000,
      grantAmount: 300_000,
      previousAmount: 0,
      stacking: 'NEW',
      citation: '济人社发〔2024〕9号 第二部分（二）',
      county: { code: '370811' },
      fact: { outcome: 'GRANTED', kindLabel: '登记职业技能等级证书' },
    });
    expect(e!.shares).toEqual([
      { payer: 'CITY', amount: 150_000 },
      { payer: 'COUNTY', amount: 150_000 },
    ]);
    const text = e!.explanation.map((s) => s.sentence).join('\n');
    expect(text).toContain(ENTERPRISE.name);
    expect(text).not.toContain(ENTERPRISE.id);
    expect(e!.history).toEqual([{ action: 'CALCULATED', actorName: '资金待遇计算服务', note: null }]);
  });

  it('a later 特级技师 pays its own amount; a second 高级技师 pays nothing and says why', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const li = person('李明');
    feed.add(certificate(li, 'SENIOR_TECHNICIAN'));
    feed.add(certificate(li, 'PRINCIPAL_TECHNICIAN'));
    feed.add(certificate(li, 'SENIOR_TECHNICIAN', false)); // evaluation: not newly obtained
    feed.add(certificate(li, 'SENIOR_TECHNICIAN', true)); // even if it were: the benefit is already granted
    await drain(feed, directory([li]));
    const amounts = (await entitlementsOf(li.id)).map((e) => e.amount).sort();
    expect(amounts).toEqual([300_000, 500_000]);
    const facts = await factsOf(li.id);
    expect(facts.map((f) => f.outcome).sort()).toEqual(['GRANTED', 'GRANTED', 'NOT_ELIGIBLE', 'NOT_HIGHER']);
    const notEligible = facts.find((f) => f.outcome === 'NOT_ELIGIBLE')!;
    expect(notEligible.reasons).toEqual([
      { code: 'NOT_NEWLY_OBTAINED', citation: '济人社发〔2024〕9号 第二部分（二）', text: '该等级证书不是新取得的' },
    ]);
    expect(facts.find((f) => f.outcome === 'NOT_HIGHER')!.note).toContain('已享受同等或更高待遇（¥3,000.00）');
  });

  it('keeps a fact that earns nothing with the rules’ reason: a college employee is not an enterprise employee', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const zhao = person('赵老师', COLLEGE);
    feed.add(certificate(zhao, 'TECHNICIAN'));
    await drain(feed, directory([zhao]));
    expect(await entitlementsOf(zhao.id)).toEqual([]);
    const [fact] = await factsOf(zhao.id);
    expect(fact).toMatchObject({ outcome: 'NOT_ELIGIBLE', reasons: [{ code: 'NOT_ENTERPRISE_EMPLOYEE' }] });
  });

  it('records what it cannot assess as FAILED with a reason, and goes on: an unknown person, an unknown kind', async () => {
    const feed = new ListFeed(`evaluation-${randomUUID()}`);
    const ghost = person('不存在的人');
    feed.add(certificate(ghost, 'TECHNICIAN'));
    const odd = feed.add(certificate(ghost, 'TECHNICIAN'));
    odd.kind = 'SOMETHING_NEW';
    const after = person('后来的人');
    feed.add(certificate(after, 'TECHNICIAN'));
    await drain(feed, directory([after]));
    const failed = await sg.db.query<{ note: string }>(
      `SELECT note FROM fact WHERE beneficiary_person_id = $1 OR event_id = $2 ORDER BY seq`,
      [ghost.id, odd.eventId],
    );
    expect(failed.map((f) => f.note)).toEqual([
      `证书持有人在人员库中不存在（${ghost.id}）`,
      '不支持的事实类型或版本：SOMETHING_NEW v1',
    ]);
    expect(await entitlementsOf(after.id)).toHaveLength(1);
  });
});

describe('a studio becomes funding for its host unit', () => {
  it('a city-level studio (R7): the host gets ¥50,000; a second event for the same studio pays nothing', async () => {
    const feed = new ListFeed(`training-${randomUUID()}`);
    const studio = {
      studioId: randomUUID(),
      name: '王建国焊接技能大师工作室',
      hostId: ENTERPRISE.id,
      leadId: 'p-lead',
      level: 'CITY',
      approvedOn: '2025-08-01',
      newlyApproved: true,
    };
    feed.addStudio(studio);
    feed.addStudio(studio);
    const ask: AskGateway = async (_query, variables) =>
      ({
        peopleByIds: (variables.people as string[]).map(() => null),
        organisationsByIds: (variables.organisations as string[]).map((id) =>
          id === ENTERPRISE.id ? ENTERPRISE : null,
        ),
      }) as never;
    await drain(feed, ask);
    const res = await sg.request<{
      _entities: [
        {
          entitlements: { ruleId: string; amount: number; description: string }[];
          factDecisions: { outcome: string }[];
        },
      ];
    }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
        entitlements { ruleId amount description } factDecisions { outcome } } } }`,
      { reps: [{ __typename: 'Organisation', id: ENTERPRISE.id }] },
      FINANCE,
    );
    expect(res.errors).toBeUndefined();
    const [org] = res.data!._entities;
    const studioGrants = org.entitlements.filter((e) => e.description.includes(studio.name));
    expect(studioGrants).toHaveLength(1);
    expect(studioGrants[0]!.ruleId).toBe('R7');
    expect(studioGrants[0]!.amount).toBe(5_000_000);
    expect(org.factDecisions.map((f) => f.outcome).sort()).toEqual(['GRANTED', 'NOT_HIGHER']);
  });
});

describe('once and only once', () => {
  it('the same event delivered twice, and the feed read again from the start, give one grant', async () => {
    const feed = new ListFeed('evaluation-twice');
    const sun = person('孙强');
    const event = feed.add(certificate(sun, 'TECHNICIAN'));
    feed.events.push({ ...event, seq: '2' }); // redelivered
    const ask = directory([sun]);
    await drain(feed, ask);
    await sg.db.query(`UPDATE fact_cursor SET position = 0 WHERE source = 'evaluation-twice'`);
    await drain(feed, ask);
    expect(await entitlementsOf(sun.id)).toHaveLength(1);
    expect(await count(`fact WHERE event_id = $1`, [event.eventId])).toBe(1);
  });

  it('twenty identical facts, raced by twenty consumers at once, give one grant and nineteen NOT_HIGHER', async () => {
    const zhou = person('周磊');
    const ask = directory([zhou]);
    const feeds = Array.from({ length: 20 }, (_, i) => {
      const feed = new ListFeed(`race-${i}`);
      feed.add(certificate(zhou, 'SENIOR_TECHNICIAN'));
      return feed;
    });
    await Promise.all(feeds.map((feed) => drain(feed, ask)));
    expect(await entitlementsOf(zhou.id)).toHaveLength(1);
    const outcomes = (await factsOf(zhou.id)).map((f) => f.outcome);
    expect(outcomes.filter((o) => o === 'GRANTED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'NOT_HIGHER')).toHaveLength(19);
  });

  it('two consumers of one source at once handle each event once', async () => {
    const feed = new ListFeed('evaluation-two-consumers');
    const people = Array.from({ length: 30 }, (_, i) => person(`并发${i}`));
    for (const p of people) feed.add(certificate(p, 'TECHNICIAN'));
    const ask = directory(people);
    await Promise.all([drain(feed, ask, 7), drain(feed, ask, 11)]);
    expect(await count(`fact WHERE source = 'evaluation-two-consumers'`)).toBe(30);
    expect(
      await count(`entitlement e JOIN fact f ON f.id = e.fact_id WHERE f.source = 'evaluation-two-consumers'`),
    ).toBe(30);
  });

  it('with the gateway down, nothing is written and the cursor stays: the page is read again later', async () => {
    const feed = new ListFeed('evaluation-gateway-down');
    const wu = person('吴刚');
    feed.add(certificate(wu, 'TECHNICIAN'));
    const down: AskGateway = async () => {
      throw new GatewayUnavailable('gateway unreachable');
    };
    await expect(consumePage({ prisma: sg.prisma, ask: down }, feed)).rejects.toThrow(GatewayUnavailable);
    expect(await count(`fact WHERE source = 'evaluation-gateway-down'`)).toBe(0);
    await drain(feed, directory([wu]));
    expect(await entitlementsOf(wu.id)).toHaveLength(1);
  });

  it('shows each source’s position and lag', async () => {
    const res = await sg.request<{ factFeedStatus: { source: string; position: string; head: string; lag: number }[] }>(
      `{ factFeedStatus { source position head lag lastError } }`,
      {},
      FINANCE,
    );
    expect(res.data!.factFeedStatus.find((s) => s.source === 'evaluation-two-consumers')).toMatchObject({
      position: '30',
      head: '30',
      lag: 0,
    });
  });
});

describe('review, then approval by someone else', () => {
  const REVIEW = `mutation ($id: ID!) { reviewEntitlement(id: $id) { status } }`;
  const APPROVE = `mutation ($id: ID!) { approveEntitlement(id: $id) { status history { action actorName } } }`;
  const REJECT = `mutation ($id: ID!, $reason: String!) { rejectEntitlement(id: $id, reason: $reason) { status } }`;

  async function fresh(name: string) {
    const feed = new ListFeed(`review-${name}`);
    const p = person(name);
    feed.add(certificate(p, 'TECHNICIAN'));
    await drain(feed, directory([p]));
    return (await entitlementsOf(p.id))[0]!.id;
  }

  it('CALCULATED → REVIEWED → APPROVED; the reviewer cannot approve; every step is in the history', async () => {
    const id = await fresh('钱审批');
    expect((await sg.request(APPROVE, { id }, FINANCE)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
    });
    expect((await sg.request(REVIEW, { id }, FINANCE)).data).toEqual({ reviewEntitlement: { status: 'REVIEWED' } });
    const self = await sg.request(APPROVE, { id }, FINANCE);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_REVIEWER_AND_APPROVER' });
    expect(self.errors?.[0]?.message).toContain('审核人不能审批自己审核的待遇');
    const ok = await sg.request<{
      approveEntitlement: { status: string; history: { action: string; actorName: string }[] };
    }>(APPROVE, { id }, APPROVER);
    expect(ok.data!.approveEntitlement).toEqual({
      status: 'APPROVED',
      history: [
        { action: 'CALCULATED', actorName: '资金待遇计算服务' },
        { action: 'REVIEWED', actorName: FINANCE.displayName },
        { action: 'APPROVED', actorName: APPROVER.displayName },
      ],
    });
  });

  it('twenty approvals at once: one succeeds, the rest are told it moved on, one history line', async () => {
    const id = await fresh('并发审批');
    await sg.request(REVIEW, { id }, FINANCE);
    const results = await Promise.all(Array.from({ length: 20 }, () => sg.request(APPROVE, { id }, APPROVER)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'WRONG_STATUS')).toHaveLength(19);
    expect(await count(`entitlement_history WHERE entitlement_id = $1 AND action = 'APPROVED'`, [id])).toBe(1);
  });

  it('a rejection needs a reason; it is kept; a rejected entitlement no longer moves', async () => {
    const id = await fresh('孙退回');
    const blank = await sg.request(REJECT, { id, reason: ' ' }, FINANCE);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await sg.request(REJECT, { id, reason: '证书信息待核实' }, FINANCE)).data).toEqual({
      rejectEntitlement: { status: 'REJECTED' },
    });
    expect((await sg.request(REVIEW, { id }, FINANCE)).errors?.[0]?.extensions?.reason).toBe('WRONG_STATUS');
    const [row] = await sg.db.query<{ rejected_reason: string }>(
      `SELECT rejected_reason FROM entitlement WHERE id = $1`,
      [id],
    );
    expect(row!.rejected_reason).toBe('证书信息待核实');
  });

  it('HRSS and county finance cannot review; an unknown id is NOT_FOUND; nothing is written', async () => {
    const id = await fresh('无权审核');
    for (const who of [devPrincipal('hrss'), RENCHENG]) {
      expect((await sg.request(REVIEW, { id }, who)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await sg.request(REVIEW, { id: 'nope' }, FINANCE)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(`entitlement WHERE id = $1 AND status = 'CALCULATED'`, [id])).toBe(1);
  });

  it('counts each status for the workbench queues', async () => {
    const res = await sg.request<{ entitlementCounts: { status: string; count: number }[] }>(
      `{ entitlementCounts { status count } }`,
      {},
      FINANCE,
    );
    const counts = Object.fromEntries(res.data!.entitlementCounts.map((c) => [c.status, c.count]));
    expect(counts.CALCULATED).toBe(await count(`entitlement WHERE status = 'CALCULATED'`));
    expect(counts.APPROVED).toBeGreaterThanOrEqual(2);
    expect(Object.keys(counts)).toContain('PAID');
  });
});
