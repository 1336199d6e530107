/**
 * Results in bulk (grid or Excel import), team results, the competition edit and T12, against a real subgraph over
 * HTTP on a real database. The directory is a fixed list here (the kit's `listReferences`): these people exist, and
 * these full ID numbers are theirs.
 */
import { IMPORT_ROWS_MAX, listReferences } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { competitions } from '../src/subgraph.ts';

const PEOPLE = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6'];
const ID = {
  'p-1': '370802199001011234',
  'p-2': '370802199002021234',
  'p-3': '37080219900303123X',
  'p-4': '370802199004041234',
} as const;

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(competitions, {
    references: listReferences({
      people: PEOPLE,
      organisations: [],
      idNumbers: Object.fromEntries(Object.entries(ID).map(([id, n]) => [n, id])),
    }),
  });
});
afterAll(async () => sg?.stop());

const CREATE = `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`;
const IMPORT = /* GraphQL */ `
  mutation ($input: RecordCompetitionResultsInput!) {
    recordCompetitionResults(input: $input) {
      mode
      rowCount
      errorCount
      written
      rows {
        index
        person {
          id
        }
        rank
        medal
        errors {
          code
          field
          message
        }
        result {
          id
          medal
          competition {
            tier
          }
        }
      }
    }
  }
`;
const TEAM = /* GraphQL */ `
  mutation ($input: RecordCompetitionTeamResultInput!) {
    recordCompetitionTeamResult(input: $input) {
      id
      name
      rank
      medal
      members {
        person {
          id
        }
        rank
        medal
        teamName
        competition {
          tier
        }
      }
    }
  }
`;

interface ImportAnswer {
  recordCompetitionResults: {
    mode: string;
    rowCount: number;
    errorCount: number;
    written: number;
    rows: {
      index: number;
      person: { id: string } | null;
      errors: { code: string; field: string; message: string }[];
      result: { id: string; medal: string | null; competition: { tier: string } } | null;
    }[];
  };
}

let seq = 0;
async function newCompetition(input: Record<string, unknown> = {}) {
  const res = await sg.request<{ createCompetition: { id: string } }>(CREATE, {
    input: {
      name: `2027年济宁市数控车工技能竞赛 ${++seq}`,
      tier: 'CITY_CATEGORY_1',
      trade: '数控车工',
      year: 2027,
      organiser: '济宁市人力资源和社会保障局',
      heldOn: '2027-05-10',
      endsOn: '2027-05-12',
      ...input,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createCompetition.id;
}

const results = async (competitionId: string) =>
  Number(
    (
      await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM competition_result WHERE competition_id = $1`, [
        competitionId,
      ])
    )[0]!.n,
  );
const audits = async (action: string) =>
  Number(
    (await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM _kit_audit WHERE action = $1`, [action]))[0]!.n,
  );

const send = (competitionId: string, rows: Record<string, unknown>[], mode: string, who = 'hrss') =>
  sg.request<ImportAnswer>(IMPORT, { input: { competitionId, rows, mode } }, devPrincipal(who));

const codes = (answer: ImportAnswer) => answer.recordCompetitionResults.rows.map((r) => r.errors.map((e) => e.code));

/** Three good rows and one whose ID number nobody in the directory holds. */
const GOOD = [
  { idNumber: ID['p-1'], rank: 1, medal: 'GOLD' },
  { idNumber: ID['p-2'].toLowerCase(), rank: 2, medal: 'SILVER' },
  { personId: 'p-5', rank: 3, medal: 'BRONZE' },
];
const UNKNOWN = { idNumber: '370802199912311234', rank: 4, medal: 'EXCELLENCE' };

describe('recordCompetitionResults', () => {
  it('VALIDATE_ONLY reports every row and writes nothing', async () => {
    const id = await newCompetition();
    const res = await send(id, [...GOOD, UNKNOWN], 'VALIDATE_ONLY');
    expect(res.errors).toBeUndefined();
    const answer = res.data!.recordCompetitionResults;
    expect(answer).toMatchObject({ mode: 'VALIDATE_ONLY', rowCount: 4, errorCount: 1, written: 0 });
    expect(answer.rows.map((r) => r.person?.id ?? null)).toEqual(['p-1', 'p-2', 'p-5', null]);
    expect(answer.rows[3]!.errors).toEqual([
      { code: 'PERSON_NOT_FOUND', field: 'idNumber', message: '人员库中无此身份证号：370802199912311234' },
    ]);
    expect(answer.rows.every((r) => r.result === null)).toBe(true);
    expect(await results(id)).toBe(0);
  });

  it('ALL_OR_NOTHING writes nothing when a row fails, and everything in one audit record when none does', async () => {
    const id = await newCompetition();
    const before = await audits('IMPORT_COMPETITION_RESULTS');
    const refused = await send(id, [...GOOD, UNKNOWN], 'ALL_OR_NOTHING');
    expect(refused.data!.recordCompetitionResults).toMatchObject({ errorCount: 1, written: 0 });
    expect(await results(id)).toBe(0);
    expect(await audits('IMPORT_COMPETITION_RESULTS')).toBe(before);

    const done = await send(id, GOOD, 'ALL_OR_NOTHING');
    expect(done.errors).toBeUndefined();
    const answer = done.data!.recordCompetitionResults;
    expect(answer).toMatchObject({ errorCount: 0, written: 3 });
    // A result knows its competition's tier and its medal: what the medal rules (R10–R13) will read.
    expect(answer.rows[0]!.result).toMatchObject({ medal: 'GOLD', competition: { tier: 'CITY_CATEGORY_1' } });
    expect(await results(id)).toBe(3);
    expect(await audits('IMPORT_COMPETITION_RESULTS')).toBe(before + 1);
    const [entry] = await sg.db.query<{ entity_id: string; after: { written: number; rows: number } }>(
      `SELECT entity_id, after FROM _kit_audit WHERE action = 'IMPORT_COMPETITION_RESULTS' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({ entity_id: id, after: { written: 3, rows: 3 } });
  });

  it('VALID_ROWS_ONLY writes the rows without errors only', async () => {
    const id = await newCompetition();
    const res = await send(id, [UNKNOWN, ...GOOD], 'VALID_ROWS_ONLY');
    const answer = res.data!.recordCompetitionResults;
    expect(answer).toMatchObject({ errorCount: 1, written: 3 });
    expect(answer.rows[0]!.result).toBeNull();
    expect(answer.rows.slice(1).every((r) => r.result !== null)).toBe(true);
    expect(await results(id)).toBe(3);
  });

  it('the same import sent twice writes nothing the second time: each row says 已有成绩', async () => {
    const id = await newCompetition();
    expect((await send(id, GOOD, 'ALL_OR_NOTHING')).data!.recordCompetitionResults.written).toBe(3);
    for (const mode of ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY']) {
      const again = await send(id, GOOD, mode);
      expect(again.errors).toBeUndefined();
      expect(again.data!.recordCompetitionResults).toMatchObject({ errorCount: 3, written: 0 });
      expect(codes(again.data!)).toEqual([['DUPLICATE_RESULT'], ['DUPLICATE_RESULT'], ['DUPLICATE_RESULT']]);
      expect(again.data!.recordCompetitionResults.rows[0]!.errors[0]!.message).toBe('此人员在该竞赛中已有成绩');
    }
    expect(await results(id)).toBe(3);
  });

  it('reports each kind of row error in Chinese, naming the column', async () => {
    const id = await newCompetition();
    const res = await send(
      id,
      [
        { rank: 9 },
        { idNumber: '12345', rank: 1 },
        { personId: 'nobody', rank: 2 },
        { idNumber: ID['p-3'], rank: 0 },
        { personId: 'p-3', rank: 5 },
        { idNumber: ID['p-4'], rank: 2, medal: 'GOLD' },
        { personId: 'p-6', rank: 1, medal: 'SILVER' },
      ],
      'VALID_ROWS_ONLY',
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const answer = res.data!;
    expect(codes(answer)).toEqual([
      ['PERSON_REQUIRED'],
      ['INVALID_ID_NUMBER'],
      ['PERSON_NOT_FOUND'],
      ['INVALID_RANK'],
      ['DUPLICATE_ROW'],
      ['MEDAL_RANK_MISMATCH'],
      ['MEDAL_RANK_MISMATCH'],
    ]);
    const rows = answer.recordCompetitionResults.rows;
    expect(rows[4]!.errors[0]).toEqual({ code: 'DUPLICATE_ROW', field: 'idNumber', message: '与第 4 行是同一人' });
    expect(rows[5]!.errors[0]).toMatchObject({ field: 'medal' });
    expect(rows[5]!.errors[0]!.message).toContain('奖次与名次不一致');
    for (const row of rows) expect(row.errors[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
    // Every row failed: VALID_ROWS_ONLY had nothing to write.
    expect(answer.recordCompetitionResults.written).toBe(0);
    expect(await results(id)).toBe(0);
  });

  it('checks medals against the results already recorded', async () => {
    const id = await newCompetition();
    await send(id, [{ personId: 'p-1', rank: 1, medal: 'SILVER' }], 'ALL_OR_NOTHING');
    const res = await send(id, [{ personId: 'p-2', rank: 2, medal: 'GOLD' }], 'VALIDATE_ONLY');
    expect(res.data!.recordCompetitionResults.rows[0]!.errors[0]!.message).toBe(
      '奖次与名次不一致：第 2 名为金牌（一等奖），而已登记的成绩第 1 名为银牌（二等奖）',
    );
  });

  it(`refuses an empty import and one above ${IMPORT_ROWS_MAX} rows as a coded error, writing nothing`, async () => {
    const id = await newCompetition();
    const tooMany = Array.from({ length: IMPORT_ROWS_MAX + 1 }, (_, i) => ({ personId: 'p-1', rank: i + 1 }));
    const big = await send(id, tooMany, 'VALID_ROWS_ONLY');
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ROWS',
      field: 'input.rows',
    });
    expect(big.errors?.[0]?.message).toBe(
      `一次至多导入 ${IMPORT_ROWS_MAX} 行，收到 ${IMPORT_ROWS_MAX + 1} 行，请分批导入`,
    );
    const empty = await send(id, [], 'VALID_ROWS_ONLY');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ reason: 'NO_ROWS' });
    const unknown = await send('no-such-competition', GOOD, 'VALIDATE_ONLY');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_COMPETITION' });
    expect(await results(id)).toBe(0);
  });

  it('lets the Union import by person, not by full ID number (pii:read is HRSS’s); Finance is FORBIDDEN', async () => {
    const id = await newCompetition({ organiser: '济宁市总工会' });
    const union = await send(
      id,
      [
        { idNumber: ID['p-1'], rank: 1, medal: 'GOLD' },
        { personId: 'p-2', rank: 2, medal: 'SILVER' },
      ],
      'VALID_ROWS_ONLY',
      'union',
    );
    expect(union.errors).toBeUndefined();
    expect(codes(union.data!)).toEqual([['ID_NUMBER_NOT_ALLOWED'], []]);
    expect(union.data!.recordCompetitionResults.written).toBe(1);
    for (const who of ['finance', 'education', 'auditor']) {
      const refused = await send(id, GOOD, 'ALL_OR_NOTHING', who);
      expect(refused.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(await results(id)).toBe(1);
  });
});

describe('recordCompetitionTeamResult', () => {
  it('records a team with its members, each with the team’s rank and medal', async () => {
    const id = await newCompetition({ tier: 'PROVINCIAL' });
    const before = await audits('RECORD_TEAM_RESULT');
    const res = await sg.request<{
      recordCompetitionTeamResult: { name: string; members: { person: { id: string }; medal: string }[] };
    }>(TEAM, {
      input: { competitionId: id, name: ' 山推股份代表队 ', memberIds: ['p-1', 'p-2'], rank: 1, medal: 'GOLD' },
    });
    expect(res.errors).toBeUndefined();
    const made = res.data!.recordCompetitionTeamResult;
    expect(made).toMatchObject({ name: '山推股份代表队', rank: 1, medal: 'GOLD' });
    // Members in id order (of their results): compare them as a set.
    const member = (id: string) => ({
      person: { id },
      rank: 1,
      medal: 'GOLD',
      teamName: '山推股份代表队',
      competition: { tier: 'PROVINCIAL' },
    });
    expect(made.members).toHaveLength(2);
    expect(made.members).toEqual(expect.arrayContaining([member('p-1'), member('p-2')]));
    expect(await audits('RECORD_TEAM_RESULT')).toBe(before + 1);
    const read = await sg.request<{ competition: { teams: { name: string }[] } }>(
      `query ($id: ID!) { competition(id: $id) { teams { name } } }`,
      { id },
    );
    expect(read.data!.competition.teams).toEqual([{ name: '山推股份代表队' }]);
  });

  it('refuses unknown members, a member of another team, a repeated member, a name used twice — writing nothing', async () => {
    const id = await newCompetition();
    const team = (input: Record<string, unknown>, who = 'hrss') =>
      sg.request(TEAM, { input: { competitionId: id, rank: 2, medal: 'SILVER', ...input } }, devPrincipal(who));
    expect((await team({ name: '一队', memberIds: ['p-1', 'p-2'] })).errors).toBeUndefined();
    const count = await results(id);
    for (const [input, code, reason] of [
      [{ name: '二队', memberIds: ['p-3', 'ghost'] }, 'BAD_USER_INPUT', 'PERSON_NOT_FOUND'],
      [{ name: '二队', memberIds: ['p-3', 'p-2'] }, 'CONFLICT', 'MEMBER_ALREADY_PLACED'],
      [{ name: '二队', memberIds: ['p-3', 'p-3'] }, 'BAD_USER_INPUT', 'DUPLICATE_MEMBER'],
      [{ name: '一队', memberIds: ['p-4'] }, 'CONFLICT', 'DUPLICATE_TEAM'],
      [{ name: '二队', memberIds: [] }, 'BAD_USER_INPUT', 'MEMBERS_REQUIRED'],
      [{ name: '二队', memberIds: ['p-4'], rank: 0 }, 'BAD_USER_INPUT', 'INVALID_RANK'],
    ] as const) {
      const res = await team(input);
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code, reason });
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // A team member cannot be imported again as an individual either.
    const imported = await send(id, [{ personId: 'p-1', rank: 3 }], 'VALID_ROWS_ONLY');
    expect(codes(imported.data!)).toEqual([['DUPLICATE_RESULT']]);
    expect(await results(id)).toBe(count);
    expect((await team({ name: '三队', memberIds: ['p-4'] }, 'union')).errors).toBeUndefined();
    expect((await team({ name: '四队', memberIds: ['p-5'] }, 'finance')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('updateCompetition', () => {
  const UPDATE = `mutation ($input: UpdateCompetitionInput!) { updateCompetition(input: $input) { organiser heldOn endsOn } }`;

  it('changes the organiser and dates, audited with before and after; refuses bad dates and other departments', async () => {
    const id = await newCompetition();
    const before = await audits('UPDATE_COMPETITION');
    const res = await sg.request(UPDATE, { input: { id, organiser: '济宁市总工会', endsOn: '2027-05-15' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCompetition).toEqual({
      organiser: '济宁市总工会',
      heldOn: '2027-05-10',
      endsOn: '2027-05-15',
    });
    expect(await audits('UPDATE_COMPETITION')).toBe(before + 1);
    for (const [input, reason] of [
      [{ id, endsOn: '2027-05-01' }, 'ENDS_BEFORE_START'],
      [{ id, heldOn: '2026-12-31' }, 'HELD_ON_OUTSIDE_YEAR'],
      [{ id, organiser: ' ' }, 'VALIDATION_FAILED'],
      [{ id: 'no-such-competition', organiser: '某单位' }, 'NOT_FOUND'],
    ] as const) {
      const refused = await sg.request(UPDATE, { input });
      expect(refused.errors?.[0]?.extensions?.reason, reason).toBe(reason);
    }
    expect((await sg.request(UPDATE, { input: { id, heldOn: null } }, devPrincipal('union'))).errors).toBeUndefined();
    const finance = await sg.request(UPDATE, { input: { id, organiser: '济宁市财政局' } }, devPrincipal('finance'));
    expect(finance.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await audits('UPDATE_COMPETITION')).toBe(before + 2);
  });
});

describe('competitionYear (T12)', () => {
  it('counts the city competitions of a year against ≥ 100 (四(十三)), not the provincial ones', async () => {
    const YEAR = `query ($year: Int!) { competitionYear(year: $year) { year cityCompetitions target remaining status clause zh } }`;
    const before = (await sg.request<{ competitionYear: { cityCompetitions: number } }>(YEAR, { year: 2028 })).data!
      .competitionYear.cityCompetitions;
    await newCompetition({ year: 2028, heldOn: null, endsOn: null });
    await newCompetition({ year: 2028, tier: 'CITY_CATEGORY_2', heldOn: null, endsOn: null });
    await newCompetition({ year: 2028, tier: 'PROVINCIAL', heldOn: null, endsOn: null });
    const res = await sg.request(YEAR, { year: 2028 }, devPrincipal('finance'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.competitionYear).toEqual({
      year: 2028,
      cityCompetitions: before + 2,
      target: 100,
      remaining: 98 - before,
      status: 'IN_PROGRESS',
      clause: '四(十三)',
      zh: expect.stringContaining('每年举办１００场以上市级职业技能竞赛'),
    });
    const outside = await sg.request(YEAR, { year: 2035 });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ reason: 'YEAR_OUTSIDE_POLICY_WINDOW', field: 'year' });
  });
});
