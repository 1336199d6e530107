import { demoDataset, SHOWCASE_PERSON_ID } from '@jining/demo-data';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type EnumIntrospection,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canManageHonourKind, DUTIES, honourQuotaFor, HONOUR_KINDS, POLICY_YEARS as HONOUR_YEARS } from '@jining/rules';
import { seedDemo } from '../dev/seed.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { awards } from '../src/subgraph.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(awards, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const demo = demoDataset();
// 不重复: the dataset lists a few (person, kind, year) twice; the database keeps one of each.
const distinctDemo = new Set(demo.honours.map((h) => `${h.personId}|${h.kind}|${h.year}`)).size;

const NOMINATE = /* GraphQL */ `
  mutation ($input: NominateHonourInput!) {
    nominateHonour(input: $input) {
      id
      kind
      year
      status
      citation
      person {
        id
      }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($id: ID!, $approve: Boolean!) {
    decideHonour(id: $id, approve: $approve) {
      id
      status
    }
  }
`;
type Nominated = {
  nominateHonour: {
    id: string;
    kind: string;
    year: number;
    status: string;
    citation: string | null;
    person: { id: string };
  };
};
type Decided = { decideHonour: { id: string; status: string } };
type HonourStatus = { honour: { status: string } | null };
const rows = async () => Number((await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM honour'))[0]!.n);
const rowsWhere = async (where: string) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM honour WHERE ${where}`))[0]!.n);
const approvedIn = (kind: string, year: number) =>
  rowsWhere(`kind = '${kind}' AND year = ${year} AND status = 'APPROVED'`);
const stored = async (id: string) =>
  (
    await sg.db.query<{ status: string; nominated_by: string | null; decided_by: string | null }>(
      'SELECT status::text AS status, nominated_by, decided_by FROM honour WHERE id = $1',
      [id],
    )
  )[0];
/** A second HRSS account: decides what `hrss` (the default signer) nominates. */
const REVIEWER = devPrincipal('hrss-reviewer');
const person = (n: number) => demo.people[n]!.id;
/** Directory ids are not checked here (the directory's to answer): quota tests nominate many made-up people. */
const someone = (n: number) => `quota-test-person-${n}`;

async function nominate(input: Record<string, unknown>) {
  const res = await sg.request<Nominated>(NOMINATE, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.nominateHonour;
}

describe('awards subgraph', () => {
  it('loads the demo honours (one per person, kind and year), and seeding again changes nothing', async () => {
    expect(await rows()).toBe(distinctDemo);
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await rows()).toBe(distinctDemo);
  });

  it('uses exactly the honour kinds of @jining/rules and the policy window years', async () => {
    const res = await sg.request<EnumIntrospection>(`{ __type(name: "HonourKind") { enumValues { name } } }`);
    expect(res.data!.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual([...HONOUR_KINDS].sort());
    expect(HONOUR_YEARS).toEqual({ first: 2025, last: 2029 });
  });

  it('lists honours as a Relay connection with totalCount, pages and filters', async () => {
    const first = await sg.request<{ honours: Connection<{ id: string }> }>(
      `{ honours(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.honours.totalCount).toBeGreaterThanOrEqual(distinctDemo);
    expect(first.data!.honours.edges).toHaveLength(5);
    const next = await sg.request<{ honours: Connection<{ id: string }> }>(
      `query ($after: String) { honours(first: 5, after: $after) { edges { node { id } } } }`,
      { after: first.data!.honours.pageInfo.endCursor },
    );
    const seen = new Set(first.data!.honours.edges.map((e) => e.node.id));
    for (const e of next.data!.honours.edges) expect(seen.has(e.node.id)).toBe(false);

    const chiefs = await sg.request<{ honours: Connection<{ kind: string; year: number; status: string }> }>(
      `{ honours(first: 50, kind: CHIEF_TECHNICIAN, year: 2025, status: APPROVED) { totalCount edges { node { kind year status } } } }`,
    );
    const expected = demo.honours.filter(
      (h) => h.kind === 'CHIEF_TECHNICIAN' && h.year === 2025 && h.status === 'APPROVED',
    ).length;
    expect(chiefs.data!.honours.totalCount).toBe(expected);
    expect(
      chiefs.data!.honours.edges.every(
        (e) => e.node.kind === 'CHIEF_TECHNICIAN' && e.node.year === 2025 && e.node.status === 'APPROVED',
      ),
    ).toBe(true);
    const nominated = await sg.request<{ honours: { totalCount: number } }>(
      `{ honours(first: 50, kind: GRAND_CRAFTSMAN, status: NOMINATED) { totalCount } }`,
    );
    expect(nominated.data!.honours.totalCount).toBe(
      demo.honours.filter((h) => h.kind === 'GRAND_CRAFTSMAN' && h.status === 'NOMINATED').length,
    );

    const one = demo.honours[0]!;
    const single = await sg.request(`query ($id: ID!) { honour(id: $id) { kind year person { id } } }`, { id: one.id });
    expect(single.data!.honour).toEqual({ kind: one.kind, year: one.year, person: { id: one.personId } });
    expect((await sg.request(`{ honour(id: "nope") { id } }`)).data!.honour).toBeNull();
  });

  it('nominates an honour (status NOMINATED), then approves or rejects it once', async () => {
    const a = await nominate({
      kind: 'CHIEF_TECHNICIAN',
      year: 2026,
      personId: person(200),
      citation: ' 数控加工一线技能领军人才 ',
    });
    expect(a).toMatchObject({
      kind: 'CHIEF_TECHNICIAN',
      year: 2026,
      status: 'NOMINATED',
      citation: '数控加工一线技能领军人才',
      person: { id: person(200) },
    });
    // Another HRSS account decides (maker-checker: the nominator cannot).
    const approved = await sg.request<Decided>(DECIDE, { id: a.id, approve: true }, REVIEWER);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.decideHonour.status).toBe('APPROVED');

    // The Union nominates craftsman honours too (五(十四), DUTY_CRAFTSMAN_HONOURS_UNION); HRSS may decide them.
    const union = devPrincipal('union');
    const b = await sg.request<Nominated>(
      NOMINATE,
      { input: { kind: 'CRAFTSMAN', year: 2026, personId: person(201) } },
      union,
    );
    expect(b.errors).toBeUndefined();
    const rejected = await sg.request<Decided>(DECIDE, { id: b.data!.nominateHonour.id, approve: false });
    expect(rejected.data!.decideHonour.status).toBe('REJECTED');

    // Decided is final: a second decision is an invalid transition and changes nothing.
    const again = await sg.request(DECIDE, { id: a.id, approve: false }, REVIEWER);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    expect(again.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    const still = await sg.request<HonourStatus>(`query ($id: ID!) { honour(id: $id) { status } }`, { id: a.id });
    expect(still.data!.honour!.status).toBe('APPROVED');

    const missing = await sg.request(DECIDE, { id: 'no-such-honour', approve: true });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records who nominated and who decided, and never lets the nominator decide (SAME_PERSON_CANNOT_DECIDE)', async () => {
    for (const approve of [true, false]) {
      const h = await nominate({ kind: 'TECHNICAL_EXPERT', year: 2026, personId: person(approve ? 210 : 211) });
      const own = await sg.request(DECIDE, { id: h.id, approve });
      expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON_CANNOT_DECIDE' });
      expect(own.errors?.[0]?.message).toMatch(/提名人不能审定/);
      expect(await stored(h.id)).toEqual({ status: 'NOMINATED', nominated_by: 'acc-hrss', decided_by: null });
      const other = await sg.request<Decided>(DECIDE, { id: h.id, approve }, REVIEWER);
      expect(other.errors).toBeUndefined();
      expect(await stored(h.id)).toEqual({
        status: approve ? 'APPROVED' : 'REJECTED',
        nominated_by: 'acc-hrss',
        decided_by: 'acc-hrss-reviewer',
      });
      const read = await sg.request<{ honour: { nominatedBy: string; decidedBy: string } }>(
        `query ($id: ID!) { honour(id: $id) { nominatedBy decidedBy } }`,
        { id: h.id },
      );
      expect(read.data!.honour).toEqual({ nominatedBy: 'acc-hrss', decidedBy: 'acc-hrss-reviewer' });
    }
  });

  it('lets each department nominate and decide only the kinds the duty map gives it (首席技师: not the Union)', async () => {
    const union = devPrincipal('union');
    const before = await rows();
    const chief = await sg.request(
      NOMINATE,
      { input: { kind: 'CHIEF_TECHNICIAN', year: 2026, personId: person(220) } },
      union,
    );
    expect(chief.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
    expect(chief.errors?.[0]?.message).toContain('五(十四)');
    expect(await rows()).toBe(before);
    // An HRSS nomination of 首席技师 cannot be decided by the Union either.
    const h = await nominate({ kind: 'CHIEF_TECHNICIAN', year: 2026, personId: person(221) });
    const decided = await sg.request(DECIDE, { id: h.id, approve: true }, union);
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
    expect(await stored(h.id)).toMatchObject({ status: 'NOMINATED', decided_by: null });
    // 四(十三): the Union co-leads 技术能手 and 技能状元; 五(十四) reading: it handles the craftsman honours.
    for (const kind of DUTIES.HONOUR.codes) {
      const res = await sg.request<Nominated>(NOMINATE, { input: { kind, year: 2027, personId: person(222) } }, union);
      if (canManageHonourKind('UNION', kind)) expect(res.errors, kind).toBeUndefined();
      else expect(res.errors?.[0]?.extensions?.code, kind).toBe('FORBIDDEN');
    }
  });

  it.each([
    ['a year before the policy window', { year: 2024 }, 'BAD_USER_INPUT', 'OUTSIDE_POLICY_WINDOW'],
    ['a year after the policy window', { year: 2030 }, 'BAD_USER_INPUT', 'OUTSIDE_POLICY_WINDOW'],
    ['an overlong citation', { citation: '长'.repeat(2001) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
    ['an unknown kind', { kind: 'NOBEL_PRIZE' }, 'BAD_USER_INPUT', undefined],
  ])('refuses a nomination with %s, writing nothing', async (_case, patch, code, reason) => {
    const before = await rows();
    const res = await sg.request(NOMINATE, {
      input: { kind: 'TECHNICAL_EXPERT', year: 2027, personId: person(202), ...patch },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) {
      expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await rows()).toBe(before);
  });

  it('refuses a second honour of the same kind for the same person and year as CONFLICT', async () => {
    await nominate({ kind: 'TECHNICAL_EXPERT', year: 2028, personId: person(203) });
    const before = await rows();
    const again = await sg.request(NOMINATE, {
      input: { kind: 'TECHNICAL_EXPERT', year: 2028, personId: person(203) },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_HONOUR' });
    expect(again.errors?.[0]?.message).toContain('济宁市技术能手');
    expect(await rows()).toBe(before);
    // Another year or another kind is a different honour.
    await nominate({ kind: 'TECHNICAL_EXPERT', year: 2029, personId: person(203) });
    await nominate({ kind: 'SKILLS_CHAMPION', year: 2028, personId: person(203) });
  });

  it('holds H3 under 21 concurrent approvals: exactly 20 首席技师 a year, the 21st refused naming T14 and 五(十四)', async () => {
    const year = 2028;
    const quota = honourQuotaFor('CHIEF_TECHNICIAN', year)!;
    expect(quota.ceiling).toBe(20);
    expect(await approvedIn('CHIEF_TECHNICIAN', year)).toBe(0);
    const ids: string[] = [];
    for (let i = 0; i <= quota.ceiling; i++)
      ids.push((await nominate({ kind: 'CHIEF_TECHNICIAN', year, personId: someone(300 + i) })).id);
    const answers = await Promise.all(ids.map((id) => sg.request<Decided>(DECIDE, { id, approve: true }, REVIEWER)));
    const ok = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(ok).toHaveLength(20);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HONOUR_QUOTA_EXCEEDED' });
    expect(refused[0]!.errors![0]!.message).toMatch(/T14.*五\(十四\)/);
    expect(refused[0]!.errors![0]!.message).toContain('20');
    expect(await approvedIn('CHIEF_TECHNICIAN', year)).toBe(20);
    expect(await rowsWhere(`kind = 'CHIEF_TECHNICIAN' AND year = ${year} AND status = 'NOMINATED'`)).toBe(1);
    // A full quota still lets a nomination be rejected, and another year has its own places.
    const left = ids.find((_, i) => answers[i]!.errors)!;
    expect((await sg.request<Decided>(DECIDE, { id: left, approve: false }, REVIEWER)).errors).toBeUndefined();
    const next = await nominate({ kind: 'CHIEF_TECHNICIAN', year: year + 1, personId: someone(300) });
    expect((await sg.request<Decided>(DECIDE, { id: next.id, approve: true }, REVIEWER)).errors).toBeUndefined();
  });

  it('holds H4: about 5 大工匠 (at most 6), and 工匠 with 手造工匠 sharing about 30 (at most 36)', async () => {
    const year = 2029;
    const approve = async (kind: string, n: number) => {
      const h = await nominate({ kind, year, personId: someone(400 + n) });
      return sg.request<Decided>(DECIDE, { id: h.id, approve: true }, REVIEWER);
    };
    const grandCeiling = honourQuotaFor('GRAND_CRAFTSMAN', year)!.ceiling;
    expect(grandCeiling).toBe(6);
    for (let i = 0; i < grandCeiling; i++) expect((await approve('GRAND_CRAFTSMAN', i)).errors).toBeUndefined();
    expect((await approve('GRAND_CRAFTSMAN', 99)).errors?.[0]?.extensions?.reason).toBe('HONOUR_QUOTA_EXCEEDED');
    const craftCeiling = honourQuotaFor('CRAFTSMAN', year)!.ceiling;
    expect(craftCeiling).toBe(36);
    for (let i = 0; i < craftCeiling; i++)
      expect((await approve(i % 2 ? 'CRAFTSMAN' : 'HANDICRAFT_CRAFTSMAN', 100 + i)).errors).toBeUndefined();
    const over = await approve('HANDICRAFT_CRAFTSMAN', 199);
    expect(over.errors?.[0]?.extensions?.reason).toBe('HONOUR_QUOTA_EXCEEDED');
    expect(over.errors?.[0]?.message).toMatch(/T15.*五\(十四\)/);
    // H1 (≥ 200 技术能手) is a minimum, not a ceiling: approvals are not capped.
    expect(honourQuotaFor('TECHNICAL_EXPERT', year)).toBeNull();
  });

  it('lets only accounts with awards:manage write (Finance is FORBIDDEN)', async () => {
    const before = await rows();
    const finance = devPrincipal('finance');
    const res = await sg.request(
      NOMINATE,
      { input: { kind: 'CRAFTSMAN', year: 2027, personId: person(204) } },
      finance,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pending = demo.honours.find((h) => h.status === 'NOMINATED')!;
    const decide = await sg.request(DECIDE, { id: pending.id, approve: true }, finance);
    expect(decide.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toBe(before);
    expect(
      (await sg.request<HonourStatus>(`query ($id: ID!) { honour(id: $id) { status } }`, { id: pending.id })).data!
        .honour!.status,
    ).toBe('NOMINATED');
    // Reading is open to every signed-in department.
    expect((await sg.request(`{ honours(first: 1) { totalCount } }`, {}, finance)).errors).toBeUndefined();
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ honours(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });

  it('answers Person._entities with honours for many people in one SQL statement', async () => {
    const reps = demo.people.slice(0, 60).map((p) => ({ __typename: 'Person', id: p.id }));
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id honours { id kind year status } } } }`;
    const { result, count, statements } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; honours: { id: string; kind: string; year: number; status: string }[] }>>(
        query,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(60);
    expect(count, statements.join('\n')).toBe(1);
    const showcase = result.data!._entities.find((e: { id: string }) => e.id === SHOWCASE_PERSON_ID);
    expect(showcase!.honours.map((h: { kind: string }) => h.kind)).toEqual(
      expect.arrayContaining(['TECHNICAL_EXPERT', 'SKILLS_CHAMPION']),
    );
  });

  it('resolves Honour entities by key', async () => {
    const h = demo.honours[5]!;
    const res = await sg.request<Entities<{ kind: string; year: number; status: string; person: { id: string } }>>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Honour { kind year status person { id } } } }`,
      { reps: [{ __typename: 'Honour', id: h.id }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual({
      kind: h.kind,
      year: h.year,
      status: h.status,
      person: { id: h.personId },
    });
  });
});
