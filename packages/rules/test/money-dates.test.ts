import { describe, expect, it } from 'vitest';
import { addYears, ageInFullYears, formatYuan, isIsoDate, splitBy, splitFen } from '../src/index.ts';

describe('dates: strict ISO dates, 周岁 and anniversaries', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-1-1', false],
    ['0000-01-01', false],
    [' 2025-01-01', false],
    ['２０２５-01-01', false],
  ])('isIsoDate(%s) = %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it.each([
    ['1990-07-01', '2025-07-01', 35],
    ['1990-07-02', '2025-07-01', 34],
    ['1989-07-01', '2025-07-01', 36],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2028-02-29', 28],
  ])('born %s, on %s: %i 周岁', (birth, on, age) => {
    expect(ageInFullYears(birth, on)).toBe(age);
  });

  it('adds years, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2025-07-01', 2)).toBe('2027-07-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('money: integer fen, exact splits', () => {
  it.each([
    [1, [1, 0]],
    [3, [2, 1]],
    [200_001, [100_001, 100_000]],
    [0, [0, 0]],
  ])('5:5 of %i fen → city %j (the city pays the odd fen)', (amount, [city, county]) => {
    expect(
      splitBy(amount, [
        { payer: 'CITY', parts: 5 },
        { payer: 'COUNTY', parts: 5 },
      ]),
    ).toEqual([
      { payer: 'CITY', amountFen: city },
      { payer: 'COUNTY', amountFen: county },
    ]);
  });

  it('gives leftover fen by largest remainder, ties to the earlier payer', () => {
    expect(
      splitFen(10, [
        { payer: 'CITY', parts: 1 },
        { payer: 'COUNTY', parts: 1 },
        { payer: 'UNION', parts: 1 },
      ]).map((s) => s.amountFen),
    ).toEqual([4, 3, 3]);
    expect(
      splitFen(100, [
        { payer: 'CITY', parts: 1 },
        { payer: 'COUNTY', parts: 2 },
      ]).map((s) => s.amountFen),
    ).toEqual([33, 67]);
    expect(
      splitFen(Number.MAX_SAFE_INTEGER, [
        { payer: 'CITY', parts: 3 },
        { payer: 'COUNTY', parts: 7 },
      ]).reduce((s, x) => s + x.amountFen, 0),
    ).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('formats yuan for the trace', () => {
    expect(formatYuan(200_000)).toBe('2,000元');
    expect(formatYuan(100_000_000)).toBe('1,000,000元');
    expect(formatYuan(123_456)).toBe('1,234.56元');
    expect(formatYuan(5)).toBe('0.05元');
  });
});
