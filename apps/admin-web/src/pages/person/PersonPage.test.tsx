import { describe, expect, it } from 'vitest';
import { GRADUATE_CLASS } from '@jining/rules/vocabulary/graduates';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Account } from '../../auth/session';
import { ACCOUNTS, renderPage as renderWith } from '../../test/render';
import { PersonPage } from './PersonPage';
import { PersonDetailQuery } from './personQuery';
import { RevokeSkillCertificateDoc } from './RevokeCertificateModal';

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
  highestLevelTitleEquivalent: {
    __typename: 'TitleEquivalence',
    label: '副高级',
    citation: '济人社发〔2024〕9号 第三部分（八）',
  },
  academicEquivalents: [
    {
      __typename: 'AcademicEquivalence',
      programme: 'SENIOR_CLASS',
      programmeLabel: GRADUATE_CLASS.label('SENIOR_CLASS'),
      graduatedOn: '2024-07-01',
      label: '大专',
      citation: '济人社发〔2024〕9号 第三部分（七）',
    },
  ],
  certificates: [
    {
      __typename: 'SkillCertificate',
      id: 'c1',
      certificateNo: 'S000001',
      level: 'SENIOR_TECHNICIAN',
      occupation: '车工',
      issuedOn: '2025-03-01',
      route: 'SKILL_LEVEL_CERTIFICATION',
      revoked: false,
      revokedReason: null,
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
  honours: [
    {
      __typename: 'Honour',
      id: 'h1',
      kind: 'CRAFTSMAN',
      year: 2025,
      status: 'APPROVED',
      citation: null,
      certificateNo: '济宁工匠〔2025〕第001号',
      history: [
        {
          __typename: 'HonourHistory',
          id: 'hh1',
          action: 'APPROVED',
          toStatus: 'APPROVED',
          actorName: '市人社局 · 人才评价审核岗',
          note: '证书编号 济宁工匠〔2025〕第001号',
          at: '2025-06-01T02:00:00.000Z',
        },
      ],
    },
  ],
  standingMeasures: [
    {
      __typename: 'StandingMeasure',
      id: 'sm1',
      measure: 'RECUPERATION_AND_STUDY',
      measureName: '建立高技能人才休假疗养制度，开展休假疗养、研修交流活动',
      year: 2025,
      note: '参加2025年高技能人才疗养研修',
      recordedByName: '市总工会 · 经济技术部',
      recordedAt: '2025-08-01T02:00:00.000Z',
    },
  ],
  entitlements: [
    {
      __typename: 'Entitlement',
      id: 'e1',
      ruleId: 'skill-level-subsidy',
      clause: '二(二)',
      citation: '济人社发〔2024〕9号 第二部分（二）',
      description: '高级技师补贴',
      amount: 300000,
      status: 'APPROVED',
      stacking: 'NEW',
      fact: { __typename: 'FactDecision', id: 'f1' },
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
      clause: '三(七)',
      citation: '济人社发〔2024〕9号 第三部分（七）',
      description: '被驳回的申请',
      amount: 99,
      status: 'REJECTED',
      stacking: 'NEW',
      fact: null,
      county: null,
      shares: [],
      explanation: [],
    },
  ],
  factDecisions: [
    {
      __typename: 'FactDecision',
      id: 'f2',
      kind: 'SKILL_CERTIFICATE_RECORDED',
      kindLabel: '登记职业技能等级证书',
      subjectId: 'c2',
      occurredOn: '2025-09-01',
      outcome: 'NOT_ELIGIBLE',
      note: null,
      reasons: [
        {
          __typename: 'FactReason',
          code: 'NOT_NEWLY_OBTAINED',
          citation: '济人社发〔2024〕9号 第二部分（二）',
          text: '该等级证书不是新取得的',
        },
      ],
    },
    {
      __typename: 'FactDecision',
      id: 'f1',
      kind: 'SKILL_CERTIFICATE_RECORDED',
      kindLabel: '登记职业技能等级证书',
      subjectId: 'c1',
      occurredOn: '2025-03-01',
      outcome: 'GRANTED',
      note: null,
      reasons: [],
    },
  ],
};

function renderPage(result: object, account: Account = ACCOUNTS.hrss) {
  return renderWith(<PersonPage />, {
    account,
    mocks: [{ request: { query: PersonDetailQuery, variables: { id: 'p1' } }, result }],
    url: '/people/p1',
    path: '/people/:id',
  });
}

describe('PersonPage', () => {
  it('shows every domain’s section with Chinese labels and formatted money', async () => {
    renderPage({ data: { person } });

    expect((await screen.findByTestId('person-name')).textContent).toBe('王建国');
    expect(screen.getByTestId('person-id-number').textContent).toBe('370811********1234');
    expect(screen.getByTestId('person-highest-level').textContent).toBe('高级技师');
    // E1 三(七): a technical-school class the person graduated from, and the degree it counts as.
    expect(screen.getByTestId('person-academic-equivalents').textContent).toBe(
      `${GRADUATE_CLASS.label('SENIOR_CLASS')}（2024-07-01毕业）比照大专学历（济人社发〔2024〕9号 第三部分（七））`,
    );
    // E2 三(八): where the level is shown, the title tier it is treated as.
    expect(screen.getByTestId('person-title-equivalent').textContent).toBe(
      '（比照副高级职称，济人社发〔2024〕9号 第三部分（八））',
    );
    expect(within(screen.getByTestId('person-certificates')).getByTestId('certificate-level').textContent).toBe(
      '高级技师',
    );
    expect(within(screen.getByTestId('person-results')).getByTestId('result-medal').textContent).toBe('金牌');
    expect(within(screen.getByTestId('person-honours')).getByTestId('honour-kind').textContent).toBe('济宁工匠');
    expect(screen.getByTestId('person-standing-measures').textContent).toContain('参加2025年高技能人才疗养研修');
    const entitlements = screen.getByTestId('person-entitlements');
    expect(within(entitlements).getAllByTestId('entitlement-amount')[0]!.textContent).toBe('¥3,000.00');
    expect(within(entitlements).getByText(/县级财政（任城区）/)).toBeTruthy();
    expect(within(entitlements).getByText('济人社发〔2024〕9号 第二部分（二）')).toBeTruthy();
    expect(within(entitlements).getAllByTestId('entitlement-detail-link')[0]!.getAttribute('href')).toBe(
      '/entitlements/e1',
    );
    // The rejected ¥0.99 is listed but not counted.
    expect(screen.getByTestId('entitlements-total').textContent).toBe('合计（不含未通过、已撤销）：¥3,000.00');
    expect(within(screen.getByTestId('person-studios')).getByText('未领衔工作室')).toBeTruthy();
  });

  it('lists every fact with its decision: the entitlement it gave, or why it gave none', async () => {
    renderPage({ data: { person } });

    const facts = await screen.findByTestId('person-facts');
    const [notEligible, granted] = within(facts).getAllByRole('row').slice(1);
    expect(within(notEligible!).getByTestId('fact-outcome').textContent).toBe('不符合条件');
    expect(within(notEligible!).getByTestId('fact-reasons').textContent).toBe(
      '不符合条件：该等级证书不是新取得的（济人社发〔2024〕9号 第二部分（二））',
    );
    expect(within(granted!).getByTestId('fact-outcome').textContent).toBe('已核定待遇');
    // The certificate the fact is about, in words; and the entitlement it gave, linked to its page.
    expect(within(granted!).getByTestId('fact-kind').textContent).toContain('高级技师 · 车工 · 证书编号 S000001');
    const link = within(granted!).getByTestId('fact-entitlement-link');
    expect(link.getAttribute('href')).toBe('/entitlements/e1');
    expect(link.textContent).toContain('¥3,000.00');
    expect(link.textContent).toContain('已审批');
  });

  it('offers 登记证书 to HRSS only', async () => {
    renderPage({ data: { person } });
    expect((await screen.findByTestId('record-certificate')).textContent).toContain('登记证书');
  });

  it('HRSS revokes a certificate with a reason; the reason is required', async () => {
    const user = userEvent.setup();
    const revoked = {
      ...person,
      certificates: [{ ...person.certificates[0]!, revoked: true, revokedReason: '登记有误' }],
    };
    let called = 0;
    renderWith(<PersonPage />, {
      account: ACCOUNTS.hrss,
      mocks: [
        { request: { query: PersonDetailQuery, variables: { id: 'p1' } }, result: { data: { person } } },
        {
          request: { query: RevokeSkillCertificateDoc, variables: { input: { id: 'c1', reason: '登记有误' } } },
          result: () => {
            called += 1;
            return {
              data: {
                revokeSkillCertificate: {
                  __typename: 'SkillCertificate',
                  id: 'c1',
                  revoked: true,
                  revokedReason: '登记有误',
                },
              },
            };
          },
        },
        { request: { query: PersonDetailQuery, variables: { id: 'p1' } }, result: { data: { person: revoked } } },
      ],
      url: '/people/p1',
      path: '/people/:id',
    });
    await user.click(await screen.findByTestId('revoke-certificate'));
    const modal = await screen.findByTestId('revoke-certificate-modal');
    expect(modal.textContent).toContain('王建国的高级技师证书（S000001）');
    await user.click(screen.getByRole('button', { name: /确认撤销/ }));
    expect(await screen.findByText('须写明撤销理由')).toBeTruthy();
    expect(called).toBe(0);
    await user.type(screen.getByTestId('revoke-reason'), '登记有误');
    await user.click(screen.getByRole('button', { name: /确认撤销/ }));
    expect((await screen.findByTestId('certificate-revoked')).textContent).toBe('已撤销：登记有误');
    expect(called).toBe(1);
    expect(screen.queryByTestId('revoke-certificate')).toBeNull();
  });

  it('does not offer 登记证书 to finance', async () => {
    renderPage({ data: { person } }, ACCOUNTS.finance);
    await screen.findByTestId('person-name');
    expect(screen.queryByTestId('record-certificate')).toBeNull();
    expect(screen.queryByTestId('revoke-certificate')).toBeNull();
  });

  it('keeps the other sections when one domain is unavailable, and marks the missing one', async () => {
    const unavailable = '「评选表彰」服务暂时不可用，请稍后重试';
    renderPage({
      data: { person: { ...person, honours: null, standingMeasures: null, entitlements: null, factDecisions: null } },
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
