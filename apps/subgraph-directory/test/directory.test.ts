import { demoDataset } from '@jining/demo-data';
import { makeResidentId } from '@jining/reference-data';
import { SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { directory } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(directory, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const CREATE_PERSON = /* GraphQL */ `
  mutation ($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      idNumber
      birthDate
      gender
      county {
        code
        name
      }
    }
  }
`;
type CreatedPerson = {
  createPerson: {
    id: string;
    name: string;
    idNumber: string;
    birthDate: string;
    gender: string;
    county: { code: string; name: string };
  };
};
const countPeople = async () =>
  Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM person'))[0]!.n);

describe('directory subgraph', () => {
  it('lists counties, and people as a Relay connection with a total', async () => {
    const res = await sg.request<{
      counties: { code: string; name: string; kind: string }[];
      people: Connection<{ id: string; name: string; idNumber: string }>;
    }>(
      `{ counties { code name kind } people(first: 5) { totalCount edges { cursor node { id name idNumber } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.counties).toHaveLength(15);
    expect(res.data!.people.totalCount).toBe(300);
    expect(res.data!.people.edges).toHaveLength(5);
    expect(res.data!.people.pageInfo.hasNextPage).toBe(true);
    const next = await sg.request<{ people: Connection<{ id: string }> }>(
      `query ($after: String) { people(first: 5, after: $after) { edges { node { id } } } }`,
      { after: res.data!.people.pageInfo.endCursor },
    );
    expect(next.data!.people.edges[0]!.node.id).not.toBe(res.data!.people.edges[0]!.node.id);
  });

  it('lists the people of one employer (the organisation page), paged, with their total', async () => {
    const { people } = demoDataset();
    const employerId = people.find((p) => p.employerId)!.employerId!;
    const expected = people.filter((p) => p.employerId === employerId).length;
    const res = await sg.request<{ people: Connection<{ employer: { id: string } | null }> }>(
      `query ($e: ID) { people(first: 2, employerId: $e) { totalCount edges { node { employer { id } } } } }`,
      { e: employerId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.people.totalCount).toBe(expected);
    expect(res.data!.people.edges.length).toBe(Math.min(2, expected));
    for (const e of res.data!.people.edges) expect(e.node.employer?.id).toBe(employerId);
    const none = await sg.request<{ people: Connection<{ id: string }> }>(
      `{ people(first: 2, employerId: "no-such-unit") { totalCount } }`,
    );
    expect(none.data!.people.totalCount).toBe(0);
  });

  it('creates a person, deriving birth date and gender, and masks the ID number by default', async () => {
    const idNumber = makeResidentId('370883', '1990-03-15', 987);
    const res = await sg.request<CreatedPerson>(CREATE_PERSON, {
      input: { name: '孟凡新', idNumber, countyCode: '370883' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPerson).toMatchObject({
      name: '孟凡新',
      birthDate: '1990-03-15',
      gender: 'MALE',
      county: { code: '370883', name: '邹城市' },
    });
    expect(res.data!.createPerson.idNumber).toBe(`370883********${idNumber.slice(14)}`);
    // Masked even for HRSS: the full number comes only from revealIdNumber (audit.test.ts).
    const revealed = await sg.request<{ revealIdNumber: { idNumber: string } }>(
      `mutation ($id: ID!, $reason: String!) { revealIdNumber(personId: $id, reason: $reason) { idNumber } }`,
      { id: res.data!.createPerson.id, reason: '核对新登记人员' },
    );
    expect(revealed.data!.revealIdNumber.idNumber).toBe(idNumber);
    // Without pii:read the masked number cannot be completed from the birth date: only the year is served.
    const asFinance = await sg.request<{ person: { idNumber: string; birthDate: string | null; birthYear: number } }>(
      `query ($id: ID!) { person(id: $id) { idNumber birthDate birthYear } }`,
      { id: res.data!.createPerson.id },
      devPrincipal('finance'),
    );
    expect(asFinance.errors).toBeUndefined();
    expect(asFinance.data!.person).toEqual({
      idNumber: `370883********${idNumber.slice(14)}`,
      birthDate: null,
      birthYear: 1990,
    });
    // Finance's fact consumer (facts:read, a service) gets the date: the rules need an age on a hire date (R15/R16).
    const asFacts = await sg.request<{ person: { birthDate: string | null } }>(
      `query ($id: ID!) { person(id: $id) { birthDate } }`,
      { id: res.data!.createPerson.id },
      SERVICE_PRINCIPALS.FINANCE_FACTS,
    );
    expect(asFacts.data!.person.birthDate).toBe('1990-03-15');
  });

  it('finds a person by name or by the full ID number, never by a partial number', async () => {
    const idNumber = makeResidentId('370826', '1979-11-02', 555);
    await sg.request(CREATE_PERSON, { input: { name: '颜守仁', idNumber, countyCode: '370826' } });
    const search = async (text: string, principal?: ReturnType<typeof devPrincipal>) =>
      (
        await sg.request<{ people: Connection<{ name: string }> }>(
          `query ($s: String) { people(first: 5, search: $s) { totalCount edges { node { name } } } }`,
          { s: text },
          principal,
        )
      ).data!.people;
    expect((await search('颜守')).edges.map((e) => e.node.name)).toContain('颜守仁');
    expect((await search(idNumber)).totalCount).toBe(1);
    expect((await search(idNumber.slice(0, 14))).totalCount).toBe(0);
    // Without pii:read a full number finds nobody: the search must not confirm a guessed number. Names still work.
    expect((await search(idNumber, devPrincipal('finance'))).totalCount).toBe(0);
    expect((await search('颜守仁', devPrincipal('finance'))).totalCount).toBe(1);
  });

  it('matches full ID numbers to person ids for pii:read only (the id-match service), in order, null for nobody', async () => {
    const idNumber = makeResidentId('370811', '1988-03-04', 321);
    const made = await sg.request<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: { name: '孔繁星', idNumber, countyCode: '370811' },
    });
    const MATCH = `query ($n: [String!]!) { personIdsByIdNumbers(idNumbers: $n) }`;
    const nobody = makeResidentId('370811', '1988-03-04', 322);
    const found = await sg.request<{ personIdsByIdNumbers: (string | null)[] }>(MATCH, {
      n: [nobody, ` ${idNumber.toLowerCase()} `, idNumber.slice(0, 14)],
    });
    expect(found.errors).toBeUndefined();
    expect(found.data!.personIdsByIdNumbers).toEqual([null, made.data!.createPerson.id, null]);
    for (const who of ['union', 'finance']) {
      const refused = await sg.request(MATCH, { n: [idNumber] }, devPrincipal(who));
      expect(refused.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
  });

  it('has no way to ask Person.idNumber for the full number any more', async () => {
    const res = await sg.request(`{ people(first: 1) { edges { node { idNumber(reveal: true) } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const masked = await sg.request<{ people: Connection<{ idNumber: string }> }>(
      `{ people(first: 20) { edges { node { idNumber } } } }`,
    );
    for (const e of masked.data!.people.edges) expect(e.node.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it.each([
    [
      'a wrong check digit',
      { name: '张三丰', idNumber: '370883199003159871', countyCode: '370883' },
      'INVALID_ID_NUMBER',
    ],
    [
      'an impossible birth date',
      { name: '张三丰', idNumber: makeResidentId('370883', '1990-02-30', 5), countyCode: '370883' },
      'INVALID_ID_NUMBER',
    ],
    [
      'an unknown county',
      { name: '张三丰', idNumber: makeResidentId('370883', '1991-01-01', 5), countyCode: '110105' },
      'UNKNOWN_COUNTY',
    ],
    [
      'a one-character name',
      { name: '张', idNumber: makeResidentId('370883', '1991-01-01', 5), countyCode: '370883' },
      'VALIDATION_FAILED',
    ],
  ])('refuses %s with a coded Chinese error and writes nothing', async (_case, input, reason) => {
    const before = await countPeople();
    const res = await sg.request(CREATE_PERSON, { input });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countPeople()).toBe(before);
  });

  it('refuses a missing required field at validation, writing nothing', async () => {
    const before = await countPeople();
    const res = await sg.request(CREATE_PERSON, { input: { name: '王五六' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countPeople()).toBe(before);
  });

  it('refuses a duplicate ID number as CONFLICT', async () => {
    const idNumber = makeResidentId('370811', '1985-06-01', 321);
    const input = { name: '李重复', idNumber, countyCode: '370811' };
    expect((await sg.request(CREATE_PERSON, { input })).errors).toBeUndefined();
    const again = await sg.request(CREATE_PERSON, { input });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets only accounts with directory:manage create people', async () => {
    const res = await sg.request(
      CREATE_PERSON,
      { input: { name: '赵无权', idNumber: makeResidentId('370811', '1985-06-01', 323), countyCode: '370811' } },
      devPrincipal('finance'),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ counties { code } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
    const health = await fetch(sg.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    // Plain counters and the process's sizes for an operator (the subgraph is not public): never data.
    const body = (await health.json()) as { memory: Record<string, number> };
    expect(Object.keys(body.memory).sort()).toEqual(['externalMb', 'heapTotalMb', 'heapUsedMb', 'rssMb']);
    expect(body.memory.rssMb).toBeGreaterThan(body.memory.heapUsedMb!);
  });

  it('resolves many _entities representations with one SQL statement', async () => {
    const ids = (await sg.db.query<{ id: string }>('SELECT id FROM person ORDER BY id LIMIT 50')).map((r) => r.id);
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name } } }`;
    const { result, count, statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; name: string }>>(query, {
        reps: ids.map((id) => ({ __typename: 'Person', id })),
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(50);
    expect(count, statements.join('\n')).toBe(1);
  });
});
