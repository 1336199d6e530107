import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App as AntApp } from 'antd';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { Account } from '../../auth/session';
import { download } from '../../export/excel';
import { EXPORT_PAGE_SIZE } from '../../export/fetchAll';
import { PAGE_SIZE } from '../pageSize';
import { ACCOUNTS, renderPage } from '../../test/render';
import { ApplyStudioDrawer } from './ApplyStudioDrawer';
import { ApplyForStudioDoc, ApproveStudioDoc, MasterStudiosQueryDoc, StudioDetailQueryDoc } from './documents';
import { StudioPage } from './StudioPage';
import { StudioPublicityPage } from './StudioPublicityPage';

vi.mock('../../export/excel', async (original) => ({
  ...(await original<typeof import('../../export/excel')>()),
  download: vi.fn(),
}));

/** 市人社局 as the gateway gives it: it runs the studio workflow (training:manage). */
const HRSS_STUDIOS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'training:manage'] };

const studio = {
  __typename: 'MasterStudio',
  id: 's1',
  name: '王建国焊接技能大师工作室',
  level: 'CITY',
  status: 'IN_PUBLICITY',
  trade: '焊工',
  appliedOn: '2026-11-02',
  approvedOn: null,
  urgentFieldAttested: true,
  selectedBy: 'acc-hrss',
  approvedBy: null,
  publicityStartsOn: '2026-11-20',
  publicityEndsOn: '2026-11-26',
  documentNo: null,
  documentDate: null,
  statusReason: null,
  lead: { __typename: 'Person', id: 'p1', name: '王建国' },
  host: {
    __typename: 'Organisation',
    id: 'o1',
    name: '山东能源集团济宁矿业有限公司',
    entitlements: [
      {
        __typename: 'Entitlement',
        id: 'e9',
        ruleId: 'R7',
        amount: 5_000_000,
        status: 'CALCULATED',
        description: '市级技能大师工作室建设经费：王建国焊接技能大师工作室',
      },
      {
        __typename: 'Entitlement',
        id: 'e8',
        ruleId: 'R1',
        amount: 300_000,
        status: 'PAID',
        description: '另一项待遇',
      },
    ],
  },
  history: [
    ['h1', 'APPLY', null, 'APPLIED', '2026-11-02T01:00:00.000Z', null],
    ['h2', 'REVIEW', 'APPLIED', 'REVIEWED', '2026-11-10T01:00:00.000Z', '属急需紧缺领域'],
    ['h3', 'SELECT', 'REVIEWED', 'SELECTED', '2026-11-18T01:00:00.000Z', null],
    ['h4', 'PUBLISH', 'SELECTED', 'IN_PUBLICITY', '2026-11-20T01:00:00.000Z', '公示 7 天'],
  ].map(([id, action, fromStatus, toStatus, at, note]) => ({
    __typename: 'StudioHistory',
    id,
    action,
    fromStatus,
    toStatus,
    level: 'CITY',
    actorId: 'acc-hrss',
    actorName: '市人社局 · 职业能力建设科',
    note,
    at,
  })),
  objections: [
    {
      __typename: 'StudioObjection',
      id: 'ob1',
      content: '来信反映业绩存疑',
      receivedOn: '2026-11-21',
      recordedBy: 'acc-hrss',
    },
  ],
  assessments: [],
};

const detail = (answer: object | null): MockLink.MockedResponse => ({
  request: { query: StudioDetailQueryDoc, variables: { id: 's1' } },
  result: { data: { masterStudio: answer } },
});

function openStudio(account: Account, answer: object = studio, more: MockLink.MockedResponse[] = []) {
  return renderPage(<StudioPage />, {
    account,
    mocks: [detail(answer), ...more],
    url: '/training/studios/s1',
    path: '/training/studios/:id',
  });
}

describe('StudioPage', () => {
  it('shows the studio, its history and objections, and what finance granted for it', async () => {
    openStudio(HRSS_STUDIOS);
    expect((await screen.findByTestId('studio-name')).textContent).toBe('王建国焊接技能大师工作室');
    expect(screen.getByTestId('studio-status').textContent).toBe('公示中');
    expect(screen.getByTestId('studio-publicity-window').textContent).toBe('2026-11-20 至 2026-11-26');
    expect(screen.getAllByTestId('studio-history-action').map((e) => e.textContent)).toEqual([
      '申报',
      '评审',
      '遴选',
      '公示',
    ]);
    expect(screen.getByTestId('studio-history').textContent).toContain('属急需紧缺领域');
    expect(screen.getByTestId('studio-objections').textContent).toContain('来信反映业绩存疑');
    // Only the host's grants for this studio.
    expect(screen.getAllByTestId('studio-grant')).toHaveLength(1);
    expect(screen.getByTestId('studio-grant-amount').textContent).toBe('¥50,000.00');
  });

  it('offers HRSS the steps of the state: in publicity, objection, approval or turning it down', async () => {
    openStudio(HRSS_STUDIOS);
    const actions = await screen.findByTestId('studio-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, '')),
    ).toEqual(['异议登记', '命名', '不予遴选']);
  });

  it('offers an approved studio its assessment, upgrade, suspension and revocation', async () => {
    openStudio(HRSS_STUDIOS, { ...studio, status: 'APPROVED', approvedOn: '2026-11-30' });
    const actions = await screen.findByTestId('studio-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, '')),
    ).toEqual(['年度考核', '升级', '暂停', '撤销命名']);
  });

  it('shows the server’s refusal in the dialog (the selector may not approve)', async () => {
    openStudio(HRSS_STUDIOS, studio, [
      {
        request: { query: ApproveStudioDoc, variables: { input: { id: 's1' } } },
        result: {
          errors: [
            {
              message: '遴选人不能命名同一工作室，须由另一名工作人员审批',
              extensions: { code: 'FORBIDDEN', reason: 'SAME_SELECTOR_AND_APPROVER', field: 'id' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('studio-action-approve'));
    await screen.findByTestId('studio-approve-dialog');
    fireEvent.click(screen.getByTestId('studio-approve-dialog-ok'));
    expect((await screen.findByTestId('studio-approve-dialog-error')).textContent).toContain(
      '遴选人不能命名同一工作室',
    );
    expect(screen.getByTestId('studio-status').textContent).toBe('公示中');
  });

  it('offers no steps to other departments, and says who acts', async () => {
    openStudio(ACCOUNTS.finance);
    await screen.findByTestId('studio-name');
    expect(screen.queryByTestId('studio-actions')).toBeNull();
    expect(screen.getByTestId('studio-read-only').textContent).toContain('市人力资源社会保障局');
  });

  it('says so when the studio is not there', async () => {
    openStudio(HRSS_STUDIOS, null as unknown as object);
    expect(await screen.findByTestId('studio-not-found')).toBeTruthy();
  });
});

const listNode = (id: string, name: string, lead: string) => ({
  __typename: 'MasterStudio',
  id,
  name,
  level: 'CITY',
  status: 'IN_PUBLICITY',
  trade: '焊工',
  appliedOn: '2026-11-02',
  approvedOn: null,
  publicityStartsOn: '2026-11-20',
  publicityEndsOn: '2026-11-26',
  lead: { __typename: 'Person', id: `p-${id}`, name: lead },
  host: {
    __typename: 'Organisation',
    id: 'o1',
    name: '山东能源集团济宁矿业有限公司',
    creditCode: '91370800MA3C1234X5',
  },
});

const publicityResult = {
  data: {
    masterStudios: {
      __typename: 'MasterStudioConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
      edges: [
        { __typename: 'MasterStudioEdge', cursor: 'c1', node: listNode('s1', '王建国焊接技能大师工作室', '王建国') },
        { __typename: 'MasterStudioEdge', cursor: 'c2', node: listNode('s2', '李红数控技能大师工作室', '李红') },
      ],
    },
  },
};
const publicityList: MockLink.MockedResponse[] = [
  {
    request: { query: MasterStudiosQueryDoc, variables: { status: 'IN_PUBLICITY', first: PAGE_SIZE } },
    result: publicityResult,
  },
  {
    request: {
      query: MasterStudiosQueryDoc,
      variables: { status: 'IN_PUBLICITY', first: EXPORT_PAGE_SIZE, after: null },
    },
    result: publicityResult,
  },
];

describe('StudioPublicityPage', () => {
  it('lists the studios in publicity with the leads’ names masked, and exports the same to Excel', async () => {
    renderPage(<StudioPublicityPage />, {
      account: ACCOUNTS.finance,
      mocks: publicityList,
      url: '/training/studios/publicity',
      path: '/training/studios/publicity',
    });
    await waitFor(() => expect(screen.getAllByTestId('studio-publicity-lead')).toHaveLength(2));
    expect(screen.getAllByTestId('studio-publicity-lead').map((e) => e.textContent)).toEqual(['王*国', '李*']);
    // The studio's name carries its master's: masked there too.
    expect(screen.getAllByTestId('studio-publicity-name').map((e) => e.textContent)).toEqual([
      '王*国焊接技能大师工作室',
      '李*数控技能大师工作室',
    ]);
    expect(screen.getByTestId('studio-publicity-lines').textContent).not.toContain('王建国');

    fireEvent.click(screen.getByTestId('export-excel'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [bytes, fileName] = vi.mocked(download).mock.calls[0]!;
    expect(fileName).toMatch(/^技能大师工作室公示名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('公示名单')!;
    expect(sheet.getRow(1).values).toContain('领办人');
    expect(sheet.getRow(2).values).toContain('王*国');
    expect(sheet.getRow(2).values).not.toContain('王建国');
    expect(sheet.getRow(3).values).toContain('李*');
  });
});

describe('ApplyStudioDrawer', () => {
  it('puts the server’s coded error on the field it names', async () => {
    const onApplied = vi.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: ApplyForStudioDoc,
          variables: {
            input: { name: '王建国焊接技能大师工作室', level: 'CITY', leadId: 'p1', hostId: 'o1', trade: '焊工' },
          },
        },
        result: {
          errors: [
            {
              message: '该人员已领办一家市级技能大师工作室，同一级别只能领办一家',
              extensions: { code: 'CONFLICT', reason: 'STUDIO_ALREADY_LED_AT_LEVEL', field: 'input.leadId' },
            },
          ],
        },
      },
    ];
    render(
      <AntApp>
        <MockedProvider mocks={mocks}>
          <ApplyStudioDrawer
            open
            initialValues={{ leadId: 'p1', hostId: 'o1' }}
            onClose={() => {}}
            onApplied={onApplied}
          />
        </MockedProvider>
      </AntApp>,
    );
    fireEvent.click(await screen.findByTestId('studio-apply-submit'));
    expect(await screen.findByText('工作室名称不能为空')).toBeTruthy();
    fireEvent.change(screen.getByTestId('studio-form-name'), { target: { value: '王建国焊接技能大师工作室' } });
    fireEvent.change(screen.getByTestId('studio-form-trade'), { target: { value: ' 焊工 ' } });
    fireEvent.click(screen.getByTestId('studio-apply-submit'));
    expect(await screen.findByText('该人员已领办一家市级技能大师工作室，同一级别只能领办一家')).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(onApplied).not.toHaveBeenCalled();
  });
});
