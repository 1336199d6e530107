/**
 * 预算执行 and 报表与对账 as the API answers them, for the unit tests: 2026 budgets of the city and of 任城区 for the
 * skill-certificate subsidy (¥1,500.00 of each approved), a Trade Union line with approvals and no budget, a report
 * by county and reconciliations with and without differences.
 */
import { county } from './fixtures';

export const line = (extra: object) => ({
  __typename: 'BudgetLine',
  payer: 'CITY',
  county: null,
  year: 2026,
  benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
  budget: 1_000_000,
  committed: 150_000,
  pending: 300_000,
  paid: 0,
  remaining: 850_000,
  ...extra,
});

export const cityLine = line({});
export const renchengLine = line({ payer: 'COUNTY', county, budget: 500_000, remaining: 350_000 });
export const unionWithoutBudget = line({
  payer: 'UNION',
  benefitGroup: 'INDIVIDUAL_SKILL_AWARD',
  budget: null,
  committed: 200_000,
  pending: 0,
  paid: 100_000,
  remaining: null,
});

const row = (key: string, label: string, count: number, amount: number, extra: object = {}) => ({
  __typename: 'EntitlementReportRow',
  key,
  label,
  count,
  amount,
  committed: 0,
  paid: 0,
  rejected: 0,
  ...extra,
});

export const reportByCounty = (from: string, to: string) => ({
  entitlementReport: {
    __typename: 'EntitlementReport',
    from,
    to,
    groupBy: 'COUNTY',
    rows: [
      row('', '市级承担（无县级分担）', 2, 1_000_000, { committed: 500_000, paid: 500_000 }),
      row('370811', '任城区', 3, 900_000, { committed: 300_000, rejected: 300_000 }),
    ],
    total: row('TOTAL', '合计（按县（市、区））', 5, 1_900_000, {
      committed: 800_000,
      paid: 500_000,
      rejected: 300_000,
    }),
  },
});

const total = (extra: object) => ({
  __typename: 'ReconciliationTotal',
  payer: 'CITY',
  county: null,
  committed: 450_000,
  awaitingPublicity: 150_000,
  inPublicity: 0,
  payable: 0,
  inBatch: 150_000,
  paid: 150_000,
  difference: 0,
  ...extra,
});

export const cleanReconciliation = (year: number) => ({
  reconciliation: {
    __typename: 'Reconciliation',
    year,
    clean: true,
    totals: [total({}), total({ payer: 'COUNTY', county })],
    differences: [],
  },
});

export const reconciliationWithDifferences = (year: number) => ({
  reconciliation: {
    __typename: 'Reconciliation',
    year,
    clean: false,
    totals: [total({ paid: 100_000, difference: 50_000 })],
    differences: [
      {
        __typename: 'ReconciliationDifference',
        kind: 'BUCKETS',
        kindLabel: '承诺金额与各环节合计不符',
        message: `${year}年度市财政：已审批 ¥4,500.00，待公示、公示中、待支付、支付中、已发放合计 ¥4,000.00，相差 ¥500.00`,
        payer: 'CITY',
        county: null,
        entitlementId: null,
        batchId: null,
        lineId: null,
        expected: 450_000,
        actual: 400_000,
      },
      {
        __typename: 'ReconciliationDifference',
        kind: 'BATCH_TOTAL',
        kindLabel: '支付批次合计与明细不符',
        message: '市财政支付批次 b1：批次合计 ¥3,000.00（2 笔），明细合计 ¥1,500.00（1 笔）',
        payer: 'CITY',
        county: null,
        entitlementId: null,
        batchId: 'b1',
        lineId: null,
        expected: 300_000,
        actual: 150_000,
      },
      {
        __typename: 'ReconciliationDifference',
        kind: 'ENTITLEMENT_STATUS',
        kindLabel: '待遇状态与支付明细不符',
        message: '待遇 e9 为“已发放”，但 2 项现金分担中已支付 1 项、进入支付批次 2 项',
        payer: null,
        county: null,
        entitlementId: 'e9',
        batchId: null,
        lineId: null,
        expected: 2,
        actual: 1,
      },
    ],
  },
});
