import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ACCOUNTS, renderPage } from '../../test/render';
import { PAGE_SIZE } from '../pageSize';
import { AuditPage, formatAuditTime } from './AuditPage';
import { AuditEntriesDoc, FinanceAuditEntriesDoc } from './trails';

const entry = (n: number, over: object = {}) => ({
  __typename: 'AuditEntry',
  id: `a${n}`,
  at: '2026-03-01T02:03:04.000Z',
  actorAccountId: 'acc-hrss',
  actorName: '市人社局 · 职业能力建设科',
  department: 'HRSS',
  action: 'REVEAL_ID_NUMBER',
  entityType: 'Person',
  entityId: `p${n}`,
  reason: '核对补贴申请材料',
  before: null,
  after: null,
  requestId: `req-${n}`,
  ...over,
});
const page = (entries: object[], hasNextPage: boolean, total = entries.length) => ({
  data: {
    auditEntries: {
      __typename: 'AuditEntryConnection',
      totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
      edges: entries.map((node, i) => ({ __typename: 'AuditEntryEdge', cursor: `c${i}`, node })),
    },
  },
});
const vars = (over: object = {}) => ({
  first: PAGE_SIZE,
  action: undefined,
  entityId: undefined,
  actorAccountId: undefined,
  from: undefined,
  to: undefined,
  ...over,
});

describe('AuditPage', () => {
  it('lists entries in Chinese with the reason and request id, and filters by action', async () => {
    const user = userEvent.setup();
    const created = entry(2, {
      action: 'CREATE_PERSON',
      reason: null,
      after: '{"id":"p2","idNumber":"370811********1234"}',
    });
    renderPage(<AuditPage />, {
      account: ACCOUNTS.auditor,
      mocks: [
        { request: { query: AuditEntriesDoc, variables: vars() }, result: page([entry(1), created], false) },
        {
          request: { query: AuditEntriesDoc, variables: vars({ action: 'REVEAL_ID_NUMBER' }) },
          result: page([entry(1)], false),
        },
      ],
      url: '/audit',
      path: '/audit',
    });
    const table = await screen.findByTestId('audit-table');
    await within(table).findByText('req-2');
    const text = table.textContent ?? '';
    expect(text).toContain('查看完整身份证号');
    expect(text).toContain('登记人员');
    expect(text).toContain('核对补贴申请材料');
    expect(text).toContain('req-1');
    expect(text).toContain('市人力资源社会保障局');
    expect(text).toContain(formatAuditTime('2026-03-01T02:03:04.000Z'));
    expect(formatAuditTime('2026-03-01T02:03:04.000Z')).toContain('10:03:04'); // Jining's time, UTC+8

    await user.click(within(screen.getByTestId('filter-action')).getByRole('combobox'));
    await user.click(await screen.findByTitle('查看完整身份证号'));
    // The table empties while the filtered page loads, so req-2's absence alone proves nothing:
    // wait for the filtered result itself (req-1 back, req-2 gone).
    await waitFor(() => {
      expect(within(table).getByText('req-1')).toBeTruthy();
      expect(within(table).queryByText('req-2')).toBeNull();
    });
    expect(screen.getByTestId('export-excel')).toBeTruthy();
  });

  it('reads another subgraph’s trail: finance’s steps and records in words', async () => {
    const user = userEvent.setup();
    const approved = entry(3, {
      actorName: '市财政局 · 审批岗',
      department: 'FINANCE',
      action: 'APPROVE_ENTITLEMENT',
      entityType: 'Entitlement',
      entityId: 'e3',
      reason: null,
      before: '{"status":"REVIEWED"}',
      after: '{"status":"APPROVED"}',
    });
    renderPage(<AuditPage />, {
      account: ACCOUNTS.auditor,
      mocks: [
        { request: { query: AuditEntriesDoc, variables: vars() }, result: page([entry(1)], false) },
        { request: { query: FinanceAuditEntriesDoc, variables: vars() }, result: page([approved], false) },
      ],
      url: '/audit',
      path: '/audit',
    });
    const table = await screen.findByTestId('audit-table');
    await within(table).findByText('req-1');
    await user.click(within(screen.getByTestId('audit-trail')).getByText('资金待遇'));
    await within(table).findByText('req-3');
    const text = table.textContent ?? '';
    expect(text).toContain('审批待遇');
    expect(text).toContain('资金待遇 e3');
    expect(text).not.toContain('req-1');
  });
});
