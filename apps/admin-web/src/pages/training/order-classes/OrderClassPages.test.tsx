import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Account } from '../../../auth/session';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { OrderClassHiringReportDetailQueryDoc } from './documents';
import { OrderClassReportPage } from './OrderClassReportPage';

const HRSS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'training:manage'] };

const report = (status: 'SUBMITTED' | 'CONFIRMED') => ({
  __typename: 'OrderClassHiringReport',
  id: 'r1',
  year: 2025,
  status,
  statusReason: null,
  countyCode: '370812',
  keyEnterpriseOrProject: true,
  keyEvidence: '济政字〔2025〕12号',
  recordedBy: 'acc-hrss',
  confirmedBy: status === 'CONFIRMED' ? 'acc-hrss-reviewer' : null,
  hireCount: 1,
  minContractYears: 3,
  county: { __typename: 'County', code: '370812', name: '兖州区' },
  enterprise: {
    __typename: 'Organisation',
    id: 'o1',
    name: '济宁鲁信机械有限公司',
    entitlements:
      status === 'CONFIRMED'
        ? [
            {
              __typename: 'Entitlement',
              id: 'e1',
              ruleId: 'R5',
              amount: 25_000_000,
              status: 'CALCULATED',
              description: '订单企业用才补贴：济宁鲁信机械有限公司 2025 年度全职聘用订单班毕业生 50 人',
              shares: [
                { __typename: 'CostShare', payer: 'CITY', amount: 12_500_000 },
                { __typename: 'CostShare', payer: 'COUNTY', amount: 12_500_000 },
              ],
              county: { __typename: 'County', code: '370812', name: '兖州区' },
            },
          ]
        : [],
  },
  hires: [
    {
      __typename: 'OrderClassHire',
      id: 'h1',
      hireDate: '2025-07-01',
      fullTime: true,
      programme: 'SENIOR_CLASS',
      fullTimeProgramme: true,
      contractYears: 3,
      person: { __typename: 'Person', id: 'p1', name: '刘毕业' },
      agreement: { __typename: 'OrderClassAgreement', id: 'a1', className: '数控订单班', cityCollege: true },
    },
  ],
  history: [],
});
const detail = (status: 'SUBMITTED' | 'CONFIRMED') => ({
  request: { query: OrderClassHiringReportDetailQueryDoc, variables: { id: 'r1' } },
  result: { data: { orderClassHiringReport: report(status) } },
  maxUsageCount: 5,
});
describe('an order-class hiring report', () => {
  it('shows HRSS the steps of a submitted report: confirm, correct, revoke', async () => {
    renderPage(<OrderClassReportPage />, {
      account: HRSS,
      url: '/training/order-classes/r1',
      path: '/training/order-classes/:id',
      mocks: [detail('SUBMITTED')],
    });
    await screen.findByTestId('order-class-report-actions');
    expect(screen.getByTestId('order-class-action-confirm')).toBeTruthy();
    expect(screen.getByTestId('order-class-action-correct')).toBeTruthy();
    expect(within(screen.getByTestId('order-class-report-hires')).getByText('高级工班')).toBeTruthy();
    expect(screen.getByTestId('order-class-grants').textContent).toContain('暂无核定结果');
  });

  it('leaves Finance read-only, with the R5 grant split between the city and the county', async () => {
    renderPage(<OrderClassReportPage />, {
      account: ACCOUNTS.finance,
      url: '/training/order-classes/r1',
      path: '/training/order-classes/:id',
      mocks: [detail('CONFIRMED')],
    });
    await screen.findByTestId('order-class-read-only');
    expect(screen.queryByTestId('order-class-report-actions')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('order-class-grant').textContent).toContain('¥250,000.00'));
    expect(screen.getByTestId('order-class-grant').textContent).toContain('¥125,000.00');
  });
});
