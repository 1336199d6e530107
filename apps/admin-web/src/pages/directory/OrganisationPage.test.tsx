import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import type { Account } from '../../auth/session';
import { ACCOUNTS, renderPage } from '../../test/render';
import { PAGE_SIZE } from '../pageSize';
import { AuditEntriesDoc } from '../audit/trails';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationDetailQuery, OrganisationPeopleQuery } from './organisationQuery';

const county = { __typename: 'County', code: '370811', name: '任城区' };
const organisation = {
  __typename: 'Organisation',
  id: 'o1',
  name: '济宁重工集团',
  kind: 'ENTERPRISE',
  creditCode: '91370800MA3C000001',
  county,
  stateOwned: true,
  climbing: true,
  industryEducationIntegration: false,
  hostedStudios: [
    {
      __typename: 'MasterStudio',
      id: 's1',
      name: '王师傅技能大师工作室',
      level: 'CITY',
      status: 'APPROVED',
      trade: '数控车工',
      approvedOn: '2025-06-01',
      lead: { __typename: 'Person', id: 'p1', name: '王建国' },
    },
  ],
  craftsmanColleges: [
    {
      __typename: 'CraftsmanCollege',
      id: 'c1',
      name: '济宁重工工匠学院',
      status: 'APPROVED',
      foundedOn: '2025-03-01',
      approvedOn: '2025-07-01',
    },
  ],
  graduateHires: [
    {
      __typename: 'GraduateHire',
      id: 'g1',
      programme: 'TECHNICIAN',
      status: 'ACTIVE',
      hiredOn: '2025-08-01',
      graduate: { __typename: 'Person', id: 'p2', name: '李明' },
      school: { __typename: 'Organisation', id: 'o2', name: '济宁技师学院' },
    },
  ],
  entitlements: [
    {
      __typename: 'Entitlement',
      id: 'e1',
      ruleId: 'city-studio-grant',
      clause: '二(六)',
      citation: '济人社发〔2024〕9号 第二部分（六）',
      description: '市级技能大师工作室建设经费',
      amount: 5000000,
      status: 'APPROVED',
      stacking: 'NEW',
      fact: { __typename: 'FactDecision', id: 'f1' },
      county,
      shares: [{ __typename: 'CostShare', payer: 'CITY', amount: 5000000 }],
      explanation: [
        { __typename: 'ExplanationStep', clause: '二(六)', ok: true, sentence: '新选树的市级技能大师工作室。' },
      ],
    },
  ],
  factDecisions: [
    {
      __typename: 'FactDecision',
      id: 'f1',
      kind: 'MASTER_STUDIO_APPROVED',
      kindLabel: '技能大师工作室获批',
      subjectId: 's1',
      occurredOn: '2025-06-01',
      outcome: 'GRANTED',
      note: null,
      reasons: [],
    },
    {
      __typename: 'FactDecision',
      id: 'f2',
      kind: 'GRADUATE_HIRING_YEAR_RECORDED',
      kindLabel: '毕业生就业年度',
      subjectId: 'g1',
      occurredOn: '2025-08-01',
      outcome: 'NOT_ELIGIBLE',
      note: null,
      reasons: [
        {
          __typename: 'FactReason',
          code: 'AGE_OVER_LIMIT',
          citation: '济人社发〔2024〕9号 第三部分（九）',
          text: '毕业生年龄超过 35 周岁',
        },
      ],
    },
  ],
  taxCreditLedger: [
    {
      __typename: 'TaxCreditLedgerLine',
      id: 'l1',
      taxYear: 2025,
      pilotEnterprise: true,
      investmentFen: 10000000,
      surchargeDueFen: 1000000,
      carriedInFen: 0,
      earnedFen: 3000000,
      usedFen: 1000000,
      carriedForwardFen: 2000000,
      conclusion: '抵免 ¥10,000.00，结转以后年度 ¥20,000.00',
      entitlement: { __typename: 'Entitlement', id: 'e9', status: 'CALCULATED' },
    },
  ],
};

const people = {
  __typename: 'PersonConnection',
  totalCount: 41,
  pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'cur-20' },
  edges: [
    {
      __typename: 'PersonEdge',
      cursor: 'cur-1',
      node: {
        __typename: 'Person',
        id: 'p1',
        name: '王建国',
        idNumber: '370811********1234',
        county,
        highestLevel: 'SENIOR_TECHNICIAN',
      },
    },
  ],
};

function mocks(detail: object): MockLink.MockedResponse[] {
  return [
    { request: { query: OrganisationDetailQuery, variables: { id: 'o1' } }, result: detail },
    {
      request: { query: OrganisationPeopleQuery, variables: { employerId: 'o1', first: PAGE_SIZE } },
      result: { data: { people } },
    },
    {
      request: { query: AuditEntriesDoc, variables: { first: 20, entityId: 'o1' } },
      result: {
        data: {
          auditEntries: {
            __typename: 'AuditEntryConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'a1' },
            edges: [
              {
                __typename: 'AuditEntryEdge',
                cursor: 'a1',
                node: {
                  __typename: 'AuditEntry',
                  id: 'a1',
                  at: '2025-01-02T02:00:00.000Z',
                  actorAccountId: 'acc-hrss',
                  actorName: '市人社局 · 职业能力建设科',
                  department: 'HRSS',
                  action: 'CREATE_ORGANISATION',
                  entityType: 'Organisation',
                  entityId: 'o1',
                  reason: null,
                  before: null,
                  after: null,
                  requestId: 'r1',
                },
              },
            ],
          },
        },
      },
    },
  ];
}

const open = (detail: object, account: Account = ACCOUNTS.hrss) =>
  renderPage(<OrganisationPage />, {
    account,
    url: '/organisations/o1',
    path: '/organisations/:id',
    mocks: mocks(detail),
  });

describe('OrganisationPage', () => {
  it('shows the unit, its people (the real total), studios, colleges, hires, money and decisions, with breadcrumbs and title', async () => {
    open({ data: { organisation } });
    expect((await screen.findByTestId('organisation-name')).textContent).toBe('济宁重工集团');
    expect(document.title).toBe('济宁重工集团 · 单位详情 · 济宁市高技能人才政策管理平台');
    expect(screen.getByTestId('breadcrumbs').textContent).toContain('单位/济宁重工集团');
    const basics = screen.getByTestId('organisation-basics');
    expect(basics.textContent).toContain('91370800MA3C000001');
    expect(basics.textContent).toContain('攀登企业');
    const peopleCard = screen.getByTestId('organisation-people');
    expect(await within(peopleCard).findByText('王建国')).toBeTruthy();
    expect(peopleCard.textContent).toContain('在职人员（41）');
    expect(within(screen.getByTestId('organisation-studios-card')).getByText('王师傅技能大师工作室')).toBeTruthy();
    expect(within(screen.getByTestId('organisation-colleges-card')).getByText('济宁重工工匠学院')).toBeTruthy();
    const hires = screen.getByTestId('organisation-hires-card');
    expect(hires.textContent).toContain('李明');
    expect(hires.textContent).toContain('济宁技师学院');
    expect(screen.getByTestId('person-entitlements').textContent).toContain('¥50,000.00');
    const facts = screen.getByTestId('person-facts');
    expect(facts.textContent).toContain('毕业生年龄超过 35 周岁');
    expect(facts.textContent).toContain('第三部分（九）');
    // 二(四) R4: finance's credit ledger of the enterprise, per tax year.
    const ledger = screen.getByTestId('tax-credit-ledger');
    expect(within(ledger).getByTestId('ledger-earned').textContent).toBe('¥30,000.00');
    expect(within(ledger).getByTestId('ledger-used').textContent).toBe('¥10,000.00');
    expect(within(ledger).getByTestId('ledger-carried-forward').textContent).toBe('¥20,000.00');
    // Only the Audit Bureau reads the audit trail.
    expect(screen.queryByTestId('organisation-audit')).toBeNull();
  });

  it('keeps the page when one domain cannot answer: that section says so', async () => {
    open({
      data: { organisation: { ...organisation, entitlements: null, factDecisions: null } },
      errors: [{ message: '资金子图暂时不可用', path: ['organisation', 'entitlements'] }],
    });
    expect(await screen.findByTestId('organisation-name')).toBeTruthy();
    expect(within(screen.getByTestId('person-entitlements')).getByTestId('section-unavailable')).toBeTruthy();
    expect(screen.getByTestId('organisation-studios-card').textContent).toContain('王师傅技能大师工作室');
  });

  it('shows the Audit Bureau the unit’s audit records', async () => {
    open({ data: { organisation } }, ACCOUNTS.auditor);
    const audit = await screen.findByTestId('organisation-audit');
    expect((await within(audit).findByTestId('organisation-audit-action')).textContent).toBe('登记单位');
  });

  it('says when there is no such unit', async () => {
    open({ data: { organisation: null } });
    expect(await screen.findByTestId('organisation-not-found')).toBeTruthy();
  });
});
