import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { CountiesQuery } from '../../components/CountySelect';
import { currentYear } from '../../format/dateTime';
import { ACCOUNTS, renderPage } from '../../test/render';
import { BudgetsQueryDoc, SetBudgetMutationDoc } from './budgetDocuments';
import { cityLine, line, renchengLine, unionWithoutBudget } from './budgetFixtures';
import { BudgetsPage } from './BudgetsPage';

const YEAR = currentYear();
const at = (l: object) => ({ ...l, year: YEAR });

const budgets = (lines: object[]): MockLink.MockedResponse => ({
  request: { query: BudgetsQueryDoc, variables: { year: YEAR } },
  result: { data: { budgets: lines.map(at) } },
});

const counties: MockLink.MockedResponse = {
  request: { query: CountiesQuery },
  result: { data: { counties: [{ __typename: 'County', code: '370811', name: '任城区' }] } },
  maxUsageCount: Infinity,
};

function open(account: Account, mocks: MockLink.MockedResponse[]) {
  return renderPage(<BudgetsPage />, {
    account,
    mocks: [counties, ...mocks],
    url: '/finance/budgets',
    path: '/finance/budgets',
  });
}

const rows = () => screen.getAllByTestId('budget-row');
const rowOf = (key: string) => rows().find((r) => r.getAttribute('data-budget-key') === key)!;

/** Opens the form from the Trade Union line (no budget yet) and submits `amount`. */
async function setUnionBudget(amount: string) {
  fireEvent.click(within(rowOf('UNION||INDIVIDUAL_SKILL_AWARD')).getByTestId('budget-edit'));
  const form = await screen.findByTestId('budget-form');
  fireEvent.change(within(form).getByTestId('budget-form-amount'), { target: { value: amount } });
  fireEvent.click(screen.getByTestId('budget-submit'));
  return form;
}

const setUnion = (amount: number, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: SetBudgetMutationDoc,
    variables: {
      input: { payer: 'UNION', countyCode: undefined, year: YEAR, benefitGroup: 'INDIVIDUAL_SKILL_AWARD', amount },
    },
  },
  result,
});

describe('BudgetsPage', () => {
  it('shows this year’s lines in ¥ with totals, and marks approvals without a budget', async () => {
    open(ACCOUNTS.finance, [budgets([cityLine, renchengLine, unionWithoutBudget])]);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByTestId('budget-year').textContent).toContain(`${YEAR}年`);

    const city = rowOf('CITY||SKILL_CERTIFICATE_SUBSIDY');
    expect(city.textContent).toContain('市财政');
    expect(city.textContent).toContain('技能等级一次性补贴');
    expect(within(city).getByTestId('budget-amount').textContent).toBe('¥10,000.00');
    expect(within(city).getByTestId('budget-remaining').textContent).toBe('¥8,500.00');
    expect(rowOf('COUNTY|370811|SKILL_CERTIFICATE_SUBSIDY').textContent).toContain('县级财政（任城区）');

    const union = rowOf('UNION||INDIVIDUAL_SKILL_AWARD');
    expect(union.getAttribute('data-missing-budget')).toBe('true');
    expect(within(union).getByTestId('budget-missing').textContent).toBe('未设定');
    expect(within(union).getByTestId('budget-edit').textContent).toBe('设定预算');
    expect(city.getAttribute('data-missing-budget')).toBeNull();
    expect(screen.getByTestId('budget-missing-note').textContent).toContain('1 项已有审批金额但未设定预算');

    // Budget ¥15,000.00 (unset counts nothing), approved ¥5,000.00, pending ¥6,000.00, paid ¥1,000.00, remaining ¥12,000.00.
    expect(screen.getByTestId('budgets-total').textContent).toBe('合计¥15,000.00¥5,000.00¥6,000.00¥1,000.00¥12,000.00');
  });

  it('sets a budget typed in 元, exactly in fen, and shows the new line', async () => {
    const saved = at(line({ ...unionWithoutBudget, budget: 123_450, remaining: -76_550 }));
    open(ACCOUNTS.finance, [
      budgets([cityLine, unionWithoutBudget]),
      setUnion(123_450, { data: { setBudget: saved } }),
      budgets([cityLine, saved]),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await setUnionBudget('1234.5');
    await waitFor(() => expect(screen.queryByTestId('budget-form')).toBeNull());
    await waitFor(() =>
      expect(within(rowOf('UNION||INDIVIDUAL_SKILL_AWARD')).getByTestId('budget-amount').textContent).toBe('¥1,234.50'),
    );
    expect(await screen.findByText(/已设定\d{4}年度市总工会“个人技能奖励”预算 ¥1,234.50/)).toBeTruthy();
  });

  it.each([
    ['1.234', '金额最多两位小数（精确到分）'],
    ['-1', '金额不能为负数'],
    ['十万', '请填写以元为单位的数字金额，如 12000 或 1234.50'],
  ])('refuses %j in the form, in Chinese, and sends nothing', async (amount, reason) => {
    // No mock for the mutation: had the form sent it, the mocked link would answer with an error of its own.
    open(ACCOUNTS.finance, [budgets([unionWithoutBudget])]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const form = await setUnionBudget(amount);
    expect(await within(form).findByText(reason)).toBeTruthy();
    expect(screen.queryByTestId('budget-form-error')).toBeNull();
    expect(within(form).getByTestId('budget-form-amount')).toBeTruthy();
  });

  it('puts the server’s refusal (below what is approved) on the amount, in its Chinese', async () => {
    const message = `${YEAR}年度市总工会“个人技能奖励”预算不能低于已审批的 ¥2,000.00（拟设 ¥1,000.00，差 ¥1,000.00）`;
    open(ACCOUNTS.finance, [
      budgets([unionWithoutBudget]),
      setUnion(100_000, {
        errors: [
          {
            message,
            extensions: { code: 'CONFLICT', reason: 'BUDGET_BELOW_COMMITTED', field: 'input.amount' },
          },
        ],
      }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const form = await setUnionBudget('1000');
    expect(await within(form).findByText(message)).toBeTruthy();
    expect(within(rowOf('UNION||INDIVIDUAL_SKILL_AWARD')).getByTestId('budget-missing')).toBeTruthy();
  });

  it('gives county finance its own county’s lines, read-only', async () => {
    open(ACCOUNTS.county, [budgets([renchengLine])]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('县级财政（任城区）');
    expect(screen.getByTestId('county-scope-note').textContent).toContain('预算由市财政局设定');
    expect(screen.queryByTestId('set-budget')).toBeNull();
    expect(screen.queryByTestId('budget-edit')).toBeNull();
    expect(screen.getByTestId('export-excel')).toBeTruthy();
  });
});
