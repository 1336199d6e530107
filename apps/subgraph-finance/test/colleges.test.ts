/**
 * Craftsman colleges in finance (R9 二(六)): an approval training emits (CRAFTSMAN_COLLEGE_APPROVED) becomes one
 * CALCULATED entitlement of the rules' R9 amount, paid wholly by the Trade Union; a revocation
 * (CRAFTSMAN_COLLEGE_REVOKED) cancels it while unpaid; the same approval delivered twice, or approved twice, grants
 * once. Real database, real subgraph over HTTP; the feed and directory are finance's own interfaces.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { CraftsmanCollegeApprovedV1, CraftsmanCollegeRevokedV1 } from '@jining/subgraph-kit';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, enterprise, FINANCE, ListFeed, ok, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

/** The rules' R9 amount (fen), as in force on the day: the test never retypes 20万. */
const R9_FEN = (on: string) => valueAt(DEFAULT_PARAMETERS.R9_CRAFTSMAN_COLLEGE_FEN, on).value;

interface OrgRecord {
  entitlements: {
    id: string;
    status: string;
    amount: number;
    ruleId: string;
    description: string;
    shares: { payer: string; amount: number }[];
    history: { action: string; note: string | null }[];
  }[];
  factDecisions: { outcome: string; note: string | null }[];
}

async function recordOf(orgId: string): Promise<OrgRecord> {
  const res = await sg.request<{ _entities: [OrgRecord] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
      entitlements { id status amount ruleId description shares { payer amount } history { action note } }
      factDecisions { outcome note } } } }`,
    { reps: [{ __typename: 'Organisation', id: orgId }] },
    FINANCE,
  );
  return ok(res)._entities[0];
}

function host(): { id: string; ask: AskGateway } {
  const org = enterprise('370811', `工匠学院建设单位${randomUUID().slice(0, 8)}`);
  const ask: AskGateway = async (_query, variables) =>
    ({
      peopleByIds: (variables.people as string[]).map(() => null),
      organisationsByIds: (variables.organisations as string[]).map((id) => (id === org.id ? org : null)),
    }) as never;
  return { id: org.id, ask };
}

const college = (hostId: string, over: Partial<CraftsmanCollegeApprovedV1> = {}): CraftsmanCollegeApprovedV1 => {
  const collegeId = randomUUID();
  return {
    collegeId,
    name: `测试工匠学院${collegeId.slice(0, 6)}`,
    hostId,
    foundedOn: '2025-03-01',
    approvedOn: '2025-06-01',
    cityLevel: true,
    newlyBuilt: true,
    ...over,
  };
};
const approved = (feed: ListFeed, c: CraftsmanCollegeApprovedV1) =>
  feed.addEvent('CRAFTSMAN_COLLEGE_APPROVED', c.collegeId, c.approvedOn, c);
const revoked = (feed: ListFeed, c: CraftsmanCollegeApprovedV1, reason = '未按计划建设') => {
  const payload: CraftsmanCollegeRevokedV1 = { collegeId: c.collegeId, name: c.name, hostId: c.hostId, reason };
  return feed.addEvent('CRAFTSMAN_COLLEGE_REVOKED', c.collegeId, '2025-12-01', payload);
};

describe('an approved craftsman college', () => {
  it('becomes a CALCULATED R9 entitlement of the rules’ amount, paid wholly by the Trade Union', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const c = college(unit.id);
    approved(feed, c);
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    expect(record.entitlements).toHaveLength(1);
    const e = record.entitlements[0]!;
    expect(e).toMatchObject({ ruleId: 'R9', status: 'CALCULATED', amount: R9_FEN(c.foundedOn) });
    expect(e.amount).toBeGreaterThan(0);
    expect(e.shares).toEqual([{ payer: 'UNION', amount: e.amount }]);
    expect(e.description).toBe(`市级工匠学院一次性补助：${c.name}`);
    expect(record.factDecisions.map((f) => f.outcome)).toEqual(['GRANTED']);
  });

  it('is granted once: the same approval delivered again, or a second approval of the college, pays nothing more', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const c = college(unit.id);
    const event = approved(feed, c);
    feed.events.push({ ...event, seq: String(feed.events.length + 1) });
    approved(feed, { ...c, approvedOn: '2025-07-01' });
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    expect(record.entitlements).toHaveLength(1);
    expect(record.factDecisions.filter((f) => f.outcome === 'GRANTED')).toHaveLength(1);
  });

  it('founded before the policy took effect earns nothing, with the rules’ reason', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    approved(feed, college(unit.id, { foundedOn: '2024-06-01' }));
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    expect(record.entitlements).toEqual([]);
    expect(record.factDecisions.map((f) => f.outcome)).toEqual(['NOT_ELIGIBLE']);
  });
});

describe('a revoked craftsman college', () => {
  it('cancels its unpaid grant with a history line; another college of the same host is left alone', async () => {
    const unit = host();
    const feed = new ListFeed(`training-${randomUUID()}`);
    const a = college(unit.id);
    const b = college(unit.id);
    approved(feed, a);
    approved(feed, b);
    await drain(sg, feed, unit.ask);
    revoked(feed, a);
    await drain(sg, feed, unit.ask);
    const record = await recordOf(unit.id);
    const of = (c: CraftsmanCollegeApprovedV1) => record.entitlements.find((e) => e.description.endsWith(c.name))!;
    expect(of(a).status).toBe('CANCELLED');
    expect(of(a).history.at(-1)).toEqual({
      action: 'CANCELLED',
      note: `工匠学院“${a.name}”已撤销批准（未按计划建设）`,
    });
    expect(of(b).status).toBe('CALCULATED');
    const cancelled = record.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(cancelled.note).toContain(`工匠学院“${a.name}”已撤销批准`);
    expect(cancelled.note).toContain('已撤销未发放的待遇 1 项');
  });
});
