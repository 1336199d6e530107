/**
 * R4 二(四) in finance: the education-surcharge credit ledger per enterprise and tax year, fed by training's
 * EDUCATION_INVESTMENT_RECORDED / _CORRECTED facts. The credit at the rule's edges (30 %, floored to the fen, capped at
 * the surcharges due, a fen over carried), a carry-forward across three years (the carry-in from the ledger, never
 * from the caller), a correction of the first year recomputing the later ones (a reviewed year's entitlement cancelled
 * and calculated afresh), a year recorded out of order, and TAX never cash: no budget, no payment batch, and
 * reconciliation clean. The feed and the directory are in-process stand-ins behind finance's own interfaces.
 */
import { randomUUID } from 'node:crypto';
import { creditOf, DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { EducationInvestmentCorrectedV1, EducationInvestmentRecordedV1 } from '@jining/subgraph-kit';
import { MemoryFactFeed, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, APPROVER, drain, FINANCE, ok, reviewed, statuses, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

const PERCENT = valueAt(DEFAULT_PARAMETERS.R4_CREDIT_PERCENT, '2025-01-01').value;

const enterprise = (name: string): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name,
  kind: 'ENTERPRISE',
  county: { code: '370811' },
});

class TrainingFeed extends MemoryFactFeed {
  private readonly ids = new Map<string, string>();
  private put(kind: string, p: EducationInvestmentRecordedV1) {
    this.append(kind, p.recordId, `${p.taxYear}-01-01`, p);
  }
  /** One record per enterprise and year, as training keeps it. */
  private recordId(org: OrganisationFacts, taxYear: number) {
    const key = `${org.id}|${taxYear}`;
    if (!this.ids.has(key)) this.ids.set(key, randomUUID());
    return this.ids.get(key)!;
  }
  payload(
    org: OrganisationFacts,
    taxYear: number,
    investmentFen: number,
    surchargeDueFen: number,
    pilotEnterprise = true,
  ): EducationInvestmentRecordedV1 {
    return {
      recordId: this.recordId(org, taxYear),
      enterpriseId: org.id,
      taxYear,
      pilotEnterprise,
      documentNo: pilotEnterprise ? '济发改社会〔2025〕12号' : null,
      documentDate: pilotEnterprise ? '2025-03-01' : null,
      investmentFen,
      surchargeDueFen,
    };
  }
  record(...args: Parameters<TrainingFeed['payload']>) {
    this.put('EDUCATION_INVESTMENT_RECORDED', this.payload(...args));
  }
  correct(reason: string, ...args: Parameters<TrainingFeed['payload']>) {
    const p: EducationInvestmentCorrectedV1 = { ...this.payload(...args), reason };
    this.put('EDUCATION_INVESTMENT_CORRECTED', p);
  }
}

function directory(orgs: OrganisationFacts[]): AskGateway {
  const o = new Map(orgs.map((x) => [x.id, x]));
  return (async (_q: string, v: Record<string, unknown>) => ({
    peopleByIds: (v.people as string[]).map(() => null),
    organisationsByIds: (v.organisations as string[]).map((id) => o.get(id) ?? null),
  })) as AskGateway;
}

interface Line {
  taxYear: number;
  pilotEnterprise: boolean;
  carriedInFen: number;
  earnedFen: number;
  usedFen: number;
  carriedForwardFen: number;
  conclusion: string;
  entitlement: { id: string; amount: number; status: string; shares: { payer: string; amount: number }[] } | null;
}
const LEDGER = `query ($id: ID!) { taxCreditLedger(enterpriseId: $id) { taxYear pilotEnterprise carriedInFen earnedFen
  usedFen carriedForwardFen conclusion entitlement { id amount status shares { payer amount } } } }`;
const ledger = async (org: OrganisationFacts) =>
  ok(await sg.request<{ taxCreditLedger: Line[] }>(LEDGER, { id: org.id }, FINANCE)).taxCreditLedger;
const figures = (lines: Line[]) =>
  lines.map((l) => [l.taxYear, l.carriedInFen, l.earnedFen, l.usedFen, l.carriedForwardFen]);

async function run(feed: TrainingFeed, orgs: OrganisationFacts[]) {
  await drain(sg, feed, directory(orgs));
}

describe('the credit at the rule’s edges', () => {
  it(`credits ${PERCENT} % of the investment, floored to the fen, capped at the surcharges due; the rest carries`, async () => {
    const orgs = {
      under: enterprise('抵免未达上限企业'),
      exact: enterprise('抵免恰好等于附加企业'),
      over: enterprise('抵免超出一分企业'),
      fraction: enterprise('投资十分企业'),
      tiny: enterprise('投资一分企业'),
      notPilot: enterprise('非试点企业'),
      nothingDue: enterprise('当年无附加企业'),
    };
    const all = Object.values(orgs);
    const feed = new TrainingFeed();
    const investment = 10_000_000; // ¥100,000.00
    const credit = creditOf(investment, PERCENT);
    expect(credit).toBe(3_000_000);
    feed.record(orgs.under, 2025, investment, credit + 1);
    feed.record(orgs.exact, 2025, investment, credit);
    feed.record(orgs.over, 2025, investment, credit - 1);
    feed.record(orgs.fraction, 2025, 10, 100); // 3 fen
    feed.record(orgs.tiny, 2025, 1, 100); // 0.3 fen: nothing
    feed.record(orgs.notPilot, 2025, investment, credit, false);
    feed.record(orgs.nothingDue, 2025, investment, 0);
    await run(feed, all);

    expect(figures(await ledger(orgs.under))).toEqual([[2025, 0, credit, credit, 0]]);
    expect(figures(await ledger(orgs.exact))).toEqual([[2025, 0, credit, credit, 0]]);
    expect(figures(await ledger(orgs.over))).toEqual([[2025, 0, credit, credit - 1, 1]]);
    expect(figures(await ledger(orgs.fraction))).toEqual([[2025, 0, 3, 3, 0]]);
    expect(figures(await ledger(orgs.tiny))).toEqual([[2025, 0, 0, 0, 0]]);
    const [notPilot] = await ledger(orgs.notPilot);
    expect(notPilot).toMatchObject({ earnedFen: 0, usedFen: 0, carriedForwardFen: 0, entitlement: null });
    expect(notPilot!.conclusion).toContain('试点企业');
    const [nothingDue] = await ledger(orgs.nothingDue);
    expect(nothingDue).toMatchObject({ earnedFen: credit, usedFen: 0, carriedForwardFen: credit, entitlement: null });

    // The used credit is an entitlement with one TAX share; nothing else is.
    const [over] = await ledger(orgs.over);
    expect(over!.entitlement).toMatchObject({
      amount: credit - 1,
      status: 'CALCULATED',
      shares: [{ payer: 'TAX', amount: credit - 1 }],
    });
    const outcomes = await sg.db.query<{ outcome: string; n: string }>(
      `SELECT outcome::text, count(*)::text AS n FROM fact WHERE source = $1 GROUP BY outcome ORDER BY outcome`,
      [feed.source],
    );
    expect(outcomes.map((o) => [o.outcome, Number(o.n)])).toEqual([
      ['GRANTED', 4],
      ['NOT_ELIGIBLE', 3],
    ]);
  });
});

describe('carrying forward across years', () => {
  const org = enterprise('三年结转企业');
  const feed = new TrainingFeed();

  it('carries the unused credit from the ledger’s previous year into the next, three years on', async () => {
    feed.record(org, 2025, 10_000_000, 1_000_000); // earns 3,000,000; uses 1,000,000; carries 2,000,000
    feed.record(org, 2026, 0, 1_500_000); // carried 2,000,000; uses 1,500,000; carries 500,000
    feed.record(org, 2027, 1_000_000, 600_000); // carried 500,000 + earned 300,000; uses 600,000; carries 200,000
    await run(feed, [org]);
    const lines = await ledger(org);
    expect(figures(lines)).toEqual([
      [2025, 0, 3_000_000, 1_000_000, 2_000_000],
      [2026, 2_000_000, 0, 1_500_000, 500_000],
      [2027, 500_000, 300_000, 600_000, 200_000],
    ]);
    expect(lines.map((l) => l.entitlement?.shares)).toEqual([
      [{ payer: 'TAX', amount: 1_000_000 }],
      [{ payer: 'TAX', amount: 1_500_000 }],
      [{ payer: 'TAX', amount: 600_000 }],
    ]);
    // The organisation carries the same lines (the organisation page and Finance's workbench read them there).
    const entity = ok(
      await sg.request<{ _entities: { taxCreditLedger: { taxYear: number; usedFen: number }[] }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { taxCreditLedger { taxYear usedFen } } } }`,
        { r: [{ __typename: 'Organisation', id: org.id }] },
        FINANCE,
      ),
    );
    expect(entity._entities[0]!.taxCreditLedger.map((l) => [l.taxYear, l.usedFen])).toEqual([
      [2025, 1_000_000],
      [2026, 1_500_000],
      [2027, 600_000],
    ]);
  });

  it('a correction of the first year recomputes the later ones; a reviewed year’s credit is calculated afresh', async () => {
    const before = await ledger(org);
    const [first, second, third] = before.map((l) => l.entitlement!.id);
    await reviewed(sg, [second!]);
    // 2025's investment was half: earns 1,500,000, uses 1,000,000, carries 500,000.
    feed.correct('投资额按审计报告更正', org, 2025, 5_000_000, 1_000_000);
    await run(feed, [org]);
    const after = await ledger(org);
    expect(figures(after)).toEqual([
      [2025, 0, 1_500_000, 1_000_000, 500_000],
      [2026, 500_000, 0, 500_000, 0],
      [2027, 0, 300_000, 300_000, 0],
    ]);
    // 2025 used the same: its entitlement stays. 2026 (reviewed) and 2027 changed: cancelled, calculated afresh.
    expect(after[0]!.entitlement!.id).toBe(first);
    expect(after[1]!.entitlement).toMatchObject({ amount: 500_000, status: 'CALCULATED' });
    expect(after[2]!.entitlement).toMatchObject({ amount: 300_000, status: 'CALCULATED' });
    expect(await statuses(sg, [second!, third!])).toEqual(['CANCELLED', 'CANCELLED']);
    const [history] = await sg.db.query<{ note: string }>(
      `SELECT note FROM entitlement_history WHERE entitlement_id = $1 AND action = 'CANCELLED'`,
      [second],
    );
    expect(history!.note).toContain('投资额按审计报告更正');
    const [fact] = await sg.db.query<{ note: string; outcome: string }>(
      `SELECT note, outcome::text FROM fact WHERE source = $1 AND kind = 'EDUCATION_INVESTMENT_CORRECTED'`,
      [feed.source],
    );
    expect(fact!.outcome).toBe('GRANTED');
    expect(fact!.note).toContain('2026 年度已抵免由');
    expect(fact!.note).toContain('2027 年度已抵免由');
  });

  it('a year recorded after a later one recomputes the later one', async () => {
    const late = enterprise('补登上年企业');
    const f = new TrainingFeed();
    f.record(late, 2026, 0, 1_000_000); // nothing to credit yet
    await run(f, [late]);
    expect(figures(await ledger(late))).toEqual([[2026, 0, 0, 0, 0]]);
    f.record(late, 2025, 10_000_000, 1_000_000); // carries 2,000,000 into 2026
    await run(f, [late]);
    expect(figures(await ledger(late))).toEqual([
      [2025, 0, 3_000_000, 1_000_000, 2_000_000],
      [2026, 2_000_000, 0, 1_000_000, 1_000_000],
    ]);
  });
});

describe('a ledger, not cash', () => {
  it('an approved credit needs no budget, never enters a payment batch, and the books reconcile', async () => {
    const org = enterprise('审批抵免企业');
    const feed = new TrainingFeed();
    feed.record(org, 2025, 10_000_000, 2_000_000);
    await run(feed, [org]);
    const [line] = await ledger(org);
    const id = line!.entitlement!.id;
    await reviewed(sg, [id]);
    ok(await sg.request(`mutation ($id: ID!) { approveEntitlement(id: $id) { status } }`, { id }, APPROVER));
    expect(await statuses(sg, [id])).toEqual(['APPROVED']);
    const shares = ok(
      await sg.request<{ payableShares: { payer: string }[] }>(`{ payableShares { payer } }`, {}, FINANCE),
    );
    expect(shares.payableShares.map((s) => s.payer)).not.toContain('TAX');
    const tax = await sg.request(
      `mutation ($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id } }`,
      { input: { payer: 'TAX' } },
      FINANCE,
    );
    expect(tax.errors?.[0]?.extensions).toMatchObject({ reason: 'TAX_IS_NOT_CASH' });
    const r = ok(
      await sg.request<{ reconciliation: { clean: boolean; differences: unknown[] } }>(
        `query { reconciliation(year: 2025) { clean differences { kind message } } }`,
        {},
        FINANCE,
      ),
    );
    expect(r.reconciliation.differences).toEqual([]);
    expect(r.reconciliation.clean).toBe(true);
  });
});
