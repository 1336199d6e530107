/**
 * An entitlement as the API answers EntitlementDetail, for the finance pages' unit tests: a new 高级技师 subsidy of
 * ¥3,000.00 for an employee of a 任城区 enterprise, split half city, half county.
 */
export const county = { __typename: 'County', code: '370811', name: '任城区' } as const;

export const calculated = {
  __typename: 'Entitlement',
  id: 'e1',
  description: '新取得高级技师职业技能等级一次性补贴（证书编号 JN-0001）',
  citation: '济人社发〔2024〕9号 第二部分（二）',
  year: 2026,
  status: 'CALCULATED',
  stacking: 'NEW',
  amount: 300000,
  grantAmount: 300000,
  previousAmount: 0,
  maxAmount: null,
  decidedAmount: null,
  rejectedReason: null,
  createdAt: '2026-12-02T07:23:59.552Z',
  county,
  beneficiaryPerson: {
    __typename: 'Person',
    id: 'p1',
    name: '王建国',
    employer: { __typename: 'Organisation', id: 'o1', name: '山东能源集团济宁矿业有限公司' },
    socialSecurityCardAccount: { __typename: 'MaskedPaymentAccount', text: '中国工商银行济宁分行 ****4567' },
  },
  beneficiaryOrganisation: null,
  shares: [
    { __typename: 'CostShare', payer: 'CITY', amount: 150000 },
    { __typename: 'CostShare', payer: 'COUNTY', amount: 150000 },
  ],
  explanation: [
    {
      __typename: 'ExplanationStep',
      clause: '二(二)',
      ok: true,
      sentence: '取证日期 2026-11-20 在政策有效期（2025-01-01 至 2029-12-31）内。',
    },
    {
      __typename: 'ExplanationStep',
      clause: '二(二)',
      ok: true,
      sentence: '山东能源集团济宁矿业有限公司：符合“企业职工”的条件。',
    },
    {
      __typename: 'ExplanationStep',
      clause: '二(二)',
      ok: true,
      sentence: '新取得高级技师，一次性补贴标准为每人3,000元。',
    },
  ],
  fact: {
    __typename: 'FactDecision',
    id: 'f1',
    kindLabel: '登记职业技能等级证书',
    occurredOn: '2026-11-20',
    outcome: 'GRANTED',
    note: null,
    receivedAt: '2026-12-02T07:23:59.458Z',
    reasons: [],
  },
  history: [
    {
      __typename: 'EntitlementHistoryEntry',
      id: 'h1',
      action: 'CALCULATED',
      fromStatus: null,
      toStatus: 'CALCULATED',
      actorName: '资金待遇计算服务',
      note: null,
      at: '2026-12-02T07:23:59.552Z',
    },
  ],
};

export const reviewedBy = (actorName: string, note: string | null = null) => ({
  ...calculated,
  status: 'REVIEWED',
  history: [
    ...calculated.history,
    {
      __typename: 'EntitlementHistoryEntry',
      id: 'h2',
      action: 'REVIEWED',
      fromStatus: 'CALCULATED',
      toStatus: 'REVIEWED',
      actorName,
      note,
      at: '2026-12-02T08:00:00.000Z',
    },
  ],
});

export const counts = (pairs: Record<string, number>) => ({
  entitlementCounts: [
    'CALCULATED',
    'REVIEWED',
    'APPROVED',
    'IN_PUBLICITY',
    'PAYABLE',
    'IN_PAYMENT',
    'PAID',
    'REJECTED',
    'CANCELLED',
  ].map((status) => ({ __typename: 'EntitlementStatusCount', status, count: pairs[status] ?? 0 })),
});

/**
 * An "up to" award (R14): a vocational college's national final first prize, up to ¥300,000.00 from the city; the
 * reviewer may decide a lower amount.
 */
export const upTo = {
  ...calculated,
  id: 'e1',
  description:
    '国家级职业院校技能大赛获奖奖补：2025年全国职业院校技能大赛（工业机器人，总决赛一等奖，教职成函〔2025〕8号）',
  citation: '济人社发〔2024〕9号 第三部分（九）',
  amount: 30000000,
  grantAmount: 30000000,
  maxAmount: 30000000,
  county: null,
  beneficiaryPerson: null,
  beneficiaryOrganisation: { __typename: 'Organisation', id: 'o9', name: '济宁职业技术学院', basicAccount: null },
  shares: [{ __typename: 'CostShare', payer: 'CITY', amount: 30000000 }],
} as const;
