import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PersonPage } from './PersonPage';
import { PersonDetailQuery } from './personQuery';

const county = { __typename: 'County', code: '370811', name: '任城区' };
const person = {
  __typename: 'Person',
  id: 'p1',
  name: '王建国',
  idNumber: '370811********1234',
  gender: 'MALE',
  birthDate: '1980-05-01',
  birthYear: 1980,
  county,
  employer: { __typename: 'Organisation', id: 'o1', name: '山东济宁机械有限公司' },
  highestLevel: 'SENIOR_TECHNICIAN',
  certificates: [
    {
      __typename: 'SkillCertificate',
      id: 'c1',
      certificateNo: 'S000001',
      level: 'SENIOR_TECHNICIAN',
      occupation: '车工',
      issuedOn: '2025-03-01',
      route: 'SKILL_LEVEL_CERTIFICATION',
      issuer: { __typename: 'Organisation', id: 'o2', name: '济宁技师学院' },
    },
  ],
  ledStudios: [],
  competitionResults: [
    {
      __typename: 'CompetitionResult',
      id: 'r1',
      rank: 1,
      medal: 'GOLD',
      teamName: null,
      competition: {
        __typename: 'Competition',
        id: 'k1',
        name: '济宁市职业技能大赛',
        tier: 'CITY_CATEGORY_1',
        trade: '车工',
        year: 2025,
      },
    },
  ],
  honours: [{ __typename: 'Honour', id: 'h1', kind: 'CRAFTSMAN', year: 2025, status: 'APPROVED', citation: null }],
  entitlements: [
    {
      __typename: 'Entitlement',
      id: 'e1',
      ruleId: 'skill-level-subsidy',
      clause: '第二条第（一）项',
      description: '高级技师补贴',
      amount: 300000,
      status: 'APPROVED',
      county,
      shares: [
        { __typename: 'CostShare', payer: 'CITY', amount: 150000 },
        { __typename: 'CostShare', payer: 'COUNTY', amount: 150000 },
      ],
      explanation: [
        { __typename: 'ExplanationStep', clause: '二(二)', ok: true, sentence: '取证日期在政策有效期内。' },
      ],
    },
    {
      __typename: 'Entitlement',
      id: 'e2',
      ruleId: 'r2',
      clause: '第三条',
      description: '被驳回的申请',
      amount: 99,
      status: 'REJECTED',
      county: null,
      shares: [],
      explanation: [],
    },
  ],
};

function renderPage(result: object) {
  return render(
    <MockedProvider mocks={[{ request: { query: PersonDetailQuery, variables: { id: 'p1' } }, result }]}>
      <MemoryRouter initialEntries={['/people/p1']}>
        <Routes>
          <Route path="/people/:id" element={<PersonPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PersonPage', () => {
  it('shows every domain’s section with Chinese labels and formatted money', async () => {
    renderPage({ data: { person } });

    expect((await screen.findByTestId('person-name')).textContent).toBe('王建国');
    expect(screen.getByTestId('person-id-number').textContent).toBe('370811********1234');
    expect(screen.getByTestId('person-highest-level').textContent).toBe('高级技师');
    expect(within(screen.getByTestId('person-certificates')).getByTestId('certificate-level').textContent).toBe(
      '高级技师',
    );
    expect(within(screen.getByTestId('person-results')).getByTestId('result-medal').textContent).toBe('金牌');
    expect(within(screen.getByTestId('person-honours')).getByTestId('honour-kind').textContent).toBe('济宁工匠');
    const entitlements = screen.getByTestId('person-entitlements');
    expect(within(entitlements).getAllByTestId('entitlement-amount')[0]!.textContent).toBe('¥3,000.00');
    expect(within(entitlements).getByText(/县级财政（任城区）/)).toBeTruthy();
    // The rejected ¥0.99 is listed but not counted.
    expect(screen.getByTestId('entitlements-total').textContent).toBe('合计（不含未通过）：¥3,000.00');
    expect(within(screen.getByTestId('person-studios')).getByText('未领衔工作室')).toBeTruthy();
  });

  it('keeps the other sections when one domain is unavailable, and marks the missing one', async () => {
    const unavailable = '「评选表彰」服务暂时不可用，请稍后重试';
    renderPage({
      data: { person: { ...person, honours: null, entitlements: null } },
      errors: [
        {
          message: unavailable,
          path: ['person', 'honours'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_UNAVAILABLE' },
        },
        {
          message: '「资金管理」服务响应超时，请稍后重试',
          path: ['person', 'entitlements'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_TIMEOUT' },
        },
      ],
    });

    expect((await screen.findByTestId('person-name')).textContent).toBe('王建国');
    expect(within(screen.getByTestId('person-results')).getByTestId('result-medal').textContent).toBe('金牌');
    expect(within(screen.getByTestId('person-certificates')).getByTestId('certificate-level')).toBeTruthy();
    const honours = screen.getByTestId('person-honours');
    expect(within(honours).getByTestId('section-unavailable').textContent).toContain('该部分数据暂时无法获取');
    expect(within(honours).getByTestId('section-unavailable').textContent).toContain(unavailable);
    expect(within(screen.getByTestId('person-entitlements')).getByTestId('section-unavailable').textContent).toContain(
      '响应超时',
    );
    expect(screen.queryByTestId('entitlements-total')).toBeNull();
    expect(screen.getByTestId('query-error').textContent).toContain(unavailable);
  });

  it('shows the API’s message when the request fails', async () => {
    renderPage({ errors: [{ message: '无权查看该人员', extensions: { code: 'FORBIDDEN' } }] });

    expect((await screen.findByTestId('query-error')).textContent).toContain('无权查看该人员');
  });
});
