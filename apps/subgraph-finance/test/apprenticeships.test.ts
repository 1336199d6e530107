/**
 * R2 二(二) in finance: a confirmed apprenticeship year from training (APPRENTICESHIP_YEAR_COMPLETED) with its county's
 * rate, decided by the rules and paid by that county; the range's ends, the second year paid and a third (should one
 * arrive: training refuses it) ineligible; not a new-type apprenticeship ineligible; a revoked agreement cancels what
 * its years granted. The feed and the directory are in-process stand-ins behind finance's own interfaces.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { ApprenticeshipRevokedV1, ApprenticeshipYearCompletedV1 } from '@jining/subgraph-kit';
import { MemoryFactFeed, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts, PersonFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, FINANCE, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

const STARTED_ON = '2025-03-01';
const MIN = valueAt(DEFAULT_PARAMETERS.R2_RATE_MIN_FEN, STARTED_ON).value;
const MAX = valueAt(DEFAULT_PARAMETERS.R2_RATE_MAX_FEN, STARTED_ON).value;
const MAX_YEARS = valueAt(DEFAULT_PARAMETERS.R2_MAX_YEARS, STARTED_ON).value;

const enterprise = (name: string, county = '370811'): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name,
  kind: 'ENTERPRISE',
  climbing: false,
  county: { code: county },
});
const apprentice = (name: string): PersonFacts => ({
  id: `person-${randomUUID()}`,
  name,
  birthDate: '2005-03-01',
  county: { code: '370811' },
  employer: null,
});

class TrainingFeed extends MemoryFactFeed {
  year(p: ApprenticeshipYearCompletedV1) {
    this.append('APPRENTICESHIP_YEAR_COMPLETED', p.agreementId, p.yearFrom, p);
  }
  revoke(p: ApprenticeshipRevokedV1) {
    this.append('APPRENTICESHIP_REVOKED', p.agreementId, '2026-12-01', p);
  }
}

function directory(people: PersonFacts[], orgs: OrganisationFacts[]): AskGateway {
  const p = new Map(people.map((x) => [x.id, x]));
  const o = new Map(orgs.map((x) => [x.id, x]));
  return (async (_q: string, v: Record<string, unknown>) => ({
    peopleByIds: (v.people as string[]).map((id) => p.get(id) ?? null),
    organisationsByIds: (v.organisations as string[]).map((id) => o.get(id) ?? null),
  })) as AskGateway;
}

const yearOf = (
  who: PersonFacts,
  firm: OrganisationFacts,
  over: Partial<ApprenticeshipYearCompletedV1> = {},
): ApprenticeshipYearCompletedV1 => {
  const yearNumber = over.yearNumber ?? 1;
  const from = `${2024 + yearNumber}-03-01`;
  return {
    agreementId: `agreement-${who.id}`,
    enterpriseId: firm.id,
    apprenticeId: who.id,
    collegeId: 'org-college',
    trade: '数控车工',
    newTypeApprenticeship: true,
    startedOn: STARTED_ON,
    endsOn: '2028-02-28',
    yearNumber,
    yearFrom: from,
    yearTo: `${2025 + yearNumber}-02-28`,
    countyCode: firm.county.code,
    countyRateFen: 500_000,
    rateId: 'rate-1',
    rateEffectiveFrom: '2025-01-01',
    ...over,
  };
};

interface OrgView {
  entitlements: {
    status: string;
    amount: number;
    ruleId: string;
    county: { code: string } | null;
    shares: { payer: string; amount: number }[];
  }[];
  factDecisions: {
    outcome: string;
    kindLabel: string;
    note: string | null;
    reasons: { code: string; ruleId: string }[];
  }[];
}
async function view(id: string): Promise<OrgView> {
  const res = await sg.request<{ _entities: [OrgView] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
      entitlements { status amount ruleId county { code } shares { payer amount } }
      factDecisions { outcome kindLabel note reasons { code ruleId } } } } }`,
    { reps: [{ __typename: 'Organisation', id }] },
    FINANCE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

describe('apprenticeship years become entitlements paid by the county', () => {
  it('pays each year at the county’s rate, at the range’s ends, all of it by the county', async () => {
    const firm = enterprise('济宁鲁信机械有限公司', '370811');
    const a = apprentice('刘学徒');
    const feed = new TrainingFeed();
    feed.year(yearOf(a, firm, { yearNumber: 1, countyRateFen: MIN }));
    feed.year(yearOf(a, firm, { yearNumber: 2, countyRateFen: MAX }));
    await drain(sg, feed, directory([a], [firm]));
    const v = await view(firm.id);
    expect(v.entitlements.sort((x, y) => x.amount - y.amount)).toEqual([
      {
        status: 'CALCULATED',
        amount: MIN,
        ruleId: 'R2',
        county: { code: '370811' },
        shares: [{ payer: 'COUNTY', amount: MIN }],
      },
      {
        status: 'CALCULATED',
        amount: MAX,
        ruleId: 'R2',
        county: { code: '370811' },
        shares: [{ payer: 'COUNTY', amount: MAX }],
      },
    ]);
    expect(v.factDecisions.map((f) => [f.outcome, f.kindLabel])).toEqual([
      ['GRANTED', '确认培训年度'],
      ['GRANTED', '确认培训年度'],
    ]);
  });

  it('judges a year past R2_MAX_YEARS (training refuses it at the counter) and a non-new-type agreement ineligible', async () => {
    const firm = enterprise('济宁华泰纺织有限公司', '370812');
    const b = apprentice('陈学徒');
    const c = apprentice('周学徒');
    const feed = new TrainingFeed();
    feed.year(yearOf(b, firm, { yearNumber: MAX_YEARS + 1 }));
    feed.year(yearOf(c, firm, { newTypeApprenticeship: false }));
    await drain(sg, feed, directory([b, c], [firm]));
    const v = await view(firm.id);
    expect(v.entitlements).toEqual([]);
    expect(v.factDecisions.map((f) => f.reasons[0]?.code).sort()).toEqual([
      'MAX_YEARS_EXCEEDED',
      'NOT_NEW_TYPE_APPRENTICESHIP',
    ]);
  });

  it('fails a rate outside the range, should one arrive, instead of paying it', async () => {
    const firm = enterprise('济宁越界有限公司');
    const d = apprentice('吴学徒');
    const feed = new TrainingFeed();
    feed.year(yearOf(d, firm, { countyRateFen: MAX + 100 }));
    await drain(sg, feed, directory([d], [firm]));
    const v = await view(firm.id);
    expect(v.entitlements).toEqual([]);
    expect(v.factDecisions[0]!.outcome).toBe('FAILED');
  });

  it('cancels what a revoked agreement’s years granted and is unpaid', async () => {
    const firm = enterprise('济宁东岳重工有限公司');
    const e = apprentice('郑学徒');
    const feed = new TrainingFeed();
    const y = yearOf(e, firm);
    feed.year(y);
    const ask = directory([e], [firm]);
    await drain(sg, feed, ask);
    expect((await view(firm.id)).entitlements.map((x) => x.status)).toEqual(['CALCULATED']);
    feed.revoke({ agreementId: y.agreementId, enterpriseId: firm.id, apprenticeId: e.id, reason: '协议未履行' });
    await drain(sg, feed, ask);
    const v = await view(firm.id);
    expect(v.entitlements.map((x) => x.status)).toEqual(['CANCELLED']);
    const cancelled = v.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(cancelled.kindLabel).toBe('撤销学徒培训协议');
    expect(cancelled.note).toContain('协议未履行');
  });
});
