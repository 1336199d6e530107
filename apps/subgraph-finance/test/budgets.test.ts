/**
 * Budgets (预算): set by city Finance per payer, county, year and benefit group; every approval is checked against
 * what is left, safely under concurrency; a refused approval writes nothing; committed, pending, paid and remaining
 * per payer and county.
 */
import { devPrincipal, startTestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finance } from '../src/subgraph.ts';
import {
  APPROVE,
  APPROVER,
  budget,
  computed,
  count,
  enterprise,
  FINANCE,
  ok,
  refusal,
  RENCHENG,
  reviewed,
  SET_BUDGET,
  statuses,
  type Finance,
} from './helpers.ts';

let sg: Finance;
beforeAll(async () => {
  sg = await startTestSubgraph(finance, { background: false });
  await budget(sg, 'CITY', 1_000_000_000_00);
});
afterAll(async () => sg?.stop());

/** 技师: ¥2,000.00, of which the county pays ¥1,000.00. */
const COUNTY_SHARE = 100_000;

interface Line {
  payer: string;
  county: { code: string } | null;
  benefitGroup: string;
  budget: number | null;
  committed: number;
  pending: number;
  paid: number;
  remaining: number | null;
}
const BUDGETS = `query ($year: Int!) { budgets(year: $year) {
  payer county { code } year benefitGroup budget committed pending paid remaining } }`;
const budgets = async (who = FINANCE) =>
  ok(await sg.request<{ budgets: Line[] }>(BUDGETS, { year: 2025 }, who)).budgets;
const countyLine = async (code: string, who = FINANCE) =>
  (await budgets(who)).find((l) => l.payer === 'COUNTY' && l.county?.code === code);

describe('setting budgets', () => {
  const input = (over: Record<string, unknown>) => ({
    input: { payer: 'CITY', year: 2025, benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY', amount: 100, ...over },
  });

  it('is city Finance’s: a county account, HRSS and the Trade Union are refused', async () => {
    for (const who of [RENCHENG, devPrincipal('hrss'), devPrincipal('union')]) {
      expect(
        refusal(await sg.request(SET_BUDGET, input({ payer: 'COUNTY', countyCode: '370811' }), who)),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await count(sg, `budget WHERE payer = 'COUNTY'`)).toBe(0);
  });

  it('refuses, with a code and the field, what is not a budget; nothing is written', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ payer: 'TAX' }, 'TAX_IS_NOT_CASH', 'input.payer'],
      [{ payer: 'COUNTY' }, 'COUNTY_REQUIRED', 'input.countyCode'],
      [{ payer: 'COUNTY', countyCode: '999999' }, 'UNKNOWN_COUNTY', 'input.countyCode'],
      [{ countyCode: '370811' }, 'COUNTY_ONLY_FOR_COUNTY_PAYER', 'input.countyCode'],
      [{ year: 2024 }, 'YEAR_OUTSIDE_POLICY', 'input.year'],
      [{ amount: -1 }, 'NEGATIVE_AMOUNT', 'input.amount'],
    ];
    const before = await count(sg, 'budget');
    for (const [over, reason, field] of cases) {
      const res = await sg.request(SET_BUDGET, input(over), FINANCE);
      expect(refusal(res), reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count(sg, 'budget')).toBe(before);
  });

  it('sets a county’s budget once per key: setting again changes it', async () => {
    await budget(sg, 'COUNTY', 500_000, '370826');
    const line = await budget(sg, 'COUNTY', 700_000, '370826');
    expect(line).toEqual({
      setBudget: {
        payer: 'COUNTY',
        county: { code: '370826' },
        year: 2025,
        benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
        budget: 700_000,
        committed: 0,
        pending: 0,
        paid: 0,
        remaining: 700_000,
      },
    });
    expect(await count(sg, `budget WHERE county_code = '370826'`)).toBe(1);
    // Each setting is audited with what it was and what it became (fen, as decimal strings).
    const audit = await sg.db.query<{ before: { amount: string } | null; after: { amount: string } }>(
      `SELECT a.before, a.after FROM _kit_audit a JOIN budget b ON b.id = a.entity_id
       WHERE a.action = 'SET_BUDGET' AND b.county_code = '370826' ORDER BY a.seq`,
    );
    expect(audit.map((a) => [a.before?.amount ?? null, a.after.amount])).toEqual([
      [null, '500000'],
      ['500000', '700000'],
    ]);
  });
});

describe('approval against the budget', () => {
  it('without a budget for its county share: NO_BUDGET, in words, and nothing is written', async () => {
    const [id] = await reviewed(sg, await computed(sg, ['无预算'], { employer: enterprise('370827') }));
    const res = await sg.request(APPROVE, { id }, APPROVER);
    expect(refusal(res)).toMatchObject({ code: 'CONFLICT', reason: 'NO_BUDGET', field: 'id' });
    expect(res.errors![0]!.message).toBe(
      '尚未设定2025年度鱼台县财政“技能等级一次性补贴”预算，不能审批：请市财政局先设定预算',
    );
    expect(await statuses(sg, [id!])).toEqual(['REVIEWED']);
    expect(await count(sg, `entitlement_history WHERE entitlement_id = $1 AND action = 'APPROVED'`, [id])).toBe(0);
    expect(await count(sg, `entitlement WHERE id = $1 AND approved_by IS NULL`, [id])).toBe(1);
  });

  it('over budget: BUDGET_EXCEEDED says by how much, in yuan; nothing is written; within it, approved', async () => {
    await budget(sg, 'COUNTY', 150_000, '370828');
    const [first, second] = await reviewed(
      sg,
      await computed(sg, ['预算内', '超预算'], { employer: enterprise('370828') }),
    );
    ok(await sg.request(APPROVE, { id: first }, APPROVER));
    const res = await sg.request(APPROVE, { id: second }, APPROVER);
    expect(refusal(res)).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_EXCEEDED', field: 'id' });
    expect(res.errors![0]!.message).toBe(
      '超出预算 ¥500.00：2025年度金乡县财政“技能等级一次性补贴”预算 ¥1,500.00，已审批 ¥1,000.00，剩余 ¥500.00，' +
        '本待遇由金乡县财政承担 ¥1,000.00',
    );
    expect(await statuses(sg, [first!, second!])).toEqual(['APPROVED', 'REVIEWED']);
    expect(await count(sg, `entitlement_history WHERE entitlement_id = $1`, [second])).toBe(2);
    // Raising the budget lets it through.
    await budget(sg, 'COUNTY', 200_000, '370828');
    ok(await sg.request(APPROVE, { id: second }, APPROVER));
  });

  it('maker-checker still holds with a budget: the reviewer cannot approve', async () => {
    await budget(sg, 'COUNTY', 1_000_000, '370829');
    const [id] = await reviewed(sg, await computed(sg, ['自审'], { employer: enterprise('370829') }));
    expect(refusal(await sg.request(APPROVE, { id }, FINANCE))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SAME_REVIEWER_AND_APPROVER',
    });
    expect(await statuses(sg, [id!])).toEqual(['REVIEWED']);
  });

  it('twenty approvals at once against a budget with room for nineteen: exactly nineteen are approved', async () => {
    await budget(sg, 'COUNTY', 19 * COUNTY_SHARE, '370830');
    const ids = await reviewed(
      sg,
      await computed(
        sg,
        Array.from({ length: 20 }, (_, i) => `并发预算${i}`),
        { employer: enterprise('370830') },
      ),
    );
    const results = await Promise.all(ids.map((id) => sg.request(APPROVE, { id }, APPROVER)));
    expect(results.filter((r) => !r.errors)).toHaveLength(19);
    expect(results.filter((r) => refusal(r)?.reason === 'BUDGET_EXCEEDED')).toHaveLength(1);
    expect((await statuses(sg, ids)).filter((s) => s === 'APPROVED')).toHaveLength(19);
    expect(await countyLine('370830')).toMatchObject({
      budget: 19 * COUNTY_SHARE,
      committed: 19 * COUNTY_SHARE,
      remaining: 0,
    });
  });

  it('a budget cannot be set below what is committed', async () => {
    const res = await sg.request(
      SET_BUDGET,
      {
        input: {
          payer: 'COUNTY',
          countyCode: '370830',
          year: 2025,
          benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
          amount: 18 * COUNTY_SHARE,
        },
      },
      FINANCE,
    );
    expect(refusal(res)).toMatchObject({ code: 'CONFLICT', reason: 'BUDGET_BELOW_COMMITTED', field: 'input.amount' });
    expect((await countyLine('370830'))!.budget).toBe(19 * COUNTY_SHARE);
  });
});

describe('the budget table', () => {
  it('shows committed, pending, paid and remaining per payer and county, and money without a budget too', async () => {
    const lines = await budgets();
    const city = lines.find((l) => l.payer === 'CITY')!;
    const [row] = await sg.db.query<{ sum: string }>(
      `SELECT COALESCE(SUM(s.amount), 0)::text AS sum FROM cost_share s JOIN entitlement e ON e.id = s.entitlement_id
       WHERE s.payer = 'CITY' AND e.status = 'APPROVED'`,
    );
    expect(city.committed).toBe(Number(row!.sum));
    expect(city.remaining).toBe(city.budget! - city.committed);
    // 鱼台县 has a reviewed entitlement and no budget: its line shows what is pending, with no budget to compare.
    expect(await countyLine('370827')).toMatchObject({
      budget: null,
      committed: 0,
      pending: COUNTY_SHARE,
      remaining: null,
    });
  });

  it('names each line’s county itself, from the reference data: no directory runs here', async () => {
    const named = ok(
      await sg.request<{ budgets: { payer: string; county: { code: string; name: string } | null }[] }>(
        `query ($year: Int!) { budgets(year: $year) { payer county { code name } } }`,
        { year: 2025 },
        FINANCE,
      ),
    ).budgets.filter((l) => l.county);
    expect(named.length).toBeGreaterThan(0);
    expect(named.find((l) => l.county!.code === '370827')!.county!.name).toBe('鱼台县');
    expect(named.find((l) => l.county!.code === '370826')!.county!.name).toBe('微山县');
  });

  it('a county account reads its own county’s lines only', async () => {
    await budget(sg, 'COUNTY', 300_000, '370811');
    const mine = await budgets(RENCHENG);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => l.payer === 'COUNTY' && l.county?.code === '370811')).toBe(true);
  });
});
