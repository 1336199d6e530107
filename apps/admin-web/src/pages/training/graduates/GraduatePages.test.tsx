import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { App as AntApp } from 'antd';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Account } from '../../../auth/session';
import { download } from '../../../export/excel';
import { EXPORT_PAGE_SIZE } from '../../../export/fetchAll';
import { PAGE_SIZE } from '../../pageSize';
import { ACCOUNTS, renderPage } from '../../../test/render';
import {
  ConfirmGraduateInsuredYearDoc,
  GraduateHireDetailQueryDoc,
  GraduateHiresQueryDoc,
  RecordGraduateHireDoc,
} from './documents';
import { GraduateHirePage } from './GraduateHirePage';
import { GraduateHiresPage } from './GraduateHiresPage';
import { RecordHireDrawer } from './RecordHireDrawer';

vi.mock('../../../export/excel', async (original) => ({
  ...(await original<typeof import('../../../export/excel')>()),
  download: vi.fn(),
}));

/** 市人社局 as the gateway gives it: it records graduate hires (training:manage). */
const HRSS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'training:manage'] };

const year = (id: string, yearNumber: number, status: string, confirmedBy: string | null = null) => ({
  __typename: 'GraduateInsuredYear',
  id,
  yearNumber,
  insuredFrom: `${2024 + yearNumber}-07-01`,
  insuredTo: `${2025 + yearNumber}-06-30`,
  evidence: `社保缴费记录 ${yearNumber}`,
  status,
  recordedBy: 'acc-hrss',
  confirmedBy,
});

const hire = {
  __typename: 'GraduateHire',
  id: 'g1',
  programme: 'PRE_TECHNICIAN_CLASS',
  status: 'ACTIVE',
  statusReason: null,
  fullTimeProgramme: true,
  graduatedOn: '2025-06-30',
  hiredOn: '2025-07-01',
  fullTimeContract: true,
  recordedBy: 'acc-hrss',
  maxYears: 3,
  graduate: { __typename: 'Person', id: 'p1', name: '张小明' },
  employer: {
    __typename: 'Organisation',
    id: 'o1',
    name: '济宁智造装备有限公司',
    climbing: true,
    entitlements: [
      {
        __typename: 'Entitlement',
        id: 'e1',
        ruleId: 'R15',
        amount: 1_200_000,
        status: 'CALCULATED',
        description: '技工院校毕业生就业补贴：张小明（预备技师（技师）班）第 1 年',
      },
      { __typename: 'Entitlement', id: 'e2', ruleId: 'R1', amount: 300_000, status: 'PAID', description: '另一项' },
    ],
  },
  school: { __typename: 'Organisation', id: 'o2', name: '济宁市技师学院' },
  years: [year('y1', 1, 'CONFIRMED', 'acc-hrss-reviewer'), year('y2', 2, 'RECORDED')],
  history: [
    ['h1', 'RECORD_HIRE', null],
    ['h2', 'RECORD_YEAR', '第 1 年：社保缴费记录 1'],
    ['h3', 'CONFIRM_YEAR', '第 1 年已确认'],
    ['h4', 'RECORD_YEAR', '第 2 年：社保缴费记录 2'],
  ].map(([id, action, note]) => ({
    __typename: 'GraduateHireHistoryLine',
    id,
    at: '2026-11-02T01:00:00.000Z',
    action,
    actorName: '市人社局 · 职业能力建设科',
    note,
  })),
};

const detail = (answer: object | null): MockLink.MockedResponse => ({
  request: { query: GraduateHireDetailQueryDoc, variables: { id: 'g1' } },
  result: { data: { graduateHire: answer } },
});

function openHire(account: Account, answer: object | null = hire, more: MockLink.MockedResponse[] = []) {
  return renderPage(<GraduateHirePage />, {
    account,
    mocks: [detail(answer), ...more],
    url: '/training/graduates/g1',
    path: '/training/graduates/:id',
  });
}

describe('GraduateHirePage', () => {
  it('shows the hire, its insured years, its history from the audit trail and the employer’s grant for it', async () => {
    openHire(HRSS);
    expect((await screen.findByTestId('graduate-hire-name')).textContent).toContain('张小明');
    expect(screen.getAllByTestId('graduate-year-status').map((e) => e.textContent)).toEqual(['已确认', '待确认']);
    expect(screen.getAllByTestId('graduate-history-action').map((e) => e.textContent)).toEqual([
      '登记聘用',
      '登记参保年度',
      '确认参保年度',
      '登记参保年度',
    ]);
    expect(screen.getAllByTestId('graduate-grant')).toHaveLength(1);
    expect(screen.getByTestId('graduate-grant').textContent).toContain('¥12,000.00');
  });

  it('offers HRSS the next year, the confirmation of the pending year and revocation', async () => {
    openHire(HRSS);
    const actions = await screen.findByTestId('graduate-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, '')),
    ).toEqual(['登记参保年度', '确认第2年', '撤销聘用登记']);
  });

  it('shows the server’s refusal in the dialog (the recorder may not confirm)', async () => {
    openHire(HRSS, hire, [
      {
        request: { query: ConfirmGraduateInsuredYearDoc, variables: { input: { id: 'y2' } } },
        result: {
          errors: [
            {
              message: '登记人不能确认自己登记的参保年度，须由另一名工作人员确认',
              extensions: { code: 'FORBIDDEN', reason: 'SAME_RECORDER_AND_CONFIRMER', field: 'input.id' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('graduate-action-confirm-2'));
    await screen.findByTestId('graduate-confirm-year-dialog');
    fireEvent.click(screen.getByTestId('graduate-confirm-year-dialog-ok'));
    expect((await screen.findByTestId('graduate-confirm-year-dialog-error')).textContent).toContain(
      '登记人不能确认自己登记的参保年度',
    );
  });

  it('offers no steps on a revoked hire, and none to other departments', async () => {
    openHire(HRSS, { ...hire, status: 'REVOKED', statusReason: '劳动合同未履行' });
    await screen.findByTestId('graduate-hire-name');
    expect(screen.queryByTestId('graduate-actions')).toBeNull();
  });

  it('reads only for finance, and says who acts', async () => {
    openHire(ACCOUNTS.finance);
    await screen.findByTestId('graduate-hire-name');
    expect(screen.queryByTestId('graduate-actions')).toBeNull();
    expect(screen.getByTestId('graduate-read-only').textContent).toContain('市人力资源社会保障局');
  });

  it('says so when the hire is not there', async () => {
    openHire(HRSS, null);
    expect(await screen.findByTestId('graduate-hire-not-found')).toBeTruthy();
  });
});

const listNode = {
  __typename: 'GraduateHire',
  id: 'g1',
  programme: 'SENIOR_CLASS',
  status: 'ACTIVE',
  graduatedOn: '2025-06-30',
  hiredOn: '2025-07-01',
  fullTimeContract: true,
  graduate: { __typename: 'Person', id: 'p1', name: '张小明' },
  employer: { __typename: 'Organisation', id: 'o1', name: '济宁攀登科技有限公司', climbing: true },
  school: { __typename: 'Organisation', id: 'o2', name: '济宁市技师学院' },
  years: [
    { __typename: 'GraduateInsuredYear', id: 'y1', yearNumber: 1, status: 'CONFIRMED' },
    { __typename: 'GraduateInsuredYear', id: 'y2', yearNumber: 2, status: 'RECORDED' },
  ],
};
const listResult = {
  data: {
    graduateHires: {
      __typename: 'GraduateHireConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
      edges: [{ __typename: 'GraduateHireEdge', cursor: 'c1', node: listNode }],
    },
  },
};

describe('GraduateHiresPage', () => {
  it('lists hires filtered from the URL, and exports them to Excel', async () => {
    renderPage(<GraduateHiresPage />, {
      account: HRSS,
      mocks: [
        {
          request: {
            query: GraduateHiresQueryDoc,
            variables: { year: 2025, programme: 'SENIOR_CLASS', first: PAGE_SIZE },
          },
          result: listResult,
        },
        {
          request: {
            query: GraduateHiresQueryDoc,
            variables: { year: 2025, programme: 'SENIOR_CLASS', first: EXPORT_PAGE_SIZE, after: null },
          },
          result: listResult,
        },
      ],
      url: '/training/graduates?year=2025&programme=SENIOR_CLASS',
      path: '/training/graduates',
    });
    await waitFor(() => expect(screen.getAllByTestId('graduate-hire-link')).toHaveLength(1));
    expect(screen.getByTestId('graduate-hires-table').textContent).toContain('第1年已确认、第2年待确认');
    expect(screen.getByTestId('graduate-hire-record')).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-excel'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [bytes, fileName] = vi.mocked(download).mock.calls[0]!;
    expect(fileName).toMatch(/^毕业生就业补贴-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('毕业班次');
    expect(sheet.getRow(2).values).toContain('高级工班');
  });
});

describe('RecordHireDrawer', () => {
  it('checks the form, then puts the server’s coded error on the field it names', async () => {
    const onRecorded = vi.fn();
    const input = {
      personId: 'p1',
      employerId: 'o1',
      schoolId: 'o2',
      programme: 'PRE_TECHNICIAN_CLASS',
      fullTimeProgramme: true,
      graduatedOn: '2025-06-30',
      hiredOn: '2025-06-01',
      fullTimeContract: true,
    };
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: RecordGraduateHireDoc, variables: { input } },
        result: {
          errors: [
            {
              message: '聘用日期（2025-06-01）早于毕业日期（2025-06-30），不是毕业生引进',
              extensions: { code: 'BAD_USER_INPUT', reason: 'HIRE_BEFORE_GRADUATION', field: 'input.hiredOn' },
            },
          ],
        },
      },
    ];
    render(
      <AntApp>
        <MockedProvider mocks={mocks}>
          <RecordHireDrawer
            open
            initialValues={{ personId: 'p1', employerId: 'o1', schoolId: 'o2' }}
            onClose={() => {}}
            onRecorded={onRecorded}
          />
        </MockedProvider>
      </AntApp>,
    );
    fireEvent.click(await screen.findByTestId('graduate-hire-submit'));
    expect(await screen.findByText('请填写毕业日期')).toBeTruthy();
    fireEvent.change(screen.getByTestId('graduate-form-graduated-on'), { target: { value: '2025-06-30' } });
    fireEvent.change(screen.getByTestId('graduate-form-hired-on'), { target: { value: '2025-06-01' } });
    fireEvent.click(screen.getByTestId('graduate-hire-submit'));
    expect(await screen.findByText('聘用日期（2025-06-01）早于毕业日期（2025-06-30），不是毕业生引进')).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(onRecorded).not.toHaveBeenCalled();
  });
});
