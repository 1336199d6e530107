import { describe, expect, it } from 'vitest';
import { assess, creditOf } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R4 二(四) education-surcharge credit of 30% of the investment', () => {
  it.each([
    // investment, due, carried in → used, carried out
    [100_000_000, 50_000_000, 0, 30_000_000, 0],
    [100_000_000, 30_000_000, 0, 30_000_000, 0],
    [100_000_000, 10_000_000, 0, 10_000_000, 20_000_000],
    [100_000_000, 0, 0, 0, 30_000_000],
    [0, 5_000_000, 7_000_000, 5_000_000, 2_000_000],
    [10_000_000, 8_000_000, 2_000_000, 5_000_000, 0],
    [333, 1_000, 0, 99, 0],
  ])(
    'investment %i, surcharges due %i, carried %i → credit %i, carried forward %i',
    (investmentFen, surchargeDueFen, carriedForwardFen, used, carry) => {
      const d = assess({ ...fx.educationInvestment, investmentFen, surchargeDueFen, carriedForwardFen });
      expect(d.eligible).toBe(true);
      expect(d.details).toMatchObject({ creditUsedFen: used, carryForwardFen: carry });
      if (used === 0) expect(d.grants).toEqual([]);
      else {
        expect(d.grants[0]!.amountFen).toBe(used);
        expect(d.grants[0]!.nature).toBe('TAX_CREDIT');
        expect(d.grants[0]!.shares).toEqual([{ payer: 'TAX', amountFen: used }]);
      }
    },
  );

  it('never credits more than the surcharges due', () => {
    for (const due of [0, 1, 29_999_999, 30_000_000, 30_000_001]) {
      const d = assess({ ...fx.educationInvestment, surchargeDueFen: due });
      expect(d.grants.reduce((s, g) => s + g.amountFen, 0)).toBeLessThanOrEqual(due);
    }
  });

  it('rounds the 30% down to the fen, exactly even past 2^53', () => {
    expect(creditOf(1, 30)).toBe(0);
    expect(creditOf(10, 30)).toBe(3);
    expect(creditOf(Number.MAX_SAFE_INTEGER, 30)).toBe(Number((BigInt(Number.MAX_SAFE_INTEGER) * 30n) / 100n));
  });

  it('refuses an enterprise outside the pilot scope, and a year with nothing to credit', () => {
    expect(assess({ ...fx.educationInvestment, pilotEnterprise: false }).reasons.map((r) => r.code)).toEqual([
      'NOT_PILOT_ENTERPRISE',
      'NOTHING_TO_CREDIT',
    ]);
    expect(assess({ ...fx.educationInvestment, investmentFen: 0 }).reasons.map((r) => r.code)).toEqual([
      'NOTHING_TO_CREDIT',
    ]);
  });
});
