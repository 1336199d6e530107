import { SHOWCASE_PERSON_ID, demoDataset } from '@jining/demo-data';
import {
  devPrincipal,
  startTestSubgraph,
  type Connection,
  type Entities,
  type TestSubgraph,
} from '@jining/subgraph-kit/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
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
const rows = async (table: 'entitlement' | 'cost_share', where = 'TRUE', params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE ${where}`, params))[0]!.n);

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

  it('walks entitlements along the way with the real steps: every queue has some, budgets hold, the books reconcile', async () => {
    const statuses = await sg.db.query<{ status: string; n: string }>(
      `SELECT status::text AS status, count(*)::text AS n FROM entitlement GROUP BY 1`,
    );
    const byStatus = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
    for (const s of ['CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY', 'PAYABLE', 'IN_PAYMENT', 'PAID']) {
      expect(byStatus[s], s).toBeGreaterThan(0);
    }
    const years = (await sg.db.query<{ year: number }>(`SELECT DISTINCT year FROM entitlement ORDER BY 1`)).map(
      (r) => r.year,
    );
    for (const year of years) {
      const res = await sg.request<{
        reconciliation: { clean: boolean; differences: unknown[] };
        budgets: { budget: number | null; committed: number; remaining: number | null }[];
      }>(
        `query ($year: Int!) { reconciliation(year: $year) { clean differences { message } }
          budgets(year: $year) { budget committed remaining } }`,
        { year },
        FINANCE,
      );
      expect(res.data!.reconciliation, String(year)).toEqual({ clean: true, differences: [] });
      for (const line of res.data!.budgets) {
        expect(line.budget).not.toBeNull();
        expect(line.remaining).toBeGreaterThanOrEqual(0);
      }
    }
    // Every step is in the history, the first one the calculation.
    expect(
      await rows(
        'entitlement',
        `NOT EXISTS (SELECT 1 FROM entitlement_history h WHERE h.entitlement_id = entitlement.id AND h.action = 'CALCULATED')`,
      ),
    ).toBe(0);
    expect(
      await rows(
        'entitlement',
        `status = 'PAID' AND NOT EXISTS (SELECT 1 FROM entitlement_history h WHERE h.entitlement_id = entitlement.id AND h.action = 'PAID')`,
      ),
    ).toBe(0);
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
    const reviewed = await sg.request<Listed>(LIST, { first: 100, status: 'REVIEWED', ruleId: 'R1' });
    expect(reviewed.data!.entitlements.totalCount).toBe(
      await rows('entitlement', `status = 'REVIEWED' AND rule_id = 'R1'`),
    );
    expect(reviewed.data!.entitlements.totalCount).toBeGreaterThan(0);
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
    // Not answering a caller: the fact consumer reads earlier grants as the platform's own service, and a review
    // step locks the one row it changes (city Finance only: county accounts hold no finance:manage), and so does the
    // amount a reviewer decides within it (decided-amount.ts, called from the review step). The money steps
    // (publicity, payments, budgets) lock the rows they change; where they also answer a caller with sums (budget
    // lines, payable shares, reconciliation, reports) they apply the same county scope, which is checked below.
    const steps = ['budgets.ts', 'publicity.ts', 'payments.ts', 'reconciliation.ts'].map((f) => join('domain', f));
    const internal = [
      join('schema', 'visible-entitlements.ts'),
      join('domain', 'transitions.ts'),
      join('domain', 'decided-amount.ts'),
      `facts${sep}`,
      ...steps,
    ];
    const offenders = files.filter((f) => !internal.some((i) => f.includes(i)) && reads.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    for (const answering of ['budgets.ts', 'payments.ts', 'reconciliation.ts']) {
      const text = readFileSync(join(src, 'domain', answering), 'utf8');
      expect(text, answering).toMatch(/const scope = countyScope\(principal\)/);
    }
    // … and the readers there all scope their where.
    const reader = readFileSync(join(src, 'schema', 'visible-entitlements.ts'), 'utf8');
    expect(reader.match(/table\.(count|findMany|findFirst|groupBy)\(/g)).toHaveLength(4);
    expect(reader.match(/scopedWhere\(ctx\.principal/g)).toHaveLength(4);
  });
});

describe('the database guards the money', () => {
  it('refuses one fact granting one benefit twice, two beneficiaries, a non-positive amount or more than the grant', async () => {
    const insert = (key: string, person: string | null, org: string | null, amount: number, grant = amount) =>
      sg.db.query(
        `INSERT INTO entitlement (id, rule_id, clause, description, beneficiary_person_id, beneficiary_organisation_id,
           amount, grant_amount, year, fact_ref, benefit_group, benefit_key, fact_id)
        VALUES (gen_random_uuid()::text, 'R1', '二(二)', 'x', $1, $2, $3, $4, 2025, 'f', 'g', $5, $6)`,
        [person, org, amount, grant, key, null],
      );
    await expect(insert('k-two', 'p', 'o', 1)).rejects.toThrow();
    await expect(insert('k-none', null, null, 1)).rejects.toThrow();
    await expect(insert('k-zero', 'p', null, 0)).rejects.toThrow();
    await expect(insert('k-over', 'p', null, 300_000, 200_000)).rejects.toThrow();
    expect(await rows('entitlement', `benefit_key LIKE 'k-%'`)).toBe(0);
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
