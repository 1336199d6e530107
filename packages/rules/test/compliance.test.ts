import { describe, expect, it } from 'vitest';
import { checkFrontlineEducationFunds, checkSoeWageGrowth, RuleInputError } from '../src/index.ts';

const wages = (hp: number, hc: number, mp: number, mc: number, soe = true) => ({
  year: 2026,
  stateOwnedOrControlled: soe,
  highSkilled: { previousAvgFen: hp, currentAvgFen: hc },
  managers: { previousAvgFen: mp, currentAvgFen: mc },
});

describe('E3 三(八) SOE high-skilled wage growth ≥ managers’ wage growth', () => {
  it.each([
    [wages(10_000_000, 10_500_000, 20_000_000, 21_000_000), true], // 5% vs 5%
    [wages(10_000_000, 10_499_999, 20_000_000, 21_000_000), false], // just under
    [wages(10_000_000, 11_000_000, 20_000_000, 20_000_000), true],
    [wages(10_000_000, 9_000_000, 20_000_000, 19_000_000), false], // −10% vs −5%
    [wages(3, 4, 3, 4), true],
    [wages(900_000_000_000, 900_000_000_001, 900_000_000_000, 900_000_000_001), true], // exact beyond 2^53 products
  ])('%j → compliant %s', (input, ok) => {
    const r = checkSoeWageGrowth(input);
    expect(r.applicable).toBe(true);
    expect(r.compliant).toBe(ok);
    expect(r.clause).toBe('三(八)');
  });

  it('does not apply to private enterprises', () => {
    expect(checkSoeWageGrowth(wages(1, 1, 1, 2, false))).toMatchObject({ applicable: false, compliant: true });
  });

  it('refuses a zero or negative base wage', () => {
    expect(() => checkSoeWageGrowth(wages(0, 1, 1, 1))).toThrow(RuleInputError);
    expect(() => checkSoeWageGrowth(wages(1, -1, 1, 1))).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_AMOUNT' }),
    );
  });
});

describe('六 employee-education funds: ≥ 60% to frontline workers', () => {
  it.each([
    [1_000_000, 600_000, true],
    [1_000_000, 599_999, false],
    [1_000_000, 1_000_000, true],
    [3, 2, true],
    [7, 4, false],
  ])('used %i, frontline %i → compliant %s', (fundsUsedFen, frontlineFen, ok) => {
    const r = checkFrontlineEducationFunds({ year: 2025, fundsUsedFen, frontlineFen });
    expect(r.compliant).toBe(ok);
    expect(r.clause).toBe('六');
    expect(r.params.map((p) => p.paramId)).toEqual(['FRONTLINE_EDUCATION_FUND_MIN_PERCENT', 'READING_FRONTLINE_BASE']);
  });

  it('does not apply when no funds were used, and refuses frontline > total', () => {
    expect(checkFrontlineEducationFunds({ year: 2025, fundsUsedFen: 0, frontlineFen: 0 }).applicable).toBe(false);
    expect(() => checkFrontlineEducationFunds({ year: 2025, fundsUsedFen: 1, frontlineFen: 2 })).toThrow(
      RuleInputError,
    );
  });
});

describe('三(八) 六 compliance years', () => {
  it.each([2024, 2030, 2025.5])('refuses the year %s outside the window with a typed error', (year) => {
    expect(() => checkSoeWageGrowth({ ...wages(1, 1, 1, 1), year })).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_NUMBER', field: 'year' }),
    );
    expect(() => checkFrontlineEducationFunds({ year, fundsUsedFen: 1, frontlineFen: 1 })).toThrow(RuleInputError);
  });
});
