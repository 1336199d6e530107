/**
 * Enterprises' compliance reports (六: the frontline share of employee-education funds; 三(八) E3: high-skilled wage
 * growth in state-owned enterprises) against a real database over HTTP: the rules' verdict at its edges, every figure
 * error on its field with nothing written, the directory's 国有 flag deciding whether E3 applies, corrections with
 * their history, the duty, and twenty identical first reports at once.
 */
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { listReferences } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const SOE = 'org-soe';
const PRIVATE = 'org-private';
const COLLEGE = 'org-college';
const RACE = 'org-race';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: [],
      organisations: [SOE, PRIVATE, COLLEGE, RACE],
      profiles: {
        [SOE]: { name: '济宁测试国有企业', kind: 'ENTERPRISE', stateOwned: true },
        [PRIVATE]: { name: '济宁测试民营企业', kind: 'ENTERPRISE', stateOwned: false },
        [COLLEGE]: { name: '济宁测试职业学院', kind: 'VOCATIONAL_COLLEGE', stateOwned: false },
      },
    }),
  });
});
afterAll(async () => sg?.stop());

const MIN_PERCENT = valueAt(DEFAULT_PARAMETERS.FRONTLINE_EDUCATION_FUND_MIN_PERCENT, '2025-01-01').value;
const REPORT = `mutation ($input: ReportComplianceInput!) {
  reportCompliance(input: $input) { id check year applicable compliant stateOwned conclusion clause recordedBy
    fundsUsedFen frontlineFen history { action actorName note } }
}`;
interface Report {
  id: string;
  applicable: boolean;
  compliant: boolean;
  stateOwned: boolean;
  conclusion: string;
  clause: string;
  fundsUsedFen: number | string | null;
  frontlineFen: number | string | null;
  history: { action: string; actorName: string; note: string | null }[];
}
const report = (input: Record<string, unknown>, as = devPrincipal('hrss')) =>
  sg.request<{ reportCompliance: Report }>(REPORT, { input }, as);
const rows = async () =>
  Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM compliance_report'))[0]!.n);
const audits = async () =>
  Number(
    (
      await sg.db.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM _kit_audit WHERE entity_type = 'ComplianceReport'`,
      )
    )[0]!.n,
  );

const funds = (year: number, total: number, frontline: number, enterpriseId = PRIVATE) => ({
  check: 'FRONTLINE_EDUCATION_FUNDS',
  enterpriseId,
  year,
  fundsUsedFen: String(total),
  frontlineFen: String(frontline),
});
const wages = (year: number, enterpriseId: string, hs: [number, number], mgr: [number, number]) => ({
  check: 'E3_SOE_WAGE_GROWTH',
  enterpriseId,
  year,
  highSkilledPreviousAvgFen: String(hs[0]),
  highSkilledCurrentAvgFen: String(hs[1]),
  managersPreviousAvgFen: String(mgr[0]),
  managersCurrentAvgFen: String(mgr[1]),
});

describe('六: the frontline share of employee-education funds', () => {
  it(`complies at exactly ${MIN_PERCENT} %, and not a fen below`, async () => {
    const at = await report(funds(2025, 1_000_000_00, MIN_PERCENT * 1_000_000));
    expect(at.errors).toBeUndefined();
    expect(at.data!.reportCompliance).toMatchObject({ applicable: true, compliant: true, clause: '六' });
    expect(at.data!.reportCompliance.conclusion).toContain(`达到${MIN_PERCENT}％以上的要求`);
    const below = await report(funds(2026, 1_000_000_00, MIN_PERCENT * 1_000_000 - 1));
    expect(below.data!.reportCompliance).toMatchObject({ applicable: true, compliant: false });
    expect(below.data!.reportCompliance.conclusion).toContain('未达到');
    // No funds used: nothing to check.
    const none = await report(funds(2027, 0, 0));
    expect(none.data!.reportCompliance).toMatchObject({ applicable: false, compliant: true });
  });

  it('refuses figures that cannot be, each on its field, and writes nothing', async () => {
    const before = [await rows(), await audits()];
    const over = await report(funds(2028, 100, 101));
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.frontlineFen' });
    expect(over.errors?.[0]?.message).toBe('用于一线职工的经费不能超过经费总额');
    const missing = await report({
      check: 'FRONTLINE_EDUCATION_FUNDS',
      enterpriseId: PRIVATE,
      year: 2028,
      fundsUsedFen: '100',
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ field: 'input.frontlineFen', reason: 'VALIDATION_FAILED' });
    const foreign = await report({ ...funds(2028, 100, 60), managersCurrentAvgFen: '1' });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      field: 'input.managersCurrentAvgFen',
      reason: 'FIGURE_NOT_OF_THIS_CHECK',
    });
    const outside = await report(funds(2024, 100, 60));
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      field: 'input.year',
      reason: 'YEAR_OUTSIDE_POLICY_WINDOW',
    });
    const negative = await report(funds(2028, -100, 0));
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const college = await report(funds(2028, 100, 60, COLLEGE));
    expect(college.errors?.[0]?.extensions).toMatchObject({ field: 'input.enterpriseId', reason: 'NOT_AN_ENTERPRISE' });
    const nobody = await report(funds(2028, 100, 60, 'org-nowhere'));
    expect(nobody.errors?.[0]?.extensions).toMatchObject({
      field: 'input.enterpriseId',
      reason: 'ORGANISATION_NOT_FOUND',
    });
    expect([await rows(), await audits()]).toEqual(before);
  });
});

describe('三(八) E3: wage growth in state-owned enterprises', () => {
  it('a state-owned enterprise complies when high-skilled wages grow at least as fast as managers’', async () => {
    // 10 % against 10 %: equal growth complies (不低于).
    const equal = await report(wages(2025, SOE, [100_000_00, 110_000_00], [200_000_00, 220_000_00]));
    expect(equal.data!.reportCompliance).toMatchObject({ stateOwned: true, applicable: true, compliant: true });
    expect(equal.data!.reportCompliance.clause).toBe('三(八)');
    // 9.99 % against 10 %.
    const lower = await report(wages(2026, SOE, [100_000_00, 109_990_00], [200_000_00, 220_000_00]));
    expect(lower.data!.reportCompliance).toMatchObject({ applicable: true, compliant: false });
    expect(lower.data!.reportCompliance.conclusion).toContain('低于管理人员增幅');
  });

  it('does not apply to an enterprise the directory does not hold as state-owned', async () => {
    const res = await report(wages(2025, PRIVATE, [100, 90], [100, 200]));
    expect(res.data!.reportCompliance).toMatchObject({ stateOwned: false, applicable: false, compliant: true });
  });

  it('a previous average of 0 is refused on its field', async () => {
    const res = await report(wages(2027, SOE, [0, 100], [100, 100]));
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'input.highSkilledPreviousAvgFen' });
    expect(res.errors?.[0]?.message).toBe('上年人均工资应大于０，否则无法计算增幅');
  });
});

describe('one report per enterprise, check and year', () => {
  it('a second report is refused; a correction needs a reason and keeps both in the history', async () => {
    const again = await report(funds(2025, 1_000_000_00, 1));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_ALREADY_RECORDED' });
    const noReason = await report({ ...funds(2025, 1_000_000_00, 1), correction: true });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'input.note' });
    const nothing = await report({ ...funds(2029, 100, 60), correction: true, note: '更正' });
    expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REPORT_NOT_FOUND' });
    const fixed = await report({ ...funds(2025, 1_000_000_00, 1), correction: true, note: '企业更正了一线职工经费' });
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.reportCompliance).toMatchObject({ compliant: false, frontlineFen: 1 });
    expect(fixed.data!.reportCompliance.history.map((h) => [h.action, h.note])).toEqual([
      ['REPORT', null],
      ['CORRECT', '企业更正了一线职工经费'],
    ]);
  });

  it('only HRSS records them (六 and 三(八) are led by HRSS)', async () => {
    const before = await rows();
    const education = await report(funds(2029, 100, 60), devPrincipal('education'));
    expect(education.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toBe(before);
  });

  it('twenty identical first reports at once make one', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => report(funds(2025, 100, 60, RACE))));
    expect(answers.filter((a) => a.data?.reportCompliance).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(19);
    const n = await sg.db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM compliance_report WHERE enterprise_id = $1`,
      [RACE],
    );
    expect(n[0]!.n).toBe('1');
  });

  it('the year’s summary counts them per check', async () => {
    const res = await sg.request<{
      complianceSummary: {
        check: string;
        reported: number;
        compliant: number;
        notCompliant: number;
        notApplicable: number;
      }[];
    }>(`{ complianceSummary(year: 2025) { check reported compliant notCompliant notApplicable } }`);
    expect(res.data!.complianceSummary).toEqual([
      { check: 'FRONTLINE_EDUCATION_FUNDS', reported: 2, compliant: 1, notCompliant: 1, notApplicable: 0 },
      { check: 'E3_SOE_WAGE_GROWTH', reported: 2, compliant: 1, notCompliant: 0, notApplicable: 1 },
    ]);
  });
});

describe('an organisation’s reports', () => {
  it('lists each enterprise’s reports, newest year first, for many organisations in one request', async () => {
    const res = await sg.request<{ _entities: { id: string; complianceReports: { year: number; check: string }[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id complianceReports { year check } } } }`,
      { r: [SOE, PRIVATE, COLLEGE].map((id) => ({ __typename: 'Organisation', id })) },
    );
    expect(res.errors).toBeUndefined();
    const [soe, pvt, college] = res.data!._entities;
    expect(soe!.complianceReports.map((r) => r.year)).toEqual([2026, 2025]);
    expect(pvt!.complianceReports[0]!.year).toBeGreaterThanOrEqual(pvt!.complianceReports.at(-1)!.year);
    expect(college!.complianceReports).toEqual([]);
  });
});
