import { describe, expect, it } from 'vitest';
import { checkFen, checkIsoDate, FEN_MAX } from '../src/scalars.ts';

describe('Date wire format', () => {
  it('accepts real dates only', () => {
    expect(checkIsoDate('2029-12-31')).toEqual({ ok: true, value: new Date(Date.UTC(2029, 11, 31)) });
    for (const bad of ['2025-13-45', '2025-02-30', '20250101', '2025-1-1', 'abc', 20250101, null]) {
      expect(checkIsoDate(bad), String(bad)).toMatchObject({ ok: false, reason: 'INVALID_DATE' });
    }
  });
});

describe('Fen wire format', () => {
  it('accepts integers and strings of digits within the safe range', () => {
    expect(checkFen(100)).toEqual({ ok: true, value: 100n });
    expect(checkFen('9007199254740991')).toEqual({ ok: true, value: FEN_MAX });
    expect(checkFen('-5')).toEqual({ ok: true, value: -5n });
  });

  it('refuses fractions and words as INVALID_AMOUNT, too large as AMOUNT_OUT_OF_RANGE', () => {
    for (const bad of [1.5, '1.5', 'abc', '1e3', '', null, true, {}]) {
      expect(checkFen(bad), String(bad)).toMatchObject({ ok: false, reason: 'INVALID_AMOUNT' });
    }
    for (const huge of [
      '9999999999999999',
      1e16 /* what JSON reads 9999999999999999 as */,
      '9007199254740992',
      '-9007199254740992',
      '1'.repeat(400),
    ]) {
      expect(checkFen(huge), String(huge)).toMatchObject({ ok: false, reason: 'AMOUNT_OUT_OF_RANGE' });
    }
    const refused = checkFen('1'.repeat(400));
    expect(!refused.ok && refused.message.length).toBeLessThan(120);
  });
});
