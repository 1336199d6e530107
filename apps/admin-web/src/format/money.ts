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

/** Fen as plain yuan digits with two decimals, for a form's field or a spreadsheet: 123450 → '1234.50', -5 → '-0.05'. */
export function yuanText(value: FenInput): string {
  const fen = toFen(value);
  const abs = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Adds fen amounts exactly (for totals shown under tables). */
export function sumFen(values: readonly FenInput[]): bigint {
  return values.reduce<bigint>((total, v) => total + toFen(v), 0n);
}

/** The largest amount the API's Fen scalar carries exactly (a JSON integer): Number.MAX_SAFE_INTEGER fen. */
const FEN_MAX = BigInt(Number.MAX_SAFE_INTEGER);

const YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount typed in 元 ('1234.5', '3000', '0.05') as exact fen: the text is split at the decimal point and the digits
 * are read as integers, never as a float times 100 (which turns 1.15 元 into 114.99999999999999 分). Throws a
 * RangeError with the reason in Chinese for anything else: a blank, a negative amount, more than two decimals (a
 * fraction of a fen), thousands separators or letters, or more than the API can carry.
 */
export function parseYuan(text: string): bigint {
  const trimmed = text.trim();
  if (trimmed === '') throw new RangeError('请填写金额（元）');
  if (/^-/.test(trimmed)) throw new RangeError('金额不能为负数');
  if (/^\d*\.\d{3,}$/.test(trimmed)) throw new RangeError('金额最多两位小数（精确到分）');
  const match = YUAN.exec(trimmed);
  if (!match) throw new RangeError('请填写以元为单位的数字金额，如 12000 或 1234.50');
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (fen > FEN_MAX) throw new RangeError(`金额过大：不能超过 ${formatFen(FEN_MAX)}`);
  return fen;
}
