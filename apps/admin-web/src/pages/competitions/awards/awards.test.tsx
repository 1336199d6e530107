import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../../auth/session';
import { ACCOUNTS, renderPage } from '../../../test/render';
import { canManageCompetitions } from '../access';
import { canRecordCollegePrizes, canRecordSkillAwards } from './access';
import { CollegePrizeDetailQueryDoc, RevokeCollegePrizeDoc, SkillAwardDetailQueryDoc } from './documents';
import { CollegePrizePage } from './CollegePrizePage';
import { SkillAwardPage } from './SkillAwardPage';

/** 市教育局 as the gateway gives it: competitions:manage, for its colleges' prizes (三(九) R14). */
const EDUCATION: Account = {
  username: 'education',
  displayName: '市教育局 · 职业教育科',
  department: 'EDUCATION',
  countyCode: null,
  permissions: ['competitions:manage'],
};
const HRSS: Account = { ...ACCOUNTS.hrss, permissions: [...ACCOUNTS.hrss.permissions, 'competitions:manage'] };

const line = (id: string, action: string, actorName: string, note: string | null = null) => ({
  __typename: 'AwardHistoryLine',
  id,
  at: '2026-07-01T02:00:00.000Z',
  action,
  actorName,
  note,
});

const prize = {
  __typename: 'CollegePrize',
  id: 'cp1',
  eventName: '2026年全国职业院校技能大赛',
  eventKey: 'NVCSC-2026',
  entryName: '智能制造赛项',
  entryKey: 'E-1',
  tier: 'NATIONAL',
  stage: 'FINAL',
  prize: 1,
  documentNo: '教职成函〔2026〕8号',
  awardedOn: '2026-06-30',
  status: 'ACTIVE',
  revokeReason: null,
  recordedBy: 'acc-education',
  canRevoke: true,
  college: {
    __typename: 'Organisation',
    id: 'o1',
    name: '济宁职业技术学院',
    entitlements: [
      {
        __typename: 'Entitlement',
        id: 'e1',
        ruleId: 'R14',
        description:
          '国家级（全国）职业院校技能大赛获奖奖补：2026年全国职业院校技能大赛（智能制造赛项，总决赛一等奖，教职成函〔2026〕8号）',
        amount: 30_000_000,
        status: 'CALCULATED',
      },
      { __typename: 'Entitlement', id: 'e2', ruleId: 'R7', description: '另一项', amount: 100, status: 'PAID' },
    ],
  },
  history: [line('h1', 'RECORD', EDUCATION.displayName)],
};

const prizeDetail = (answer: object): MockLink.MockedResponse => ({
  request: { query: CollegePrizeDetailQueryDoc, variables: { id: 'cp1' } },
  result: { data: { collegePrize: answer } },
});

describe('who records the awards of 三(九)', () => {
  it('Education records college prizes only; HRSS records both; neither is a competition recorder by that', () => {
    expect(canRecordCollegePrizes(EDUCATION)).toBe(true);
    expect(canRecordSkillAwards(EDUCATION)).toBe(false);
    expect(canManageCompetitions(EDUCATION)).toBe(false);
    expect(canRecordCollegePrizes(HRSS)).toBe(true);
    expect(canRecordSkillAwards(HRSS)).toBe(true);
    expect(canRecordCollegePrizes(ACCOUNTS.finance)).toBe(false);
  });
});

describe('CollegePrizePage', () => {
  it('shows the prize, its history and the college’s grant for it; revokes with a reason', async () => {
    const revoked = { ...prize, status: 'REVOKED', revokeReason: '获奖文件撤回', canRevoke: false };
    renderPage(<CollegePrizePage />, {
      account: EDUCATION,
      mocks: [
        prizeDetail(prize),
        {
          request: { query: RevokeCollegePrizeDoc, variables: { input: { id: 'cp1', reason: '获奖文件撤回' } } },
          result: { data: { revokeCollegePrize: { __typename: 'CollegePrize', id: 'cp1', status: 'REVOKED' } } },
        },
        prizeDetail({
          ...revoked,
          history: [...prize.history, line('h2', 'REVOKE', EDUCATION.displayName, '获奖文件撤回')],
        }),
      ],
      url: '/competitions/college-prizes/cp1',
      path: '/competitions/college-prizes/:id',
    });
    expect((await screen.findByTestId('college-prize-name')).textContent).toContain('济宁职业技术学院');
    expect(screen.getByTestId('college-prize-prize').textContent).toBe('总决赛一等奖');
    expect(screen.getAllByTestId('college-prize-history-action').map((e) => e.textContent)).toEqual(['登记获奖']);
    expect(screen.getAllByTestId('college-prize-grants-line').map((e) => e.getAttribute('data-rule'))).toEqual(['R14']);
    fireEvent.click(screen.getByTestId('college-prize-revoke'));
    fireEvent.click(await screen.findByTestId('college-prize-revoke-dialog-ok'));
    expect(await screen.findByText('请写明撤销理由')).toBeTruthy();
    fireEvent.change(screen.getByTestId('college-prize-revoke-reason'), { target: { value: '获奖文件撤回' } });
    fireEvent.click(screen.getByTestId('college-prize-revoke-dialog-ok'));
    await waitFor(() => expect(screen.getByTestId('award-status').getAttribute('data-status')).toBe('REVOKED'));
    expect(screen.queryByTestId('college-prize-revoke')).toBeNull();
  });
});

describe('SkillAwardPage', () => {
  it('shows a team’s award, its unit and its grants read-only to finance', async () => {
    const grant = (id: string, ruleId: string, amount: number) => ({
      __typename: 'Entitlement',
      id,
      ruleId,
      description: '世界技能大赛金奖奖励：济宁代表队（王一、李二）（人社部函〔2026〕9号）',
      amount,
      status: 'CALCULATED',
    });
    renderPage(<SkillAwardPage />, {
      account: ACCOUNTS.finance,
      mocks: [
        {
          request: { query: SkillAwardDetailQueryDoc, variables: { id: 'sa1' } },
          result: {
            data: {
              skillAward: {
                __typename: 'SkillAward',
                id: 'sa1',
                award: 'WORLDSKILLS_GOLD',
                winnerKind: 'TEAM',
                teamName: '济宁代表队',
                awardedOn: '2026-09-15',
                documentNo: '人社部函〔2026〕9号',
                route: 'CULTIVATED',
                rolePercent: 50,
                achievementId: null,
                status: 'ACTIVE',
                revokeReason: null,
                recordedBy: 'acc-hrss',
                canRevoke: false,
                winners: [
                  { __typename: 'Person', id: 'p1', name: '王一', entitlements: [] },
                  { __typename: 'Person', id: 'p2', name: '李二', entitlements: [] },
                ],
                unit: {
                  __typename: 'Organisation',
                  id: 'o1',
                  name: '济宁重工',
                  entitlements: [grant('e2', 'R11', 20_000_000)],
                },
                competitionResult: null,
                history: [line('h1', 'RECORD', '市人社局 · 职业能力建设科')],
              },
            },
          },
        },
      ],
      url: '/competitions/skill-awards/sa1',
      path: '/competitions/skill-awards/:id',
    });
    expect((await screen.findByTestId('skill-award-name')).textContent).toBe(
      '济宁代表队（王一、李二） · 世界技能大赛金奖',
    );
    expect(screen.getAllByTestId('skill-award-grants-line').map((e) => e.getAttribute('data-rule'))).toEqual(['R11']);
    expect(screen.getByTestId('skill-award-read-only')).toBeTruthy();
    expect(screen.queryByTestId('skill-award-revoke')).toBeNull();
  });
});
