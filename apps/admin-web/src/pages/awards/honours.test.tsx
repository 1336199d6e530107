import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { download } from '../../export/excel';
import { ACCOUNTS, renderPage } from '../../test/render';
import {
  ApproveHonourMutationDoc,
  HonourDetailQueryDoc,
  HonourPublicityQueryDoc,
  HonourYearQueryDoc,
  NominateHonourMutationDoc,
} from './documents';
import { HonourPage } from './HonourPage';
import { HonourPublicityPage } from './HonourPublicityPage';
import { HonourYearPage } from './HonourYearPage';
import { NominateHonourDrawer } from './NominateHonourDrawer';
import { PersonCompetitionResultsDoc } from './CompetitionResultSelect';

vi.mock('../../export/excel', async (original) => ({
  ...(await original<typeof import('../../export/excel')>()),
  download: vi.fn(),
}));

const reviewer: Account = {
  ...ACCOUNTS.hrss,
  username: 'hrss-reviewer',
  permissions: [...ACCOUNTS.hrss.permissions, 'awards:manage'],
};

const honour = {
  __typename: 'Honour',
  id: 'h1',
  kind: 'CHIEF_TECHNICIAN',
  year: 2026,
  status: 'IN_PUBLICITY',
  citation: '数控加工一线技能领军人才',
  certificateNo: null,
  reason: null,
  nominatedBy: 'acc-hrss',
  decidedBy: null,
  decidedAt: null,
  competitionResultId: null,
  competitionTier: null,
  attestedBy: '济宁某重工集团',
  attestation: '重点产业企业一线技能领军人才',
  publicityStartsOn: '2026-12-01',
  publicityEndsOn: '2026-12-07',
  averageScore: '89.50',
  openObjections: 0,
  availableSteps: ['APPROVE', 'REJECT'],
  proposingOrganisation: { __typename: 'Organisation', id: 'o1', name: '任城区人社局' },
  person: { __typename: 'Person', id: 'p1', name: '王建国' },
  scores: [
    {
      __typename: 'HonourScore',
      id: 's1',
      expertName: '王专家',
      score: 88,
      comment: null,
      enteredByName: '市人社局 · 职业能力建设科',
      enteredAt: '2026-11-20T02:00:00.000Z',
    },
    {
      __typename: 'HonourScore',
      id: 's2',
      expertName: '李专家',
      score: 91,
      comment: '事迹突出',
      enteredByName: '市人社局 · 职业能力建设科',
      enteredAt: '2026-11-20T03:00:00.000Z',
    },
  ],
  objections: [],
  history: [
    {
      __typename: 'HonourHistory',
      id: 'l1',
      action: 'NOMINATED',
      fromStatus: null,
      toStatus: 'NOMINATED',
      actorName: '市人社局 · 职业能力建设科',
      note: null,
      at: '2026-11-19T02:00:00.000Z',
    },
    {
      __typename: 'HonourHistory',
      id: 'l2',
      action: 'PUBLISHED',
      fromStatus: 'REVIEWED',
      toStatus: 'IN_PUBLICITY',
      actorName: '市人社局 · 职业能力建设科',
      note: '公示期 2026-12-01 至 2026-12-07（7 天）',
      at: '2026-12-01T02:00:00.000Z',
    },
  ],
};

const detail = (answer: object): MockLink.MockedResponse => ({
  request: { query: HonourDetailQueryDoc, variables: { id: 'h1' } },
  result: { data: { honour: answer } },
});

function openHonour(account: Account, more: MockLink.MockedResponse[] = [], answer: object = honour) {
  return renderPage(<HonourPage />, {
    account,
    mocks: [detail(answer), ...more],
    url: '/awards/honours/h1',
    path: '/awards/honours/:id',
  });
}

describe('HonourPage', () => {
  it('shows the nomination, its evidence, the scores with their average, and the history', async () => {
    openHonour(reviewer);
    expect((await screen.findByTestId('honour-title')).textContent).toBe('2026 年度“济宁市首席技师” · 王建国');
    expect(screen.getByTestId('honour-status').textContent).toBe('公示中');
    expect(screen.getByTestId('honour-average').textContent).toBe('89.50');
    expect(document.body.textContent).toContain('济宁某重工集团');
    expect(within(screen.getByTestId('honour-scores')).getByText('李专家')).toBeTruthy();
    const lines = screen.getAllByTestId('honour-history-line');
    expect(lines.map((l) => l.getAttribute('data-action'))).toEqual(['NOMINATED', 'PUBLISHED']);
    expect(lines[1]!.textContent).toContain('公示期 2026-12-01 至 2026-12-07');
  });

  it('offers exactly the steps the server gives this account', async () => {
    openHonour(reviewer);
    const actions = await screen.findByTestId('honour-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\s/g, '')),
    ).toEqual(['批准', '不予通过']);
  });

  it('offers no step when the server gives none (e.g. the nominator, or another department)', async () => {
    openHonour(ACCOUNTS.finance, [], { ...honour, availableSteps: [] });
    const actions = await screen.findByTestId('honour-actions');
    expect(within(actions).queryAllByRole('button')).toHaveLength(0);
  });

  it('shows the quota refusal of an approval in the dialog, in the server’s Chinese', async () => {
    const message =
      '2026 年度“济宁市首席技师”已批准 20 名，名额已满，不能再批准“济宁市首席技师”：济宁市首席技师每年20名（T14，五(十四)），2026年度至多批准20名';
    openHonour(reviewer, [
      {
        request: { query: ApproveHonourMutationDoc, variables: { id: 'h1' } },
        result: {
          errors: [
            {
              message,
              extensions: {
                code: 'CONFLICT',
                reason: 'HONOUR_QUOTA_EXCEEDED',
                field: 'id',
                quota: 'T14_CHIEF_TECHNICIANS',
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('honour-step-APPROVE'));
    fireEvent.click(await screen.findByTestId('approve-dialog-ok'));
    expect((await screen.findByTestId('approve-dialog-error')).textContent).toContain('T14，五(十四)');
  });
});

describe('NominateHonourDrawer', () => {
  it('asks a 首席技师 nomination for its attestation, and puts the server’s refusal on the field it names', async () => {
    const input = {
      kind: 'CHIEF_TECHNICIAN',
      year: 2026,
      personId: 'p1',
      proposingOrganisationId: null,
      citation: null,
      competitionResultId: null,
      attestedBy: '济宁某重工集团',
      attestation: '一线',
    };
    renderPage(
      <NominateHonourDrawer
        open
        onClose={() => {}}
        onNominated={() => {}}
        initialValues={{ kind: 'CHIEF_TECHNICIAN', year: 2026, personId: 'p1' }}
      />,
      {
        account: reviewer,
        url: '/awards/honours',
        path: '/awards/honours',
        mocks: [
          {
            request: { query: NominateHonourMutationDoc, variables: { input } },
            result: {
              errors: [
                {
                  message:
                    '“济宁市首席技师”从全市重点产业、支柱产业等企业一线技能领军人才中认定（五(十四)），须载明证明人及证明内容',
                  extensions: { code: 'BAD_USER_INPUT', reason: 'ATTESTATION_REQUIRED', field: 'input.attestation' },
                },
              ],
            },
          },
        ],
      },
    );
    const form = await screen.findByTestId('nomination-form');
    await within(form).findByTestId('nomination-attested-by');
    // The attestation fields appear for 首席技师 only; the competition result's do not.
    expect(within(form).queryByTestId('nomination-result')).toBeNull();
    fireEvent.click(screen.getByTestId('nomination-submit'));
    expect(await within(form).findByText('请填写证明人')).toBeTruthy();
    fireEvent.change(within(form).getByTestId('nomination-attested-by'), { target: { value: '济宁某重工集团' } });
    fireEvent.change(within(form).getByTestId('nomination-attestation'), { target: { value: '一线' } });
    fireEvent.click(screen.getByTestId('nomination-submit'));
    expect(await within(form).findByText(/须载明证明人及证明内容/)).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('offers a 技术能手 nomination the nominee’s own results (no tier to type), and shows a refusal on that field', async () => {
    const input = {
      kind: 'TECHNICAL_EXPERT',
      year: 2026,
      personId: 'p1',
      proposingOrganisationId: null,
      citation: null,
      competitionResultId: 'r1',
      attestedBy: null,
      attestation: null,
    };
    const refusal =
      '“济宁市技术能手”从市级职业技能竞赛获奖人员中认定，所载竞赛级别不符（四(十三)）：该成绩所属竞赛为“省级”';
    renderPage(
      <NominateHonourDrawer
        open
        onClose={() => {}}
        onNominated={() => {}}
        initialValues={{ kind: 'TECHNICAL_EXPERT', year: 2026, personId: 'p1', competitionResultId: 'r1' }}
      />,
      {
        account: reviewer,
        url: '/awards/honours',
        path: '/awards/honours',
        mocks: [
          {
            request: { query: PersonCompetitionResultsDoc, variables: { id: 'p1' } },
            result: {
              data: {
                person: {
                  __typename: 'Person',
                  id: 'p1',
                  competitionResults: [
                    {
                      __typename: 'CompetitionResult',
                      id: 'r1',
                      rank: 1,
                      medal: 'GOLD',
                      competition: {
                        __typename: 'Competition',
                        id: 'c1',
                        name: '山东省数控车工技能竞赛',
                        year: 2026,
                        tier: 'PROVINCIAL',
                      },
                    },
                  ],
                },
              },
            },
          },
          {
            request: { query: NominateHonourMutationDoc, variables: { input } },
            result: {
              errors: [
                {
                  message: refusal,
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    reason: 'COMPETITION_TIER_NOT_ELIGIBLE',
                    field: 'input.competitionResultId',
                  },
                },
              ],
            },
          },
        ],
      },
    );
    const form = await screen.findByTestId('nomination-form');
    // The nominee's result, by competition, year and tier; no tier select any more.
    expect(await within(form).findByText(/2026年 山东省数控车工技能竞赛（省级）/)).toBeTruthy();
    expect(within(form).queryByTestId('nomination-tier')).toBeNull();
    fireEvent.click(screen.getByTestId('nomination-submit'));
    expect(await within(form).findByText(/该成绩所属竞赛为“省级”/)).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
  });
});

describe('HonourPublicityPage', () => {
  const publicity: MockLink.MockedResponse = {
    request: { query: HonourPublicityQueryDoc, variables: { kind: undefined, year: 2026 } },
    result: {
      data: {
        honourPublicity: [
          {
            __typename: 'Honour',
            id: 'h1',
            kind: 'CHIEF_TECHNICIAN',
            year: 2026,
            status: 'IN_PUBLICITY',
            citation: '数控加工一线技能领军人才',
            averageScore: '89.50',
            publicityStartsOn: '2026-12-01',
            publicityEndsOn: '2026-12-07',
            openObjections: 0,
            proposingOrganisation: { __typename: 'Organisation', id: 'o1', name: '任城区人社局' },
            person: { __typename: 'Person', id: 'p1', name: '王建国', idNumber: '370811198503151234' },
          },
        ],
      },
    },
  };

  it('lists the honours in publicity with masked names and ID numbers, and exports the same to Excel', async () => {
    renderPage(<HonourPublicityPage />, {
      account: reviewer,
      mocks: [publicity],
      url: '/awards/publicity?year=2026',
      path: '/awards/publicity',
    });
    expect((await screen.findByTestId('publicity-honour-name')).textContent).toBe('王*国');
    expect(screen.getByTestId('publicity-honour-id').textContent).toBe('370811********1234');
    expect(document.body.textContent).not.toContain('王建国');
    fireEvent.click(screen.getByTestId('export-honour-publicity'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [bytes, fileName] = vi.mocked(download).mock.calls.at(-1)!;
    expect(fileName).toMatch(/^表彰公示名单-2026-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const row = book.getWorksheet('公示名单')!.getRow(2).values as unknown[];
    expect(row).toContain('王*国');
    expect(row).toContain('370811********1234');
    expect(row).not.toContain('王建国');
  });
});

describe('HonourYearPage', () => {
  it('shows each quota used and remaining with its clause, and T13–T15 progress', async () => {
    renderPage(<HonourYearPage />, {
      account: reviewer,
      url: '/awards/year?year=2026',
      path: '/awards/year',
      mocks: [
        {
          request: { query: HonourYearQueryDoc, variables: { year: 2026 } },
          result: {
            data: {
              honourYear: {
                __typename: 'HonourYear',
                year: 2026,
                quotas: [
                  {
                    __typename: 'HonourQuotaUse',
                    id: 'T14_CHIEF_TECHNICIANS',
                    target: 'T14',
                    clause: '五(十四)',
                    kinds: ['CHIEF_TECHNICIAN'],
                    quota: 20,
                    ceiling: 20,
                    used: 12,
                    remaining: 8,
                    zh: '济宁市首席技师每年20名（T14，五(十四)），2026年度至多批准20名',
                  },
                ],
                targets: [
                  {
                    __typename: 'HonourTargetProgress',
                    id: 'T14',
                    clause: '五(十四)',
                    dueDate: '2026-12-31',
                    status: 'IN_PROGRESS',
                    zh: 'T14 每年培育认定２０名“济宁市首席技师”（截至2026-12-31）：济宁市首席技师12/20，进行中。',
                    components: [
                      {
                        __typename: 'HonourTargetComponent',
                        key: 'chiefTechnicians',
                        zh: '济宁市首席技师',
                        target: 20,
                        lower: 20,
                        upper: 20,
                        achieved: 12,
                        status: 'IN_PROGRESS',
                      },
                    ],
                  },
                ],
                approved: [{ __typename: 'HonourKindCount', kind: 'CHIEF_TECHNICIAN', count: 12 }],
              },
            },
          },
        },
      ],
    });
    const row = await waitFor(() => {
      const r = document.querySelector('[data-quota="T14_CHIEF_TECHNICIANS"]');
      expect(r).toBeTruthy();
      return r as HTMLElement;
    });
    expect(within(row).getByTestId('quota-used').textContent).toBe('12');
    expect(within(row).getByTestId('quota-remaining').textContent).toBe('8');
    expect(row.textContent).toContain('T14，五(十四)');
    expect(screen.getByTestId('honour-targets').textContent).toContain('济宁市首席技师：12 / 20');
  });
});
