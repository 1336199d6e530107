import { describe, expect, it } from 'vitest';
import { groupByKey } from '../src/batch.ts';
import { DateScalar, FenScalar, parseIsoDate, todayInJining } from '../src/scalars.ts';

describe('Date scalar', () => {
  it('round-trips real dates and refuses impossible ones with INVALID_DATE', () => {
    expect(DateScalar.serialize(DateScalar.parseValue('2029-12-31'))).toBe('2029-12-31');
    for (const bad of ['2025-02-30', '2025-13-01', '20250101', '2025-1-1']) {
      expect(() => parseIsoDate(bad)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_DATE' }) }),
      );
    }
  });
  it('knows today in Jining (UTC+8)', () => {
    expect(todayInJining(new Date('2025-01-01T17:00:00Z'))).toBe('2025-01-02');
    expect(todayInJining(new Date('2025-01-01T15:59:59Z'))).toBe('2025-01-01');
  });
});

describe('Fen scalar', () => {
  it('carries integer fen exactly and refuses fractions', () => {
    expect(FenScalar.parseValue(100_000_000)).toBe(100_000_000n);
    expect(FenScalar.parseValue('9007199254740991')).toBe(9007199254740991n);
    expect(FenScalar.serialize(300_000n)).toBe(300_000);
    expect(() => FenScalar.parseValue(12.5)).toThrow();
    expect(() => FenScalar.parseValue('1e3')).toThrow();
    expect(() => FenScalar.serialize(2n ** 60n)).toThrow();
  });

  it('refuses what it could not return exactly: beyond the safe range, as AMOUNT_OUT_OF_RANGE', () => {
    for (const huge of ['9999999999999999', 1e16, '-9007199254740992']) {
      expect(() => FenScalar.parseValue(huge)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'AMOUNT_OUT_OF_RANGE' }) }),
      );
    }
  });
});

describe('groupByKey', () => {
  it('returns one group per key, in key order, empty when nothing matched', () => {
    const rows = [
      { p: 'b', v: 1 },
      { p: 'a', v: 2 },
      { p: 'b', v: 3 },
    ];
    expect(groupByKey(['a', 'b', 'c'], rows, (r) => r.p)).toEqual([
      [{ p: 'a', v: 2 }],
      [
        { p: 'b', v: 1 },
        { p: 'b', v: 3 },
      ],
      [],
    ]);
  });
});
