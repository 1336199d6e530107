import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { WorkbenchNavLabel } from '../../layout/WorkbenchNavLabel';
import { ACCOUNTS, renderPage } from '../../test/render';
import {
  EntitlementCountsQueryDoc,
  EntitlementDetailQueryDoc,
  RejectEntitlementMutationDoc,
  ReviewEntitlementMutationDoc,
} from './documents';
import { EntitlementPage } from './EntitlementPage';
import { calculated, counts, reviewedBy, upTo } from './fixtures';

const detail = (entitlement: object): MockLink.MockedResponse => ({
  request: { query: EntitlementDetailQueryDoc, variables: { id: 'e1' } },
  result: { data: { entitlement } },
});

function open(entitlement: object, account: Account, more: MockLink.MockedResponse[] = [], withMenu = false) {
  const page = withMenu ? (
    <>
      <WorkbenchNavLabel />
      <EntitlementPage />
    </>
  ) : (
    <EntitlementPage />
  );
  return renderPage(page, {
    account,
    mocks: [detail(entitlement), ...more],
    url: '/entitlements/e1',
    path: '/entitlements/:id',
  });
}

describe('EntitlementPage', () => {
  it('shows the decision in plain Chinese: names, the cited clause, ¥ amounts, shares by payer, the history', async () => {
    open(calculated, ACCOUNTS.finance);

    expect((await screen.findByTestId('entitlement-title')).textContent).toContain('新取得高级技师');
    expect(screen.getByTestId('entitlement-status').textContent).toBe('待审核');
    expect(screen.getByTestId('entitlement-amount').textContent).toBe('¥3,000.00');
    expect(screen.getByTestId('entitlement-citation').textContent).toBe('济人社发〔2024〕9号 第二部分（二）');
    // The payee's account, masked as the directory serves it.
    expect(screen.getByTestId('entitlement-account').textContent).toBe('中国工商银行济宁分行 ****4567');
    expect(screen.getByTestId('entitlement-summary').textContent).toContain('山东能源集团济宁矿业有限公司');

    const steps = within(screen.getByTestId('entitlement-explanation')).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[1]!.textContent).toContain('山东能源集团济宁矿业有限公司：符合“企业职工”的条件。');
    // Each step cites its clause in full, never the bare 二(二).
    expect(steps[1]!.textContent).toContain('济人社发〔2024〕9号 第二部分（二）');
    expect(screen.getByTestId('entitlement-explanation').textContent).not.toContain('二(二)');

    const shares = screen.getByTestId('entitlement-shares');
    expect(
      within(shares)
        .getAllByTestId('share-payer')
        .map((e) => e.textContent),
    ).toEqual(['市财政', '县级财政（任城区）']);
    expect(
      within(shares)
        .getAllByTestId('share-amount')
        .map((e) => e.textContent),
    ).toEqual(['¥1,500.00', '¥1,500.00']);

    expect(within(screen.getByTestId('entitlement-fact')).getByTestId('fact-outcome').textContent).toBe('已核定待遇');
    const history = screen.getAllByTestId('history-entry');
    expect(history[0]!.textContent).toContain('规则核定');
    expect(history[0]!.textContent).toContain('资金待遇计算服务');
    expect(history[0]!.textContent).toContain('2026-12-02 15:23');
  });

  it('shows a top-up as 补差额 with the amount received before', async () => {
    open(
      { ...calculated, stacking: 'TOP_UP', amount: 100000, grantAmount: 300000, previousAmount: 200000 },
      ACCOUNTS.finance,
    );
    expect((await screen.findByTestId('entitlement-stacking')).textContent).toBe('补差额');
    expect(screen.getByTestId('entitlement-amount').textContent).toBe('¥1,000.00');
    expect(screen.getByTestId('entitlement-previous').textContent).toBe('¥2,000.00');
    expect(screen.getByTestId('entitlement-summary').textContent).toContain('本次补差额');
  });

  it('reviews: asks first, then shows the new status and history from the answer, and the menu’s counts again', async () => {
    const reviewed = reviewedBy(ACCOUNTS.finance.displayName, '材料齐全');
    open(
      calculated,
      ACCOUNTS.finance,
      [
        { request: { query: EntitlementCountsQueryDoc }, result: { data: counts({ CALCULATED: 3 }) } },
        {
          request: { query: ReviewEntitlementMutationDoc, variables: { id: 'e1', note: '材料齐全' } },
          result: { data: { reviewEntitlement: reviewed } },
        },
        { request: { query: EntitlementCountsQueryDoc }, result: { data: counts({ CALCULATED: 2, REVIEWED: 1 }) } },
      ],
      true,
    );
    const menuCounts = () => screen.getByTestId('nav-workbench-label').getAttribute('title');
    await waitFor(() => expect(menuCounts()).toBe('待审核 3 · 待审批 0'));

    fireEvent.click(await screen.findByTestId('action-review'));
    const modal = await screen.findByTestId('step-modal-review');
    expect(modal.textContent).toContain('须由您以外的另一人审批');
    fireEvent.change(within(modal).getByTestId('step-note'), { target: { value: '材料齐全' } });
    fireEvent.click(screen.getByRole('button', { name: '确认审核' }));

    await waitFor(() => expect(screen.getByTestId('entitlement-status').textContent).toBe('已审核'));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(2);
    expect(screen.getAllByTestId('history-note')[0]!.textContent).toBe('材料齐全');
    await waitFor(() => expect(menuCounts()).toBe('待审核 2 · 待审批 1'));
    // Whoever reviewed cannot approve: the button is there, disabled, and says why.
    expect((screen.getByTestId('action-approve') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('approve-blocked').textContent).toContain('不能审批自己审核的待遇');
  });

  it('lets another finance account approve what someone else reviewed', async () => {
    open(reviewedBy(ACCOUNTS.finance.displayName), ACCOUNTS.approver);
    const approve = (await screen.findByTestId('action-approve')) as HTMLButtonElement;
    expect(approve.disabled).toBe(false);
    expect(screen.queryByTestId('approve-blocked')).toBeNull();
    expect(screen.queryByTestId('action-review')).toBeNull();
  });

  it('lets the reviewer decide an "up to" award’s amount within its maximum, and shows it', async () => {
    open(upTo, ACCOUNTS.finance, [
      { request: { query: EntitlementCountsQueryDoc }, result: { data: counts({ CALCULATED: 1 }) } },
      {
        request: {
          query: ReviewEntitlementMutationDoc,
          variables: { id: 'e1', note: null, decidedAmount: 12000000 },
        },
        result: {
          data: {
            reviewEntitlement: {
              ...reviewedBy(ACCOUNTS.finance.displayName, '审定金额 ¥120,000.00（最高标准 ¥300,000.00）'),
              ...{ description: upTo.description, beneficiaryPerson: null, county: null },
              beneficiaryOrganisation: upTo.beneficiaryOrganisation,
              amount: 12000000,
              grantAmount: 12000000,
              maxAmount: 30000000,
              decidedAmount: 12000000,
              shares: [{ __typename: 'CostShare', payer: 'CITY', amount: 12000000 }],
            },
          },
        },
      },
    ]);
    expect((await screen.findByTestId('entitlement-max')).textContent).toBe('¥300,000.00');
    expect(screen.getByTestId('entitlement-decided').textContent).toBe('未审定（按最高标准）');
    fireEvent.click(screen.getByTestId('action-review'));
    const modal = await screen.findByTestId('step-modal-review');
    expect(modal.textContent).toContain('最高¥300,000.00');
    fireEvent.change(within(modal).getByTestId('step-decidedAmount'), { target: { value: '300000.01' } });
    fireEvent.click(screen.getByRole('button', { name: '确认审核' }));
    expect(await screen.findByText('审定金额不能超过最高标准 ¥300,000.00')).toBeTruthy();
    fireEvent.change(within(modal).getByTestId('step-decidedAmount'), { target: { value: '120000' } });
    fireEvent.click(screen.getByRole('button', { name: '确认审核' }));
    await waitFor(() => expect(screen.getByTestId('entitlement-decided').textContent).toBe('¥120,000.00'));
    expect(screen.getByTestId('entitlement-amount').textContent).toBe('¥120,000.00');
  });

  it('offers no amount to decide on a fixed subsidy', async () => {
    open(calculated, ACCOUNTS.finance);
    fireEvent.click(await screen.findByTestId('action-review'));
    await screen.findByTestId('step-modal-review');
    expect(screen.queryByTestId('step-decidedAmount')).toBeNull();
    expect(screen.queryByTestId('entitlement-max')).toBeNull();
  });

  it('requires a reason to 退回, and puts the server’s message on the field', async () => {
    open(calculated, ACCOUNTS.finance, [
      {
        request: { query: RejectEntitlementMutationDoc, variables: { id: 'e1', reason: '重复申报' } },
        result: {
          errors: [
            {
              message: '退回理由须说明具体情形',
              extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', field: 'reason' },
            },
          ],
        },
      },
    ]);

    fireEvent.click(await screen.findByTestId('action-reject'));
    await screen.findByTestId('step-modal-reject');
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('须写明退回理由')).toBeTruthy();

    fireEvent.change(screen.getByTestId('step-reason'), { target: { value: '重复申报' } });
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('退回理由须说明具体情形')).toBeTruthy();
    expect(screen.getByTestId('entitlement-status').textContent).toBe('待审核');
  });

  it('offers no steps to county finance, and says who acts', async () => {
    open(calculated, ACCOUNTS.county);
    await screen.findByTestId('entitlement-title');
    expect(screen.queryByTestId('entitlement-actions')).toBeNull();
    expect(screen.getByTestId('county-read-only').textContent).toContain('市财政局');
  });

  it('says so when the entitlement is not there or not the account’s to see', async () => {
    open(null as unknown as object, ACCOUNTS.county);
    expect((await screen.findByTestId('entitlement-not-found')).textContent).toContain('不在本账号的查看范围内');
  });
});
