import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App as AntApp } from 'antd';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Account } from '../../auth/session';
import { PAGE_SIZE } from '../pageSize';
import { ACCOUNTS, renderPage } from '../../test/render';
import { ApplyCollegeDrawer } from './ApplyCollegeDrawer';
import {
  ApplyForCraftsmanCollegeDoc,
  ApproveCraftsmanCollegeDoc,
  CraftsmanCollegeDetailQueryDoc,
  CraftsmanCollegesQueryDoc,
  CraftsmanCollegeTargetQueryDoc,
} from './collegeDocuments';
import { CraftsmanCollegePage } from './CraftsmanCollegePage';
import { CraftsmanCollegesPage } from './CraftsmanCollegesPage';

/** 市总工会 as the gateway gives it: it runs the craftsman colleges (training:manage, the union's duty). */
const UNION: Account = {
  username: 'union',
  displayName: '市总工会 · 经济技术部',
  department: 'UNION',
  countyCode: null,
  permissions: ['training:manage', 'competitions:manage', 'awards:manage'],
};
/** HRSS holds training:manage too (the studios), but not the colleges' duty. */
const HRSS_TRAINING: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'training:manage'] };

const college = {
  __typename: 'CraftsmanCollege',
  id: 'c1',
  name: '济宁数控工匠学院',
  status: 'REVIEWED',
  foundedOn: '2025-03-01',
  appliedOn: '2026-11-02',
  reviewedBy: 'acc-union',
  approvedBy: null,
  approvedOn: null,
  statusReason: null,
  host: {
    __typename: 'Organisation',
    id: 'o1',
    name: '山东能源集团济宁矿业有限公司',
    entitlements: [
      {
        __typename: 'Entitlement',
        id: 'e9',
        ruleId: 'R9',
        amount: 20_000_000,
        status: 'CALCULATED',
        description: '市级工匠学院一次性补助：济宁数控工匠学院',
      },
      {
        __typename: 'Entitlement',
        id: 'e8',
        ruleId: 'R7',
        amount: 5_000_000,
        status: 'PAID',
        description: '另一项待遇',
      },
    ],
  },
  history: [
    ['h1', 'APPLY', null, 'APPLIED', '2026-11-02T01:00:00.000Z', '企业自建'],
    ['h2', 'REVIEW', 'APPLIED', 'REVIEWED', '2026-11-10T01:00:00.000Z', '材料齐全'],
  ].map(([id, action, fromStatus, toStatus, at, note]) => ({
    __typename: 'CraftsmanCollegeHistory',
    id,
    action,
    fromStatus,
    toStatus,
    actorId: 'acc-union',
    actorName: '市总工会 · 经济技术部',
    note,
    at,
  })),
};

const detail = (answer: object | null): MockLink.MockedResponse => ({
  request: { query: CraftsmanCollegeDetailQueryDoc, variables: { id: 'c1' } },
  result: { data: { craftsmanCollege: answer } },
});

function openCollege(account: Account, answer: object | null = college, more: MockLink.MockedResponse[] = []) {
  return renderPage(<CraftsmanCollegePage />, {
    account,
    mocks: [detail(answer), ...more],
    url: '/training/colleges/c1',
    path: '/training/colleges/:id',
  });
}

const buttons = async () =>
  within(await screen.findByTestId('college-actions'))
    .getAllByRole('button')
    .map((b) => b.textContent?.replace(/\s/g, ''));

describe('CraftsmanCollegePage', () => {
  it('shows the college, its history, and what finance granted for it', async () => {
    openCollege(UNION);
    expect((await screen.findByTestId('college-name')).textContent).toBe('济宁数控工匠学院');
    expect(screen.getByTestId('college-status').textContent).toBe('已审查');
    expect(screen.getAllByTestId('college-history-action').map((e) => e.textContent)).toEqual(['申报', '评审']);
    expect(screen.getByTestId('college-history').textContent).toContain('材料齐全');
    expect(screen.getAllByTestId('college-grant')).toHaveLength(1);
    expect(screen.getByTestId('college-grant-amount').textContent).toBe('¥200,000.00');
  });

  it('offers the union the steps of the state', async () => {
    openCollege(UNION, { ...college, status: 'APPLIED' });
    expect(await buttons()).toEqual(['评审', '不予批准']);
  });

  it('offers a reviewed college approval or turning it down, and an approved one revocation', async () => {
    const { unmount } = openCollege(UNION);
    expect(await buttons()).toEqual(['批准建设', '不予批准']);
    unmount();
    openCollege(UNION, { ...college, status: 'APPROVED', approvedOn: '2026-11-30' });
    expect(await buttons()).toEqual(['撤销批准']);
  });

  it('shows the server’s refusal in the dialog (the reviewer may not approve)', async () => {
    openCollege(UNION, college, [
      {
        request: { query: ApproveCraftsmanCollegeDoc, variables: { input: { id: 'c1' } } },
        result: {
          errors: [
            {
              message: '评审人不能批准同一工匠学院，须由另一名工作人员批准',
              extensions: { code: 'FORBIDDEN', reason: 'SAME_REVIEWER_AND_APPROVER', field: 'id' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('college-action-approve'));
    await screen.findByTestId('college-approve-dialog');
    fireEvent.click(screen.getByTestId('college-approve-dialog-ok'));
    expect((await screen.findByTestId('college-approve-dialog-error')).textContent).toContain(
      '评审人不能批准同一工匠学院',
    );
    expect(screen.getByTestId('college-status').textContent).toBe('已审查');
  });

  it('offers no steps to other departments, HRSS included, and says who acts', async () => {
    openCollege(HRSS_TRAINING);
    await screen.findByTestId('college-name');
    expect(screen.queryByTestId('college-actions')).toBeNull();
    expect(screen.getByTestId('college-read-only').textContent).toContain('市总工会');
  });

  it('says so when the college is not there', async () => {
    openCollege(UNION, null);
    expect(await screen.findByTestId('college-not-found')).toBeTruthy();
  });
});

const listResult = {
  data: {
    craftsmanColleges: {
      __typename: 'CraftsmanCollegeConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [
        {
          __typename: 'CraftsmanCollegeEdge',
          cursor: 'c1',
          node: {
            __typename: 'CraftsmanCollege',
            id: 'c1',
            name: '济宁数控工匠学院',
            status: 'APPROVED',
            foundedOn: '2025-03-01',
            appliedOn: '2026-11-02',
            approvedOn: '2026-11-30',
            host: { __typename: 'Organisation', id: 'o1', name: '山东能源集团济宁矿业有限公司' },
          },
        },
      ],
    },
  },
};
const target: MockLink.MockedResponse = {
  request: { query: CraftsmanCollegeTargetQueryDoc, variables: {} },
  result: {
    data: {
      craftsmanCollegeTarget: {
        __typename: 'CraftsmanCollegeTarget',
        approved: 7,
        target: 20,
        lower: 18,
        upper: 22,
        remaining: 15,
        from: '2025-01-01',
        dueDate: '2027-12-31',
        status: 'IN_PROGRESS',
        clause: '二(六)',
        zh: 'T11 ３年内建设２０个左右市级工匠学院（截至2027-12-31）：市级工匠学院（累计）7/20，进行中。',
        byYear: [2025, 2026, 2027].map((year, i) => ({
          __typename: 'CraftsmanCollegeYearCount',
          year,
          approved: [3, 4, 0][i],
        })),
      },
    },
  },
};

describe('CraftsmanCollegesPage', () => {
  it('lists the colleges with their state and shows T11 with its clause; the union may register', async () => {
    renderPage(<CraftsmanCollegesPage />, {
      account: UNION,
      mocks: [
        { request: { query: CraftsmanCollegesQueryDoc, variables: { first: PAGE_SIZE } }, result: listResult },
        target,
      ],
      url: '/training/colleges',
      path: '/training/colleges',
    });
    await waitFor(() => expect(screen.getAllByTestId('college-link')).toHaveLength(1));
    expect(screen.getAllByTestId('college-status')[0]!.textContent).toBe('已批准');
    expect((await screen.findByTestId('college-target-approved')).textContent).toBe('7');
    expect(screen.getByTestId('college-target-clause').textContent).toContain('（二(六)）');
    expect(screen.getByTestId('college-apply')).toBeTruthy();
  });

  it('offers no registration to finance', async () => {
    renderPage(<CraftsmanCollegesPage />, {
      account: ACCOUNTS.finance,
      mocks: [
        { request: { query: CraftsmanCollegesQueryDoc, variables: { first: PAGE_SIZE } }, result: listResult },
        target,
      ],
      url: '/training/colleges',
      path: '/training/colleges',
    });
    await waitFor(() => expect(screen.getAllByTestId('college-link')).toHaveLength(1));
    expect(screen.queryByTestId('college-apply')).toBeNull();
  });
});

describe('ApplyCollegeDrawer', () => {
  it('checks the form, then puts the server’s coded error on the field it names', async () => {
    const onApplied = vi.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: ApplyForCraftsmanCollegeDoc,
          variables: { input: { name: '济宁数控工匠学院', hostId: 'o1', foundedOn: '2024-06-01' } },
        },
        result: {
          errors: [
            {
              message: '建成日期早于政策施行之日（2025-01-01），不是新建设的工匠学院（二(六)）：2024-06-01',
              extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_NEWLY_BUILT', field: 'input.foundedOn' },
            },
          ],
        },
      },
    ];
    render(
      <AntApp>
        <MockedProvider mocks={mocks}>
          <ApplyCollegeDrawer open initialValues={{ hostId: 'o1' }} onClose={() => {}} onApplied={onApplied} />
        </MockedProvider>
      </AntApp>,
    );
    fireEvent.click(await screen.findByTestId('college-apply-submit'));
    expect(await screen.findByText('工匠学院名称不能为空')).toBeTruthy();
    expect(await screen.findByText('请填写建成日期')).toBeTruthy();
    fireEvent.change(screen.getByTestId('college-form-name'), { target: { value: ' 济宁数控工匠学院 ' } });
    fireEvent.change(screen.getByTestId('college-form-founded'), { target: { value: '2024-06-01' } });
    fireEvent.click(screen.getByTestId('college-apply-submit'));
    expect(await screen.findByText(/不是新建设的工匠学院/)).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(onApplied).not.toHaveBeenCalled();
  });
});
