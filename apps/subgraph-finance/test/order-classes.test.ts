/**
 * R5 二(四) in finance: a confirmed order-class hiring report from training (ORDER_CLASS_HIRING_REPORTED), decided by the
 * rules: the low and top bands at 50/99/100 qualifying hires, split city:county 5:5 with the county stored by training;
 * below 50, a key enterprise missing or no city-college agreement kept as ineligible with the rules' reasons; a
 * revoked report cancels what it granted. The feed and the directory are in-process stand-ins behind finance's own
 * interfaces.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { OrderClassHireV1, OrderClassHiringReportedV1, OrderClassHiringRevokedV1 } from '@jining/subgraph-kit';
import { MemoryFactFeed, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, FINANCE, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

const YEAR = 2025;
const LOW = valueAt(DEFAULT_PARAMETERS.R5_LOW_BAND_FEN, `${YEAR}-12-31`).value;
const TOP = valueAt(DEFAULT_PARAMETERS.R5_TOP_BAND_FEN, `${YEAR}-12-31`).value;
const MIN_YEARS = valueAt(DEFAULT_PARAMETERS.R5_MIN_CONTRACT_YEARS, `${YEAR}-12-31`).value;

const enterprise = (name: string, county = '370811'): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name,
  kind: 'ENTERPRISE',
  climbing: false,
  county: { code: county },
});

class TrainingFeed extends MemoryFactFeed {
  report(p: OrderClassHiringReportedV1) {
    this.append('ORDER_CLASS_HIRING_REPORTED', p.reportId, `${p.year}-12-31`, p);
  }
  revoke(p: OrderClassHiringRevokedV1) {
    this.append('ORDER_CLASS_HIRING_REVOKED', p.reportId, '2026-12-01', p);
  }
}

function directory(orgs: OrganisationFacts[]): AskGateway {
  const o = new Map(orgs.map((x) => [x.id, x]));
  return (async (_q: string, v: Record<string, unknown>) => ({
    peopleByIds: ((v.people as string[]) ?? []).map(() => null),
    organisationsByIds: (v.organisations as string[]).map((id) => o.get(id) ?? null),
  })) as AskGateway;
}

const hires = (count: number, over: (i: number) => Partial<OrderClassHireV1> = () => ({})): OrderClassHireV1[] =>
  Array.from({ length: count }, (_, i) => ({
    personId: `grad-${i}`,
    hireDate: `${YEAR}-07-01`,
    fullTime: true,
    programme: 'SENIOR_CLASS',
    fullTimeProgramme: true,
    contractYears: MIN_YEARS,
    agreementId: 'agreement-1',
    cityCollege: true,
    ...over(i),
  }));

const reportOf = (
  firm: OrganisationFacts,
  count: number,
  over: Partial<OrderClassHiringReportedV1> = {},
): OrderClassHiringReportedV1 => ({
  reportId: `report-${randomUUID()}`,
  enterpriseId: firm.id,
  year: YEAR,
  keyEnterpriseOrProject: true,
  keyEvidence: '济政字〔2025〕12号',
  cityCollegeAgreement: true,
  hires: hires(count),
  countyCode: firm.county.code,
  ...over,
});

interface OrgView {
  entitlements: {
    status: string;
    amount: number;
    ruleId: string;
    county: { code: string } | null;
    shares: { payer: string; amount: number }[];
  }[];
  factDecisions: { outcome: string; kindLabel: string; note: string | null; reasons: { code: string }[] }[];
}
async function view(id: string): Promise<OrgView> {
  const res = await sg.request<{ _entities: [OrgView] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
      entitlements { status amount ruleId county { code } shares { payer amount } }
      factDecisions { outcome kindLabel note reasons { code } } } } }`,
    { reps: [{ __typename: 'Organisation', id }] },
    FINANCE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

describe('order-class hiring reports become entitlements shared by the city and the county 5:5', () => {
  it.each([
    [50, 50 * LOW],
    [99, 99 * LOW],
    [100, 100 * TOP],
  ])('%i qualifying hires → %i fen, half the city’s, half the enterprise’s county’s', async (count, amount) => {
    const firm = enterprise(`济宁订单${count}有限公司`, '370812');
    const feed = new TrainingFeed();
    feed.report(reportOf(firm, count));
    await drain(sg, feed, directory([firm]));
    const v = await view(firm.id);
    expect(v.entitlements).toEqual([
      {
        status: 'CALCULATED',
        amount,
        ruleId: 'R5',
        county: { code: '370812' },
        shares: [
          { payer: 'CITY', amount: amount / 2 },
          { payer: 'COUNTY', amount: amount / 2 },
        ],
      },
    ]);
    expect(v.factDecisions.map((f) => [f.outcome, f.kindLabel])).toEqual([['GRANTED', '确认年度聘用报告']]);
  });

  it('counts only contracts of 3 years or more: 100 reported with one on 2 years is 99 in the low band', async () => {
    const firm = enterprise('济宁合同年限有限公司');
    const feed = new TrainingFeed();
    feed.report(reportOf(firm, 100, { hires: hires(100, (i) => (i === 0 ? { contractYears: MIN_YEARS - 1 } : {})) }));
    await drain(sg, feed, directory([firm]));
    expect((await view(firm.id)).entitlements.map((e) => e.amount)).toEqual([99 * LOW]);
  });

  it('keeps an ineligible report with the rules’ reasons: 49 hires, no key enterprise, no city college', async () => {
    const firm = enterprise('济宁不够格有限公司');
    const feed = new TrainingFeed();
    feed.report(reportOf(firm, 49));
    feed.report(reportOf(firm, 100, { keyEnterpriseOrProject: false, keyEvidence: null }));
    feed.report(reportOf(firm, 100, { cityCollegeAgreement: false }));
    await drain(sg, feed, directory([firm]));
    const v = await view(firm.id);
    expect(v.entitlements).toEqual([]);
    expect(v.factDecisions.map((f) => f.outcome)).toEqual(['NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE']);
    expect(v.factDecisions.map((f) => f.reasons.map((r) => r.code)).sort()).toEqual(
      [['HIRES_BELOW_MINIMUM'], ['NOT_KEY_ENTERPRISE'], ['NO_CITY_COLLEGE_AGREEMENT']].sort(),
    );
  });

  it('cancels what a revoked report granted and is unpaid', async () => {
    const firm = enterprise('济宁撤销订单有限公司');
    const feed = new TrainingFeed();
    const r = reportOf(firm, 60);
    feed.report(r);
    const ask = directory([firm]);
    await drain(sg, feed, ask);
    expect((await view(firm.id)).entitlements.map((x) => x.status)).toEqual(['CALCULATED']);
    feed.revoke({ reportId: r.reportId, enterpriseId: firm.id, year: YEAR, reason: '企业虚报聘用人数' });
    await drain(sg, feed, ask);
    const v = await view(firm.id);
    expect(v.entitlements.map((x) => x.status)).toEqual(['CANCELLED']);
    const cancelled = v.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(cancelled.kindLabel).toBe('撤销年度聘用报告');
    expect(cancelled.note).toContain('企业虚报聘用人数');
  });
});
