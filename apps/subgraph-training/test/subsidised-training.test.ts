/**
 * Subsidised vocational training (R6 二(五), T9) against a real database over HTTP: the catalogue's dated lines (an
 * overlap refused with the rules' Chinese message, a line superseded from a date, twenty identical supersessions
 * giving one), classes on a provider of the directory, and roster imports — ages on the completion day at the edges,
 * bad rows answering in Chinese and writing nothing, the line dated at each completion carried in its fact, twenty
 * identical imports giving one completion per person — and T9.
 */
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { makeResidentId } from '@jining/reference-data';
import { listReferences, readOutbox } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const PROVIDER = 'org-provider'; // 兖州区 370812
const MIN_AGE = valueAt(DEFAULT_PARAMETERS.READING_R6_MIN_WORKING_AGE, '2025-06-15').value;

// Trainees: one turning MIN_AGE on the completion day, one the day after; adults; one not in the directory.
const COMPLETION = '2025-06-15';
const birthdayOn = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const ON_THE_DAY = makeResidentId('370811', birthdayOn(COMPLETION, MIN_AGE), 11);
const DAY_LATE = makeResidentId('370811', dayAfter(birthdayOn(COMPLETION, MIN_AGE)), 13);
const ADULTS = Array.from({ length: 5 }, (_, i) => makeResidentId('370812', '1990-03-0' + (i + 1), 21 + i));
const STRANGER = makeResidentId('370812', '1985-01-01', 99);
const ID_NUMBERS: Record<string, string> = Object.fromEntries(
  [ON_THE_DAY, DAY_LATE, ...ADULTS].map((n, i) => [n, `person-${i}`]),
);

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: Object.values(ID_NUMBERS),
      organisations: [PROVIDER],
      idNumbers: ID_NUMBERS,
      counties: { [PROVIDER]: '370812' },
    }),
  });
});
afterAll(async () => {
  await sg?.stop();
});

const HRSS = devPrincipal('hrss');
const UNION = devPrincipal('union');
type Principal = ReturnType<typeof devPrincipal>;
type Failure = { code: string; reason?: string; field?: string; message: string };

const LINE =
  'id code amountFen validFrom validUntil programme requiresCertificate source supersedesId split { payer parts }';
const CLASS = 'id name countyCode catalogueCode programme startsOn endsOn completionCount line { id amountFen }';
const IMPORT =
  'written rowCount errorCount rows { index ageOnCompletion completionId person { id } errors { code field message } }';

const INPUT: Record<string, [string, string]> = {
  createTrainingCatalogueLine: ['CreateTrainingCatalogueLineInput', LINE],
  supersedeTrainingCatalogueLine: ['SupersedeTrainingCatalogueLineInput', LINE],
  createTrainingClass: ['CreateTrainingClassInput', CLASS],
  importTrainingRoster: ['ImportTrainingRosterInput', IMPORT],
};

async function call<T = Record<string, unknown>>(
  mutation: string,
  input: Record<string, unknown>,
  principal: Principal = HRSS,
): Promise<{ data?: T; error?: Failure }> {
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

async function must<T = Record<string, unknown>>(mutation: string, input: Record<string, unknown>, p = HRSS) {
  const r = await call<T>(mutation, input, p);
  expect(r.error, JSON.stringify(r.error)).toBeUndefined();
  return r.data!;
}

const n = async (table: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const footprint = async () => ({
  lines: await n('training_catalogue_line'),
  classes: await n('training_class'),
  completions: await n('training_completion'),
  events: (await readOutbox(sg.db, 0n, 10_000)).events.length,
});

const LINE_INPUT = {
  code: 'ZY-2025-001',
  nameZh: '电工（初级）',
  programme: 'VOCATIONAL_SKILLS',
  level: '初级工',
  amountFen: 150_000,
  split: [
    { payer: 'CITY', parts: 1 },
    { payer: 'COUNTY', parts: 1 },
  ],
  validFrom: '2025-01-01',
  requiresCertificate: true,
  source: '济人社字〔2025〕1号',
};

interface Line {
  id: string;
  amountFen: number;
  validFrom: string;
  validUntil: string | null;
  supersedesId: string | null;
}
interface Klass {
  id: string;
  countyCode: string;
  completionCount: number;
  line: { amountFen: number } | null;
}
interface RosterImport {
  written: number;
  rowCount: number;
  errorCount: number;
  rows: { index: number; ageOnCompletion: number | null; completionId: string | null; errors: Failure[] }[];
}

let first: Line;
let klass: Klass;

describe('the catalogue', () => {
  it('records a dated line, cited; HRSS only', async () => {
    const refused = await call('createTrainingCatalogueLine', LINE_INPUT, UNION);
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN' });
    first = await must<Line>('createTrainingCatalogueLine', LINE_INPUT);
    expect(first).toMatchObject({ amountFen: 150_000, validFrom: '2025-01-01', validUntil: null });
  });

  it('refuses an overlapping period with the rules’ Chinese message, writing nothing', async () => {
    const before = await footprint();
    const overlap = await call('createTrainingCatalogueLine', { ...LINE_INPUT, validFrom: '2025-06-01' });
    expect(overlap.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULES_INVALID_CATALOGUE' });
    expect(overlap.error!.message).toContain('有效期重叠');
    const same = await call('createTrainingCatalogueLine', LINE_INPUT);
    expect(same.error?.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
    const outside = await call('createTrainingCatalogueLine', { ...LINE_INPUT, code: 'X', validFrom: '2024-12-31' });
    expect(outside.error).toMatchObject({ reason: 'OUTSIDE_POLICY_WINDOW' });
    const badSplit = await call('createTrainingCatalogueLine', { ...LINE_INPUT, code: 'Y', split: [] });
    expect(badSplit.error).toMatchObject({ reason: 'RULES_INVALID_CATALOGUE' });
    expect(await footprint()).toEqual(before);
  });

  it('supersedes a line from a date; twenty identical supersessions give one version', async () => {
    const input = { id: first.id, validFrom: '2026-01-01', amountFen: 180_000, source: '济人社字〔2025〕9号' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call<Line>('supersedeTrainingCatalogueLine', input)),
    );
    expect(answers.filter((a) => a.data).length).toBe(1);
    for (const a of answers.filter((x) => x.error)) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(a.error!.code);
    const res = await sg.request<{ trainingCatalogueLines: Line[] }>(
      `{ trainingCatalogueLines(code: "${LINE_INPUT.code}") { ${LINE} } }`,
    );
    expect(res.data!.trainingCatalogueLines).toMatchObject([
      { id: first.id, validFrom: '2025-01-01', validUntil: '2026-01-01', amountFen: 150_000 },
      { validFrom: '2026-01-01', validUntil: null, amountFen: 180_000, supersedesId: first.id },
    ]);
    const early = await call('supersedeTrainingCatalogueLine', { ...input, id: first.id, validFrom: '2024-06-01' });
    expect(early.error).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('classes', () => {
  const input = {
    name: '2025 年第一期电工培训班',
    providerId: PROVIDER,
    catalogueCode: LINE_INPUT.code,
    startsOn: '2025-05-01',
    endsOn: '2026-02-28',
  };

  it('refuses a provider not in the directory and a code without a line, writing nothing', async () => {
    const before = await footprint();
    expect((await call('createTrainingClass', { ...input, providerId: 'org-nowhere' })).error).toMatchObject({
      reason: 'ORGANISATION_NOT_FOUND',
      field: 'input.providerId',
    });
    expect((await call('createTrainingClass', { ...input, catalogueCode: 'NONE' })).error).toMatchObject({
      reason: 'NO_CATALOGUE_LINE',
    });
    expect((await call('createTrainingClass', { ...input, endsOn: '2025-04-01' })).error).toMatchObject({
      reason: 'ENDS_BEFORE_START',
    });
    expect((await call('createTrainingClass', input, UNION)).error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await footprint()).toEqual(before);
  });

  it('creates a class in the provider’s county; twenty identical requests give one', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => call<Klass>('createTrainingClass', input)));
    const made = answers.filter((a) => a.data);
    expect(made.length).toBe(1);
    for (const a of answers.filter((x) => x.error)) expect(a.error).toMatchObject({ reason: 'CLASS_ALREADY_EXISTS' });
    klass = made[0]!.data!;
    expect(klass).toMatchObject({ countyCode: '370812', completionCount: 0, line: { amountFen: 150_000 } });
  });
});

describe('roster import', () => {
  const row = (idNumber: string, completedOn = COMPLETION, more: Record<string, unknown> = {}) => ({
    idNumber,
    completedOn,
    wantsEmployment: true,
    certificateObtained: true,
    ...more,
  });
  const importRows = (rows: unknown[], mode: string, p = HRSS) =>
    call<RosterImport>('importTrainingRoster', { classId: klass.id, rows, mode }, p);

  it('checks the age on the completion day at the edges, and every bad row in Chinese; ALL_OR_NOTHING writes nothing', async () => {
    const before = await footprint();
    const rows = [
      row(ON_THE_DAY),
      row(DAY_LATE),
      row(STRANGER),
      row('37081120090615001'),
      row(ADULTS[0]!, '2025-04-30'),
      row(ADULTS[1]!, '2025-13-01'),
      row(ADULTS[2]!, '2030-01-01'),
      row(ADULTS[3]!, COMPLETION, { wantsEmployment: null }),
      row(ADULTS[4]!),
      row(ADULTS[4]!),
    ];
    const res = (await importRows(rows, 'ALL_OR_NOTHING')).data!;
    expect(res.written).toBe(0);
    const codes = res.rows.map((r) => r.errors.map((e) => e.code));
    expect(codes).toEqual([
      [],
      ['BELOW_WORKING_AGE'],
      ['PERSON_NOT_FOUND'],
      ['INVALID_ID_NUMBER'],
      ['COMPLETION_OUTSIDE_CLASS'],
      ['INVALID_DATE'],
      ['COMPLETION_OUTSIDE_CLASS'],
      ['ANSWER_REQUIRED'],
      [],
      ['DUPLICATE_ROW'],
    ]);
    expect(res.rows[0]!.ageOnCompletion).toBe(MIN_AGE);
    expect(res.rows[1]!.ageOnCompletion).toBe(MIN_AGE - 1);
    expect(res.rows[1]!.errors[0]!.message).toContain(`未满 ${MIN_AGE} 周岁`);
    expect(res.rows[2]!.errors[0]!.message).toContain('人员库中无此身份证号');
    expect(res.rows[9]!.errors[0]!.message).toBe('与第 9 行是同一人');
    expect(await footprint()).toEqual(before);
    // Without pii:read nobody is matched by number.
    const union = await importRows([row(ADULTS[0]!)], 'VALIDATE_ONLY', UNION);
    expect(union.error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes the valid rows, each with the line in force on its completion date, and one fact each', async () => {
    const rows = [
      row(ON_THE_DAY),
      row(DAY_LATE),
      row(ADULTS[0]!, '2025-12-31'),
      row(ADULTS[1]!, '2026-01-01', { certificateObtained: false }),
      row(ADULTS[2]!, '2026-02-01', { wantsEmployment: false, reachedRetirementAge: true }),
    ];
    const res = (await importRows(rows, 'VALID_ROWS_ONLY')).data!;
    expect(res).toMatchObject({ written: 4, rowCount: 5, errorCount: 1 });
    expect(res.rows[1]!.completionId).toBeNull();
    const events = (await readOutbox(sg.db, 0n, 10_000)).events.filter(
      (e) => e.kind === 'SUBSIDISED_TRAINING_COMPLETED',
    );
    expect(events.length).toBe(4);
    const byPerson = new Map(events.map((e) => [e.payload.personId as string, e]));
    const p0 = byPerson.get(ID_NUMBERS[ON_THE_DAY]!)!;
    expect(p0.occurredOn).toBe(COMPLETION);
    expect(p0.payload).toMatchObject({
      classId: klass.id,
      providerId: PROVIDER,
      countyCode: '370812',
      wantsEmploymentOrBusiness: true,
      certificateObtained: true,
      reachedRetirementAge: false,
      line: { code: LINE_INPUT.code, amountFen: 150_000, validFrom: '2025-01-01', validUntil: '2026-01-01' },
    });
    expect((byPerson.get(ID_NUMBERS[ADULTS[0]!]!)!.payload.line as { amountFen: number }).amountFen).toBe(150_000);
    expect((byPerson.get(ID_NUMBERS[ADULTS[1]!]!)!.payload.line as { amountFen: number }).amountFen).toBe(180_000);
    expect(byPerson.get(ID_NUMBERS[ADULTS[2]!]!)!.payload).toMatchObject({
      wantsEmploymentOrBusiness: false,
      reachedRetirementAge: true,
    });
    // A line cannot be superseded behind a completion that used it.
    const behind = await call('supersedeTrainingCatalogueLine', {
      id: first.id,
      validFrom: '2025-12-01',
      amountFen: 1,
      source: '济人社字〔2025〕10号',
    });
    expect(behind.error?.code).toMatch(/CONFLICT|BAD_USER_INPUT/);
  });

  it('twenty identical imports give one completion per person; re-importing reports 已在名册中', async () => {
    const rows = [row(ADULTS[3]!, '2025-07-01'), row(ADULTS[4]!, '2025-07-02')];
    const before = await footprint();
    const answers = await Promise.all(Array.from({ length: 20 }, () => importRows(rows, 'VALID_ROWS_ONLY')));
    for (const a of answers) expect(a.error, JSON.stringify(a.error)).toBeUndefined();
    expect(answers.reduce((s, a) => s + a.data!.written, 0)).toBe(2);
    const after = await footprint();
    expect(after.completions - before.completions).toBe(2);
    expect(after.events - before.events).toBe(2);
    const again = (await importRows(rows, 'VALID_ROWS_ONLY')).data!;
    expect(again.written).toBe(0);
    expect(again.rows[0]!.errors.map((e) => e.code)).toEqual(['ALREADY_COMPLETED']);
  });

  it('shows the roster on the class, its history, and counts T9', async () => {
    const res = await sg.request<{
      trainingClass: {
        completionCount: number;
        completions: { ageOnCompletion: number }[];
        history: { action: string }[];
      };
      trainingTargets: { id: string; components: { achieved: number }[] }[];
    }>(
      `query ($id: ID!) {
        trainingClass(id: $id) { completionCount completions { ageOnCompletion } history { action } }
        trainingTargets(year: 2025) { id components { achieved } }
      }`,
      { id: klass.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingClass.completionCount).toBe(6);
    expect(res.data!.trainingClass.history.map((h) => h.action)).toEqual([
      'CREATE_CLASS',
      'IMPORT_ROSTER',
      'IMPORT_ROSTER',
    ]);
    const t9 = res.data!.trainingTargets.find((t) => t.id === 'T9')!;
    // 2025: on-the-day, 12-31, 07-01, 07-02 (the 2026 completions count in 2026).
    expect(t9.components[0]!.achieved).toBe(4);
  });

  it('revokes a completion with a reason: kept, a reversal fact, T9 no longer counts it; a refusal writes nothing', async () => {
    const REVOKE =
      'mutation ($input: RevokeTrainingCompletionInput!) { revokeTrainingCompletion(input: $input) { id revoked revokeReason } }';
    const list = await sg.request<{ trainingClass: { completions: { id: string; completedOn: string }[] } }>(
      `query ($id: ID!) { trainingClass(id: $id) { completions { id completedOn } } }`,
      { id: klass.id },
    );
    const target = list.data!.trainingClass.completions.find((c) => c.completedOn === '2025-07-01')!;
    const t9 = async () =>
      (
        await sg.request<{ trainingTargets: { id: string; components: { achieved: number }[] }[] }>(
          `{ trainingTargets(year: 2025) { id components { achieved } } }`,
        )
      ).data!.trainingTargets.find((t) => t.id === 'T9')!.components[0]!.achieved;
    const counted = await t9();
    const refused = async (input: Record<string, unknown>, principal: Principal, code: string) => {
      const before = { ...(await footprint()), audit: await n('_kit_audit') };
      const res = await sg.request(REVOKE, { input }, principal);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
      expect({ ...(await footprint()), audit: await n('_kit_audit') }).toEqual(before);
    };
    await refused({ id: target.id, reason: '' }, HRSS, 'BAD_USER_INPUT');
    await refused({ id: target.id, reason: '学员未实际参训' }, UNION, 'FORBIDDEN');
    await refused({ id: 'no-such-completion', reason: '学员未实际参训' }, HRSS, 'NOT_FOUND');
    const before = (await readOutbox(sg.db, 0n, 10_000)).events.length;
    const res = await sg.request<{ revokeTrainingCompletion: { revoked: boolean; revokeReason: string } }>(
      REVOKE,
      { input: { id: target.id, reason: '学员未实际参训' } },
      HRSS,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.revokeTrainingCompletion).toMatchObject({ revoked: true, revokeReason: '学员未实际参训' });
    const events = (await readOutbox(sg.db, 0n, 10_000)).events;
    expect(events.length - before).toBe(1);
    expect(events.at(-1)).toMatchObject({ kind: 'SUBSIDISED_TRAINING_REVOKED', subjectId: target.id });
    expect(await t9()).toBe(counted - 1);
    await refused({ id: target.id, reason: '再次撤销' }, HRSS, 'CONFLICT');
    const history = await sg.request<{ trainingClass: { history: { action: string; note: string | null }[] } }>(
      `query ($id: ID!) { trainingClass(id: $id) { history { action note } } }`,
      { id: klass.id },
    );
    expect(history.data!.trainingClass.history.at(-1)).toEqual({ action: 'REVOKE_COMPLETION', note: '学员未实际参训' });
  });
});
