import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R3 二(三) high-level majors: up to 500,000 / 200,000, at most 1,000,000 per college per year', () => {
  it.each([
    ['NATIONAL', undefined, 50_000_000],
    ['PROVINCIAL', undefined, 20_000_000],
    ['NATIONAL', 30_000_000, 30_000_000],
    ['NATIONAL', 60_000_000, 50_000_000],
    ['PROVINCIAL', 25_000_000, 20_000_000],
  ] as const)('%s major, decided %s → %i fen (capped at the maximum)', (level, decidedFen, amount) => {
    const d = assess({ ...fx.collegeMajor, level, ...(decidedFen === undefined ? {} : { decidedFen }) });
    expect(d.grants[0]!.amountFen).toBe(amount);
    expect(d.grants[0]!.shares).toEqual([{ payer: 'CITY', amountFen: amount }]);
  });

  it.each([
    [0, 50_000_000, 50_000_000],
    [50_000_000, 50_000_000, 0],
    [60_000_000, 40_000_000, 0],
    [80_000_000, 20_000_000, 0],
    [99_999_999, 1, 0],
  ])(
    'with %i fen already awarded this year, a national major gets %i fen (remaining %i)',
    (awarded, amount, remaining) => {
      const d = assess({ ...fx.collegeMajor, awardedThisYearFen: awarded });
      expect(d.grants[0]!.amountFen).toBe(amount);
      expect(d.details).toEqual({ yearlyCapRemainingFen: remaining });
    },
  );

  it.each([100_000_000, 120_000_000])('with %i fen already awarded, the cap is reached', (awarded) => {
    const d = assess({ ...fx.collegeMajor, awardedThisYearFen: awarded });
    expect(d.eligible).toBe(false);
    expect(d.reasons.map((r) => r.code)).toEqual(['COLLEGE_YEARLY_CAP_REACHED']);
  });

  it('refuses a college outside the city', () => {
    expect(assess({ ...fx.collegeMajor, collegeInCity: false }).reasons.map((r) => r.code)).toEqual([
      'COLLEGE_NOT_IN_CITY',
    ]);
  });

  it('keys by major, so a provincial major later made national is one benefit', () => {
    const p = assess({ ...fx.collegeMajor, level: 'PROVINCIAL' }).grants[0]!;
    const n = assess({ ...fx.collegeMajor, level: 'NATIONAL', approvalDate: '2026-09-01' }).grants[0]!;
    expect(p.benefitKey).toBe(n.benefitKey);
  });
});
