import { startTestSubgraph, type Entities, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { __CAMELNAME__ } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(__CAMELNAME__, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const CREATE = `mutation ($input: Create__ENTITY__Input!) { create__ENTITY__(input: $input) { id title recordedOn person { id } } }`;
const PERSON = '00000000-0000-4000-a000-000000000001';
const count = async () => Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM __TABLE__'))[0]!.n);

describe('__NAME__ subgraph', () => {
  it('creates a __ENTITY__ and lists it as a Relay connection', async () => {
    const before = await count();
    const res = await sg.request(CREATE, { input: { title: '第一条', personId: PERSON, recordedOn: '2025-03-01' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.create__ENTITY__).toMatchObject({ title: '第一条', recordedOn: '2025-03-01', person: { id: PERSON } });
    const list = await sg.request<{ __CAMEL__s: { totalCount: number } }>(`{ __CAMEL__s(first: 10) { totalCount edges { node { id } } } }`);
    expect(list.data!.__CAMEL__s.totalCount).toBe(before + 1);
  });

  it('refuses bad input with a coded error and writes nothing', async () => {
    const before = await count();
    for (const input of [{ title: ' ', personId: PERSON, recordedOn: '2025-03-01' }, { title: 'x', personId: PERSON, recordedOn: '2025-02-30' }]) {
      const res = await sg.request(CREATE, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await count()).toBe(before);
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ __CAMEL__s(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities with one SQL statement however many people', async () => {
    const reps = Array.from({ length: 40 }, (_, i) => ({ __typename: 'Person', id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}` }));
    const { result, count: statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; __CAMEL__s: { id: string }[] }>>(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id __CAMEL__s { id } } } }`, { reps }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(40);
    expect(statements).toBe(1);
  });
});
