import { demoDataset, demoProgrammes, SHOWCASE_PERSON_ID } from '@jining/demo-data';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type EnumIntrospection,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import { COMPETITION_TIERS } from '@jining/rules';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { competitions } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(competitions, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const demo = demoDataset();
/** The dataset's competitions and this year's city competitions of the programmes' slice (T12). */
const demoCompetitions = demo.competitions.length + demoProgrammes().cityCompetitions.length;
const demoResults = demo.competitions.reduce((n, c) => n + c.results.length, 0);

const CREATE = /* GraphQL */ `
  mutation ($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      id
      name
      tier
      trade
      year
      heldOn
      results {
        id
      }
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation ($input: RecordCompetitionResultInput!) {
    recordCompetitionResult(input: $input) {
      id
      person {
        id
      }
      teamName
      rank
      medal
      competition {
        id
        name
      }
    }
  }
`;
const rows = async (table: 'competition' | 'competition_result') =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);

async function newCompetition(input: Record<string, unknown> = {}) {
  const res = await sg.request<{
    createCompetition: {
      id: string;
      name: string;
      tier: string;
      trade: string;
      year: number;
      heldOn: string | null;
      results: { id: string }[];
    };
  }>(CREATE, {
    input: {
      name: '2027年济宁市电工技能竞赛',
      tier: 'CITY_CATEGORY_1',
      trade: '电工',
      year: 2027,
      organiser: '济宁市人力资源和社会保障局',
      heldOn: '2027-09-20',
      ...input,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createCompetition;
}

describe('competitions subgraph', () => {
  it('loads the demo competitions and results, and seeding again changes nothing', async () => {
    expect(await rows('competition')).toBe(demoCompetitions);
    expect(await rows('competition_result')).toBe(demoResults);
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await rows('competition')).toBe(demoCompetitions);
    expect(await rows('competition_result')).toBe(demoResults);
  });

  it('uses exactly the competition tiers of @jining/rules', async () => {
    const res = await sg.request<EnumIntrospection<{ name: string; description: string | null }>>(
      `{ __type(name: "CompetitionTier") { enumValues { name description } } }`,
    );
    expect(res.data!.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual(
      [...COMPETITION_TIERS].sort(),
    );
  });

  it('lists competitions as a Relay connection with totalCount, pages and filters', async () => {
    const first = await sg.request<{ competitions: Connection<{ id: string }> }>(
      `{ competitions(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.competitions.totalCount).toBeGreaterThanOrEqual(demo.competitions.length);
    expect(first.data!.competitions.edges).toHaveLength(2);
    expect(first.data!.competitions.pageInfo.hasNextPage).toBe(true);
    const next = await sg.request<{ competitions: Connection<{ id: string }> }>(
      `query ($after: String) { competitions(first: 2, after: $after) { edges { node { id } } } }`,
      { after: first.data!.competitions.pageInfo.endCursor },
    );
    const seen = new Set(first.data!.competitions.edges.map((e) => e.node.id));
    for (const e of next.data!.competitions.edges) expect(seen.has(e.node.id)).toBe(false);

    const provincial = await sg.request<{
      competitions: Connection<{ name: string; tier: string; year: number; trade: string; heldOn: string | null }>;
    }>(
      `{ competitions(first: 10, tier: PROVINCIAL, year: 2025) { totalCount edges { node { name tier year trade heldOn } } } }`,
    );
    const expected = demo.competitions.filter((c) => c.tier === 'PROVINCIAL' && c.year === 2025);
    expect(provincial.data!.competitions.totalCount).toBe(expected.length);
    expect(provincial.data!.competitions.edges[0]!.node).toEqual({
      name: expected[0]!.name,
      tier: 'PROVINCIAL',
      year: 2025,
      trade: expected[0]!.trade,
      heldOn: expected[0]!.heldOn,
    });
  });

  it('gives a competition its results in rank order, and lists results by competition', async () => {
    const comp = demo.competitions[0]!;
    const res = await sg.request<{
      competition: {
        name: string;
        results: { rank: number | null; medal: string | null; person: { id: string } | null }[];
      } | null;
    }>(`query ($id: ID!) { competition(id: $id) { name results { rank medal person { id } } } }`, { id: comp.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.competition!.results).toHaveLength(comp.results.length);
    expect(res.data!.competition!.results[0]).toEqual({
      rank: 1,
      medal: 'GOLD',
      person: { id: comp.results[0]!.personId },
    });
    const list = await sg.request<{ competitionResults: Connection<{ id: string }> }>(
      `query ($id: ID) { competitionResults(first: 5, competitionId: $id) { totalCount edges { node { id } } } }`,
      { id: comp.id },
    );
    expect(list.data!.competitionResults.totalCount).toBe(comp.results.length);
    expect(list.data!.competitionResults.edges).toHaveLength(5);
    const missing = await sg.request(`{ competition(id: "nope") { id } }`);
    expect(missing.data!.competition).toBeNull();
  });

  it('creates a competition and records a person result and a team result', async () => {
    const comp = await newCompetition();
    const person = await sg.request(RECORD, {
      input: { competitionId: comp.id, personId: SHOWCASE_PERSON_ID, rank: 1, medal: 'GOLD' },
    });
    expect(person.errors).toBeUndefined();
    expect(person.data!.recordCompetitionResult).toMatchObject({
      person: { id: SHOWCASE_PERSON_ID },
      teamName: null,
      rank: 1,
      medal: 'GOLD',
      competition: { id: comp.id },
    });
    const team = await sg.request(RECORD, {
      input: { competitionId: comp.id, teamName: ' 山推股份代表队 ', rank: 2, medal: 'SILVER' },
    });
    expect(team.errors).toBeUndefined();
    expect(team.data!.recordCompetitionResult).toMatchObject({ person: null, teamName: '山推股份代表队', rank: 2 });
    // One result by id, as awards asks before a nomination rests on it (its person and its competition's tier).
    const one = await sg.request(
      `query ($id: ID!) { competitionResult(id: $id) { person { id } medal competition { tier } } }`,
      { id: (person.data!.recordCompetitionResult as { id: string }).id },
      SERVICE_PRINCIPALS.REFERENCES,
    );
    expect(one.data!.competitionResult).toEqual({
      person: { id: SHOWCASE_PERSON_ID },
      medal: 'GOLD',
      competition: { tier: 'CITY_CATEGORY_1' },
    });
    expect((await sg.request(`{ competitionResult(id: "nope") { id } }`)).data!.competitionResult).toBeNull();
    const read = await sg.request(`query ($id: ID!) { competition(id: $id) { tier heldOn results { rank } } }`, {
      id: comp.id,
    });
    expect(read.data!.competition).toEqual({
      tier: 'CITY_CATEGORY_1',
      heldOn: '2027-09-20',
      results: [{ rank: 1 }, { rank: 2 }],
    });
  });

  it.each([
    ['a year before 2000', { year: 1999, heldOn: null }, 'INVALID_YEAR'],
    ['a year after 2100', { year: 2101, heldOn: null }, 'INVALID_YEAR'],
    ['a date outside the year', { year: 2026, heldOn: '2027-01-05' }, 'HELD_ON_OUTSIDE_YEAR'],
    ['an impossible date', { heldOn: '2027-02-30' }, 'INVALID_DATE'],
    ['an empty name', { name: ' ' }, 'VALIDATION_FAILED'],
    ['a blank organiser', { organiser: ' ' }, 'VALIDATION_FAILED'],
    ['an end outside the year', { heldOn: '2027-12-30', endsOn: '2028-01-02' }, 'ENDS_ON_OUTSIDE_YEAR'],
    ['an end before the start', { heldOn: '2027-06-10', endsOn: '2027-06-09' }, 'ENDS_BEFORE_START'],
  ])('refuses a competition with %s, writing nothing', async (_case, patch, reason) => {
    const before = await rows('competition');
    const res = await sg.request(CREATE, {
      input: {
        name: '2027年济宁市电工技能竞赛',
        tier: 'CITY_CATEGORY_2',
        trade: '电工',
        year: 2027,
        organiser: '济宁市总工会',
        ...patch,
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await rows('competition')).toBe(before);
  });

  it('refuses a result with neither person nor team, a rank below 1, or an unknown competition, writing nothing', async () => {
    const comp = await newCompetition({ name: '2027年济宁市钳工技能竞赛', trade: '钳工' });
    const before = await rows('competition_result');
    for (const [input, reason] of [
      [{ competitionId: comp.id, rank: 3 }, 'PERSON_OR_TEAM_REQUIRED'],
      [{ competitionId: comp.id, teamName: '   ' }, 'PERSON_OR_TEAM_REQUIRED'],
      [{ competitionId: comp.id, personId: SHOWCASE_PERSON_ID, rank: 0 }, 'INVALID_RANK'],
      [{ competitionId: 'no-such-competition', personId: SHOWCASE_PERSON_ID }, 'UNKNOWN_COMPETITION'],
    ] as const) {
      const res = await sg.request(RECORD, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await rows('competition_result')).toBe(before);
  });

  it('refuses a second result for the same person in the same competition as CONFLICT', async () => {
    const comp = await newCompetition({ name: '2027年济宁市焊工技能竞赛', trade: '焊工' });
    const input = { competitionId: comp.id, personId: SHOWCASE_PERSON_ID, rank: 4, medal: 'EXCELLENCE' };
    expect((await sg.request(RECORD, { input })).errors).toBeUndefined();
    const before = await rows('competition_result');
    const again = await sg.request(RECORD, { input: { ...input, rank: 5 } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_RESULT' });
    expect(await rows('competition_result')).toBe(before);
  });

  it('writes an audit record with each competition and result; a refused one writes none; the auditor reads them', async () => {
    const audits = async () =>
      Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM _kit_audit`))[0]!.n);
    const before = await audits();
    const comp = await newCompetition({ name: '2027年济宁市车工技能竞赛', trade: '车工' });
    const input = { competitionId: comp.id, personId: SHOWCASE_PERSON_ID, rank: 1, medal: 'GOLD' };
    const result = await sg.request<{ recordCompetitionResult: { id: string } }>(RECORD, { input });
    expect(result.errors).toBeUndefined();
    expect(await audits()).toBe(before + 2);
    // A duplicate is refused by the unique index inside the transaction: no result, no audit record.
    expect((await sg.request(RECORD, { input })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await audits()).toBe(before + 2);

    const TRAIL = `query ($entityId: ID) { competitionsAuditEntries(first: 10, entityId: $entityId) {
      totalCount edges { node { action entityType actorAccountId trail after } } } }`;
    const read = await sg.request<{
      competitionsAuditEntries: {
        totalCount: number;
        edges: { node: { action: string; entityType: string; actorAccountId: string; trail: string; after: string } }[];
      };
    }>(TRAIL, { entityId: result.data!.recordCompetitionResult.id }, devPrincipal('auditor'));
    expect(read.errors).toBeUndefined();
    expect(read.data!.competitionsAuditEntries.totalCount).toBe(1);
    const [entry] = read.data!.competitionsAuditEntries.edges;
    expect(entry!.node).toMatchObject({
      action: 'RECORD_COMPETITION_RESULT',
      entityType: 'CompetitionResult',
      actorAccountId: 'acc-hrss',
      trail: 'competitions',
    });
    expect(JSON.parse(entry!.node.after)).toMatchObject({ competitionId: comp.id, medal: 'GOLD', rank: 1 });
    const refused = await sg.request(TRAIL, {}, devPrincipal('hrss'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('also refuses at the database a result with neither person nor team (CHECK constraint)', async () => {
    await expect(
      sg.db.query(`INSERT INTO competition_result (id, competition_id) VALUES ('x', $1)`, [demo.competitions[0]!.id]),
    ).rejects.toThrow();
  });

  it('lets the Union, co-lead of 四(十三), record competitions and results at every tier', async () => {
    const union = devPrincipal('union');
    for (const tier of COMPETITION_TIERS) {
      const created = await sg.request<{ createCompetition: { id: string; tier: string } }>(
        CREATE,
        { input: { name: `职工技能大赛${tier}`, tier, trade: '电工', year: 2027, organiser: '济宁市总工会' } },
        union,
      );
      expect(created.errors, tier).toBeUndefined();
      const rec = await sg.request(
        RECORD,
        { input: { competitionId: created.data!.createCompetition.id, teamName: '工会代表队' } },
        union,
      );
      expect(rec.errors, tier).toBeUndefined();
    }
  });

  it('lets only accounts with competitions:manage write (Finance and Education are FORBIDDEN)', async () => {
    const before = await rows('competition');
    for (const who of ['finance', 'education']) {
      const res = await sg.request(
        CREATE,
        {
          input: {
            name: '无权登记的竞赛',
            tier: 'CITY_CATEGORY_2',
            trade: '电工',
            year: 2027,
            organiser: '济宁市财政局',
          },
        },
        devPrincipal(who),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const rec = await sg.request(
        RECORD,
        { input: { competitionId: demo.competitions[0]!.id, teamName: '无权队' } },
        devPrincipal(who),
      );
      expect(rec.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rows('competition')).toBe(before);
    // Reading is open to every signed-in department.
    const read = await sg.request(`{ competitions(first: 1) { totalCount } }`, {}, devPrincipal('finance'));
    expect(read.errors).toBeUndefined();
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ competitions(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities with competitionResults for many people in one SQL statement', async () => {
    const people = demo.people.slice(0, 50);
    const reps = people.map((p) => ({ __typename: 'Person', id: p.id }));
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id competitionResults { id rank medal } } } }`;
    const { result, count, statements } = await sg.db.countQueries(() =>
      sg.request<
        Entities<{ id: string; competitionResults: { id: string; rank: number | null; medal: string | null }[] }>
      >(query, { reps }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(50);
    expect(count, statements.join('\n')).toBe(1);
    // The answers line up with the dataset: each person gets exactly their own results.
    const expected = (id: string) =>
      demo.competitions.flatMap((c) => c.results).filter((r) => r.personId === id).length;
    const showcase = result.data!._entities.find((e: { id: string }) => e.id === SHOWCASE_PERSON_ID);
    expect(showcase!.competitionResults.length).toBeGreaterThanOrEqual(expected(SHOWCASE_PERSON_ID));
    for (const e of result.data!._entities.filter((x: { id: string }) => x.id !== SHOWCASE_PERSON_ID))
      expect(e.competitionResults).toHaveLength(expected(e.id));
  });

  it('resolves Competition and CompetitionResult entities by key', async () => {
    const comp = demo.competitions[2]!;
    const res = await sg.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Competition { name tier } ... on CompetitionResult { rank person { id } } } }`,
      {
        reps: [
          { __typename: 'Competition', id: comp.id },
          { __typename: 'CompetitionResult', id: comp.results[0]!.id },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { name: comp.name, tier: comp.tier },
      { rank: 1, person: { id: comp.results[0]!.personId } },
    ]);
  });

  it('refuses, through the kit’s query limits, what would multiply into millions of rows; accepts the gateway’s plans', async () => {
    // competition → results → competition → results …: each level multiplies the rows (24 results a competition).
    let inner = 'id';
    for (let i = 0; i < 3; i++) inner = `results { rank competition { ${inner} } }`;
    const cyclic = await sg.request(`{ competitions(first: 20) { edges { node { ${inner} } } } }`);
    expect(cyclic.data?.competitions ?? null).toBeNull();
    expect(cyclic.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(cyclic.errors![0]!.message).toMatch(/查询复杂度超过上限/);

    const tooLarge = await sg.request('{ competitions(first: 101) { totalCount } }');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_TOO_LARGE' });

    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `competition { results { ${deep} } }`;
    const tooDeep = await sg.request(`{ competitionResults(first: 1) { edges { node { ${deep} } } } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });

    // What the gateway sends for a page of 100 people: one _entities call with 100 representations.
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: 'Person', id: `person-${i}` }));
    const plan = await sg.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id competitionResults { rank medal competition { name tier } } } } }`,
      { reps },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!._entities).toHaveLength(100);
  });

  it('counts the finished competitions without a result as waiting work of the departments that record them', async () => {
    const work = async (username: string) => {
      const res = await sg.request<{ competitionsWork: { item: string; count: number }[] }>(
        `{ competitionsWork { item count } }`,
        {},
        devPrincipal(username),
      );
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(res.data!.competitionsWork.map((w) => [w.item, w.count]));
    };
    const before = { hrss: await work('hrss'), union: await work('union') };
    const ended = await newCompetition({ name: '2025年济宁市钳工技能竞赛', year: 2025, heldOn: '2025-05-10' });
    // One still to come is not waiting for results.
    await newCompetition({ name: '2029年济宁市钳工技能竞赛', year: 2029, heldOn: '2029-05-10' });
    const waiting = before.hrss.COMPETITION_WITHOUT_RESULTS! + 1;
    expect((await work('hrss')).COMPETITION_WITHOUT_RESULTS).toBe(waiting);
    expect((await work('union')).COMPETITION_WITHOUT_RESULTS).toBe(before.union.COMPETITION_WITHOUT_RESULTS! + 1);
    for (const other of ['finance', 'education', 'auditor']) expect(await work(other)).toEqual({});
    const recorded = await sg.request(RECORD, {
      input: { competitionId: ended.id, personId: SHOWCASE_PERSON_ID, rank: 1, medal: 'GOLD' },
    });
    expect(recorded.errors).toBeUndefined();
    expect((await work('hrss')).COMPETITION_WITHOUT_RESULTS).toBe(waiting - 1);
  });
});
