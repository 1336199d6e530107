import { startTestSubgraph, type TestSubgraph } from '@jining/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { competitions } from '../src/subgraph.ts';

// A database of its own, with no demo data: the counts below are exactly the rows inserted here.
let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(competitions);
  const insert = (name: string, tier: string, year: number, heldOn: string | null, createdAt = '2025-01-02 00:00') =>
    sg.db.query(
      `INSERT INTO competition (id, name, tier, trade, year, held_on, created_at)
       VALUES (gen_random_uuid(), $1, $2::"CompetitionTier", '电工', $3, $4::date, $5::timestamp)`,
      [name, tier, year, heldOn, createdAt],
    );
  await insert('三月一类', 'CITY_CATEGORY_1', 2025, '2025-03-10');
  await insert('三月二类', 'CITY_CATEGORY_2', 2025, '2025-03-28');
  await insert('七月', 'CITY_CATEGORY_1', 2025, '2025-07-01');
  // No dates: counted in the month it was recorded, in China time (2025-09-30 17:00 UTC is 1 October there).
  await insert('未填日期', 'CITY_CATEGORY_2', 2025, null, '2025-09-30 17:00');
  await insert('省级赛', 'PROVINCIAL', 2025, '2025-05-05');
  await insert('前一年', 'CITY_CATEGORY_1', 2024, '2024-11-11');
});
afterAll(async () => sg?.stop());

const TARGETS = /* GraphQL */ `
  query ($year: Int!) {
    competitionsTargets(year: $year) {
      id
      year
      clause
      citation
      dueDate
      status
      components {
        key
        target
        achieved
        status
        monthly {
          month
          achieved
        }
      }
    }
  }
`;

interface Result {
  competitionsTargets: {
    id: string;
    status: string;
    citation: string;
    components: { key: string; target: number; achieved: number; monthly: { month: string; achieved: number }[] }[];
  }[];
}

describe('competitionsTargets (T12 on the targets dashboard)', () => {
  it('counts the city competitions of the year by the month held, cumulative, against the rules’ 100', async () => {
    const res = await sg.request<Result>(TARGETS, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const [t12] = res.data!.competitionsTargets;
    expect(t12).toMatchObject({ id: 'T12', clause: '四(十三)', dueDate: '2025-12-31', status: 'NOT_MET' });
    expect(t12!.citation).toBe('济人社发〔2024〕9号 第四部分（十三）');
    const c = t12!.components[0]!;
    expect(c).toMatchObject({ key: 'competitions', target: 100, achieved: 4, status: 'NOT_MET' });
    expect(c.monthly.map((m) => m.achieved)).toEqual([0, 0, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(c.monthly[0]!.month).toBe('2025-01');
  });

  it('refuses a year outside the policy with a coded Chinese error', async () => {
    const res = await sg.request(TARGETS, { year: 2024 });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'YEAR_OUTSIDE_POLICY_WINDOW' });
    expect(res.errors?.[0]?.message).toContain('政策施行期');
  });
});
