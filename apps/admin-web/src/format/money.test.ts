import { describe, expect, it } from 'vitest';
import { formatFen, parseYuan, sumFen, toFen, yuanText } from './money';

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [123456, '¥1,234.56'],
    [100000000, '¥1,000,000.00'],
    [-5, '-¥0.05'],
    [-123456, '-¥1,234.56'],
  ])('formats %s fen as %s', (fen, expected) => {
    expect(formatFen(fen)).toBe(expected);
  });

  it('is exact where float division would round wrongly', () => {
    // 0.29 * 100 !== 29 in floating point; 1.005 style amounts must not drift either.
    expect(formatFen(29)).toBe('¥0.29');
    expect(formatFen(100_5)).toBe('¥10.05');
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('accepts bigint and digit strings beyond 2^53', () => {
    expect(formatFen(12345678901234567890n)).toBe('¥123,456,789,012,345,678.90');
    expect(formatFen('12345678901234567890')).toBe('¥123,456,789,012,345,678.90');
    expect(formatFen(' -7 ')).toBe('-¥0.07');
  });

  it('shows an em dash for a missing amount', () => {
    expect(formatFen(null)).toBe('—');
    expect(formatFen(undefined)).toBe('—');
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatFen(2 ** 53 + 2)).toThrow(RangeError);
    expect(() => formatFen('12.30')).toThrow(RangeError);
    expect(() => formatFen('')).toThrow(RangeError);
    expect(() => formatFen('1e3')).toThrow(RangeError);
  });

  it('treats negative zero as zero', () => {
    expect(formatFen(-0)).toBe('¥0.00');
    expect(toFen(-0)).toBe(0n);
  });
});

describe('sumFen', () => {
  it('adds exactly', () => {
    expect(sumFen([10, 20])).toBe(30n);
    expect(sumFen([])).toBe(0n);
    expect(formatFen(sumFen([Number.MAX_SAFE_INTEGER, 1]))).toBe('¥90,071,992,547,409.92');
  });
});

describe('parseYuan', () => {
  it.each([
    ['1234.5', 123450n],
    ['1234.50', 123450n],
    ['3000', 300000n],
    [' 0.05 ', 5n],
    ['1.15', 115n],
    ['0', 0n],
    ['007.1', 710n],
    ['90071992547409.91', BigInt(Number.MAX_SAFE_INTEGER)],
  ])('reads %s 元 as %s fen, digit by digit', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    ['1.234', '金额最多两位小数（精确到分）'],
    ['-1', '金额不能为负数'],
    ['', '请填写金额（元）'],
    ['1,234.00', '请填写以元为单位的数字金额，如 12000 或 1234.50'],
    ['1e5', '请填写以元为单位的数字金额，如 12000 或 1234.50'],
    ['12.', '请填写以元为单位的数字金额，如 12000 或 1234.50'],
    ['90071992547409.92', '金额过大：不能超过 ¥90,071,992,547,409.91'],
  ])('refuses %j with a Chinese reason', (text, reason) => {
    expect(() => parseYuan(text)).toThrow(reason);
  });
});

describe('yuanText', () => {
  it('writes fen as plain yuan digits, the form parseYuan reads back', () => {
    expect(yuanText(123450)).toBe('1234.50');
    expect(yuanText(-5)).toBe('-0.05');
    expect(parseYuan(yuanText(1_000_000n))).toBe(1_000_000n);
  });
});
