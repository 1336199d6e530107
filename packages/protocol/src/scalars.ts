/**
 * The wire formats of the platform's two custom scalars, as plain checks both ends run: the subgraph kit builds its
 * `Date` and `Fen` GraphQL scalars on them, and the gateway checks the same values at its edge, before any subgraph is
 * called, so a bad value in any field of an operation stops the whole operation before anything is written.
 */
export type ScalarReason = 'INVALID_DATE' | 'INVALID_AMOUNT' | 'AMOUNT_OUT_OF_RANGE';

export type ScalarCheck<T> =
  { ok: true; value: T } | { ok: false; reason: ScalarReason; message: string; messageEn: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A refused value as the message shows it (cut short: it is the caller's input). */
function show(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? value : typeof value === 'bigint' ? String(value) : String(JSON.stringify(value));
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A calendar date 'YYYY-MM-DD', strictly (2025-02-30 is refused, not rolled over), as a UTC-midnight Date. */
export function checkIsoDate(value: unknown): ScalarCheck<Date> {
  const text = typeof value === 'string' ? value : undefined;
  const m = text === undefined ? null : ISO_DATE.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (m && date && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text) {
    return { ok: true, value: date };
  }
  const shown = show(value);
  return {
    ok: false,
    reason: 'INVALID_DATE',
    message: `日期格式无效：${shown}（应为 YYYY-MM-DD 的真实日期）`,
    messageEn: `Invalid date: ${shown} (expected a real YYYY-MM-DD date)`,
  };
}

/**
 * The largest amount the platform carries, in fen: the JSON safe-integer range (Number.MAX_SAFE_INTEGER fen, about
 * 90 trillion yuan), which every amount must fit to be returned exactly as a JSON number. It is well inside PostgreSQL
 * `bigint` and far above anything the policy pays (packages/rules/src/money.ts computes within it).
 */
export const FEN_MAX = BigInt(Number.MAX_SAFE_INTEGER);
export const FEN_MIN = -FEN_MAX;

/** Money in integer fen: a JSON integer, or a string of digits; never a fraction, never beyond ±FEN_MAX. */
export function checkFen(value: unknown): ScalarCheck<bigint> {
  const shown = show(value);
  // undefined: not an integer at all; 'huge': an integer past what can be read exactly (or past 20 digits).
  let amount: bigint | 'huge' | undefined;
  if (typeof value === 'number' && Number.isInteger(value))
    amount = Number.isSafeInteger(value) ? BigInt(value) : 'huge';
  else if (typeof value === 'bigint') amount = value;
  else if (typeof value === 'string' && /^-?\d+$/.test(value)) amount = value.length > 20 ? 'huge' : BigInt(value);
  if (amount === undefined) {
    return {
      ok: false,
      reason: 'INVALID_AMOUNT',
      message: `金额必须是以“分”为单位的整数：${shown}`,
      messageEn: `Amount must be an integer number of fen: ${shown}`,
    };
  }
  if (amount === 'huge' || amount > FEN_MAX || amount < FEN_MIN) {
    return {
      ok: false,
      reason: 'AMOUNT_OUT_OF_RANGE',
      message: `金额超出允许范围（绝对值不超过 ${FEN_MAX} 分）：${shown}`,
      messageEn: `Amount out of range (at most ${FEN_MAX} fen either way): ${shown}`,
    };
  }
  return { ok: true, value: amount };
}
