/**
 * R15 / R16 三(九) in finance: a confirmed insured year from training (GRADUATE_HIRING_YEAR_RECORDED) completed from
 * the directory (the graduate's birth date, the employer's 攀登企业 flag and county, the school's kind) and decided by
 * the rules; ineligible years kept with the rules' reasons; a revoked hire cancels what its years granted. The feed
 * and the directory are in-process stand-ins behind finance's own interfaces (FactFeed, AskGateway).
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import type { GraduateHireRevokedV1, GraduateHiringYearRecordedV1 } from '@jining/subgraph-kit';
import { MemoryFactFeed, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts, PersonFacts } from '../src/facts/lookups.ts';
import { finance } from '../src/subgraph.ts';
import { ampleBudgets, drain, FINANCE, type Finance } from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await ampleBudgets(sg);
});
afterAll(async () => sg?.stop());

const HIRED_ON = '2025-07-01';
const R15_FEN = valueAt(DEFAULT_PARAMETERS.R15_ANNUAL_FEN, HIRED_ON).value;
const R15_MAX_AGE = valueAt(DEFAULT_PARAMETERS.R15_MAX_AGE, HIRED_ON).value;
const MAX_YEARS = valueAt(DEFAULT_PARAMETERS.R15_R16_MAX_YEARS, HIRED_ON).value;

const org = (name: string, kind: string, climbing = false, county = '370811'): OrganisationFacts => ({
  id: `org-${randomUUID()}`,
  name,
  kind,
  climbing,
  county: { code: county },
});
/** Born so as to be `age` full years old on HIRED_ON. */
const graduate = (name: string, age: number): PersonFacts => ({
  id: `person-${randomUUID()}`,
  name,
  birthDate: `${2025 - age}-03-01`,
  county: { code: '370811' },
  employer: null,
});
const SCHOOL = org('济宁市技师学院', 'TECHNICAL_SCHOOL');

class TrainingFeed extends MemoryFactFeed {
  year(p: GraduateHiringYearRecordedV1) {
    this.append('GRADUATE_HIRING_YEAR_RECORDED', p.hireId, p.hiredOn, p);
  }
  revoke(p: GraduateHireRevokedV1) {
    this.append('GRADUATE_HIRE_REVOKED', p.hireId, '2026-12-01', p);
  }
}

function directory(people: PersonFacts[], orgs: OrganisationFacts[]): AskGateway {
  const p = new Map(people.map((x) => [x.id, x]));
  const o = new Map(orgs.map((x) => [x.id, x]));
  return (async (_q: string, v: Record<string, unknown>) => ({
    peopleByIds: (v.people as string[]).map((id) => p.get(id) ?? null),
    organisationsByIds: (v.organisations as string[]).map((id) => o.get(id) ?? null),
  })) as AskGateway;
}

const year = (
  who: PersonFacts,
  employer: OrganisationFacts,
  over: Partial<GraduateHiringYearRecordedV1> = {},
): GraduateHiringYearRecordedV1 => ({
  hireId: `hire-${who.id}`,
  personId: who.id,
  employerId: employer.id,
  schoolId: SCHOOL.id,
  programme: 'PRE_TECHNICIAN_CLASS',
  graduatedOn: '2025-06-30',
  hiredOn: HIRED_ON,
  newFullTimeHire: true,
  fullTimeProgramme: true,
  yearNumber: 1,
  socialInsurancePaid: true,
  ...over,
});

interface OrgView {
  entitlements: {
    status: string;
    amount: number;
    ruleId: string;
    county: { code: string } | null;
    shares: { payer: string; amount: number }[];
  }[];
  factDecisions: {
    outcome: string;
    kindLabel: string;
    note: string | null;
    reasons: { code: string; ruleId: string }[];
  }[];
}
async function employerView(id: string): Promise<OrgView> {
  const res = await sg.request<{ _entities: [OrgView] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation {
      entitlements { status amount ruleId county { code } shares { payer amount } }
      factDecisions { outcome kindLabel note reasons { code ruleId } } } } }`,
    { reps: [{ __typename: 'Organisation', id }] },
    FINANCE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

describe('graduate hiring years become entitlements decided by the rules', () => {
  it('R15 year 1: the rules’ yearly amount, CALCULATED, paid by the employer’s county', async () => {
    const employer = org('济宁智造装备有限公司', 'ENTERPRISE', false, '370811');
    const zhang = graduate('张技师', 24);
    const feed = new TrainingFeed();
    feed.year(year(zhang, employer));
    await drain(sg, feed, directory([zhang], [employer, SCHOOL]));
    const view = await employerView(employer.id);
    expect(view.entitlements).toEqual([
      {
        status: 'CALCULATED',
        amount: R15_FEN,
        ruleId: 'R15',
        county: { code: '370811' },
        shares: [{ payer: 'COUNTY', amount: R15_FEN }],
      },
    ]);
    expect(view.factDecisions).toMatchObject([{ outcome: 'GRANTED', kindLabel: '确认毕业生参保年度' }]);
  });

  it('keeps a graduate over the rules’ age limit as ineligible with the reason', async () => {
    const employer = org('济宁远航机械有限公司', 'ENTERPRISE');
    const older = graduate('李师傅', R15_MAX_AGE + 1);
    const feed = new TrainingFeed();
    feed.year(year(older, employer));
    await drain(sg, feed, directory([older], [employer, SCHOOL]));
    const view = await employerView(employer.id);
    expect(view.entitlements).toEqual([]);
    expect(view.factDecisions).toMatchObject([
      { outcome: 'NOT_ELIGIBLE', reasons: [{ code: 'AGE_ABOVE_LIMIT', ruleId: 'R15' }] },
    ]);
  });

  it('R16 (高级工班) for an enterprise that is not a 攀登企业 is ineligible; for a 攀登企业 it pays the R16 amount', async () => {
    const plain = org('济宁普通制造有限公司', 'ENTERPRISE', false);
    const climbing = org('济宁攀登科技有限公司', 'ENTERPRISE', true, '370812');
    const wang = graduate('王同学', 22);
    const zhao = graduate('赵同学', 22);
    const feed = new TrainingFeed();
    feed.year(year(wang, plain, { programme: 'SENIOR_CLASS' }));
    feed.year(year(zhao, climbing, { programme: 'SENIOR_CLASS' }));
    await drain(sg, feed, directory([wang, zhao], [plain, climbing, SCHOOL]));
    const refused = await employerView(plain.id);
    expect(refused.entitlements).toEqual([]);
    expect(refused.factDecisions).toMatchObject([
      { outcome: 'NOT_ELIGIBLE', reasons: [{ code: 'NOT_CLIMBING_ENTERPRISE', ruleId: 'R16' }] },
    ]);
    const paid = await employerView(climbing.id);
    const r16 = valueAt(DEFAULT_PARAMETERS.R16_ANNUAL_FEN, HIRED_ON).value;
    expect(paid.entitlements).toMatchObject([{ amount: r16, ruleId: 'R16', county: { code: '370812' } }]);
  });

  it('a year past the maximum, should one arrive (training refuses it at record time), is ineligible', async () => {
    const employer = org('济宁长青机电有限公司', 'ENTERPRISE');
    const sun = graduate('孙同学', 23);
    const feed = new TrainingFeed();
    feed.year(year(sun, employer, { yearNumber: MAX_YEARS + 1 }));
    await drain(sg, feed, directory([sun], [employer, SCHOOL]));
    const view = await employerView(employer.id);
    expect(view.factDecisions).toMatchObject([{ outcome: 'NOT_ELIGIBLE', reasons: [{ code: 'MAX_YEARS_EXCEEDED' }] }]);
  });

  it('a revoked hire cancels what its years granted and is unpaid', async () => {
    const employer = org('济宁东方纺织有限公司', 'ENTERPRISE');
    const qian = graduate('钱同学', 25);
    const feed = new TrainingFeed();
    const y1 = year(qian, employer);
    feed.year(y1);
    const ask = directory([qian], [employer, SCHOOL]);
    await drain(sg, feed, ask);
    expect((await employerView(employer.id)).entitlements.map((e) => e.status)).toEqual(['CALCULATED']);
    feed.revoke({ hireId: y1.hireId, personId: qian.id, employerId: employer.id, reason: '劳动合同未履行' });
    await drain(sg, feed, ask);
    const view = await employerView(employer.id);
    expect(view.entitlements.map((e) => e.status)).toEqual(['CANCELLED']);
    const cancelled = view.factDecisions.find((f) => f.outcome === 'CANCELLED')!;
    expect(cancelled.kindLabel).toBe('撤销毕业生聘用登记');
    expect(cancelled.note).toContain('劳动合同未履行');
  });

  it('cannot complete a year without the graduate’s birth date, and says so', async () => {
    const employer = org('济宁无名有限公司', 'ENTERPRISE');
    const hidden = { ...graduate('周同学', 22), birthDate: null };
    const feed = new TrainingFeed();
    feed.year(year(hidden, employer));
    await drain(sg, feed, directory([hidden], [employer, SCHOOL]));
    const view = await employerView(employer.id);
    expect(view.factDecisions).toMatchObject([{ outcome: 'FAILED' }]);
    expect(view.factDecisions[0]!.note).toContain('出生日期');
  });
});
