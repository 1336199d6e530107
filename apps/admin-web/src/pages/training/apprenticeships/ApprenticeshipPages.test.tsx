import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Account } from '../../../auth/session';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { ApprenticeshipDetailQueryDoc, ApprenticeshipRatesQueryDoc, SetApprenticeshipRateDoc } from './documents';
import { ApprenticeshipPage } from './ApprenticeshipPage';
import { ApprenticeshipRatesPage } from './ApprenticeshipRatesPage';

/** 任城区人社局 as the gateway gives it: training:manage, bound to its county. */
const COUNTY_HRSS: Account = {
  username: 'rencheng-hrss',
  displayName: '任城区人社局 · 职业能力建设股',
  department: 'COUNTY_HRSS',
  countyCode: '370811',
  permissions: ['training:manage'],
};
const YANZHOU_HRSS: Account = { ...COUNTY_HRSS, username: 'yanzhou-hrss', countyCode: '370812' };
const HRSS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'training:manage'] };

const RANGE = { __typename: 'ApprenticeshipRateRange', minFen: 400_000, maxFen: 600_000, clause: '二(二)' };
const rate = {
  __typename: 'ApprenticeshipRate',
  id: 'r1',
  countyCode: '370811',
  county: { __typename: 'County', code: '370811', name: '任城区' },
  effectiveFrom: '2025-01-01',
  rateFen: 500_000,
  note: null,
  setByName: '任城区人社局 · 职业能力建设股',
  setAt: '2026-12-01T08:00:00.000Z',
};
const ratesMock = (countyCode: string | undefined) => ({
  request: { query: ApprenticeshipRatesQueryDoc, variables: { countyCode } },
  result: { data: { apprenticeshipRates: [rate], apprenticeshipRateRange: RANGE } },
  maxUsageCount: 5,
});

const agreement = {
  __typename: 'Apprenticeship',
  id: 'a1',
  status: 'ACTIVE',
  statusReason: null,
  trade: '数控车工',
  startedOn: '2025-01-01',
  endsOn: '2026-12-31',
  newType: true,
  recordedBy: 'acc-rencheng-hrss',
  maxYears: 2,
  countyCode: '370811',
  county: { __typename: 'County', code: '370811', name: '任城区' },
  apprentice: { __typename: 'Person', id: 'p1', name: '刘学徒' },
  enterprise: {
    __typename: 'Organisation',
    id: 'o1',
    name: '济宁鲁信机械有限公司',
    entitlements: [
      {
        __typename: 'Entitlement',
        id: 'e1',
        ruleId: 'R2',
        amount: 500_000,
        status: 'CALCULATED',
        description: '企业新型学徒职业培训补贴：刘学徒（数控车工）第 1 年，任城区标准每人每年 5,000元',
        shares: [{ __typename: 'CostShare', payer: 'COUNTY', amount: 500_000 }],
        county: { __typename: 'County', code: '370811', name: '任城区' },
      },
    ],
  },
  college: { __typename: 'Organisation', id: 'o2', name: '济宁市技师学院' },
  years: [
    {
      __typename: 'ApprenticeshipYear',
      id: 'y1',
      yearNumber: 1,
      yearFrom: '2025-01-01',
      yearTo: '2025-12-31',
      evidence: '2025 年度考核记录',
      status: 'CONFIRMED',
      rateFen: 500_000,
      recordedBy: 'acc-rencheng-hrss',
      confirmedBy: 'acc-hrss',
    },
  ],
  history: [],
};
const detailMock = {
  request: { query: ApprenticeshipDetailQueryDoc, variables: { id: 'a1' } },
  result: { data: { apprenticeship: agreement } },
  maxUsageCount: 5,
};

describe('县定学徒补贴标准', () => {
  it('lets a county HRSS set its rate, showing the rules’ range, with the server’s refusal on the rate', async () => {
    renderPage(<ApprenticeshipRatesPage />, {
      account: COUNTY_HRSS,
      url: '/training/apprenticeship-rates',
      path: '/training/apprenticeship-rates',
      mocks: [
        ratesMock('370811'),
        {
          request: {
            query: SetApprenticeshipRateDoc,
            variables: { input: { effectiveFrom: '2025-06-01', rateFen: 700_000 } },
          },
          result: {
            errors: [
              new GraphQLError('县定学徒补贴标准 7,000元 不在每人每年 4,000元—6,000元 范围内（二(二)）', {
                extensions: { code: 'BAD_USER_INPUT', field: 'input.rateFen', reason: 'RULES_RATE_OUT_OF_RANGE' },
              }),
            ],
          },
        },
      ],
    });
    const form = await screen.findByTestId('rate-form');
    await waitFor(() => expect(form.textContent).toContain('¥4,000.00—¥6,000.00'));
    expect(await screen.findByText('¥5,000.00')).toBeTruthy();
    fireEvent.change(screen.getByTestId('rate-form-effective-from'), { target: { value: '2025-06-01' } });
    fireEvent.change(screen.getByTestId('rate-form-rate'), { target: { value: '7000' } });
    fireEvent.click(screen.getByTestId('rate-form-submit'));
    await waitFor(() => expect(form.textContent).toContain('4,000元—6,000元 范围内'));
  });

  it('shows the city HRSS every county’s rates and no form (each county sets its own)', async () => {
    renderPage(<ApprenticeshipRatesPage />, {
      account: HRSS,
      url: '/training/apprenticeship-rates',
      path: '/training/apprenticeship-rates',
      mocks: [ratesMock(undefined)],
    });
    const table = await screen.findByTestId('apprenticeship-rates-table');
    await waitFor(() => expect(table.textContent).toContain('任城区'));
    expect(screen.queryByTestId('rate-form')).toBeNull();
  });
});

describe('an apprenticeship agreement', () => {
  it('shows its county’s HRSS the steps, with the rate applied and the grant paid by the county', async () => {
    renderPage(<ApprenticeshipPage />, {
      account: COUNTY_HRSS,
      url: '/training/apprenticeships/a1',
      path: '/training/apprenticeships/:id',
      mocks: [detailMock],
    });
    await screen.findByTestId('apprenticeship-actions');
    expect(within(screen.getByTestId('apprenticeship-years')).getByText('¥5,000.00')).toBeTruthy();
    expect(screen.getByTestId('apprenticeship-grant').textContent).toContain('任城区财政承担');
    // Year 2 may still be recorded; year 1 is confirmed, so there is nothing to confirm.
    expect(screen.getByTestId('apprenticeship-action-record-year')).toBeTruthy();
    expect(screen.queryByTestId('apprenticeship-action-confirm-1')).toBeNull();
  });

  it('leaves another county’s HRSS read-only', async () => {
    renderPage(<ApprenticeshipPage />, {
      account: YANZHOU_HRSS,
      url: '/training/apprenticeships/a1',
      path: '/training/apprenticeships/:id',
      mocks: [detailMock],
    });
    await screen.findByTestId('apprenticeship-read-only');
    expect(screen.queryByTestId('apprenticeship-actions')).toBeNull();
  });
});
