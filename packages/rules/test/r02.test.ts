import { describe, expect, it } from 'vitest';
import { assess, RuleInputError } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R2 二(二) new-type apprenticeship subsidy', () => {
  it.each([
    [400_000, 400_000],
    [500_000, 500_000],
    [555_555, 555_555],
    [600_000, 600_000],
  ])('the county rate %i fen inside 4,000–6,000 is paid as set', (rate, amount) => {
    const g = assess({ ...fx.apprenticeship, countyRateFen: rate }).grants[0]!;
    expect(g.amountFen).toBe(amount);
    expect(g.shares).toEqual([{ payer: 'COUNTY', amountFen: amount }]);
    expect(g.countyCode).toBe('370883');
    expect(g.beneficiary).toEqual({ kind: 'UNIT', id: 'E-0001' });
  });

  it.each([399_999, 600_001, 0, 1_000_000])('a county rate of %i fen is RULES_RATE_OUT_OF_RANGE', (rate) => {
    expect(() => assess({ ...fx.apprenticeship, countyRateFen: rate })).toThrow(RuleInputError);
    try {
      assess({ ...fx.apprenticeship, countyRateFen: rate });
    } catch (e) {
      expect((e as RuleInputError).code).toBe('RULES_RATE_OUT_OF_RANGE');
      expect((e as RuleInputError).field).toBe('countyRateFen');
    }
  });

  it.each([
    [1, true],
    [2, true],
    [3, false],
    [4, false],
  ])('year %i of the apprenticeship → eligible %s (at most 2 years)', (yearNumber, ok) => {
    const d = assess({ ...fx.apprenticeship, apprenticeshipStartDate: '2025-03-01', yearNumber });
    expect(d.eligible).toBe(ok);
    if (!ok) expect(d.reasons.map((r) => r.code)).toEqual(['MAX_YEARS_EXCEEDED']);
  });

  it('pays the second year of an apprenticeship begun in 2024 when that year starts in the window (READING_R2_YEAR_IN_WINDOW)', () => {
    expect(assess({ ...fx.apprenticeship, apprenticeshipStartDate: '2024-03-01', yearNumber: 1 }).eligible).toBe(false);
    expect(assess({ ...fx.apprenticeship, apprenticeshipStartDate: '2024-03-01', yearNumber: 2 }).eligible).toBe(true);
    expect(assess({ ...fx.apprenticeship, apprenticeshipStartDate: '2029-06-01', yearNumber: 2 }).eligible).toBe(false);
  });

  it('refuses an apprenticeship that is not the new-type model', () => {
    const d = assess({ ...fx.apprenticeship, newTypeApprenticeship: false });
    expect(d.reasons.map((r) => r.code)).toEqual(['NOT_NEW_TYPE_APPRENTICESHIP']);
  });

  it('keys each apprentice-year separately', () => {
    const y1 = assess({ ...fx.apprenticeship, yearNumber: 1 }).grants[0]!;
    const y2 = assess({ ...fx.apprenticeship, yearNumber: 2 }).grants[0]!;
    expect(y1.benefitKey).not.toBe(y2.benefitKey);
    expect(y2.date).toBe('2026-03-01');
  });
});
