/**
 * R14 三(九) in finance: a vocational college's world or national prize (COLLEGE_PRIZE_RECORDED from competitions) is
 * paid "up to" the prize's maximum. The reviewer may decide a lower amount when reviewing (审定金额), within the
 * maximum, and the rules decide again with it: amount, shares, explanation and 从优、就高、不重复 against the same
 * entry's other prize. A prize of a unit that is not a vocational college earns nothing and says why; a revocation
 * cancels what is unpaid. Real database, real subgraph over HTTP; the feed and directory are finance's interfaces.
 */
import { randomUUID } from 'node:crypto';
import type { CollegePrizeRecordedV1, CollegePrizeRevokedV1 } from '@jining/subgraph-kit';
import { startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import {
  APPROVE,
  APPROVER,
  computed,
  drain,
  enterprise,
  FINANCE,
  ListFeed,
  ok,
  refusal,
  SET_BUDGET,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  ok(
    await sg.request(
      SET_BUDGET,
      { input: { payer: 'CITY', year: 2025, benefitGroup: 'COLLEGE_COMPETITION_AWARD', amount: 1_000_000_000 } },
      FINANCE,
    ),
  );
});
afterAll(async () => sg?.stop());

const college = (name = `济宁职业技术学院${randomUUID().slice(0, 6)}`): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name,
  kind: 'VOCATIONAL_COLLEGE',
  county: { code: '370811' },
});

const directoryOf =
  (...orgs: OrganisationFacts[]): AskGateway =>
  async (_query, variables) =>
    ({
      peopleByIds: (variables.people as string[]).map(() => null),
      organisationsByIds: (variables.organisations as string[]).map((id) => orgs.find((o) => o.id === id) ?? null),
    }) as never;

const prize = (collegeId: string, over: Partial<CollegePrizeRecordedV1> = {}): CollegePrizeRecordedV1 => ({
  prizeId: randomUUID(),
  collegeId,
  eventName: '2025年全国职业院校技能大赛',
  eventId: 'NVCSC-2025',
  entryName: '工业机器人技术应用（王某某、李某某）',
  entryId: `entry-${collegeId}`,
  tier: 'NATIONAL',
  stage: 'FINAL',
  prize: 1,
  awardedOn: '2025-06-30',
  documentNo: '教职成函〔2025〕8号',
  ...over,
});

const record = (feed: ListFeed, p: CollegePrizeRecordedV1) =>
  feed.addEvent('COLLEGE_PRIZE_RECORDED', p.prizeId, p.awardedOn, p);

interface Entitlement {
  id: string;
  status: string;
  amount: number;
  grantAmount: number;
  previousAmount: number;
  stacking: string;
  maxAmount: number | null;
  decidedAmount: number | null;
  decidedBy: string | null;
  description: string;
  shares: { payer: string; amount: number }[];
  history: { action: string; note: string | null }[];
  explanation: { code: string; sentence: string }[];
}
const FIELDS = `id status amount grantAmount previousAmount stacking maxAmount decidedAmount decidedBy description
  shares { payer amount } history { action note } explanation { code sentence }`;

async function entitlementsOf(collegeId: string): Promise<Entitlement[]> {
  const ids = await sg.db.query<{ id: string }>(
    `SELECT id FROM entitlement WHERE beneficiary_organisation_id = $1 ORDER BY created_at, id`,
    [collegeId],
  );
  const out: Entitlement[] = [];
  for (const { id } of ids) {
    const res = await sg.request<{ entitlement: Entitlement }>(
      `query ($id: ID!) { entitlement(id: $id) { ${FIELDS} } }`,
      { id },
      FINANCE,
    );
    out.push(ok(res).entitlement);
  }
  return out;
}

const REVIEW_DECIDED = `mutation ($id: ID!, $decidedAmount: Fen, $note: String) {
  reviewEntitlement(id: $id, decidedAmount: $decidedAmount, note: $note) { ${FIELDS} } }`;

describe('a college’s national prize (R14)', () => {
  const c = college();
  const feed = new ListFeed(`competitions-${randomUUID()}`);
  let id = '';

  it('is calculated at the prize’s maximum, paid by the city, with the maximum shown', async () => {
    record(feed, prize(c.id));
    await drain(sg, feed, directoryOf(c));
    const [e] = await entitlementsOf(c.id);
    id = e!.id;
    expect(e).toMatchObject({
      status: 'CALCULATED',
      amount: 30_000_000,
      maxAmount: 30_000_000,
      decidedAmount: null,
      shares: [{ payer: 'CITY', amount: 30_000_000 }],
    });
    expect(e!.description).toContain('2025年全国职业院校技能大赛');
    expect(e!.description).toContain('总决赛一等奖');
  });

  it('refuses a decided amount over the maximum, of zero, or outside review, and writes nothing', async () => {
    const over = await sg.request(REVIEW_DECIDED, { id, decidedAmount: 30_000_001 }, FINANCE);
    expect(refusal(over)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AMOUNT_OVER_MAXIMUM',
      field: 'decidedAmount',
    });
    expect(over.errors![0]!.message).toContain('¥300,000.00');
    const zero = await sg.request(REVIEW_DECIDED, { id, decidedAmount: 0 }, FINANCE);
    expect(refusal(zero)).toMatchObject({ reason: 'AMOUNT_NOT_POSITIVE' });
    const [e] = await entitlementsOf(c.id);
    expect(e).toMatchObject({ status: 'CALCULATED', amount: 30_000_000, decidedAmount: null });
    expect(e!.history.map((h) => h.action)).toEqual(['CALCULATED']);
  });

  it('is reviewed at the amount the reviewer decides: amount, shares and explanation follow, and who decided', async () => {
    const res = await sg.request<{ reviewEntitlement: Entitlement }>(
      REVIEW_DECIDED,
      { id, decidedAmount: 12_000_000, note: '按评审意见核定' },
      FINANCE,
    );
    const e = ok(res).reviewEntitlement;
    expect(e).toMatchObject({
      status: 'REVIEWED',
      amount: 12_000_000,
      grantAmount: 12_000_000,
      maxAmount: 30_000_000,
      decidedAmount: 12_000_000,
      decidedBy: 'acc-finance',
      shares: [{ payer: 'CITY', amount: 12_000_000 }],
    });
    expect(e.history.at(-1)!.note).toBe('审定金额 ¥120,000.00（最高标准 ¥300,000.00）；按评审意见核定');
    expect(e.explanation.map((s) => s.sentence).join('')).toContain('审定金额120,000元，最高标准300,000元');
    expect(e.explanation.map((s) => s.sentence).join('')).toContain(c.name);
    // Another account approves it, at the decided amount.
    ok(await sg.request(APPROVE, { id }, APPROVER));
  });

  it('the same entry’s ranking-round prize pays only what is higher than the decided final prize', async () => {
    record(feed, prize(c.id, { stage: 'RANKING', prize: 2 }));
    await drain(sg, feed, directoryOf(c));
    const [, ranking] = await entitlementsOf(c.id);
    // Up to ¥200,000 against ¥120,000 already granted: ¥80,000 more at the maximum.
    expect(ranking).toMatchObject({
      status: 'CALCULATED',
      stacking: 'TOP_UP',
      amount: 8_000_000,
      maxAmount: 20_000_000,
    });
    const lower = await sg.request(REVIEW_DECIDED, { id: ranking!.id, decidedAmount: 10_000_000 }, FINANCE);
    expect(refusal(lower)).toMatchObject({ reason: 'NOT_HIGHER_THAN_EARLIER' });
    const res = await sg.request<{ reviewEntitlement: Entitlement }>(
      REVIEW_DECIDED,
      { id: ranking!.id, decidedAmount: 15_000_000 },
      FINANCE,
    );
    expect(ok(res).reviewEntitlement).toMatchObject({
      stacking: 'TOP_UP',
      amount: 3_000_000,
      grantAmount: 15_000_000,
      previousAmount: 12_000_000,
      shares: [{ payer: 'CITY', amount: 3_000_000 }],
    });
  });

  it('is cancelled while unpaid when competitions revokes the prize', async () => {
    const c2 = college();
    const p = prize(c2.id, { entryId: 'entry-revoked' });
    record(feed, p);
    const revoked: CollegePrizeRevokedV1 = {
      prizeId: p.prizeId,
      collegeId: c2.id,
      eventName: p.eventName,
      entryName: p.entryName,
      reason: '获奖文件登记有误',
    };
    feed.addEvent('COLLEGE_PRIZE_REVOKED', p.prizeId, '2025-12-01', revoked);
    await drain(sg, feed, directoryOf(c2));
    const [e] = await entitlementsOf(c2.id);
    expect(e!.status).toBe('CANCELLED');
  });
});

describe('a decided amount is for "up to" awards only', () => {
  it('refuses one on a certificate subsidy, whose amount the policy fixes', async () => {
    const [id] = await computed(sg, ['张审定']);
    const res = await sg.request(REVIEW_DECIDED, { id, decidedAmount: 100_000 }, FINANCE);
    expect(refusal(res)).toMatchObject({ reason: 'AMOUNT_NOT_DECIDABLE', field: 'decidedAmount' });
  });

  it('a prize of a unit that is not a vocational college earns nothing, and the fact says why', async () => {
    const firm = enterprise('370811', `非院校单位${randomUUID().slice(0, 6)}`);
    const feed = new ListFeed(`competitions-${randomUUID()}`);
    record(feed, prize(firm.id));
    await drain(sg, feed, directoryOf(firm));
    const rows = await sg.db.query<{ outcome: string; reasons: { code: string }[] }>(
      `SELECT outcome::text AS outcome, reasons FROM fact WHERE beneficiary_organisation_id = $1`,
      [firm.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.outcome).toBe('NOT_ELIGIBLE');
    expect(rows[0]!.reasons.map((r) => r.code)).toEqual(['NOT_VOCATIONAL_COLLEGE']);
    expect(await entitlementsOf(firm.id)).toEqual([]);
  });
});
