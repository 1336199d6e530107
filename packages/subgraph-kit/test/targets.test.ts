import { describe, expect, it } from 'vitest';
import { targetProgressOf, type MonthlyCounts, type TargetSource } from '../src/targets-schema.ts';

/** A source answering from a table in memory, recording the range it was asked for. */
function source(id: TargetSource<null>['id'], counts: MonthlyCounts, stock = false) {
  const asked: { from: string; to: string; county?: string | null }[] = [];
  const s: TargetSource<null> = {
    id,
    stock,
    countByMonth: async (_ctx, range) => {
      asked.push(range);
      return counts;
    },
  };
  return { s, asked };
}

const series = (p: Awaited<ReturnType<typeof targetProgressOf>>, i = 0) =>
  p.components[i]!.monthly.map((m) => m.achieved);

describe('targetProgressOf', () => {
  it('a yearly target counts the year, cumulative by month, with nothing for months to come', async () => {
    const { s, asked } = source('T12', { competitions: { '2026-02': 3, '2026-05': 40, '2026-09': 50 } });
    const p = await targetProgressOf(s, null, 2026, '2026-10-15');
    expect(asked).toEqual([{ from: '2026-01-01', to: '2027-01-01', county: null }]);
    expect(p).toMatchObject({
      id: 'T12',
      year: 2026,
      clause: '四(十三)',
      dueDate: '2026-12-31',
      status: 'IN_PROGRESS',
    });
    expect(p.citation).toBe('济人社发〔2024〕9号 第四部分（十三）');
    expect(p.components[0]).toMatchObject({ key: 'competitions', target: 100, achieved: 93, comparator: 'AT_LEAST' });
    expect(series(p)).toEqual([0, 3, 3, 3, 43, 43, 43, 43, 93, 93, null, null]);
  });

  it('after the year a shortfall is NOT_MET, and a hundred is MET', async () => {
    const short = await targetProgressOf(
      source('T12', { competitions: { '2025-06': 99 } }).s,
      null,
      2025,
      '2026-01-02',
    );
    expect(short.status).toBe('NOT_MET');
    expect(series(short).at(-1)).toBe(99);
    const met = await targetProgressOf(source('T12', { competitions: { '2025-06': 100 } }).s, null, 2025, '2026-01-02');
    expect(met.status).toBe('MET');
  });

  it('months outside the period count at its nearest end (an honour of the year approved the next January)', async () => {
    const p = await targetProgressOf(
      source('T14', { chiefTechnicians: { '2025-12': 2, '2026-03': 5, '2027-01': 14 } }).s,
      null,
      2026,
      '2027-02-01',
    );
    expect(series(p)).toEqual([2, 2, 7, 7, 7, 7, 7, 7, 7, 7, 7, 21]);
    // 21 of a quota of 20: a breach, not a success.
    expect(p.components[0]).toMatchObject({ achieved: 21, target: 20, upper: 20, status: 'BREACH' });
    expect(p.status).toBe('BREACH');
  });

  it('a stock target sums what came before the year into its first month', async () => {
    const { s, asked } = source(
      'T2',
      { highSkilled: { '2019-04': 300_000, '2025-03': 10_000, '2026-02': 15_000 } },
      true,
    );
    const p = await targetProgressOf(s, null, 2026, '2026-03-10');
    expect(asked[0]).toEqual({ from: '2025-01-01', to: '2027-01-01', county: null });
    expect(series(p).slice(0, 4)).toEqual([310_000, 325_000, 325_000, null]);
    expect(p.components[0]).toMatchObject({ achieved: 325_000, target: 320_000, status: 'MET' });
    // Not a stock: the same counts stop at the due date (the end of 2025), so the months of 2026 show nothing.
    const flow = await targetProgressOf(
      source('T2', { highSkilled: { '2019-04': 300_000, '2025-03': 10_000, '2026-02': 15_000 } }).s,
      null,
      2026,
      '2026-03-10',
    );
    expect(series(flow)[0]).toBeNull();
  });

  it('a target of three years stops counting at its due date', async () => {
    const { s, asked } = source('T11', { colleges: { '2025-05': 8, '2027-11': 10, '2028-03': 4 } });
    const p = await targetProgressOf(s, null, 2028, '2028-06-01');
    expect(p.dueDate).toBe('2027-12-31');
    expect(asked[0]).toEqual({ from: '2025-01-01', to: '2028-01-01', county: null });
    // The months of 2028 lie after the period: nothing to show, and the 2028 approval counts at the period's end.
    expect(series(p)).toEqual(Array(12).fill(null));
    expect(p.components[0]!.achieved).toBe(22);
  });

  it('two components are reported side by side (T15)', async () => {
    const p = await targetProgressOf(
      source('T15', { grandCraftsmen: { '2026-06': 5 }, craftsmen: { '2026-06': 20 } }).s,
      null,
      2026,
      '2026-12-01',
    );
    expect(p.components.map((c) => [c.key, c.achieved, c.status])).toEqual([
      ['grandCraftsmen', 5, 'MET'],
      ['craftsmen', 20, 'IN_PROGRESS'],
    ]);
  });

  it('a county is passed to the source, and said on the result', async () => {
    const { s, asked } = source('T12', { competitions: { '2026-02': 3 } });
    const p = await targetProgressOf(s, null, 2026, '2026-10-15', '370811');
    expect(asked[0]).toMatchObject({ county: '370811' });
    expect(p.county).toBe('370811');
  });

  it('a ratio (T1) divides its counted numerator by the recorded denominator, or says it is missing', async () => {
    const counted = { skilled: { '2024-05': 200, '2026-03': 100 } };
    const without: TargetSource<null> = { id: 'T1', stock: true, countByMonth: async () => counted };
    const missing = await targetProgressOf(without, null, 2026, '2026-10-15');
    expect(missing.status).toBe('NO_STATISTIC');
    expect(missing.components[0]).toMatchObject({ achieved: 300, achievedPercent: null, denominator: null });
    expect(missing.summary).toContain('尚未登记2026年全市就业人员数');

    const withFigure = (value: number): TargetSource<null> => ({
      ...without,
      denominators: async () => ({ employed: { value, note: '统计公报' } }),
    });
    const p = await targetProgressOf(withFigure(900), null, 2026, '2026-10-15');
    expect(p.status).toBe('MET');
    expect(p.components[0]).toMatchObject({
      achieved: 300,
      achievedPercent: '33.33',
      denominator: 900,
      denominatorNote: '统计公报',
      status: 'MET',
    });
    // 30 % is not more than 30 % (超过 is strict), and the deadline has passed: not met.
    expect((await targetProgressOf(withFigure(1000), null, 2026, '2026-10-15')).status).toBe('NOT_MET');
    expect(series(p).slice(0, 3)).toEqual([200, 200, 300]);
  });

  it('a qualitative target (T3) has no number, only the standing recorded', async () => {
    const t3: TargetSource<null> = {
      id: 'T3',
      countByMonth: async () => ({}),
      assessment: async () => ({
        status: 'AT_RISK',
        note: '结构待优化',
        assessedOn: '2026-06-30',
        assessedBy: '人社局',
      }),
    };
    const p = await targetProgressOf(t3, null, 2026, '2026-10-15');
    expect(p).toMatchObject({ status: 'QUALITATIVE', components: [], assessment: { status: 'AT_RISK' } });
    expect(p.summary).toContain('进展滞后');
  });
});
