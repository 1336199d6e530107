import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../../auth/session';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { PAGE_SIZE } from '../../pageSize';
import { county } from '../fixtures';
import { CreatePaymentBatchMutationDoc, PayableSharesQueryDoc, PaymentBatchesQueryDoc } from './documents';
import { cityBatchFields, countyBatchFields } from './fixtures';
import { PaymentsPage } from './PaymentsPage';

const payable = (rows: object[]): MockLink.MockedResponse => ({
  request: { query: PayableSharesQueryDoc },
  result: { data: { payableShares: rows } },
});
const share = (payer: string, count: number, amount: number, inCounty: object | null = null) => ({
  __typename: 'PayableShares',
  payer,
  county: inCounty,
  count,
  amount,
});

const batches = (nodes: object[]): MockLink.MockedResponse => ({
  request: { query: PaymentBatchesQueryDoc, variables: { payer: undefined, status: undefined, first: PAGE_SIZE } },
  result: {
    data: {
      paymentBatches: {
        __typename: 'PaymentBatchConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node, i) => ({ __typename: 'PaymentBatchEdge', cursor: `c${i}`, node })),
      },
    },
  },
});

function open(account: Account, mocks: MockLink.MockedResponse[]) {
  return renderPage(<PaymentsPage />, { account, mocks, url: '/finance/payments', path: '/finance/payments' });
}

const payableRow = (name: string) =>
  within(screen.getByTestId('payable-shares'))
    .getAllByTestId('payable-payer')
    .find((e) => e.textContent === name)!
    .closest('tr') as HTMLElement;

describe('PaymentsPage', () => {
  it('offers city finance the city’s batch and not a county’s, and lists the batches', async () => {
    open(ACCOUNTS.finance, [
      payable([share('CITY', 3, 450000), share('COUNTY', 2, 300000, county)]),
      batches([cityBatchFields, countyBatchFields]),
    ]);
    await within(screen.getByTestId('payable-shares')).findByText('市财政');
    expect(payableRow('市财政').textContent).toContain('¥4,500.00');
    expect(within(payableRow('市财政')).getByTestId('create-batch-CITY')).toBeTruthy();
    expect(within(payableRow('县级财政（任城区）')).queryByTestId('create-batch-COUNTY')).toBeNull();
    expect(payableRow('县级财政（任城区）').textContent).toContain('由该县（市、区）财政局生成');

    const links = await within(screen.getByTestId('payment-batches-table')).findAllByTestId('payment-batch-link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/finance/payments/b1', '/finance/payments/b2']);
    expect(links[1]!.textContent).toContain('县级财政（任城区）');
    expect(screen.getByTestId('payment-batches-table').textContent).toContain('¥1,500.29');
  });

  it('lets 任城区 make its own county’s batch, after saying what it will hold', async () => {
    open(ACCOUNTS.county, [
      payable([share('COUNTY', 2, 300000, county)]),
      batches([]),
      {
        request: {
          query: CreatePaymentBatchMutationDoc,
          variables: { input: { payer: 'COUNTY', countyCode: '370811' } },
        },
        result: { data: { createPaymentBatch: { ...countyBatchFields, lineCount: 2, total: 300000 } } },
      },
    ]);
    expect((await screen.findByTestId('county-payments-note')).textContent).toContain('本县');
    fireEvent.click(await screen.findByTestId('create-batch-COUNTY'));
    const modal = await screen.findByTestId('create-batch-modal');
    expect(modal.textContent).toContain('县级财政（任城区）全部待支付的分担（2 笔，合计 ¥3,000.00）');
    fireEvent.click(screen.getByTestId('create-batch-modal-ok'));
    expect(await screen.findByText('已生成县级财政（任城区）支付批次：2 笔，合计 ¥3,000.00')).toBeTruthy();
  });

  it('shows the server’s refusal in Chinese in the dialog', async () => {
    open(ACCOUNTS.finance, [
      payable([share('CITY', 1, 150000)]),
      batches([]),
      {
        request: { query: CreatePaymentBatchMutationDoc, variables: { input: { payer: 'CITY', countyCode: null } } },
        result: {
          errors: [
            {
              message: '市财政没有待支付的分担',
              extensions: { code: 'BAD_USER_INPUT', reason: 'NOTHING_TO_PAY', field: 'input.payer' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('create-batch-CITY'));
    await screen.findByTestId('create-batch-modal');
    fireEvent.click(screen.getByTestId('create-batch-modal-ok'));
    expect((await screen.findByTestId('create-batch-modal-error')).textContent).toBe('市财政没有待支付的分担');
  });
});
