/**
 * Graduate hiring (R15 / R16 三(九)) against a real database over HTTP: every step allowed and refused, by role and
 * by state; maker-checker on each insured year; the rules' year limit; twenty concurrent identical recordings; the
 * facts (one per confirmed year, none for a refusal, a reversal for a revocation) and the audit trail.
 */
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const PEOPLE = ['grad-1', 'grad-2', 'grad-3', 'grad-4', 'grad-5'];
const EMPLOYER = 'org-employer';
const OTHER_EMPLOYER = 'org-other';
const SCHOOL = 'org-school';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({ people: PEOPLE, organisations: [EMPLOYER, OTHER_EMPLOYER, SCHOOL] }),
  });
});
afterAll(async () => sg?.stop());

const HRSS = devPrincipal('hrss');
const REVIEWER = devPrincipal('hrss-reviewer');
type Principal = ReturnType<typeof devPrincipal>;
const MAX_YEARS = valueAt(DEFAULT_PARAMETERS.R15_R16_MAX_YEARS, '2025-07-01').value;

const FIELDS = `id status statusReason programme hiredOn graduatedOn fullTimeContract maxYears recordedBy
  graduate { id } employer { id } school { id }
  years { id yearNumber insuredFrom insuredTo evidence status recordedBy confirmedBy }`;

interface Hire {
  id: string;
  status: string;
  statusReason: string | null;
  maxYears: number;
  years: {
    id: string;
    yearNumber: number;
    insuredFrom: string;
    insuredTo: string;
    status: string;
    recordedBy: string;
    confirmedBy: string | null;
  }[];
}
type Result = { hire?: Hire; error?: { code: string; reason?: string; field?: string; message: string } };

const INPUT: Record<string, string> = {
  recordGraduateHire: 'RecordGraduateHireInput',
  recordGraduateInsuredYear: 'RecordGraduateInsuredYearInput',
  confirmGraduateInsuredYear: 'ConfirmGraduateInsuredYearInput',
  revokeGraduateHire: 'RevokeGraduateHireInput',
};

async function call(mutation: string, input: Record<string, unknown>, principal: Principal = HRSS): Promise<Result> {
  const res = await sg.request<Record<string, Hire>>(
    `mutation ($input: ${INPUT[mutation]}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
    { input },
    principal,
  );
  if (res.errors?.length) {
    const ext = (res.errors[0]!.extensions ?? {}) as { code: string; reason?: string; field?: string };
    return { error: { code: ext.code, reason: ext.reason, field: ext.field, message: res.errors[0]!.message } };
  }
  return { hire: res.data![mutation]! };
}

async function must(mutation: string, input: Record<string, unknown>, principal: Principal = HRSS): Promise<Hire> {
  const r = await call(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.hire!;
}

const hireInput = (over: Record<string, unknown> = {}) => ({
  personId: 'grad-1',
  employerId: EMPLOYER,
  schoolId: SCHOOL,
  programme: 'PRE_TECHNICIAN_CLASS',
  fullTimeProgramme: true,
  graduatedOn: '2025-06-30',
  hiredOn: '2025-07-01',
  fullTimeContract: true,
  ...over,
});

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
const footprint = async () => ({
  hires: await n('graduate_hire'),
  years: await n('graduate_insured_year'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query('SELECT id, status::text FROM graduate_insured_year ORDER BY id'),
});

/** A refusal: the coded error, and nothing written. */
async function refused(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal,
  expected: { code: string; reason?: string; field?: string },
) {
  const before = await footprint();
  const r = await call(mutation, input, principal);
  expect(r.error, `${mutation} should be refused`).toMatchObject(expected);
  expect(r.error!.message).toMatch(/[\u4e00-\u9fff]/);
  expect(await footprint()).toEqual(before);
}

describe('recording a hire', () => {
  it('records a hire with its audit record and no fact', async () => {
    const before = await footprint();
    const hire = await must('recordGraduateHire', hireInput());
    expect(hire).toMatchObject({ status: 'ACTIVE', maxYears: MAX_YEARS, years: [] });
    const after = await footprint();
    expect(after.hires).toBe(before.hires + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(after.events).toBe(before.events);
  });

  it('refuses other departments (FORBIDDEN), whatever the class', async () => {
    for (const username of ['finance', 'rencheng-finance', 'union', 'education', 'auditor']) {
      for (const programme of ['PRE_TECHNICIAN_CLASS', 'SENIOR_CLASS']) {
        await refused('recordGraduateHire', hireInput({ personId: 'grad-2', programme }), devPrincipal(username), {
          code: 'FORBIDDEN',
        });
      }
    }
  });

  it('refuses an unknown person or organisation, naming the field', async () => {
    await refused('recordGraduateHire', hireInput({ personId: 'ghost' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'PERSON_NOT_FOUND',
      field: 'input.personId',
    });
    await refused('recordGraduateHire', hireInput({ personId: 'grad-2', employerId: 'ghost-org' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.employerId',
    });
    await refused('recordGraduateHire', hireInput({ personId: 'grad-2', schoolId: 'ghost-school' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.schoolId',
    });
  });

  it('refuses a hire before graduation, a date after today, and an unknown class', async () => {
    await refused('recordGraduateHire', hireInput({ personId: 'grad-2', hiredOn: '2025-06-01' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'HIRE_BEFORE_GRADUATION',
      field: 'input.hiredOn',
    });
    await refused('recordGraduateHire', hireInput({ personId: 'grad-2', hiredOn: '2999-01-01' }), HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      field: 'input.hiredOn',
    });
    const before = await footprint();
    const r = await call('recordGraduateHire', hireInput({ personId: 'grad-2', programme: 'ASSOCIATE' }));
    expect(r.error?.code).toBe('BAD_USER_INPUT');
    expect(await footprint()).toEqual(before);
  });

  it('refuses the same graduate hired twice by the same employer, but not by another', async () => {
    await refused('recordGraduateHire', hireInput(), HRSS, {
      code: 'CONFLICT',
      reason: 'HIRE_ALREADY_RECORDED',
      field: 'input.personId',
    });
    await must('recordGraduateHire', hireInput({ employerId: OTHER_EMPLOYER }));
  });
});

describe('insured years', () => {
  let hire: Hire;
  beforeAll(async () => {
    hire = await must('recordGraduateHire', hireInput({ personId: 'grad-3', programme: 'SENIOR_CLASS' }));
  });

  it('records year 1 (awaiting confirmation, no fact yet) over the first year from the hire date', async () => {
    const before = await footprint();
    const after = await must('recordGraduateInsuredYear', {
      hireId: hire.id,
      yearNumber: 1,
      evidence: '社保缴费记录 2025',
    });
    expect(after.years).toMatchObject([
      {
        yearNumber: 1,
        insuredFrom: '2025-07-01',
        insuredTo: '2026-06-30',
        status: 'RECORDED',
        recordedBy: HRSS.accountId,
      },
    ]);
    expect((await footprint()).events).toBe(before.events);
  });

  it('refuses a year beyond the rules’ maximum, year 0, a year not begun and a year twice', async () => {
    await refused(
      'recordGraduateInsuredYear',
      { hireId: hire.id, yearNumber: MAX_YEARS + 1, evidence: '证明材料' },
      HRSS,
      {
        code: 'BAD_USER_INPUT',
        reason: 'YEAR_BEYOND_MAXIMUM',
        field: 'input.yearNumber',
      },
    );
    await refused('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: 0, evidence: '证明材料' }, HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_BEYOND_MAXIMUM',
    });
    await refused('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: MAX_YEARS, evidence: '证明材料' }, HRSS, {
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_NOT_STARTED',
    });
    await refused('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: 1, evidence: '证明材料' }, HRSS, {
      code: 'CONFLICT',
      reason: 'YEAR_ALREADY_RECORDED',
    });
    await refused('recordGraduateInsuredYear', { hireId: 'nope', yearNumber: 1, evidence: '证明材料' }, HRSS, {
      code: 'NOT_FOUND',
    });
    await refused(
      'recordGraduateInsuredYear',
      { hireId: hire.id, yearNumber: 2, evidence: '证明材料' },
      devPrincipal('finance'),
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it('keeps maker-checker: the recorder cannot confirm; another account can, and the fact is emitted once', async () => {
    const yearId = (
      await must('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: 2, evidence: '社保 2026' }, REVIEWER)
    ).years.find((y) => y.yearNumber === 2)!.id;
    const year1 =
      hire.id &&
      (
        await sg.db.query<{ id: string }>(
          `SELECT id FROM graduate_insured_year WHERE hire_id = $1 AND year_number = 1`,
          [hire.id],
        )
      )[0]!.id;
    await refused('confirmGraduateInsuredYear', { id: year1 }, HRSS, {
      code: 'FORBIDDEN',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
    });
    await refused('confirmGraduateInsuredYear', { id: year1 }, devPrincipal('union'), { code: 'FORBIDDEN' });
    const before = await events();
    const confirmed = await must('confirmGraduateInsuredYear', { id: year1, note: '核对无误' }, REVIEWER);
    expect(confirmed.years.find((y) => y.yearNumber === 1)).toMatchObject({
      status: 'CONFIRMED',
      confirmedBy: REVIEWER.accountId,
    });
    const added = (await events()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'GRADUATE_HIRING_YEAR_RECORDED',
      version: 1,
      subjectId: hire.id,
      occurredOn: '2025-07-01',
      payload: {
        hireId: hire.id,
        personId: 'grad-3',
        employerId: EMPLOYER,
        schoolId: SCHOOL,
        programme: 'SENIOR_CLASS',
        hiredOn: '2025-07-01',
        graduatedOn: '2025-06-30',
        newFullTimeHire: true,
        fullTimeProgramme: true,
        yearNumber: 1,
        socialInsurancePaid: true,
      },
    });
    await refused('confirmGraduateInsuredYear', { id: year1 }, HRSS, { code: 'CONFLICT', reason: 'WRONG_STATUS' });
    await refused('confirmGraduateInsuredYear', { id: 'nope' }, REVIEWER, { code: 'NOT_FOUND' });
    // Year 2 was recorded by the reviewer: HRSS confirms it.
    await must('confirmGraduateInsuredYear', { id: yearId }, HRSS);
    expect((await events()).length).toBe(before.length + 2);
  });

  it('writes each year once under twenty concurrent identical recordings', async () => {
    const h = await must('recordGraduateHire', hireInput({ personId: 'grad-4' }));
    const before = await footprint();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('recordGraduateInsuredYear', { hireId: h.id, yearNumber: 1, evidence: '社保缴费记录' }),
      ),
    );
    expect(results.filter((r) => r.hire)).toHaveLength(1);
    const refusals = results.filter((r) => r.error);
    expect(refusals).toHaveLength(19);
    for (const r of refusals) expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_ALREADY_RECORDED' });
    const after = await footprint();
    expect(after.years).toBe(before.years + 1);
    expect(after.audit).toBe(before.audit + 1);
  });
});

describe('revocation', () => {
  it('revokes a hire with a reason: a reversal fact, no further steps, and the graduate may be recorded again', async () => {
    const hire = await must('recordGraduateHire', hireInput({ personId: 'grad-5' }));
    await must('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: 1, evidence: '社保缴费记录' });
    const yearId = (
      await sg.db.query<{ id: string }>(`SELECT id FROM graduate_insured_year WHERE hire_id = $1`, [hire.id])
    )[0]!.id;
    await must('confirmGraduateInsuredYear', { id: yearId }, REVIEWER);
    await refused('revokeGraduateHire', { id: hire.id, reason: '弄虚作假' }, devPrincipal('finance'), {
      code: 'FORBIDDEN',
    });
    await refused('revokeGraduateHire', { id: hire.id, reason: '' }, HRSS, { code: 'BAD_USER_INPUT' });
    const before = await events();
    const revoked = await must('revokeGraduateHire', { id: hire.id, reason: '劳动合同未实际履行' });
    expect(revoked).toMatchObject({ status: 'REVOKED', statusReason: '劳动合同未实际履行' });
    const added = (await events()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'GRADUATE_HIRE_REVOKED',
      subjectId: hire.id,
      payload: { hireId: hire.id, personId: 'grad-5', employerId: EMPLOYER, reason: '劳动合同未实际履行' },
    });
    await refused('revokeGraduateHire', { id: hire.id, reason: '再次撤销' }, HRSS, {
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
    });
    await refused('recordGraduateInsuredYear', { hireId: hire.id, yearNumber: 2, evidence: '社保缴费记录' }, HRSS, {
      code: 'CONFLICT',
      reason: 'WRONG_STATUS',
    });
    await must('recordGraduateHire', hireInput({ personId: 'grad-5' }));
  });
});

describe('reading', () => {
  it('says the degree each class is read as (E1 三(七)): 高级工班 大专, 预备技师（技师）班 本科', async () => {
    const res = await sg.request<{
      graduateHires: { edges: { node: { programme: string; academicEquivalent: string } }[] };
    }>(`{ graduateHires(first: 50) { edges { node { programme academicEquivalent } } } }`);
    expect(res.errors).toBeUndefined();
    const seen = new Map(res.data!.graduateHires.edges.map((e) => [e.node.programme, e.node.academicEquivalent]));
    expect(Object.fromEntries(seen)).toEqual({ PRE_TECHNICIAN_CLASS: '本科', SENIOR_CLASS: '大专' });
  });

  it('lists hires with filters, and Person / Organisation list their hires', async () => {
    const list = await sg.request<{ graduateHires: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ graduateHires(first: 50, year: 2025, employerId: "${EMPLOYER}", programme: SENIOR_CLASS, status: ACTIVE) { totalCount edges { node { id } } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.graduateHires.totalCount).toBe(1);
    const none = await sg.request<{ graduateHires: { totalCount: number } }>(
      `{ graduateHires(year: 2024) { totalCount } }`,
    );
    expect(none.data!.graduateHires.totalCount).toBe(0);
    const ents = await sg.request<{ _entities: { id: string; graduateHires: { id: string }[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Person { id graduateHires { id } } ... on Organisation { id graduateHires { id } } } }`,
      {
        reps: [
          { __typename: 'Person', id: 'grad-1' },
          { __typename: 'Organisation', id: OTHER_EMPLOYER },
        ],
      },
    );
    expect(ents.errors).toBeUndefined();
    expect(ents.data!._entities[0]!.graduateHires).toHaveLength(2);
    expect(ents.data!._entities[1]!.graduateHires).toHaveLength(1);
  });

  it('keeps every step in the audit trail', async () => {
    const actions = await sg.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM _kit_audit WHERE entity_type = 'GraduateHire' ORDER BY action`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'GRADUATE_CONFIRM_YEAR',
      'GRADUATE_RECORD_HIRE',
      'GRADUATE_RECORD_YEAR',
      'GRADUATE_REVOKE_HIRE',
    ]);
    const id = (await sg.db.query<{ id: string }>(`SELECT id FROM graduate_hire WHERE status = 'REVOKED'`))[0]!.id;
    const res = await sg.request<{
      graduateHire: { history: { action: string; actorName: string; note: string | null }[] };
    }>(
      `query ($id: ID!) { graduateHire(id: $id) { history { action actorName note at } } }`,
      { id },
      devPrincipal('finance'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.graduateHire.history.map((h) => h.action)).toEqual([
      'RECORD_HIRE',
      'RECORD_YEAR',
      'CONFIRM_YEAR',
      'REVOKE_HIRE',
    ]);
    expect(res.data!.graduateHire.history[3]!.note).toBe('劳动合同未实际履行');
  });
});
