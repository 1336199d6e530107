import { GraphQLScalarType, Kind, print } from 'graphql';
import { badInput, InvalidValue } from '@jining/graphql-server/errors';
import { checkFen, checkIsoDate, FEN_MAX, FEN_MIN, type ScalarCheck } from '@jining/protocol/scalars';

/** Parses a calendar date 'YYYY-MM-DD' strictly (2025-02-30 is refused, not rolled over). */
export function parseIsoDate(value: string, field?: string): Date {
  const checked = checkIsoDate(value);
  if (!checked.ok) throw scalarError(checked, field);
  return checked.value;
}

export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A value a resolver parses itself (it knows the field): a coded BAD_USER_INPUT KitError. */
function scalarError(checked: Extract<ScalarCheck<unknown>, { ok: false }>, field?: string) {
  return badInput(checked.message, {
    reason: checked.reason,
    messageEn: checked.messageEn,
    ...(field ? { field } : {}),
  });
}

/**
 * A value GraphQL parses (a variable or a literal): the parser does not know the field it is in, so it throws an
 * InvalidValue and the shared formatError names the field from where GraphQL found the value (`input.amount`).
 */
const refused = (checked: Extract<ScalarCheck<unknown>, { ok: false }>) =>
  new InvalidValue(checked.message, { reason: checked.reason, messageEn: checked.messageEn });

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
    const checked = checkIsoDate(value);
    if (!checked.ok) throw refused(checked);
    return checked.value;
  },
  parseLiteral: (ast) => {
    const checked = checkIsoDate(ast.kind === Kind.STRING ? ast.value : print(ast));
    if (!checked.ok) throw refused(checked);
    return checked.value;
  },
});

/**
 * Money in integer fen (分). Never a float: serialised as a JSON integer (safe-integer range, ±90 trillion yuan),
 * accepted as an integer or a string of digits within that range (@jining/protocol's `checkFen`, which the gateway
 * also runs at its edge), held as `bigint` in resolvers and PostgreSQL `bigint` in the database.
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
    if (n === undefined || n > FEN_MAX || n < FEN_MIN) {
      throw new TypeError(`Fen cannot serialize ${String(value)}`);
    }
    return Number(n);
  },
  parseValue: (value) => {
    const checked = checkFen(value);
    if (!checked.ok) throw refused(checked);
    return checked.value;
  },
  parseLiteral: (ast) => {
    const checked = checkFen(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : print(ast));
    if (!checked.ok) throw refused(checked);
    return checked.value;
  },
});

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
