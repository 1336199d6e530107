import { SHOWCASE_PERSON_ID, demoDataset } from '@jining/demo-data';
import { assess } from '@jining/rules';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { finance } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { demo: seedDemo });
});
afterAll(async () => sg?.stop());

const FINANCE = devPrincipal('finance');
const RENCHENG = devPrincipal('rencheng-finance');
const FIELDS = `id ruleId clause description amount status factRef benefitGroup benefitKey createdAt
  beneficiaryPerson { id } beneficiaryOrganisation { id } county { code } shares { payer amount }`;
const CREATE = `mutation ($input: CreateEntitlementInput!) { createEntitlement(input: $input) { ${FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $status: EntitlementStatus, $countyCode: ID, $ruleId: String) {
  entitlements(first: $first, after: $after, status: $status, countyCode: $countyCode, ruleId: $ruleId) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id ruleId status amount county { code } shares { payer amount } } }
  }
}`;
type Share = { payer: string; amount: number };
/** The data of LIST. */
type Listed = {
  entitlements: Connection<{
    id: string;
    ruleId: string;
    status: string;
    amount: number;
    county: { code: string } | null;
    shares: Share[];
  }>;
};
/** The data of CREATE (FIELDS). */
type Created = {
  createEntitlement: {
    id: string;
    ruleId: string;
    clause: string;
    description: string;
    amount: number;
    status: string;
    factRef: string;
    benefitGroup: string;
    benefitKey: string;
    createdAt: string;
    beneficiaryPerson: { id: string } | null;
    beneficiaryOrganisation: { id: string } | null;
    county: { code: string } | null;
    shares: Share[];
  };
};

const rows = async (table: 'entitlement' | 'cost_share', where = 'TRUE', params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE ${where}`, params))[0]!.n);

/** A valid R1 grant (技师 2,000 元 = 200,000 分, 市县 5:5) for a person not in the demo data; amounts come from the rules. */
function r1Input(personId: string, overrides: Record<string, unknown> = {}) {
  const grant = assess({
    kind: 'TECHNICIAN_CERTIFICATE',
    personId,
    certificateId: `cert-${personId}`,
    level: 'TECHNICIAN',
    certificateDate: '2025-06-01',
    newlyObtained: true,
    employerId: 'org-x',
    employerIsEnterprise: true,
    countyCode: '370811',
  }).grants[0]!;
  return {
    ruleId: grant.ruleId,
    clause: grant.clause,
    description: '新取得技师职业技能等级一次性补贴',
    beneficiaryPersonId: personId,
    countyCode: '370811',
    factRef: grant.factRef,
    benefitGroup: grant.benefitGroup,
    amount: grant.amountFen,
    shares: grant.shares.map((s) => ({ payer: s.payer, amount: s.amountFen })),
    ...overrides,
  };
}

describe('demo seed', () => {
  it('loads entitlements computed by the rules, the showcase person included', async () => {
    const res = await sg.request<Listed>(LIST, { first: 5 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entitlements.totalCount).toBeGreaterThan(50);
    const showcase = await sg.request<{
      _entities: [{ entitlements: { ruleId: string; amount: number; shares: Share[] }[] }];
    }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { entitlements { ruleId amount shares { payer amount } } } } }`,
      { reps: [{ __typename: 'Person', id: SHOWCASE_PERSON_ID }] },
    );
    const mine = showcase.data!._entities[0].entitlements;
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const e of mine)
      expect(e.shares.reduce((sum: number, s: { amount: number }) => sum + s.amount, 0)).toBe(e.amount);
    // R7/R8 studios go to their host units.
    expect(await rows('entitlement', `rule_id IN ('R7','R8') AND beneficiary_organisation_id IS NOT NULL`)).toBe(
      demoDataset().studios.length,
    );
    // Every seeded amount is split exactly (no fen lost) and R1's county share has a county.
    expect(
      await rows('entitlement', `amount <> (SELECT sum(amount) FROM cost_share WHERE entitlement_id = entitlement.id)`),
    ).toBe(0);
    expect(await rows('entitlement', `rule_id = 'R1' AND county_code IS NULL`)).toBe(0);
  });

  it('keeps why with every computed amount: the rules steps in Chinese and the parameter versions used', async () => {
    const res = await sg.request<{
      _entities: [
        {
          entitlements: {
            ruleId: string;
            amount: number;
            explanation: { clause: string; ok: boolean; sentence: string; parameters: { id: string }[] }[];
            parameters: {
              id: string;
              clause: string;
              value: string;
              validFrom: string;
              validUntil: string | null;
              source: string;
            }[];
          }[];
        },
      ];
    }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { entitlements {
      ruleId amount explanation { clause ok sentence parameters { id } } parameters { id clause value validFrom validUntil source } } } } }`,
      { reps: [{ __typename: 'Person', id: SHOWCASE_PERSON_ID }] },
    );
    expect(res.errors).toBeUndefined();
    const [r1] = res.data!._entities[0].entitlements.filter((e) => e.ruleId === 'R1');
    expect(r1!.explanation.length).toBeGreaterThan(1);
    for (const step of r1!.explanation) expect(step.sentence).toMatch(/[\u4e00-\u9fa5]/);
    expect(r1!.explanation.every((s) => s.ok)).toBe(true);
    // The amount is one of the dated parameter values it was computed from, with its clause and source.
    expect(r1!.parameters.some((p) => p.value.includes(String(r1!.amount)))).toBe(true);
    for (const p of r1!.parameters)
      expect(p).toMatchObject({
        clause: expect.any(String),
        validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        source: expect.any(String),
      });
    expect(await rows('entitlement', 'explanation IS NULL')).toBe(0);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const [before, sharesBefore] = [await rows('entitlement'), await rows('cost_share')];
    await seedDemo({ prisma: sg.prisma, log: () => {} });
    expect(await rows('entitlement')).toBe(before);
    expect(await rows('cost_share')).toBe(sharesBefore);
  });
});

describe('entitlements query', () => {
  it('pages as a Relay connection with a total', async () => {
    const first = await sg.request<Listed>(LIST, { first: 3 });
    expect(first.data!.entitlements.edges).toHaveLength(3);
    expect(first.data!.entitlements.pageInfo.hasNextPage).toBe(true);
    const next = await sg.request<Listed>(LIST, { first: 3, after: first.data!.entitlements.pageInfo.endCursor });
    expect(next.data!.entitlements.edges[0]!.node.id).not.toBe(first.data!.entitlements.edges[0]!.node.id);
    expect(next.data!.entitlements.totalCount).toBe(first.data!.entitlements.totalCount);
  });

  it('filters by status, county and rule', async () => {
    const byRule = await sg.request<Listed>(LIST, { first: 100, ruleId: 'R8' });
    expect(byRule.data!.entitlements.totalCount).toBe(await rows('entitlement', `rule_id = 'R8'`));
    expect(byRule.data!.entitlements.edges.every((e) => e.node.ruleId === 'R8' && e.node.county === null)).toBe(true);
    const byCounty = await sg.request<Listed>(LIST, { first: 100, countyCode: '370811' });
    expect(byCounty.data!.entitlements.totalCount).toBe(await rows('entitlement', `county_code = '370811'`));
    expect(byCounty.data!.entitlements.edges.every((e) => e.node.county!.code === '370811')).toBe(true);
    const paid = await sg.request<Listed>(LIST, { first: 100, status: 'PAID', ruleId: 'R1' });
    expect(paid.data!.entitlements.totalCount).toBe(await rows('entitlement', `status = 'PAID' AND rule_id = 'R1'`));
    expect(paid.data!.entitlements.totalCount).toBeGreaterThan(0);
  });

  it('looks one up by id', async () => {
    const id = (await sg.db.query<{ id: string }>(`SELECT id FROM entitlement WHERE rule_id = 'R1' LIMIT 1`))[0]!.id;
    const res = await sg.request(`query ($id: ID!) { entitlement(id: $id) { ${FIELDS} } }`, { id });
    expect(res.data!.entitlement).toMatchObject({ id, ruleId: 'R1', clause: '二(二)' });
    const none = await sg.request(`{ entitlement(id: "nope") { id } }`);
    expect(none.data!.entitlement).toBeNull();
  });
});

describe('county finance accounts see only their own county', () => {
  it('in the list, whatever filter they pass', async () => {
    const own = await sg.request<Listed>(LIST, { first: 100 }, RENCHENG);
    expect(own.data!.entitlements.totalCount).toBe(await rows('entitlement', `county_code = '370811'`));
    expect(own.data!.entitlements.totalCount).toBeGreaterThan(0);
    expect(own.data!.entitlements.edges.every((e) => e.node.county?.code === '370811')).toBe(true);
    const other = await sg.request<Listed>(LIST, { first: 100, countyCode: '370812' }, RENCHENG);
    expect(other.data!.entitlements.totalCount).toBe(0);
    expect(other.data!.entitlements.edges).toHaveLength(0);
  });

  it('by id and as an entity', async () => {
    const [mine] = await sg.db.query<{ id: string }>(`SELECT id FROM entitlement WHERE county_code = '370811' LIMIT 1`);
    const [theirs] = await sg.db.query<{ id: string }>(
      `SELECT id FROM entitlement WHERE county_code = '370812' LIMIT 1`,
    );
    const q = `query ($id: ID!) { entitlement(id: $id) { id } }`;
    expect((await sg.request(q, { id: mine!.id }, RENCHENG)).data!.entitlement).toEqual({ id: mine!.id });
    expect((await sg.request(q, { id: theirs!.id }, RENCHENG)).data!.entitlement).toBeNull();
    const entities = await sg.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Entitlement { id } } }`,
      {
        reps: [
          { __typename: 'Entitlement', id: mine!.id },
          { __typename: 'Entitlement', id: theirs!.id },
        ],
      },
      RENCHENG,
    );
    expect(entities.data!._entities).toEqual([{ id: mine!.id }, null]);
  });

  it('under Person and Organisation', async () => {
    const people = await sg.db.query<{ p: string; c: string }>(
      `SELECT beneficiary_person_id AS p, county_code AS c FROM entitlement WHERE county_code IN ('370811','370812') AND beneficiary_person_id IS NOT NULL`,
    );
    const reps = [...new Set(people.map((r) => r.p))].map((id) => ({ __typename: 'Person', id }));
    const q = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id entitlements { county { code } } } } }`;
    type PersonCounties = Entities<{ id: string; entitlements: { county: { code: string } | null }[] }>;
    const asCity = (await sg.request<PersonCounties>(q, { reps }, FINANCE)).data!._entities.flatMap(
      (p) => p.entitlements,
    );
    const asCounty = (await sg.request<PersonCounties>(q, { reps }, RENCHENG)).data!._entities.flatMap(
      (p) => p.entitlements,
    );
    expect(asCity.some((e) => e.county!.code === '370812')).toBe(true);
    expect(asCounty.length).toBe(people.filter((r) => r.c === '370811').length);
    expect(asCounty.every((e) => e.county!.code === '370811')).toBe(true);
    // Studio grants are city-paid (no county share): a county account does not see them under the host unit.
    const [studio] = await sg.db.query<{ o: string }>(
      `SELECT beneficiary_organisation_id AS o FROM entitlement WHERE rule_id = 'R7' LIMIT 1`,
    );
    const oq = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { entitlements { ruleId } } } }`;
    type OrganisationRules = { _entities: [{ entitlements: { ruleId: string }[] }] };
    const orgReps = { reps: [{ __typename: 'Organisation', id: studio!.o }] };
    expect(
      (await sg.request<OrganisationRules>(oq, orgReps, FINANCE)).data!._entities[0].entitlements.length,
    ).toBeGreaterThan(0);
    expect((await sg.request<OrganisationRules>(oq, orgReps, RENCHENG)).data!._entities[0].entitlements).toEqual([]);
  });
});

describe('the county scope is applied in one place', () => {
  it('every read of the entitlement table goes through visibleEntitlements (src/schema/visible-entitlements.ts)', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))
      .map((f) => join(src, f));
    const reads = /\.entitlement\s*\.\s*(find\w*|count|aggregate|groupBy)\b|\$queryRaw/;
    const offenders = files.filter(
      (f) => !f.endsWith(join('schema', 'visible-entitlements.ts')) && reads.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
    // … and the readers there all scope their where.
    const reader = readFileSync(join(src, 'schema', 'visible-entitlements.ts'), 'utf8');
    expect(reader.match(/table\.(count|findMany|findFirst)\(/g)).toHaveLength(3);
    expect(reader.match(/scopedWhere\(ctx\.principal/g)).toHaveLength(3);
  });
});

describe('createEntitlement', () => {
  it('records an entitlement with its shares in one go', async () => {
    const input = r1Input('person-new-1');
    const res = await sg.request<Created>(CREATE, { input }, FINANCE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEntitlement).toMatchObject({
      ruleId: 'R1',
      clause: '二(二)',
      amount: 200000,
      status: 'PENDING',
      beneficiaryPerson: { id: 'person-new-1' },
      beneficiaryOrganisation: null,
      county: { code: '370811' },
      factRef: 'TECHNICIAN',
      benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
      benefitKey: 'PERSON:person-new-1|SKILL_CERTIFICATE_SUBSIDY|TECHNICIAN',
      shares: [
        { payer: 'CITY', amount: 100000 },
        { payer: 'COUNTY', amount: 100000 },
      ],
    });
    expect(Number.isNaN(Date.parse(res.data!.createEntitlement.createdAt))).toBe(false);
    expect(await rows('cost_share', 'entitlement_id = $1', [res.data!.createEntitlement.id])).toBe(2);
  });

  it('records an organisation grant paid by one payer, without a county', async () => {
    const input = {
      ruleId: 'R9',
      clause: '二(六)',
      description: '市级工匠学院建设补助',
      beneficiaryOrganisationId: 'org-new-1',
      factRef: 'college-1',
      benefitGroup: 'CRAFTSMAN_COLLEGE_GRANT',
      amount: '20000000',
      shares: [{ payer: 'UNION', amount: '20000000' }],
    };
    const res = await sg.request(CREATE, { input }, FINANCE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEntitlement).toMatchObject({
      beneficiaryOrganisation: { id: 'org-new-1' },
      county: null,
      amount: 20000000,
    });
  });

  it('refuses a second grant for the same benefit as CONFLICT, writing nothing', async () => {
    const input = r1Input('person-dup');
    expect((await sg.request(CREATE, { input }, FINANCE)).errors).toBeUndefined();
    const [e, s] = [await rows('entitlement'), await rows('cost_share')];
    const again = await sg.request(CREATE, { input: { ...input, description: '再次申请' } }, FINANCE);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_BENEFIT' });
    expect(again.errors?.[0]?.message).toMatch(/不重复/);
    expect([await rows('entitlement'), await rows('cost_share')]).toEqual([e, s]);
  });

  it('refuses a manual grant for a benefit the seed already computed', async () => {
    const [seeded] = await sg.db.query<{ p: string; f: string }>(
      `SELECT beneficiary_person_id AS p, fact_ref AS f FROM entitlement WHERE beneficiary_person_id = $1 LIMIT 1`,
      [SHOWCASE_PERSON_ID],
    );
    const res = await sg.request(CREATE, { input: r1Input(seeded!.p, { factRef: seeded!.f }) }, FINANCE);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_BENEFIT' });
  });

  it.each([
    ['a zero amount', { amount: 0, shares: [{ payer: 'CITY', amount: 0 }] }, 'INVALID_AMOUNT'],
    ['a negative amount', { amount: -200000, shares: [{ payer: 'CITY', amount: -200000 }] }, 'INVALID_AMOUNT'],
    [
      'a non-positive share',
      {
        shares: [
          { payer: 'CITY', amount: 200000 },
          { payer: 'COUNTY', amount: 0 },
        ],
      },
      'INVALID_AMOUNT',
    ],
    ['no shares', { shares: [] }, 'SHARES_REQUIRED'],
    [
      'a payer twice',
      {
        shares: [
          { payer: 'CITY', amount: 100000 },
          { payer: 'CITY', amount: 100000 },
        ],
      },
      'DUPLICATE_PAYER',
    ],
    [
      'shares short by one fen',
      {
        shares: [
          { payer: 'CITY', amount: 100000 },
          { payer: 'COUNTY', amount: 99999 },
        ],
      },
      'SHARES_DO_NOT_ADD_UP',
    ],
    [
      'shares over the amount',
      {
        shares: [
          { payer: 'CITY', amount: 100000 },
          { payer: 'COUNTY', amount: 100001 },
        ],
      },
      'SHARES_DO_NOT_ADD_UP',
    ],
    ['a county share without a county', { countyCode: null }, 'COUNTY_REQUIRED'],
    ['an unknown county', { countyCode: '110105' }, 'UNKNOWN_COUNTY'],
    ['two beneficiaries', { beneficiaryOrganisationId: 'org-x' }, 'ONE_BENEFICIARY_REQUIRED'],
    ['no beneficiary', { beneficiaryPersonId: null }, 'ONE_BENEFICIARY_REQUIRED'],
    ['an unknown rule', { ruleId: 'R17' }, 'UNKNOWN_RULE'],
    ['a clause that is not the rule’s', { clause: '三(九)' }, 'CLAUSE_MISMATCH'],
    ['an unknown benefit group', { benefitGroup: 'R1-technician' }, 'UNKNOWN_BENEFIT_GROUP'],
    ['an empty description', { description: ' ' }, 'VALIDATION_FAILED'],
  ])('refuses %s with a coded Chinese error and writes nothing', async (_case, overrides, reason) => {
    const [e, s] = [await rows('entitlement'), await rows('cost_share')];
    const res = await sg.request(CREATE, { input: r1Input('person-bad', overrides) }, FINANCE);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect([await rows('entitlement'), await rows('cost_share')]).toEqual([e, s]);
  });

  it('refuses a fractional amount (money is integer fen)', async () => {
    const before = await rows('entitlement');
    const res = await sg.request(CREATE, { input: r1Input('person-frac', { amount: 2000.5 }) }, FINANCE);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows('entitlement')).toBe(before);
  });

  it('is for the Finance Bureau only: HRSS and county accounts get FORBIDDEN', async () => {
    const before = await rows('entitlement');
    for (const who of [devPrincipal('hrss'), RENCHENG]) {
      const res = await sg.request(CREATE, { input: r1Input('person-forbidden') }, who);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rows('entitlement')).toBe(before);
  });
});

describe('the database guards the money', () => {
  it('refuses a duplicate benefit key, two beneficiaries or a non-positive amount even without the resolver', async () => {
    const benefit_key = (await sg.db.query<{ benefit_key: string }>(`SELECT benefit_key FROM entitlement LIMIT 1`))[0]!
      .benefit_key;
    const insert = (key: string, person: string | null, org: string | null, amount: number) =>
      sg.db.query(
        `INSERT INTO entitlement (id, rule_id, clause, description, beneficiary_person_id, beneficiary_organisation_id, amount, fact_ref, benefit_group, benefit_key)
        VALUES (gen_random_uuid()::text, 'R1', '二(二)', 'x', $1, $2, $3, 'f', 'g', $4)`,
        [person, org, amount, key],
      );
    await expect(insert(benefit_key, 'p', null, 1)).rejects.toThrow();
    await expect(insert('k-two', 'p', 'o', 1)).rejects.toThrow();
    await expect(insert('k-none', null, null, 1)).rejects.toThrow();
    await expect(insert('k-zero', 'p', null, 0)).rejects.toThrow();
  });
});

describe('federation and access', () => {
  it('answers Person._entities with one SQL statement however many people', async () => {
    const ids = (
      await sg.db.query<{ p: string }>(
        `SELECT DISTINCT beneficiary_person_id AS p FROM entitlement WHERE beneficiary_person_id IS NOT NULL LIMIT 40`,
      )
    ).map((r) => r.p);
    const reps = ids.map((id) => ({ __typename: 'Person', id }));
    const { result, count } = await sg.db.countQueries(() =>
      sg.request<Entities<{ id: string; entitlements: { id: string; amount: number }[] }>>(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id entitlements { id amount } } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(ids.length);
    expect(result.data!._entities.every((p) => p.entitlements.length > 0)).toBe(true);
    expect(count).toBe(1);
  });

  it('answers Organisation._entities with one SQL statement however many organisations', async () => {
    const reps = demoDataset().organisations.map((o) => ({ __typename: 'Organisation', id: o.id }));
    const { result, count } = await sg.db.countQueries(() =>
      sg.request(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { id entitlements { id } } } }`,
        { reps },
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(reps.length);
    expect(count).toBe(1);
  });

  it('refuses calls without the gateway signature', async () => {
    const res = await sg.request(`{ entitlements(first: 1) { totalCount } }`, {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });
});

describe('amounts the platform cannot hold', () => {
  it('refuses a Fen beyond the safe range, a fraction or a word as BAD_USER_INPUT naming the field; nothing written', async () => {
    const before = [await rows('entitlement'), await rows('cost_share')];
    const input = r1Input('person-huge');
    for (const [bad, field, reason] of [
      [{ amount: '9999999999999999' }, 'input.amount', 'AMOUNT_OUT_OF_RANGE'],
      [{ amount: 1e16 /* JSON 9999999999999999 */ }, 'input.amount', 'AMOUNT_OUT_OF_RANGE'],
      [{ amount: '1.5' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ amount: 'abc' }, 'input.amount', 'INVALID_AMOUNT'],
      [
        { shares: [{ payer: 'CITY', amount: '99999999999999999999999' }] },
        'input.shares[0].amount',
        'AMOUNT_OUT_OF_RANGE',
      ],
    ] as const) {
      const res = await sg.request(CREATE, { input: { ...input, ...bad } }, FINANCE);
      expect(res.errors?.[0]?.extensions, JSON.stringify(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(res.errors?.[0]?.message).toContain(`（字段 ${field}）`);
    }
    expect([await rows('entitlement'), await rows('cost_share')]).toEqual(before);
  });

  it('names a refused share as GraphQL names a refused scalar in a list: input.shares[1].amount', async () => {
    const share = (payer: string, amount: number) => ({ payer, amount });
    for (const [shares, field] of [
      [[share('CITY', 200000), share('COUNTY', -1)], 'input.shares[1].amount'],
      [[share('CITY', 100000), share('CITY', 100000)], 'input.shares[1].payer'],
    ] as const) {
      const res = await sg.request(CREATE, { input: r1Input('person-share', { shares }) }, FINANCE);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
