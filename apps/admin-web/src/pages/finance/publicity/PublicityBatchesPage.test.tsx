import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../../auth/session';
import { CountiesQuery } from '../../../components/CountySelect';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { PAGE_SIZE } from '../../pageSize';
import { EntitlementCountsQueryDoc } from '../documents';
import { counts } from '../fixtures';
import {
  CreatePublicityBatchMutationDoc,
  PublicityBatchesQueryDoc,
  PublicityWindowSettingsQueryDoc,
} from './documents';
import { batchFields } from './fixtures';
import { PublicityBatchesPage } from './PublicityBatchesPage';

const list: MockLink.MockedResponse = {
  request: { query: PublicityBatchesQueryDoc, variables: { status: undefined, first: PAGE_SIZE } },
  result: {
    data: {
      publicityBatches: {
        __typename: 'PublicityBatchConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          { __typename: 'PublicityBatchEdge', cursor: 'c0', node: batchFields },
          {
            __typename: 'PublicityBatchEdge',
            cursor: 'c1',
            node: { ...batchFields, id: 'pb0', title: '2025年第二批', status: 'CLOSED', lineCount: 12 },
          },
        ],
      },
    },
  },
};

const dialogQueries: MockLink.MockedResponse[] = [
  {
    request: { query: PublicityWindowSettingsQueryDoc },
    result: {
      data: {
        publicityWindowSettings: { __typename: 'PublicityWindowSettings', defaultDays: 7, minDays: 5, maxDays: 30 },
      },
    },
  },
  { request: { query: EntitlementCountsQueryDoc }, result: { data: counts({ APPROVED: 4 }) } },
  {
    request: { query: CountiesQuery },
    result: { data: { counties: [{ __typename: 'County', code: '370811', name: '任城区' }] } },
  },
];

function open(account: Account, mocks: MockLink.MockedResponse[] = [], url = '/finance/publicity') {
  return renderPage(<PublicityBatchesPage />, { account, mocks: [list, ...mocks], url, path: '/finance/publicity' });
}

describe('PublicityBatchesPage', () => {
  it('lists the batches with their status, window, closing date and size, each linked to its list', async () => {
    open(ACCOUNTS.finance);
    const table = screen.getByTestId('publicity-batches-table');
    const links = await within(table).findAllByTestId('publicity-batch-link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/finance/publicity/pb1', '/finance/publicity/pb0']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('公示中');
    expect(rows[0]!.textContent).toContain('2026-12-02 至 2026-12-08（7 天）');
    expect(rows[0]!.textContent).toContain('2026-12-09 起');
    expect(rows[1]!.textContent).toContain('公示期满');
    expect(rows[1]!.textContent).toContain('12');
    expect(screen.getByTestId('publish-open')).toBeTruthy();
  });

  it('publishes every approved entitlement with the default window, from the workbench’s link', async () => {
    open(
      ACCOUNTS.finance,
      [
        ...dialogQueries,
        {
          request: {
            query: CreatePublicityBatchMutationDoc,
            variables: { input: { allApproved: true, windowDays: 7, title: null } },
          },
          result: { data: { createPublicityBatch: { ...batchFields, lineCount: 4 } } },
        },
        { request: { query: EntitlementCountsQueryDoc }, result: { data: counts({ IN_PUBLICITY: 4 }) } },
      ],
      '/finance/publicity?publish=1',
    );
    const dialog = await screen.findByTestId('publish-dialog');
    expect(await within(dialog).findByText('全部已审批待遇（4 项）')).toBeTruthy();
    await waitFor(() => expect((within(dialog).getByRole('spinbutton') as HTMLInputElement).value).toBe('7'));
    expect(dialog.textContent).toContain('5–30 天，默认 7 天');
    fireEvent.click(screen.getByTestId('publish-dialog-ok'));
    expect(await screen.findByText('已发布公示：2026年第一批高技能人才资金待遇公示，共 4 项')).toBeTruthy();
  });

  it('shows the server’s coded refusal in Chinese, and asks for a pick when publishing chosen ones', async () => {
    open(
      ACCOUNTS.finance,
      [
        ...dialogQueries,
        {
          request: {
            query: CreatePublicityBatchMutationDoc,
            variables: { input: { allApproved: true, windowDays: 7, title: '十二月公示' } },
          },
          result: {
            errors: [
              {
                message: '没有“已审批”待公示的待遇',
                extensions: { code: 'BAD_USER_INPUT', reason: 'NOTHING_TO_PUBLISH', field: 'input.allApproved' },
              },
            ],
          },
        },
      ],
      '/finance/publicity?publish=1',
    );
    const dialog = await screen.findByTestId('publish-dialog');
    await waitFor(() => expect((within(dialog).getByRole('spinbutton') as HTMLInputElement).value).toBe('7'));
    fireEvent.change(screen.getByTestId('publish-title'), { target: { value: '十二月公示' } });
    fireEvent.click(screen.getByTestId('publish-dialog-ok'));
    expect((await screen.findByTestId('publish-dialog-error')).textContent).toBe('没有“已审批”待公示的待遇');

    fireEvent.click(within(dialog).getByTestId('publish-chosen'));
    await within(dialog).findByTestId('publish-entitlements');
    fireEvent.click(screen.getByTestId('publish-dialog-ok'));
    await waitFor(() =>
      expect(screen.getByTestId('publish-dialog-error').textContent).toBe('请在下表中勾选要公示的待遇'),
    );
  });

  it('gives county finance the list read-only: no 发布公示', async () => {
    open(ACCOUNTS.county, [], '/finance/publicity?publish=1');
    await within(screen.getByTestId('publicity-batches-table')).findAllByTestId('publicity-batch-link');
    expect(screen.queryByTestId('publish-open')).toBeNull();
    expect(screen.queryByTestId('publish-dialog')).toBeNull();
    expect(screen.getByTestId('publicity-read-only').textContent).toContain('本县');
  });
});
