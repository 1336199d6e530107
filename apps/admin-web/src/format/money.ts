/**
 * Money arrives as integer fen (分). Display is done with BigInt arithmetic only: dividing by 100 as a float and
 * rounding would misstate amounts (0.1 + 0.2 style errors) and silently accept values that are not whole fen.
 */

export type FenInput = number | bigint | string;

const DIGITS = /^-?\d+$/;

/** Parses a fen value into a BigInt, refusing anything that is not an exact whole number of fen. */
export function toFen(value: FenInput): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    // Beyond 2^53 a JSON number has already lost digits, so the amount cannot be trusted.
    if (!Number.isSafeInteger(value)) throw new RangeError(`金额必须是整数分：${value}`);
    return BigInt(value);
  }
  const text = value.trim();
  if (!DIGITS.test(text)) throw new RangeError(`金额必须是整数分：${value}`);
  return BigInt(text);
}

/** Groups the digits of a non-negative integer string in threes: '1234567' → '1,234,567'. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats fen as yuan with two decimals: 123456 → '¥1,234.56', -5 → '-¥0.05'.
 * null/undefined (an amount not known yet) render as '—'.
 */
export function formatFen(value: FenInput | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const fen = toFen(value);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${groupThousands(yuan.toString())}.${cents}`;
}

/** Adds fen amounts exactly (for totals shown under tables). */
export function sumFen(values: readonly FenInput[]): bigint {
  return values.reduce<bigint>((total, v) => total + toFen(v), 0n);
}
