import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '@jining/graphql-server/errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date 'YYYY-MM-DD' strictly (2025-02-30 is refused, not rolled over). */
export function parseIsoDate(value: string, field = 'date'): Date {
  const m = ISO_DATE.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`日期格式无效：${value}（应为 YYYY-MM-DD 的真实日期）`, {
      field,
      reason: 'INVALID_DATE',
      messageEn: `Invalid date: ${value}`,
    });
  }
  return date;
}

export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A calendar date without time, as 'YYYY-MM-DD'. Stored as PostgreSQL `date` (a UTC-midnight Date in JS). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: '日期 Calendar date, ISO 8601 `YYYY-MM-DD`',
  serialize: (value) => {
    if (value instanceof Date) return toIsoDate(value);
    if (typeof value === 'string') return toIsoDate(parseIsoDate(value));
    throw new TypeError(`Date cannot serialize ${String(value)}`);
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw badInput('日期必须是 YYYY-MM-DD 字符串', { reason: 'INVALID_DATE' });
    return parseIsoDate(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('日期必须是 YYYY-MM-DD 字符串', { reason: 'INVALID_DATE' });
    return parseIsoDate(ast.value);
  },
});

/**
 * Money in integer fen (分). Never a float: serialised as a JSON integer (safe-integer range, ±90 trillion yuan),
 * accepted as an integer or a string of digits, held as `bigint` in resolvers and PostgreSQL `bigint` in the database.
 */
export const FenScalar = new GraphQLScalarType<bigint, number>({
  name: 'Fen',
  description: '金额（分）Money as an integer number of fen (1 元 = 100 分); never fractional',
  serialize: (value) => {
    const n =
      typeof value === 'bigint'
        ? value
        : typeof value === 'number' && Number.isInteger(value)
          ? BigInt(value)
          : undefined;
    if (n === undefined || n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new TypeError(`Fen cannot serialize ${String(value)}`);
    }
    return Number(n);
  },
  parseValue: (value) => parseFen(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parseFen(ast.value);
    throw badInput('金额必须是以“分”为单位的整数', { reason: 'INVALID_AMOUNT' });
  },
});

function parseFen(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) return BigInt(value);
  throw badInput(`金额必须是以“分”为单位的整数：${String(value)}`, {
    reason: 'INVALID_AMOUNT',
    messageEn: `Amount must be integer fen: ${String(value)}`,
  });
}

/**
 * Today's calendar date in Jining (China Standard Time), as 'YYYY-MM-DD'. The policy's dates are local dates:
 * at 07:00 in Jining it is still yesterday in UTC, and a fact recorded "today" must not read as the future.
 */
export function todayInJining(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A recorded fact (an approval, a certificate, a hire …) cannot have happened after today: a coded BAD_USER_INPUT
 * otherwise, with `reason` INVALID_DATE unless the subgraph names it more precisely.
 */
export function requireNotFuture(date: Date, field: string, what: string, reason = 'INVALID_DATE'): Date {
  const iso = toIsoDate(date);
  const today = todayInJining();
  if (iso > today) {
    throw badInput(`${what}不能晚于今天（${today}）：${iso}`, {
      field,
      reason,
      messageEn: `${field} ${iso} is after today (${today})`,
    });
  }
  return date;
}
