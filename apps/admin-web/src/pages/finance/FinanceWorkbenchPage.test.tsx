import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { PAGE_SIZE } from '../pageSize';
import { CountiesQuery } from '../../components/CountySelect';
import { ACCOUNTS, renderPage } from '../../test/render';
import { EntitlementCountsQueryDoc, FactFeedStatusQueryDoc, WorkbenchEntitlementsQueryDoc } from './documents';
import { FinanceWorkbenchPage } from './FinanceWorkbenchPage';
import { calculated, counts } from './fixtures';

const row = (id: string, name: string, status: string, extra: object = {}) => ({
  __typename: 'Entitlement',
  id,
  description: calculated.description,
  citation: calculated.citation,
  year: 2026,
  amount: 300000,
  previousAmount: 0,
  stacking: 'NEW',
  status,
  createdAt: '2026-12-02T07:23:59.552Z',
  county: calculated.county,
  beneficiaryPerson: { __typename: 'Person', id: `p-${id}`, name },
  beneficiaryOrganisation: null,
  shares: calculated.shares,
  ...extra,
});

const page = (status: string | undefined, rows: object[]): MockLink.MockedResponse => ({
  request: {
    query: WorkbenchEntitlementsQueryDoc,
    variables: { status, countyCode: undefined, first: PAGE_SIZE },
  },
  result: {
    data: {
      entitlements: {
        __typename: 'EntitlementConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node, i) => ({ __typename: 'EntitlementEdge', cursor: `c${i}`, node })),
      },
    },
  },
});

const base: MockLink.MockedResponse[] = [
  {
    request: { query: CountiesQuery },
    result: { data: { counties: [{ __typename: 'County', code: '370811', name: '任城区' }] } },
  },
  {
    request: { query: EntitlementCountsQueryDoc },
    result: { data: counts({ CALCULATED: 2, REVIEWED: 1, APPROVED: 5 }) },
  },
  {
    request: { query: FactFeedStatusQueryDoc },
    result: {
      data: {
        factFeedStatus: [
          {
            __typename: 'FactFeedStatus',
            source: 'evaluation',
            position: '123',
            head: '123',
            lag: 0,
            lastPolledAt: '2026-12-02T07:23:52.473Z',
            lastError: null,
          },
        ],
      },
    },
  },
];

function open(account: Account, mocks: MockLink.MockedResponse[], url = '/finance') {
  return renderPage(<FinanceWorkbenchPage />, { account, mocks: [...base, ...mocks], url, path: '/finance' });
}

describe('FinanceWorkbenchPage', () => {
  it('shows each queue with its count, opens on 待审核, and links each row to its page', async () => {
    open(ACCOUNTS.finance, [
      page('CALCULATED', [
        row('e1', '王建国', 'CALCULATED'),
        row('e2', '李红', 'CALCULATED', { stacking: 'TOP_UP', amount: 100000, previousAmount: 200000 }),
      ]),
    ]);

    await waitFor(() => expect(screen.getByTestId('queue-CALCULATED').getAttribute('data-count')).toBe('2'));
    expect(screen.getByTestId('queue-REVIEWED').textContent).toContain('待审批');
    expect(screen.getByTestId('queue-REVIEWED').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('queue-ALL').getAttribute('data-count')).toBe('8');
    expect((await screen.findByTestId('fact-feed-evaluation')).textContent).toBe(
      '事实订阅：技能评价 已处理 123 / 积压 0',
    );

    const table = screen.getByTestId('workbench-table');
    await within(table).findByText('王建国');
    const links = within(table).getAllByTestId('entitlement-link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/entitlements/e1', '/entitlements/e2']);
    const amounts = within(table)
      .getAllByTestId('entitlement-row-amount')
      .map((e) => e.textContent);
    expect(amounts).toEqual(['¥3,000.00', '¥1,000.00']);
    expect(within(table).getByText('补差额')).toBeTruthy();
    expect(table.textContent).toContain('市财政：¥1,500.00县级财政（任城区）：¥1,500.00');
  });

  it('switches queue from its tab', async () => {
    open(ACCOUNTS.finance, [
      page('CALCULATED', [row('e1', '王建国', 'CALCULATED')]),
      page('REVIEWED', [row('e3', '赵敏', 'REVIEWED')]),
    ]);
    await within(screen.getByTestId('workbench-table')).findByText('王建国');
    fireEvent.click(screen.getByTestId('queue-REVIEWED'));
    expect(await within(screen.getByTestId('workbench-table')).findByText('赵敏')).toBeTruthy();
    expect(screen.getByTestId('queue-hint').textContent).toContain('另一人审批');
  });

  it('opens the queue the URL names, with its next step: 已审批 → 发布公示 for city finance', async () => {
    open(ACCOUNTS.finance, [page('APPROVED', [row('e4', '孙强', 'APPROVED')])], '/finance?queue=APPROVED');
    expect(await within(screen.getByTestId('workbench-table')).findByText('孙强')).toBeTruthy();
    expect(screen.getByTestId('queue-next').textContent).toContain('发布公示');
  });

  it('links 待支付 to the payment batches, for county finance too, and offers it no 发布公示', async () => {
    open(ACCOUNTS.county, [page('PAYABLE', [row('e5', '周平', 'PAYABLE')])], '/finance?queue=PAYABLE');
    await within(screen.getByTestId('workbench-table')).findByText('周平');
    expect(screen.getByTestId('queue-next').textContent).toContain('生成支付批次');
  });

  it('does not offer county finance to publish', async () => {
    open(ACCOUNTS.county, [page('APPROVED', [row('e4', '孙强', 'APPROVED')])], '/finance?queue=APPROVED');
    await within(screen.getByTestId('workbench-table')).findByText('孙强');
    expect(screen.queryByTestId('queue-next')).toBeNull();
  });

  it('gives county finance its own county only: no county filter, and says who acts', async () => {
    open(ACCOUNTS.county, [page('CALCULATED', [row('e1', '王建国', 'CALCULATED')])]);
    await within(screen.getByTestId('workbench-table')).findByText('王建国');
    expect(screen.getByTestId('county-scope-note').textContent).toContain('本县');
    expect(screen.queryByLabelText('按县（市、区）筛选')).toBeNull();
  });
});
