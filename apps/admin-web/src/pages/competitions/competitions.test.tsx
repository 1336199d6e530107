import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { ACCOUNTS, renderPage } from '../../test/render';
import { CompetitionPage } from './CompetitionPage';
import { CompetitionDetailQueryDoc, UpdateCompetitionDoc } from './documents';

/** 市人社局 as the gateway gives it: it records competitions (competitions:manage). */
const HRSS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'competitions:manage'] };

const person = (id: string, name: string) => ({ __typename: 'Person', id, name });
const competition = {
  __typename: 'Competition',
  id: 'c1',
  name: '2026年济宁市焊工职业技能竞赛',
  tier: 'CITY_CATEGORY_1',
  trade: '焊工',
  year: 2026,
  organiser: '济宁市人力资源和社会保障局',
  heldOn: '2026-05-10',
  endsOn: '2026-05-12',
  results: [
    {
      __typename: 'CompetitionResult',
      id: 'r1',
      rank: 1,
      medal: 'GOLD',
      teamName: null,
      person: person('p1', '王建国'),
    },
    {
      __typename: 'CompetitionResult',
      id: 'r2',
      rank: 2,
      medal: 'SILVER',
      teamName: '山推股份代表队',
      person: person('p2', '李红'),
    },
  ],
  teams: [
    {
      __typename: 'CompetitionTeam',
      id: 't1',
      name: '山推股份代表队',
      rank: 2,
      medal: 'SILVER',
      members: [{ __typename: 'CompetitionResult', id: 'r2', person: person('p2', '李红') }],
    },
  ],
  history: [
    ['h1', 'CREATE_COMPETITION', null],
    ['h2', 'IMPORT_COMPETITION_RESULTS', 1],
    ['h3', 'RECORD_TEAM_RESULT', 1],
  ].map(([id, action, count]) => ({
    __typename: 'CompetitionHistoryLine',
    id,
    at: '2026-05-13T01:00:00.000Z',
    action,
    actorName: '市人社局 · 职业能力建设科',
    count,
  })),
};

const detail: MockLink.MockedResponse = {
  request: { query: CompetitionDetailQueryDoc, variables: { id: 'c1' } },
  result: { data: { competition } },
};

const open = (account: Account, more: MockLink.MockedResponse[] = []) =>
  renderPage(<CompetitionPage />, {
    account,
    mocks: [detail, ...more],
    url: '/competitions/c1',
    path: '/competitions/:id',
  });

describe('CompetitionPage', () => {
  it('shows the competition with its organiser and dates, results, teams and history', async () => {
    open(HRSS);
    expect((await screen.findByTestId('competition-name')).textContent).toBe('2026年济宁市焊工职业技能竞赛');
    expect(screen.getByTestId('competition-organiser').textContent).toBe('济宁市人力资源和社会保障局');
    expect(screen.getByTestId('competition-dates').textContent).toBe('2026-05-10 至 2026-05-12');
    expect(screen.getByTestId('competition-results').textContent).toContain('王建国');
    expect(screen.getByTestId('competition-results').textContent).toContain('金牌');
    expect(screen.getByTestId('competition-teams').textContent).toContain('山推股份代表队');
    expect(screen.getAllByTestId('competition-history-action').map((e) => e.textContent)).toEqual([
      '登记竞赛',
      '批量登记竞赛成绩（1 条）',
      '登记团体成绩（1 条）',
    ]);
    // The ways to enter results, for those who record them.
    expect(screen.getByTestId('results-grid')).toBeTruthy();
  });

  it('edits the organiser and dates, showing the server’s refusal on its field', async () => {
    open(HRSS, [
      {
        request: {
          query: UpdateCompetitionDoc,
          variables: {
            input: { id: 'c1', organiser: '济宁市人力资源和社会保障局', heldOn: '2026-05-10', endsOn: '2026-05-01' },
          },
        },
        result: {
          errors: [
            {
              message: '结束日期不能早于开始日期',
              extensions: { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', field: 'input.endsOn' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('competition-edit'));
    const modal = await screen.findByTestId('competition-edit-modal');
    fireEvent.change(within(modal).getByTestId('competition-edit-ends-on'), { target: { value: '2026-05-01' } });
    fireEvent.click(screen.getByTestId('competition-edit-modal-ok'));
    expect(await within(modal).findByText('结束日期不能早于开始日期')).toBeTruthy();
  });

  it('tells the Union, which records without seeing full ID numbers, to enter results row by row', async () => {
    const union: Account = {
      username: 'union',
      displayName: '市总工会 · 经济技术部',
      department: 'UNION',
      countyCode: null,
      permissions: ['competitions:manage', 'awards:manage'],
    };
    open(union);
    fireEvent.click(await screen.findByRole('tab', { name: '从 Excel 导入' }));
    expect((await screen.findByTestId('results-import-no-pii')).textContent).toContain('请逐行录入');
    expect(screen.getByTestId('competition-edit')).toBeTruthy();
  });

  it('offers other departments no steps and no entry, and says who records', async () => {
    open(ACCOUNTS.finance);
    await screen.findByTestId('competition-name');
    expect(screen.queryByTestId('competition-edit')).toBeNull();
    expect(screen.queryByTestId('results-grid')).toBeNull();
    expect(screen.getByTestId('competition-read-only').textContent).toContain('市总工会');
  });
});
