/**
 * Order classes (R5 二(四)) against a real database over HTTP: agreements between an enterprise and a vocational
 * college or technical school of the directory (a unit of the wrong kind refused); yearly hiring reports, one per
 * enterprise and year, confirmed by a second account; the fact ORDER_CLASS_HIRING_REPORTED with the enterprise's
 * county stored at write time, assessed by the rules at the bands' edges (49/50/99/100 hires, a 2- against a 3-year
 * contract, the key-enterprise condition missing); corrections with their reason and history; revocation; twenty
 * identical requests writing one record. A refusal writes nothing.
 */
import { assess, DEFAULT_PARAMETERS, valueAt, type OrderClassHiringFact } from '@jining/rules';
import { listReferences, readOutbox, type OrderClassHiringReportedV1 } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const YEAR = 2025;
const GRADUATES = Array.from({ length: 120 }, (_, i) => `grad-${i}`);
const COLLEGE = 'org-college'; // a vocational college
const SCHOOL = 'org-technician-school'; // 市技师学院: a technical school
const NOT_A_COLLEGE = 'org-other-enterprise';
const ENTERPRISES = ['e-49', 'e-50', 'e-99', 'e-100', 'e-2y', 'e-nokey', 'e-refuse', 'e-flow', 'e-race', 'e-agree'];
const COUNTY_OF: Record<string, string> = { 'e-50': '370812', 'e-100': '370830' };

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: GRADUATES,
      organisations: [...ENTERPRISES, COLLEGE, SCHOOL, NOT_A_COLLEGE],
      organisationKinds: {
        ...Object.fromEntries([...ENTERPRISES, NOT_A_COLLEGE].map((e) => [e, 'ENTERPRISE'])),
        [COLLEGE]: 'VOCATIONAL_COLLEGE',
        [SCHOOL]: 'TECHNICAL_SCHOOL',
      },
      counties: COUNTY_OF,
    }),
  });
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const REVIEWER = devPrincipal('hrss-reviewer');
const RENCHENG = devPrincipal('rencheng-hrss');
type Principal = ReturnType<typeof devPrincipal>;

const LOW = valueAt(DEFAULT_PARAMETERS.R5_LOW_BAND_FEN, `${YEAR}-12-31`).value;
const TOP = valueAt(DEFAULT_PARAMETERS.R5_TOP_BAND_FEN, `${YEAR}-12-31`).value;
const MIN_YEARS = valueAt(DEFAULT_PARAMETERS.R5_MIN_CONTRACT_YEARS, `${YEAR}-12-31`).value;

const REPORT = `id year status countyCode keyEnterpriseOrProject keyEvidence recordedBy confirmedBy hireCount
  minContractYears enterprise { id } hires { person { id } hireDate contractYears programme agreement { id } }
  history { action actorName note }`;
const AGREEMENT = `id className programme contractYears startedOn cityCollege countyCode enterprise { id } college { id }
  history { action }`;

interface Report {
  id: string;
  status: string;
  countyCode: string;
  recordedBy: string;
  confirmedBy: string | null;
  hireCount: number;
  minContractYears: number;
  hires: { person: { id: string }; contractYears: number }[];
  history: { action: string; actorName: string; note: string | null }[];
}
type Failure = { code: string; reason?: string; field?: string; message: string };
type Result<T> = { data?: T; error?: Failure };

const INPUT: Record<string, [string, string]> = {
  recordOrderClassAgreement: ['RecordOrderClassAgreementInput', AGREEMENT],
  submitOrderClassHiringReport: ['SubmitOrderClassHiringReportInput', REPORT],
  correctOrderClassHiringReport: ['CorrectOrderClassHiringReportInput', REPORT],
  confirmOrderClassHiringReport: ['ConfirmOrderClassHiringReportInput', REPORT],
  revokeOrderClassHiringReport: ['RevokeOrderClassHiringReportInput', REPORT],
};

async function call<T = Report>(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal = HRSS,
): Promise<Result<T>> {
  const [type, fields] = INPUT[mutation]!;
  const res = await sg.request<Record<string, T>>(
    `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${fields} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const ext = (res.errors[0]!.extensions ?? {}) as { code: string; reason?: string; field?: string };
    return { error: { code: ext.code, reason: ext.reason, field: ext.field, message: res.errors[0]!.message } };
  }
  return { data: res.data![mutation]! };
}

async function must<T = Report>(mutation: string, input: Record<string, unknown>, principal = HRSS): Promise<T> {
  const r = await call<T>(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.data!;
}

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
const footprint = async () => ({
  agreements: await n('order_class_agreement'),
  reports: await n('order_class_hiring_report'),
  hires: await n('order_class_hire'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query(
    'SELECT id, status::text, recorded_by, key_enterprise_or_project FROM order_class_hiring_report ORDER BY id',
  ),
});

async function refused(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal,
  expected: { code: string; reason?: string; field?: string },
): Promise<Failure> {
  const before = await footprint();
  const r = await call(mutation, input, principal);
  expect(r.error, `${mutation} should be refused`).toMatchObject(expected);
  expect(r.error!.message).toMatch(/[\u4e00-\u9fff]/);
  expect(await footprint()).toEqual(before);
  return r.error!;
}

const agreementInput = (enterpriseId: string, over: Record<string, unknown> = {}) => ({
  enterpriseId,
  collegeId: COLLEGE,
  className: `${enterpriseId} 数控订单班`,
  programme: 'SENIOR_CLASS',
  contractYears: MIN_YEARS,
  startedOn: '2022-09-01',
  cityCollege: true,
  ...over,
});

const agreements = new Map<string, string>();
async function agreementOf(enterpriseId: string): Promise<string> {
  const known = agreements.get(enterpriseId);
  if (known) return known;
  const a = await must<{ id: string }>('recordOrderClassAgreement', agreementInput(enterpriseId));
  agreements.set(enterpriseId, a.id);
  return a.id;
}

const hire = (i: number, agreementId: string, over: Record<string, unknown> = {}) => ({
  personId: GRADUATES[i]!,
  hireDate: `${YEAR}-07-01`,
  fullTime: true,
  programme: 'SENIOR_CLASS',
  fullTimeProgramme: true,
  contractYears: MIN_YEARS,
  agreementId,
  ...over,
});
const hires = (count: number, agreementId: string, over: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: count }, (_, i) => hire(i, agreementId, over(i)));

const reportInput = async (enterpriseId: string, count: number, over: Record<string, unknown> = {}) => ({
  enterpriseId,
  year: YEAR,
  keyEnterpriseOrProject: true,
  keyEvidence: '济政字〔2025〕12号 重点企业名单',
  hires: hires(count, await agreementOf(enterpriseId)),
  ...over,
});

/** The fact the confirmation wrote for a report, and the rules' decision on it as finance takes it. */
async function factOf(reportId: string) {
  const e = (await events()).filter((x) => x.subjectId === reportId && x.kind === 'ORDER_CLASS_HIRING_REPORTED');
  expect(e).toHaveLength(1);
  const p = e[0]!.payload as unknown as OrderClassHiringReportedV1;
  const fact: OrderClassHiringFact = {
    kind: 'ORDER_CLASS_HIRING',
    enterpriseId: p.enterpriseId,
    year: p.year,
    keyEnterpriseOrProject: p.keyEnterpriseOrProject,
    cityCollegeAgreement: p.cityCollegeAgreement,
    hires: p.hires.map((h) => ({ ...h, programme: h.programme as 'SENIOR_CLASS' })),
    countyCode: p.countyCode as OrderClassHiringFact['countyCode'],
  };
  return { payload: p, decision: assess(fact) };
}

/** The 工作台's count of reports waiting for this account to confirm (undefined: not its work). */
const waiting = async (principal: typeof HRSS) =>
  (
    await sg.request<{ trainingWork: { item: string; count: number }[] }>(
      `{ trainingWork { item count } }`,
      {},
      principal,
    )
  ).data!.trainingWork.find((w) => w.item === 'ORDER_CLASS_REPORT_TO_CONFIRM')?.count;

async function submitAndConfirm(enterpriseId: string, count: number, over: Record<string, unknown> = {}) {
  const queued = { maker: await waiting(HRSS), checker: await waiting(REVIEWER) };
  const r = await must('submitOrderClassHiringReport', await reportInput(enterpriseId, count, over));
  expect(r).toMatchObject({ status: 'SUBMITTED', hireCount: count, recordedBy: HRSS.accountId });
  // It waits for the second account, not for whoever submitted it; a county HRSS has no part in 二(四).
  expect({ maker: await waiting(HRSS), checker: await waiting(REVIEWER) }).toEqual({
    maker: queued.maker,
    checker: queued.checker! + 1,
  });
  expect(await waiting(RENCHENG)).toBeUndefined();
  const c = await must('confirmOrderClassHiringReport', { id: r.id }, REVIEWER);
  expect(await waiting(REVIEWER)).toBe(queued.checker);
  expect(c).toMatchObject({ status: 'CONFIRMED', confirmedBy: REVIEWER.accountId });
  return { report: c, ...(await factOf(r.id)) };
}

describe('order-class agreements (二(四): an enterprise with a city college)', () => {
  it('records an agreement with a vocational college or a technical school, the county from the directory', async () => {
    const a = await must<{ countyCode: string; college: { id: string }; history: { action: string }[] }>(
      'recordOrderClassAgreement',
      agreementInput('e-agree', { collegeId: SCHOOL, className: '技师学院焊接订单班' }),
    );
    expect(a).toMatchObject({ countyCode: '370811', college: { id: SCHOOL } });
    expect(a.history.map((h) => h.action)).toEqual(['RECORD_AGREEMENT']);
    const b = await must<{ countyCode: string }>('recordOrderClassAgreement', agreementInput('e-50'));
    expect(b.countyCode).toBe('370812');
    agreements.set('e-50', (b as unknown as { id: string }).id);
  });

  it('refuses a college of the wrong kind, an unknown unit, a future start, a bad contract length; nothing written', async () => {
    await refused('recordOrderClassAgreement', agreementInput('e-agree', { collegeId: NOT_A_COLLEGE }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_WRONG_KIND',
      field: 'input.collegeId',
    });
    await refused('recordOrderClassAgreement', agreementInput('e-agree', { collegeId: 'org-nowhere' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.collegeId',
    });
    await refused('recordOrderClassAgreement', agreementInput(COLLEGE), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_WRONG_KIND',
      field: 'input.enterpriseId',
    });
    await refused('recordOrderClassAgreement', agreementInput('e-agree', { startedOn: '2099-01-01' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      field: 'input.startedOn',
    });
    await refused('recordOrderClassAgreement', agreementInput('e-agree', { contractYears: 0 }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CONTRACT_YEARS',
      field: 'input.contractYears',
    });
  });

  it('is HRSS’s duty alone: a county HRSS is refused', async () => {
    await refused('recordOrderClassAgreement', agreementInput('e-agree', { className: '县里的班' }), RENCHENG, {
      code: 'FORBIDDEN',
      reason: 'NOT_THIS_DEPARTMENTS_DUTY',
    });
  });

  it('writes one agreement for twenty identical requests', async () => {
    const before = await n('order_class_agreement');
    const input = agreementInput('e-agree', { className: '并发订单班' });
    const results = await Promise.all(Array.from({ length: 20 }, () => call('recordOrderClassAgreement', input)));
    expect(results.filter((r) => r.data)).toHaveLength(1);
    for (const r of results.filter((x) => x.error)) {
      expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'AGREEMENT_ALREADY_RECORDED' });
    }
    expect(await n('order_class_agreement')).toBe(before + 1);
  });
});

describe('yearly hiring reports become the fact, assessed at the bands’ edges', () => {
  it('49 hires: the fact is written, the rules pay nothing (HIRES_BELOW_MINIMUM)', async () => {
    const { decision, payload } = await submitAndConfirm('e-49', 49);
    expect(payload.hires).toHaveLength(49);
    expect(decision.eligible).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toEqual(['HIRES_BELOW_MINIMUM']);
  });

  it('50 hires: the low band, 5:5 between the city and the enterprise’s county stored at write time', async () => {
    const { decision, payload } = await submitAndConfirm('e-50', 50);
    expect(payload.countyCode).toBe('370812');
    const g = decision.grants[0]!;
    expect(g.amountFen).toBe(50 * LOW);
    expect(g.countyCode).toBe('370812');
    expect(g.shares).toEqual([
      { payer: 'CITY', amountFen: 25 * LOW },
      { payer: 'COUNTY', amountFen: 25 * LOW },
    ]);
  });

  it('99 hires: still the low band', async () => {
    const { decision } = await submitAndConfirm('e-99', 99);
    expect(decision.grants[0]!.amountFen).toBe(99 * LOW);
  });

  it('100 hires: the top band (READING_R5_BOUNDARY_100)', async () => {
    const { decision, payload, report } = await submitAndConfirm('e-100', 100);
    expect(report.countyCode).toBe('370830');
    expect(payload.countyCode).toBe('370830');
    expect(decision.grants[0]!.amountFen).toBe(100 * TOP);
  });

  it('a 2-year contract does not count, a 3-year one does: 100 reported with one on 2 years is 99 in the low band', async () => {
    const agreementId = await agreementOf('e-2y');
    const list = hires(100, agreementId, (i) => (i === 0 ? { contractYears: MIN_YEARS - 1 } : {}));
    const { decision } = await submitAndConfirm('e-2y', 100, { hires: list });
    expect(decision.grants[0]!.amountFen).toBe(99 * LOW);
  });

  it('the key-enterprise condition missing: the fact says so and the rules refuse (NOT_KEY_ENTERPRISE)', async () => {
    const { decision, payload } = await submitAndConfirm('e-nokey', 100, {
      keyEnterpriseOrProject: false,
      keyEvidence: null,
    });
    expect(payload.keyEnterpriseOrProject).toBe(false);
    expect(decision.eligible).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toContain('NOT_KEY_ENTERPRISE');
  });
});

describe('a refused report writes nothing', () => {
  it('refuses each bad value, naming its field', async () => {
    const base = await reportInput('e-refuse', 3);
    const agreementOfAnother = await agreementOf('e-49');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ keyEvidence: null }, 'KEY_EVIDENCE_REQUIRED', 'input.keyEvidence'],
      [{ year: 2024 }, 'YEAR_OUTSIDE_POLICY', 'input.year'],
      [{ year: 2099 }, 'YEAR_OUTSIDE_POLICY', 'input.year'],
      [{ enterpriseId: COLLEGE }, 'ORGANISATION_WRONG_KIND', 'input.enterpriseId'],
      [{ enterpriseId: 'org-nowhere' }, 'ORGANISATION_NOT_FOUND', 'input.enterpriseId'],
      [
        { hires: [base.hires[0], { ...base.hires[1], hireDate: '2024-12-31' }] },
        'HIRE_OUTSIDE_YEAR',
        'input.hires[1].hireDate',
      ],
      [{ hires: [base.hires[0], base.hires[0]] }, 'DUPLICATE_HIRE', 'input.hires[1].personId'],
      [
        { hires: [{ ...base.hires[0], agreementId: agreementOfAnother }] },
        'AGREEMENT_OF_ANOTHER_ENTERPRISE',
        'input.hires[0].agreementId',
      ],
      [{ hires: [{ ...base.hires[0], personId: 'nobody' }] }, 'PERSON_NOT_FOUND', 'input.hires[0].personId'],
      [{ hires: [{ ...base.hires[0], contractYears: -1 }] }, 'INVALID_CONTRACT_YEARS', 'input.hires[0].contractYears'],
    ];
    for (const [over, reason, field] of cases) {
      await refused('submitOrderClassHiringReport', { ...base, ...over }, HRSS, {
        code: 'BAD_USER_INPUT',
        reason,
        field,
      });
    }
    await refused('submitOrderClassHiringReport', base, RENCHENG, {
      code: 'FORBIDDEN',
      reason: 'NOT_THIS_DEPARTMENTS_DUTY',
    });
  });
});

describe('maker-checker, corrections with history, revocation, concurrency', () => {
  it('corrects a submitted report with its reason, confirms by another account, keeps the history', async () => {
    const r = await must('submitOrderClassHiringReport', await reportInput('e-flow', 60));
    // Whoever submitted cannot confirm.
    await refused('confirmOrderClassHiringReport', { id: r.id }, HRSS, {
      code: 'FORBIDDEN',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
    });
    // A correction needs a reason (validation, nothing written).
    const agreementId = await agreementOf('e-flow');
    await refused(
      'correctOrderClassHiringReport',
      { id: r.id, keyEnterpriseOrProject: true, keyEvidence: '文件', hires: hires(70, agreementId), reason: '' },
      REVIEWER,
      { code: 'BAD_USER_INPUT', field: 'input.reason' },
    );
    const corrected = await must(
      'correctOrderClassHiringReport',
      {
        id: r.id,
        keyEnterpriseOrProject: true,
        keyEvidence: '济政字〔2025〕12号',
        hires: hires(70, agreementId),
        reason: '企业补报 10 名 12 月入职人员',
      },
      REVIEWER,
    );
    expect(corrected).toMatchObject({ status: 'SUBMITTED', hireCount: 70, recordedBy: REVIEWER.accountId });
    // The corrector answers for the report now: the first account confirms.
    await refused('confirmOrderClassHiringReport', { id: r.id }, REVIEWER, {
      code: 'FORBIDDEN',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
    });
    const confirmed = await must('confirmOrderClassHiringReport', { id: r.id }, HRSS);
    expect(confirmed.history.map((h) => h.action)).toEqual(['SUBMIT_REPORT', 'CORRECT_REPORT', 'CONFIRM_REPORT']);
    expect(confirmed.history[1]!.note).toBe('企业补报 10 名 12 月入职人员');
    const { decision } = await factOf(r.id);
    expect(decision.grants[0]!.amountFen).toBe(70 * LOW);
    // Confirmed: no more corrections; the year is taken.
    await refused(
      'correctOrderClassHiringReport',
      { id: r.id, keyEnterpriseOrProject: true, keyEvidence: '文件', hires: hires(1, agreementId), reason: '再改一次' },
      REVIEWER,
      { code: 'CONFLICT', reason: 'WRONG_STATUS' },
    );
    await refused('submitOrderClassHiringReport', await reportInput('e-flow', 5), HRSS, {
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_SUBMITTED',
    });
    // Revoked: the reversal fact goes out and the year may be reported again.
    const before = (await events()).length;
    const revoked = await must('revokeOrderClassHiringReport', { id: r.id, reason: '企业虚报聘用人数' }, REVIEWER);
    expect(revoked.status).toBe('REVOKED');
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ kind: 'ORDER_CLASS_HIRING_REVOKED', subjectId: r.id });
    const again = await must('submitOrderClassHiringReport', await reportInput('e-flow', 55));
    expect(again.id).not.toBe(r.id);
  });

  it('writes one report for twenty identical submissions, and one fact for twenty confirmations', async () => {
    const input = await reportInput('e-race', 50);
    const before = await footprint();
    const results = await Promise.all(Array.from({ length: 20 }, () => call('submitOrderClassHiringReport', input)));
    const ok = results.filter((r) => r.data);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.error)) {
      expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_ALREADY_SUBMITTED' });
    }
    const mid = await footprint();
    expect(mid.reports).toBe(before.reports + 1);
    expect(mid.hires).toBe(before.hires + 50);
    const id = ok[0]!.data!.id;
    const confirms = await Promise.all(
      Array.from({ length: 20 }, () => call('confirmOrderClassHiringReport', { id }, REVIEWER)),
    );
    expect(confirms.filter((r) => r.data)).toHaveLength(1);
    for (const r of confirms.filter((x) => x.error)) {
      expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    }
    const end = await footprint();
    expect(end.events).toBe(mid.events + 1);
    expect(end.audit).toBe(mid.audit + 1);
  });

  it('lists reports by year, county and status for everyone signed in', async () => {
    const res = await sg.request<{
      orderClassHiringReports: { totalCount: number; edges: { node: { enterprise: { id: string } } }[] };
    }>(
      `{ orderClassHiringReports(year: ${YEAR}, countyCode: "370812", status: CONFIRMED) {
        totalCount edges { node { enterprise { id } } } } }`,
      {},
      RENCHENG,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.orderClassHiringReports).toEqual({
      totalCount: 1,
      edges: [{ node: { enterprise: { id: 'e-50' } } }],
    });
  });
});
