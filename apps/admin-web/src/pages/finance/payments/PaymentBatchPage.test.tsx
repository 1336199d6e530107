import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../../auth/session';
import { beijingToday } from '../../../format/dateTime';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { MarkPaymentLinePaidMutationDoc, PaymentBatchDetailQueryDoc } from './documents';
import { cityBatch, countyBatchFields, line } from './fixtures';
import { PaymentBatchPage } from './PaymentBatchPage';

const detail = (answer: object, id = 'b1'): MockLink.MockedResponse => ({
  request: { query: PaymentBatchDetailQueryDoc, variables: { id } },
  result: { data: { paymentBatch: answer } },
});

function open(account: Account, mocks: MockLink.MockedResponse[], id = 'b1') {
  return renderPage(<PaymentBatchPage />, {
    account,
    mocks,
    url: `/finance/payments/${id}`,
    path: '/finance/payments/:id',
  });
}

const rowOf = (entitlementId: string) =>
  document.querySelector(`[data-testid="payment-lines"] tr[data-entitlement-id="${entitlementId}"]`) as HTMLElement;

describe('PaymentBatchPage', () => {
  it('shows the lines in ¥ with two decimals, and the batch total equal to their sum', async () => {
    open(ACCOUNTS.finance, [detail(cityBatch)]);
    expect((await screen.findByTestId('payment-batch-title')).textContent).toBe('市财政支付批次');
    expect(screen.getByTestId('payment-batch-status').textContent).toBe('支付中');
    expect(screen.getAllByTestId('payment-line-amount').map((e) => e.textContent)).toEqual(['¥1,500.00', '¥0.29']);
    expect(screen.getByTestId('payment-batch-total').textContent).toBe('¥1,500.29');
    expect(screen.getByTestId('payment-lines-sum').textContent).toBe('¥1,500.29');
    expect(screen.queryByTestId('payment-batch-mismatch')).toBeNull();
    expect(rowOf('e-l1').textContent).toContain('王建国');
    expect(rowOf('e-l1').textContent).toContain('待银行回单');
    expect(within(rowOf('e-l1')).getByTestId('mark-paid')).toBeTruthy();
  });

  it('warns when the batch total and its lines disagree', async () => {
    open(ACCOUNTS.finance, [detail({ ...cityBatch, total: 150000 })]);
    expect((await screen.findByTestId('payment-batch-mismatch')).textContent).toContain('不符');
  });

  it('marks a line paid with the bank’s reference and today’s date, and shows the answer', async () => {
    const today = beijingToday();
    const paid = line('l1', 150000, { status: 'PAID', reference: 'GK-2026-0001', paidOn: today });
    open(ACCOUNTS.finance, [
      detail(cityBatch),
      {
        request: {
          query: MarkPaymentLinePaidMutationDoc,
          variables: { input: { lineId: 'l1', reference: 'GK-2026-0001', paidOn: today } },
        },
        result: { data: { markPaymentLinePaid: paid } },
      },
      detail({ ...cityBatch, lines: [paid, cityBatch.lines[1]] }),
    ]);
    await screen.findByTestId('payment-batch-title');
    fireEvent.click(within(rowOf('e-l1')).getByTestId('mark-paid'));
    const modal = await screen.findByTestId('mark-paid-modal');
    expect((within(modal).getByTestId('paid-on') as HTMLInputElement).value).toBe(today);
    fireEvent.click(screen.getByTestId('mark-paid-modal-ok'));
    expect(await within(modal).findByText('须填写银行（国库）回单号')).toBeTruthy();
    fireEvent.change(within(modal).getByTestId('paid-reference'), { target: { value: 'GK-2026-0001' } });
    fireEvent.click(screen.getByTestId('mark-paid-modal-ok'));
    await waitFor(() => expect(within(rowOf('e-l1')).getByTestId('payment-line-status').textContent).toBe('已发放'));
    expect(within(rowOf('e-l1')).getByTestId('payment-line-reference').textContent).toBe('GK-2026-0001');
    expect(within(rowOf('e-l1')).queryByTestId('mark-paid')).toBeNull();
  });

  it('puts the server’s refusal of the date on the date field', async () => {
    const today = beijingToday();
    open(ACCOUNTS.finance, [
      detail(cityBatch),
      {
        request: {
          query: MarkPaymentLinePaidMutationDoc,
          variables: { input: { lineId: 'l2', reference: 'GK-1', paidOn: today } },
        },
        result: {
          errors: [
            {
              message: '支付日期不能早于支付批次生成日（2026-12-02）',
              extensions: { code: 'BAD_USER_INPUT', reason: 'PAID_BEFORE_BATCH', field: 'input.paidOn' },
            },
          ],
        },
      },
    ]);
    await screen.findByTestId('payment-batch-title');
    fireEvent.click(within(rowOf('e-l2')).getByTestId('mark-paid'));
    const modal = await screen.findByTestId('mark-paid-modal');
    fireEvent.change(within(modal).getByTestId('paid-reference'), { target: { value: 'GK-1' } });
    fireEvent.click(screen.getByTestId('mark-paid-modal-ok'));
    expect(await within(modal).findByText('支付日期不能早于支付批次生成日（2026-12-02）')).toBeTruthy();
  });

  it('lets county finance pay its county’s batch, and not the city’s', async () => {
    const countyBatch = { ...countyBatchFields, lines: [line('l3', 150000, { payer: 'COUNTY' })] };
    open(ACCOUNTS.county, [detail(countyBatch, 'b2')], 'b2');
    expect((await screen.findByTestId('payment-batch-title')).textContent).toBe('县级财政（任城区）支付批次');
    expect(within(rowOf('e-l3')).getByTestId('mark-paid')).toBeTruthy();
    expect(rowOf('e-l3').textContent).toContain('县级财政（任城区）');
    expect(screen.getByTestId('export-payment-file')).toBeTruthy();
  });

  it('offers no payment steps on a batch the account does not pay', async () => {
    open(ACCOUNTS.county, [detail(cityBatch)]);
    await screen.findByTestId('payment-batch-title');
    expect(screen.queryByTestId('mark-paid')).toBeNull();
    expect(screen.getByTestId('payment-read-only').textContent).toContain('市财政局');
    // The lines as Excel, yes; the payment file with full accounts only for whoever pays the batch.
    expect(screen.getByTestId('export-payment-lines')).toBeTruthy();
    expect(screen.queryByTestId('export-payment-file')).toBeNull();
  });
});
