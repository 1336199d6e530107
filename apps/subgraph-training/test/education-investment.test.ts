/**
 * 二(四) R4 in training: pilot enterprises' investment in vocational education per tax year, against a real database
 * over HTTP. A refused input writes nothing (no row, no audit, no fact); twenty identical records at once write one;
 * a wrong kind of unit and an unknown one are refused; HRSS alone holds the duty; a correction needs a reason, keeps
 * the earlier values in the history and sends the corrected record to finance through the outbox.
 */
import { listReferences } from '@jining/subgraph-kit';
import { devPrincipal, startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { training } from '../src/subgraph.ts';

const PILOT = 'org-ei-pilot';
const OTHER = 'org-ei-other';
const RACE = 'org-ei-race';
const COLLEGE = 'org-ei-college';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(training, {
    references: listReferences({
      people: [],
      organisations: [PILOT, OTHER, RACE, COLLEGE],
      profiles: {
        [PILOT]: { name: '济宁产教融合试点企业', kind: 'ENTERPRISE', stateOwned: false },
        [OTHER]: { name: '济宁普通企业', kind: 'ENTERPRISE', stateOwned: false },
        [RACE]: { name: '济宁并发企业', kind: 'ENTERPRISE', stateOwned: false },
        [COLLEGE]: { name: '济宁测试职业学院', kind: 'VOCATIONAL_COLLEGE', stateOwned: false },
      },
    }),
  });
});
afterAll(async () => sg?.stop());

const FIELDS = `id taxYear pilotEnterprise documentNo documentDate investmentFen surchargeDueFen clause recordedBy
  enterprise { id } history { action actorName note before after }`;
const RECORD = `mutation ($input: RecordEducationInvestmentInput!) { recordEducationInvestment(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation ($input: CorrectEducationInvestmentInput!) { correctEducationInvestment(input: $input) { ${FIELDS} } }`;

interface Record_ {
  id: string;
  taxYear: number;
  pilotEnterprise: boolean;
  documentNo: string | null;
  investmentFen: number | string;
  surchargeDueFen: number | string;
  history: { action: string; actorName: string; note: string | null; before: string | null; after: string | null }[];
}
const HRSS = devPrincipal('hrss');
const record = (input: Record<string, unknown>, as = HRSS) =>
  sg.request<{ recordEducationInvestment: Record_ }>(RECORD, { input }, as);
const correct = (input: Record<string, unknown>, as = HRSS) =>
  sg.request<{ correctEducationInvestment: Record_ }>(CORRECT, { input }, as);

const count = async (sql: string) => Number((await sg.db.query<{ n: string }>(sql))[0]!.n);
const written = async () => ({
  rows: await count('SELECT count(*)::text AS n FROM education_investment'),
  audits: await count(`SELECT count(*)::text AS n FROM _kit_audit WHERE entity_type = 'EducationInvestment'`),
  facts: await count(`SELECT count(*)::text AS n FROM _kit_outbox WHERE kind LIKE 'EDUCATION_INVESTMENT_%'`),
});

const pilot = (taxYear: number, enterpriseId = PILOT, investmentFen = '10000000', surchargeDueFen = '2000000') => ({
  enterpriseId,
  taxYear,
  pilotEnterprise: true,
  documentNo: '济发改社会〔2025〕12号',
  documentDate: '2025-03-01',
  investmentFen,
  surchargeDueFen,
});

describe('recording a pilot enterprise’s tax year', () => {
  it('records one, with its history, and sends the whole record to finance', async () => {
    const res = await record(pilot(2025));
    expect(res.errors).toBeUndefined();
    const r = res.data!.recordEducationInvestment;
    expect(r).toMatchObject({ taxYear: 2025, pilotEnterprise: true, clause: '二(四)', recordedBy: HRSS.accountId });
    expect(String(r.investmentFen)).toBe('10000000');
    expect(r.history.map((h) => h.action)).toEqual(['RECORD']);
    const [fact] = await sg.db.query<{ kind: string; subject_id: string; payload: Record<string, unknown> }>(
      `SELECT kind, subject_id, payload FROM _kit_outbox WHERE subject_id = $1`,
      [r.id],
    );
    expect(fact).toMatchObject({ kind: 'EDUCATION_INVESTMENT_RECORDED', subject_id: r.id });
    expect(fact!.payload).toEqual({
      recordId: r.id,
      enterpriseId: PILOT,
      taxYear: 2025,
      pilotEnterprise: true,
      documentNo: '济发改社会〔2025〕12号',
      documentDate: '2025-03-01',
      investmentFen: 10_000_000,
      surchargeDueFen: 2_000_000,
    });
  });

  it('refuses bad input, each on its field, and writes nothing', async () => {
    const before = await written();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...pilot(2026), investmentFen: '-1' }, 'input.investmentFen', 'NEGATIVE_AMOUNT'],
      [{ ...pilot(2026), surchargeDueFen: '-5' }, 'input.surchargeDueFen', 'NEGATIVE_AMOUNT'],
      [{ ...pilot(2026), documentNo: null }, 'input.documentNo', 'DOCUMENT_REQUIRED'],
      [{ ...pilot(2026), documentDate: null }, 'input.documentDate', 'DOCUMENT_REQUIRED'],
      [{ ...pilot(2026), documentDate: '2099-01-01' }, 'input.documentDate', 'INVALID_DATE'],
      [{ ...pilot(2026), pilotEnterprise: false }, 'input.documentNo', 'DOCUMENT_NOT_OF_NON_PILOT'],
      [pilot(2024), 'input.taxYear', 'YEAR_OUTSIDE_POLICY_WINDOW'],
      [pilot(2027), 'input.taxYear', 'YEAR_OUTSIDE_POLICY_WINDOW'],
      [pilot(2026, COLLEGE), 'input.enterpriseId', 'NOT_AN_ENTERPRISE'],
      [pilot(2026, 'org-nowhere'), 'input.enterpriseId', 'ORGANISATION_NOT_FOUND'],
      [pilot(2025), 'input.taxYear', 'EDUCATION_INVESTMENT_ALREADY_RECORDED'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await record(input);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ field, reason });
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // Not an amount at all: the Fen scalar refuses it before the resolver.
    const fraction = await record({ ...pilot(2026), investmentFen: '1.5' });
    expect(fraction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await written()).toEqual(before);
  });

  it('is HRSS’s (二(四)’s lead): Education, Finance and a county HRSS bureau are refused, nothing written', async () => {
    const before = await written();
    for (const who of ['education', 'finance', 'rencheng-hrss']) {
      const res = await record(pilot(2026, OTHER), devPrincipal(who));
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(await written()).toEqual(before);
  });

  it('twenty identical records at once write one record and one fact', async () => {
    const before = await written();
    const results = await Promise.all(Array.from({ length: 20 }, () => record(pilot(2025, RACE))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors?.[0]?.extensions?.reason).toBe('EDUCATION_INVESTMENT_ALREADY_RECORDED');
    }
    expect(await written()).toEqual({
      rows: before.rows + 1,
      audits: before.audits + 1,
      facts: before.facts + 1,
    });
  });

  it('records a non-pilot year without a document', async () => {
    const res = await record({
      enterpriseId: OTHER,
      taxYear: 2025,
      pilotEnterprise: false,
      investmentFen: '500000',
      surchargeDueFen: '100000',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordEducationInvestment).toMatchObject({ pilotEnterprise: false, documentNo: null });
  });
});

describe('correcting a record', () => {
  it('needs a reason and a change; keeps the earlier values in its history; sends the corrected record', async () => {
    const first = (await record(pilot(2026))).data!.recordEducationInvestment;
    const before = await written();
    const { enterpriseId: _e, taxYear: _y, ...figures } = pilot(2026, PILOT, '20000000');
    const noReason = await correct({ id: first.id, ...figures, reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'input.reason' });
    const unknown = await correct({ id: 'nothing-here', ...figures, reason: '投资额录入有误' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      field: 'input.id',
      reason: 'EDUCATION_INVESTMENT_NOT_FOUND',
    });
    const negative = await correct({ id: first.id, ...figures, surchargeDueFen: '-1', reason: '投资额录入有误' });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ field: 'input.surchargeDueFen' });
    const byEducation = await correct(
      { id: first.id, ...figures, reason: '投资额录入有误' },
      devPrincipal('education'),
    );
    expect(byEducation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);

    // Twenty identical corrections at once: one changes the record, the others find nothing to change.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => correct({ id: first.id, ...figures, reason: '投资额录入有误' })),
    );
    const done = results.filter((r) => !r.errors);
    expect(done).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors?.[0]?.extensions?.reason).toBe('NOTHING_TO_CORRECT');
    }
    const corrected = done[0]!.data!.correctEducationInvestment;
    expect(String(corrected.investmentFen)).toBe('20000000');
    expect(corrected.history.map((h) => [h.action, h.note])).toEqual([
      ['RECORD', null],
      ['CORRECT', '投资额录入有误'],
    ]);
    expect(JSON.parse(corrected.history[1]!.before!)).toMatchObject({ investmentFen: '10000000' });
    expect(JSON.parse(corrected.history[1]!.after!)).toMatchObject({ investmentFen: '20000000' });
    expect(await written()).toEqual({ rows: before.rows, audits: before.audits + 1, facts: before.facts + 1 });
    const [fact] = await sg.db.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM _kit_outbox WHERE subject_id = $1 AND kind = 'EDUCATION_INVESTMENT_CORRECTED'`,
      [first.id],
    );
    expect(fact!.payload).toMatchObject({ investmentFen: 20_000_000, reason: '投资额录入有误', taxYear: 2026 });
  });

  it('lists records by year and pilot status, and on the organisation', async () => {
    const list = await sg.request<{
      educationInvestments: { totalCount: number; edges: { node: { taxYear: number; pilotEnterprise: boolean } }[] };
    }>(
      `{ educationInvestments(taxYear: 2025, pilotEnterprise: true) { totalCount edges { node { taxYear pilotEnterprise } } } }`,
      {},
      HRSS,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.educationInvestments.edges.every(({ node: n }) => n.taxYear === 2025 && n.pilotEnterprise)).toBe(
      true,
    );
    expect(list.data!.educationInvestments.totalCount).toBe(2);
    const org = await sg.request<{ _entities: { educationInvestments: { taxYear: number }[] }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { educationInvestments { taxYear } } } }`,
      { r: [{ __typename: 'Organisation', id: PILOT }] },
      HRSS,
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!._entities[0]!.educationInvestments.map((x) => x.taxYear)).toEqual([2026, 2025]);
  });
});
