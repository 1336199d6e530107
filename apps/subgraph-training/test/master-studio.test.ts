import { demoDataset, SHOWCASE_PERSON_ID } from '@jining/demo-data';
import { canManageStudioLevel, STUDIO_LEVEL_LABELS, STUDIO_LEVELS } from '@jining/rules';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type EnumIntrospection,
  type GraphQLResult,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox, todayInJining } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const { studios, people, organisations } = demoDataset();
const CREATE = /* GraphQL */ `
  mutation ($input: CreateMasterStudioInput!) {
    createMasterStudio(input: $input) {
      id
      name
      level
      trade
      approvedOn
      lead {
        id
      }
      host {
        id
      }
    }
  }
`;
const countStudios = async () =>
  Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM master_studio'))[0]!.n);
const tomorrow = () => {
  const d = new Date(`${todayInJining()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
// People with no demo studio, so each create below starts clean.
const freshLead = (i: number) => people[250 + i]!.id;
const HOST = organisations[0]!.id;
const valid = (i: number) => ({
  name: '测试技能大师工作室',
  level: 'CITY',
  leadId: freshLead(i),
  hostId: HOST,
  trade: '焊工',
  approvedOn: '2025-06-01',
});

describe('demo seed', () => {
  it('loads the demo studios, with the ids the directory uses', async () => {
    expect(await countStudios()).toBe(studios.length);
    const res = await sg.request(
      `query ($id: ID!) { masterStudio(id: $id) { id name level trade approvedOn lead { id } host { id } } }`,
      { id: studios[0]!.id },
    );
    expect(res.errors).toBeUndefined();
    const s = studios[0]!;
    expect(res.data!.masterStudio).toEqual({
      id: s.id,
      name: s.name,
      level: s.level,
      trade: s.trade,
      approvedOn: s.approvedOn,
      lead: { id: s.leadId },
      host: { id: s.hostId },
    });
    expect(s.leadId).toBe(SHOWCASE_PERSON_ID);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await countStudios();
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await countStudios()).toBe(before);
  });
});

describe('queries', () => {
  it('answers masterStudio(id) with null for an unknown id', async () => {
    const res = await sg.request(`{ masterStudio(id: "no-such-studio") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.masterStudio).toBeNull();
  });

  it('describes StudioLevel with the policy labels from @jining/rules', async () => {
    const res = await sg.request<EnumIntrospection<{ name: string; description: string | null }>>(
      `{ __type(name: "StudioLevel") { enumValues { name description } } }`,
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...res.data!.__type.enumValues].sort(byName)).toEqual(
      STUDIO_LEVELS.map((name) => ({ name, description: STUDIO_LEVEL_LABELS[name] })).sort(byName),
    );
  });

  it('pages through masterStudios as a Relay connection with a total', async () => {
    const total = await countStudios();
    const first = await sg.request<{ masterStudios: Connection<{ id: string }> }>(
      `{ masterStudios(first: 5) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.masterStudios.totalCount).toBe(total);
    expect(first.data!.masterStudios.edges).toHaveLength(5);
    expect(first.data!.masterStudios.pageInfo.hasNextPage).toBe(true);
    const seen = new Set<string>(first.data!.masterStudios.edges.map((e: { node: { id: string } }) => e.node.id));
    let after: string | null = first.data!.masterStudios.pageInfo.endCursor;
    while (after) {
      const page: GraphQLResult<{ masterStudios: Connection<{ id: string }> }> = await sg.request(
        `query ($after: String) { masterStudios(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const e of page.data!.masterStudios.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      after = page.data!.masterStudios.pageInfo.hasNextPage ? page.data!.masterStudios.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(total);
  });

  it('filters by level and by host, totalCount following the filter', async () => {
    const cities = studios.filter((s) => s.level === 'CITY');
    const byLevel = await sg.request<{ masterStudios: Connection<{ level: string }> }>(
      `{ masterStudios(first: 50, level: CITY) { totalCount edges { node { level } } } }`,
    );
    expect(byLevel.errors).toBeUndefined();
    expect(byLevel.data!.masterStudios.totalCount).toBe(cities.length);
    expect(byLevel.data!.masterStudios.edges.every((e: { node: { level: string } }) => e.node.level === 'CITY')).toBe(
      true,
    );
    const national = await sg.request<{ masterStudios: { totalCount: number } }>(
      `{ masterStudios(first: 50, level: NATIONAL) { totalCount } }`,
    );
    expect(national.data!.masterStudios.totalCount).toBe(studios.filter((s) => s.level === 'NATIONAL').length);

    const host = studios[3]!.hostId;
    const byHost = await sg.request<{ masterStudios: Connection<{ host: { id: string } }> }>(
      `query ($host: ID) { masterStudios(first: 50, hostId: $host) { totalCount edges { node { host { id } } } } }`,
      { host },
    );
    expect(byHost.data!.masterStudios.totalCount).toBe(
      Number(
        (
          await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM master_studio WHERE host_id = $1', [host])
        )[0]!.n,
      ),
    );
    expect(
      byHost.data!.masterStudios.edges.every((e: { node: { host: { id: string } } }) => e.node.host.id === host),
    ).toBe(true);
  });
});

describe('createMasterStudio', () => {
  it.each(['hrss', 'hrss-reviewer'])('lets %s (HRSS leads 二(六)) register a studio', async (account) => {
    const i = ['hrss', 'hrss-reviewer'].indexOf(account);
    const before = await countStudios();
    const input = { ...valid(i), name: `  ${account}焊接技能大师工作室 ` };
    const res = await sg.request(CREATE, { input }, devPrincipal(account));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createMasterStudio).toMatchObject({
      name: `${account}焊接技能大师工作室`,
      level: 'CITY',
      trade: '焊工',
      approvedOn: '2025-06-01',
      lead: { id: freshLead(i) },
      host: { id: HOST },
    });
    expect(await countStudios()).toBe(before + 1);
  });

  it('writes the studio and its fact event (MASTER_STUDIO_APPROVED, for finance) together; a refused one writes neither', async () => {
    const events = async () => (await readOutbox(sg.db, 0n, 500)).events;
    const before = (await events()).length;
    const res = await sg.request<{ createMasterStudio: { id: string } }>(CREATE, { input: valid(30) });
    expect(res.errors).toBeUndefined();
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      kind: 'MASTER_STUDIO_APPROVED',
      version: 1,
      subjectId: res.data!.createMasterStudio.id,
      payload: { hostId: HOST, level: 'CITY', approvedOn: '2025-06-01', newlyApproved: true },
    });
    const again = await sg.request(CREATE, { input: valid(30) });
    expect(again.errors?.[0]?.extensions?.reason).toBe('STUDIO_ALREADY_LED_AT_LEVEL');
    expect(await events()).toHaveLength(before + 1);
  });

  it('accepts today as the approval date', async () => {
    const res = await sg.request(CREATE, { input: { ...valid(10), approvedOn: todayInJining() } });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['a one-character name', { name: '坊' }, 'VALIDATION_FAILED'],
    ['a name over 100 characters', { name: '工'.repeat(101) }, 'VALIDATION_FAILED'],
    ['a blank trade', { trade: '   ' }, 'VALIDATION_FAILED'],
    ['a blank lead id', { leadId: ' ' }, 'VALIDATION_FAILED'],
    ['an approval date in the future', { approvedOn: tomorrow() }, 'INVALID_DATE'],
    ['an impossible date', { approvedOn: '2025-02-30' }, 'INVALID_DATE'],
  ])('refuses %s with a coded Chinese error and writes nothing', async (_case, patch, reason) => {
    const before = await countStudios();
    const res = await sg.request(CREATE, { input: { ...valid(20), ...patch } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countStudios()).toBe(before);
  });

  it.each([
    ['an unknown level', { level: 'COUNTY' }],
    ['a missing field', { trade: undefined }],
  ])('refuses %s as BAD_USER_INPUT and writes nothing', async (_case, patch) => {
    const before = await countStudios();
    const res = await sg.request(CREATE, { input: { ...valid(21), ...patch } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countStudios()).toBe(before);
  });

  it('refuses a second studio of the same level for the same lead as CONFLICT, allows another level', async () => {
    const demo = studios.find((s) => s.level === 'CITY')!;
    const before = await countStudios();
    const dup = await sg.request(CREATE, {
      input: { ...valid(30), leadId: demo.leadId, level: 'CITY', name: '另一家技能大师工作室' },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STUDIO_ALREADY_LED_AT_LEVEL' });
    expect(dup.errors?.[0]?.message).toMatch(/市级技能大师工作室/);
    expect(await countStudios()).toBe(before);
    const other = await sg.request(CREATE, { input: { ...valid(30), leadId: demo.leadId, level: 'QILU_STATION' } });
    expect(other.errors).toBeUndefined();
    expect(await countStudios()).toBe(before + 1);
  });

  it('refuses Finance (no training:manage) as FORBIDDEN and writes nothing', async () => {
    const before = await countStudios();
    const res = await sg.request(CREATE, { input: valid(40) }, devPrincipal('finance'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countStudios()).toBe(before);
  });

  it.each(['education', 'union'])(
    'refuses %s a studio at every level (二(六): HRSS leads, they are only 负责), writing nothing',
    async (account) => {
      const before = await countStudios();
      for (const level of STUDIO_LEVELS) {
        expect(canManageStudioLevel(devPrincipal(account).department, level)).toBe(false);
        const res = await sg.request(CREATE, { input: { ...valid(41), level } }, devPrincipal(account));
        expect(res.errors?.[0]?.extensions?.code, level).toBe('FORBIDDEN');
      }
      expect(await countStudios()).toBe(before);
    },
  );

  it('registers a national studio for HRSS, which leads 二(六)', async () => {
    const res = await sg.request(CREATE, { input: { ...valid(42), level: 'NATIONAL' } }, devPrincipal('hrss'));
    expect(res.errors).toBeUndefined();
  });
});

describe('federation', () => {
  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ masterStudios(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities { ledStudios } with one SQL statement however many people', async () => {
    const reps = people.slice(0, 60).map((p) => ({ __typename: 'Person', id: p.id }));
    const { result, count, statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; ledStudios: { id: string; level: string }[] }>>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id ledStudios { id level } } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(60);
    expect(count, statements.join('\n')).toBe(1);
    const showcase = result.data!._entities.find((p: { id: string }) => p.id === SHOWCASE_PERSON_ID);
    expect(showcase!.ledStudios).toEqual([{ id: studios[0]!.id, level: studios[0]!.level }]);
  });

  it('answers Organisation._entities { hostedStudios } with one SQL statement however many units', async () => {
    const reps = organisations.map((o) => ({ __typename: 'Organisation', id: o.id }));
    const { result, count, statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; hostedStudios: { id: string; host: { id: string } }[] }>>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { id hostedStudios { id host { id } } } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(organisations.length);
    expect(count, statements.join('\n')).toBe(1);
    const host = result.data!._entities.find((o: { id: string }) => o.id === studios[0]!.hostId);
    expect(host!.hostedStudios.map((s: { id: string }) => s.id)).toContain(studios[0]!.id);
    for (const o of result.data!._entities) for (const s of o.hostedStudios) expect(s.host.id).toBe(o.id);
  });

  it('resolves MasterStudio references with one SQL statement', async () => {
    const reps = studios.map((s) => ({ __typename: 'MasterStudio', id: s.id }));
    const { result, count } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; name: string }>>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on MasterStudio { id name } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((s: { id: string }) => s.id)).toEqual(studios.map((s) => s.id));
    expect(count).toBe(1);
  });
});
