/**
 * New-type apprenticeships (R2 二(二)) against a real database over HTTP: each county's rate at the range's ends and
 * outside it, set only by that county's HRSS; agreements recorded by the county of the enterprise (or the city);
 * completed years confirmed by a second account at the rate in force on the year's first day; the third year refused;
 * twenty concurrent confirmations; the facts (one per confirmed year, none for a refusal, a reversal for a
 * revocation), T5 and the audit trail. A refusal writes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const APPRENTICES = ['app-1', 'app-2', 'app-3', 'app-4', 'app-5', 'app-6'];
const RC_ENTERPRISE = 'org-rencheng'; // 任城区 370811
const YZ_ENTERPRISE = 'org-yanzhou'; // 兖州区 370812
const COLLEGE = 'org-college';

// The platform clock (TRAINING_CLOCK_FILE, development mode): years must be over before they are recorded.
const clockDir = mkdtempSync(join(tmpdir(), 'training-clock-'));
const clockFile = join(clockDir, 'clock');
const saved = { dev: process.env.JINING_DEV_MODE, clock: process.env.TRAINING_CLOCK_FILE };

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  process.env.JINING_DEV_MODE = 'true';
  process.env.TRAINING_CLOCK_FILE = clockFile;
  writeFileSync(clockFile, '0');
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: APPRENTICES,
      organisations: [RC_ENTERPRISE, YZ_ENTERPRISE, COLLEGE],
      counties: { [RC_ENTERPRISE]: '370811', [YZ_ENTERPRISE]: '370812', [COLLEGE]: '370811' },
    }),
  });
});
afterAll(async () => {
  await sg?.stop();
  rmSync(clockDir, { recursive: true, force: true });
  for (const [k, v] of [
    ['JINING_DEV_MODE', saved.dev],
    ['TRAINING_CLOCK_FILE', saved.clock],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
/** Days the platform clock is moved on (at most 400). */
const setClock = (days: number) => writeFileSync(clockFile, String(days));
/** The 工作台's count of apprenticeship years waiting for this account (undefined: not its work). */
const waiting = async (principal: ReturnType<typeof devPrincipal>) =>
  (
    await sg.request<{ trainingWork: { item: string; count: number }[] }>(
      `{ trainingWork { item count } }`,
      {},
      principal,
    )
  ).data!.trainingWork.find((w) => w.item === 'APPRENTICESHIP_YEAR_TO_CONFIRM')?.count;

const HRSS = devPrincipal('hrss');
const REVIEWER = devPrincipal('hrss-reviewer');
const RENCHENG = devPrincipal('rencheng-hrss');
const YANZHOU = { ...RENCHENG, accountId: 'acc-yanzhou-hrss', username: 'yanzhou-hrss', countyCode: '370812' };
type Principal = ReturnType<typeof devPrincipal>;
const MAX_YEARS = valueAt(DEFAULT_PARAMETERS.R2_MAX_YEARS, '2025-03-01').value;
const MIN = valueAt(DEFAULT_PARAMETERS.R2_RATE_MIN_FEN, '2025-01-01').value;
const MAX = valueAt(DEFAULT_PARAMETERS.R2_RATE_MAX_FEN, '2025-01-01').value;

const FIELDS = `id status statusReason countyCode trade startedOn endsOn newType maxYears recordedBy
  enterprise { id } apprentice { id } college { id }
  years { id yearNumber yearFrom yearTo status rateFen recordedBy confirmedBy }`;

interface Agreement {
  id: string;
  status: string;
  countyCode: string;
  maxYears: number;
  years: { id: string; yearNumber: number; yearFrom: string; yearTo: string; status: string; rateFen: number | null }[];
}
type Failure = { code: string; reason?: string; field?: string; message: string };
type Result<T> = { data?: T; error?: Failure };

const INPUT: Record<string, [string, string]> = {
  setApprenticeshipRate: ['SetApprenticeshipRateInput', 'id countyCode effectiveFrom rateFen note setByName'],
  recordApprenticeship: ['RecordApprenticeshipInput', FIELDS],
  recordApprenticeshipYear: ['RecordApprenticeshipYearInput', FIELDS],
  confirmApprenticeshipYear: ['ConfirmApprenticeshipYearInput', FIELDS],
  revokeApprenticeship: ['RevokeApprenticeshipInput', FIELDS],
};

async function call<T = Agreement>(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal = RENCHENG,
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

async function must<T = Agreement>(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal = RENCHENG,
): Promise<T> {
  const r = await call<T>(mutation, input, principal);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.data!;
}

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const events = async () => (await readOutbox(sg.db, 0n, 10_000)).events;
const footprint = async () => ({
  rates: await n('apprenticeship_rate'),
  agreements: await n('apprenticeship'),
  years: await n('apprenticeship_year'),
  audit: await n('_kit_audit'),
  events: (await events()).length,
  states: await sg.db.query('SELECT id, status::text, rate_fen::text FROM apprenticeship_year ORDER BY id'),
});

/** A refusal: the coded error with a Chinese message, and nothing written. */
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

const agreementInput = (over: Record<string, unknown> = {}) => ({
  enterpriseId: RC_ENTERPRISE,
  apprenticeId: 'app-1',
  collegeId: COLLEGE,
  trade: '数控车工',
  startedOn: '2025-03-01',
  endsOn: '2028-02-28',
  newType: true,
  ...over,
});

describe('county rates (二(二): 4,000–6,000 a year, set by the county’s HRSS)', () => {
  it('refuses a rate outside the rules’ range, naming the range, and writes nothing', async () => {
    for (const rateFen of [MIN - 1, MAX + 1, 0]) {
      const e = await refused('setApprenticeshipRate', { effectiveFrom: '2025-01-01', rateFen }, RENCHENG, {
        code: 'BAD_USER_INPUT',
        reason: 'RULES_RATE_OUT_OF_RANGE',
        field: 'input.rateFen',
      });
      expect(e.message).toContain('4,000元—6,000元');
    }
  });

  it('accepts the range’s ends, each from its date, and keeps every setting', async () => {
    const low = await must<{ countyCode: string; rateFen: number; setByName: string }>('setApprenticeshipRate', {
      effectiveFrom: '2025-01-01',
      rateFen: MIN,
      note: '任人社字〔2025〕1号',
    });
    expect(low).toMatchObject({ countyCode: '370811', rateFen: MIN, setByName: RENCHENG.displayName });
    await must('setApprenticeshipRate', { effectiveFrom: '2026-01-01', rateFen: MAX });
    const list = await sg.request<{ apprenticeshipRates: { effectiveFrom: string; rateFen: number }[] }>(
      `{ apprenticeshipRates(countyCode: "370811") { effectiveFrom rateFen } }`,
      {},
      HRSS,
    );
    expect(list.data!.apprenticeshipRates).toEqual([
      { effectiveFrom: '2026-01-01', rateFen: MAX },
      { effectiveFrom: '2025-01-01', rateFen: MIN },
    ]);
    const inForce = await sg.request<{ apprenticeshipRateInForce: { rateFen: number } | null }>(
      `{ apprenticeshipRateInForce(countyCode: "370811", on: "2025-12-31") { rateFen } }`,
    );
    expect(inForce.data!.apprenticeshipRateInForce).toEqual({ rateFen: MIN });
    const range = await sg.request<{ apprenticeshipRateRange: { minFen: number; maxFen: number; clause: string } }>(
      `{ apprenticeshipRateRange { minFen maxFen clause } }`,
    );
    expect(range.data!.apprenticeshipRateRange).toEqual({ minFen: MIN, maxFen: MAX, clause: '二(二)' });
  });

  it('lets only a county’s own HRSS set its rate, once per date, inside the policy window', async () => {
    // The city HRSS leads 二(二) but the rate is each county's.
    await refused('setApprenticeshipRate', { effectiveFrom: '2025-06-01', rateFen: MIN }, HRSS, {
      code: 'FORBIDDEN',
      reason: 'NOT_THIS_DEPARTMENTS_DUTY',
    });
    await refused(
      'setApprenticeshipRate',
      { countyCode: '370812', effectiveFrom: '2025-06-01', rateFen: MIN },
      RENCHENG,
      { code: 'FORBIDDEN', reason: 'NOT_OWN_COUNTY' },
    );
    for (const username of ['finance', 'rencheng-finance', 'union', 'education', 'auditor']) {
      await refused('setApprenticeshipRate', { effectiveFrom: '2025-06-01', rateFen: MIN }, devPrincipal(username), {
        code: 'FORBIDDEN',
      });
    }
    await refused('setApprenticeshipRate', { effectiveFrom: '2025-01-01', rateFen: 500_000 }, RENCHENG, {
      code: 'CONFLICT',
      reason: 'RATE_ALREADY_SET',
    });
    await refused('setApprenticeshipRate', { effectiveFrom: '2024-12-31', rateFen: 500_000 }, RENCHENG, {
      code: 'BAD_USER_INPUT',
      reason: 'OUTSIDE_POLICY_WINDOW',
    });
  });
});

describe('agreements', () => {
  it('records an agreement of the county’s own enterprise, with the enterprise’s county, an audit record, no fact', async () => {
    const before = await footprint();
    const a = await must('recordApprenticeship', agreementInput());
    expect(a).toMatchObject({ status: 'ACTIVE', countyCode: '370811', maxYears: MAX_YEARS, years: [] });
    const after = await footprint();
    expect(after.agreements).toBe(before.agreements + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(after.events).toBe(before.events);
  });

  it('refuses another county’s enterprise to a county account; the city records any county’s', async () => {
    await refused('recordApprenticeship', agreementInput({ enterpriseId: YZ_ENTERPRISE }), RENCHENG, {
      code: 'FORBIDDEN',
      reason: 'NOT_OWN_COUNTY',
      field: 'input.enterpriseId',
    });
    const a = await must('recordApprenticeship', agreementInput({ enterpriseId: YZ_ENTERPRISE }), HRSS);
    expect(a.countyCode).toBe('370812');
  });

  it('refuses other departments, unknown people and units, dates out of order and a second live agreement', async () => {
    for (const username of ['finance', 'rencheng-finance', 'union', 'education', 'auditor']) {
      await refused('recordApprenticeship', agreementInput({ apprenticeId: 'app-2' }), devPrincipal(username), {
        code: 'FORBIDDEN',
      });
    }
    await refused('recordApprenticeship', agreementInput({ apprenticeId: 'ghost' }), RENCHENG, {
      code: 'BAD_USER_INPUT',
      reason: 'PERSON_NOT_FOUND',
      field: 'input.apprenticeId',
    });
    await refused('recordApprenticeship', agreementInput({ apprenticeId: 'app-2', enterpriseId: 'ghost' }), RENCHENG, {
      code: 'BAD_USER_INPUT',
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.enterpriseId',
    });
    await refused('recordApprenticeship', agreementInput({ apprenticeId: 'app-2', endsOn: '2025-02-01' }), RENCHENG, {
      code: 'BAD_USER_INPUT',
      reason: 'ENDS_BEFORE_START',
      field: 'input.endsOn',
    });
    await refused(
      'recordApprenticeship',
      agreementInput({ apprenticeId: 'app-2', startedOn: '2999-01-01', endsOn: '2999-12-31' }),
      RENCHENG,
      { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' },
    );
    await refused('recordApprenticeship', agreementInput({ trade: '' }), RENCHENG, { code: 'BAD_USER_INPUT' });
    await refused('recordApprenticeship', agreementInput(), RENCHENG, {
      code: 'CONFLICT',
      reason: 'AGREEMENT_ALREADY_RECORDED',
    });
  });
});

describe('training years', () => {
  let agreement: Agreement;
  const yearId = async (id: string, n: number) =>
    (
      await sg.db.query<{ id: string }>(
        `SELECT id FROM apprenticeship_year WHERE apprenticeship_id = $1 AND year_number = $2`,
        [id, n],
      )
    )[0]!.id;

  beforeAll(async () => {
    agreement = (
      await sg.request<{ apprenticeships: { edges: { node: Agreement }[] } }>(
        `{ apprenticeships(countyCode: "370811", apprenticeId: "app-1") { edges { node { ${FIELDS} } } } }`,
      )
    ).data!.apprenticeships.edges[0]!.node;
    // 400 days on: year 2 (2026-03-01 … 2027-02-28) is over.
    setClock(400);
  });

  it('refuses a year not yet completed', async () => {
    setClock(0);
    await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: agreement.id, yearNumber: 2, evidence: '考核记录' },
      RENCHENG,
      {
        code: 'BAD_USER_INPUT',
        reason: 'YEAR_NOT_COMPLETED',
        field: 'input.yearNumber',
      },
    );
    setClock(400);
  });

  it('pays the first year at the rate in force on its first day (4,000), confirmed by another account', async () => {
    // The 工作台's count of years to confirm: another account's of the county (or the city's), never the recorder's.
    const queued = { own: await waiting(RENCHENG), city: await waiting(HRSS), other: await waiting(YANZHOU) };
    await must('recordApprenticeshipYear', {
      apprenticeshipId: agreement.id,
      yearNumber: 1,
      evidence: '考核记录 2025',
    });
    expect({ own: await waiting(RENCHENG), city: await waiting(HRSS), other: await waiting(YANZHOU) }).toEqual({
      ...queued,
      city: queued.city! + 1,
    });
    expect(await waiting(devPrincipal('union'))).toBeUndefined();
    const id1 = await yearId(agreement.id, 1);
    await refused('confirmApprenticeshipYear', { id: id1 }, RENCHENG, {
      code: 'FORBIDDEN',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
    });
    await refused('confirmApprenticeshipYear', { id: id1 }, YANZHOU, { code: 'FORBIDDEN', reason: 'NOT_OWN_COUNTY' });
    await refused('confirmApprenticeshipYear', { id: id1 }, devPrincipal('union'), { code: 'FORBIDDEN' });
    const before = await events();
    const confirmed = await must('confirmApprenticeshipYear', { id: id1, note: '核对无误' }, HRSS);
    expect(await waiting(HRSS)).toBe(queued.city);
    expect(confirmed.years[0]).toMatchObject({
      yearNumber: 1,
      yearFrom: '2025-03-01',
      yearTo: '2026-02-28',
      status: 'CONFIRMED',
      rateFen: MIN,
    });
    const added = (await events()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'APPRENTICESHIP_YEAR_COMPLETED',
      version: 1,
      subjectId: agreement.id,
      occurredOn: '2025-03-01',
      payload: {
        agreementId: agreement.id,
        enterpriseId: RC_ENTERPRISE,
        apprenticeId: 'app-1',
        collegeId: COLLEGE,
        trade: '数控车工',
        newTypeApprenticeship: true,
        startedOn: '2025-03-01',
        yearNumber: 1,
        yearFrom: '2025-03-01',
        yearTo: '2026-02-28',
        countyCode: '370811',
        countyRateFen: MIN,
        rateEffectiveFrom: '2025-01-01',
      },
    });
  });

  it('pays the second year at the rate in force then (6,000)', async () => {
    await must(
      'recordApprenticeshipYear',
      { apprenticeshipId: agreement.id, yearNumber: 2, evidence: '考核记录 2026' },
      REVIEWER,
    );
    const before = await events();
    const confirmed = await must('confirmApprenticeshipYear', { id: await yearId(agreement.id, 2) }, RENCHENG);
    expect(confirmed.years[1]).toMatchObject({ yearNumber: 2, yearFrom: '2026-03-01', rateFen: MAX });
    const added = (await events()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]!.payload).toMatchObject({ yearNumber: 2, countyRateFen: MAX, rateEffectiveFrom: '2026-01-01' });
  });

  it('refuses the third year at the counter, citing R2_MAX_YEARS, and a year recorded twice', async () => {
    const e = await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: agreement.id, yearNumber: MAX_YEARS + 1, evidence: '考核记录' },
      RENCHENG,
      { code: 'BAD_USER_INPUT', reason: 'YEAR_BEYOND_MAXIMUM', field: 'input.yearNumber' },
    );
    expect(e.message).toContain('R2_MAX_YEARS');
    expect(e.message).toContain('二(二)');
    await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: agreement.id, yearNumber: 0, evidence: '考核记录' },
      RENCHENG,
      {
        code: 'BAD_USER_INPUT',
        reason: 'YEAR_BEYOND_MAXIMUM',
      },
    );
    await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: agreement.id, yearNumber: 1, evidence: '考核记录' },
      RENCHENG,
      {
        code: 'CONFLICT',
        reason: 'YEAR_ALREADY_RECORDED',
      },
    );
    await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: 'nope', yearNumber: 1, evidence: '考核记录' },
      RENCHENG,
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('refuses a new rate dated on or before a year confirmed at the old one', async () => {
    await refused('setApprenticeshipRate', { effectiveFrom: '2026-02-01', rateFen: 500_000 }, RENCHENG, {
      code: 'CONFLICT',
      reason: 'RATE_BEHIND_CONFIRMED_YEAR',
    });
  });

  it('refuses to confirm a year of a county that has set no rate, writing nothing', async () => {
    const yz = (
      await sg.request<{ apprenticeships: { edges: { node: Agreement }[] } }>(
        `{ apprenticeships(countyCode: "370812") { edges { node { id } } } }`,
      )
    ).data!.apprenticeships.edges[0]!.node;
    await must('recordApprenticeshipYear', { apprenticeshipId: yz.id, yearNumber: 1, evidence: '考核记录' }, YANZHOU);
    await refused('confirmApprenticeshipYear', { id: await yearId(yz.id, 1) }, HRSS, {
      code: 'CONFLICT',
      reason: 'NO_COUNTY_RATE',
    });
  });

  it('gives one confirmation and one fact under twenty concurrent confirmations', async () => {
    const a = await must('recordApprenticeship', agreementInput({ apprenticeId: 'app-3' }));
    await must('recordApprenticeshipYear', { apprenticeshipId: a.id, yearNumber: 1, evidence: '考核记录' });
    const id = await yearId(a.id, 1);
    const before = await footprint();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call('confirmApprenticeshipYear', { id }, HRSS)),
    );
    expect(results.filter((r) => r.data)).toHaveLength(1);
    const refusals = results.filter((r) => r.error);
    expect(refusals).toHaveLength(19);
    for (const r of refusals) expect(r.error).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    const after = await footprint();
    expect(after.events).toBe(before.events + 1);
    expect(after.audit).toBe(before.audit + 1);
  });
});

describe('revocation', () => {
  it('revokes with a reason: a reversal fact, no further steps, and the apprentice may be recorded again', async () => {
    const a = await must('recordApprenticeship', agreementInput({ apprenticeId: 'app-4' }));
    await refused('revokeApprenticeship', { id: a.id, reason: '协议未实际履行' }, YANZHOU, {
      code: 'FORBIDDEN',
      reason: 'NOT_OWN_COUNTY',
    });
    await refused('revokeApprenticeship', { id: a.id, reason: '' }, RENCHENG, { code: 'BAD_USER_INPUT' });
    const before = await events();
    const revoked = await must('revokeApprenticeship', { id: a.id, reason: '协议未实际履行' });
    expect(revoked).toMatchObject({ status: 'REVOKED' });
    const added = (await events()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'APPRENTICESHIP_REVOKED',
      subjectId: a.id,
      payload: { agreementId: a.id, enterpriseId: RC_ENTERPRISE, apprenticeId: 'app-4', reason: '协议未实际履行' },
    });
    await refused(
      'recordApprenticeshipYear',
      { apprenticeshipId: a.id, yearNumber: 1, evidence: '考核记录' },
      RENCHENG,
      {
        code: 'CONFLICT',
        reason: 'WRONG_STATUS',
      },
    );
    await must('recordApprenticeship', agreementInput({ apprenticeId: 'app-4' }));
  });
});

describe('reading', () => {
  it('counts T5: apprentices whose new-type agreement started in the year, once each, by county', async () => {
    await must('recordApprenticeship', agreementInput({ apprenticeId: 'app-5', newType: false }));
    const res = await sg.request<{
      apprenticeTarget: {
        year: number;
        apprentices: number;
        target: number;
        status: string;
        clause: string;
        byCounty: { countyCode: string; apprentices: number }[];
      };
    }>(
      `{ apprenticeTarget(year: 2025) { year apprentices target status clause byCounty { countyCode apprentices } } }`,
    );
    expect(res.errors).toBeUndefined();
    // app-1 (任城), app-1 (兖州, the same person again), app-3 and app-4 (again, after a revocation): three people.
    expect(res.data!.apprenticeTarget).toMatchObject({
      year: 2025,
      apprentices: 3,
      target: valueAt(DEFAULT_PARAMETERS.T5_APPRENTICES_PER_YEAR, '2025-01-01').value,
      status: 'NOT_MET',
      clause: '二(二)',
    });
    const none = await sg.request<{ apprenticeTarget: { apprentices: number } }>(
      `{ apprenticeTarget(year: 2026) { apprentices } }`,
    );
    expect(none.data!.apprenticeTarget.apprentices).toBe(0);
    // The targets dashboard's T5 counts the same people, by the month their first agreement of the year started.
    const dashboard = await sg.request<{
      trainingTargets: { id: string; components: { achieved: number; monthly: { achieved: number | null }[] }[] }[];
    }>(`{ trainingTargets(year: 2025) { id components { achieved monthly { achieved } } } }`);
    const t5 = dashboard.data!.trainingTargets.find((t) => t.id === 'T5')!;
    expect(t5.components[0]!.achieved).toBe(3);
    expect(t5.components[0]!.monthly.at(-1)!.achieved).toBe(3);
    const bad = await sg.request(`{ apprenticeTarget(year: 2030) { apprentices } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lists Person and Organisation apprenticeships', async () => {
    const ents = await sg.request<{ _entities: { id: string; apprenticeships: { id: string }[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Person { id apprenticeships { id } } ... on Organisation { id apprenticeships { id } } } }`,
      {
        reps: [
          { __typename: 'Person', id: 'app-1' },
          { __typename: 'Organisation', id: YZ_ENTERPRISE },
        ],
      },
    );
    expect(ents.errors).toBeUndefined();
    expect(ents.data!._entities[0]!.apprenticeships).toHaveLength(2);
    expect(ents.data!._entities[1]!.apprenticeships).toHaveLength(1);
  });

  it('keeps every step in the audit trail and the agreement’s history', async () => {
    const actions = await sg.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM _kit_audit WHERE action LIKE 'APPRENTICESHIP_%' ORDER BY action`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'APPRENTICESHIP_CONFIRM_YEAR',
      'APPRENTICESHIP_RECORD_AGREEMENT',
      'APPRENTICESHIP_RECORD_YEAR',
      'APPRENTICESHIP_REVOKE_AGREEMENT',
      'APPRENTICESHIP_SET_RATE',
    ]);
    const id = (
      await sg.db.query<{ id: string }>(
        `SELECT id FROM apprenticeship WHERE apprentice_id = 'app-1' AND county_code = '370811'`,
      )
    )[0]!.id;
    const res = await sg.request<{ apprenticeship: { history: { action: string; note: string | null }[] } }>(
      `query ($id: ID!) { apprenticeship(id: $id) { history { action actorName note at } } }`,
      { id },
      devPrincipal('finance'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.apprenticeship.history.map((h) => h.action)).toEqual([
      'RECORD_AGREEMENT',
      'RECORD_YEAR',
      'CONFIRM_YEAR',
      'RECORD_YEAR',
      'CONFIRM_YEAR',
    ]);
    expect(res.data!.apprenticeship.history[2]!.note).toContain('4,000元');
  });
});
