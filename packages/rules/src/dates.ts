import { RuleInputError } from './errors.ts';

/** An ISO calendar date 'YYYY-MM-DD'. ISO strings of equal length sort like the dates they name. */
export type IsoDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Strict check by hand (no Date, no regex): this runs on every assessment. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digit(value, 0),
    y1 = digit(value, 1),
    y2 = digit(value, 2),
    y3 = digit(value, 3);
  const m0 = digit(value, 5),
    m1 = digit(value, 6),
    d0 = digit(value, 8),
    d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function assertIsoDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new RuleInputError(
      'RULES_INVALID_DATE',
      field,
      `日期无效：${field} = ${JSON.stringify(value)}（应为 YYYY-MM-DD 格式的真实日期）`,
      `Invalid date in ${field}: ${JSON.stringify(value)} (expected a real calendar date YYYY-MM-DD)`,
    );
  }
  return value;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The same calendar day `years` later. 29 February becomes 28 February in a common year:
 * a subsidy year that began on a leap day starts again on the last day of February.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = yearOf(date) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return makeDate(year, month, day);
}

/**
 * 周岁: completed years of age on `onDate`. The birthday itself completes the year; someone born
 * on 29 February completes it on 1 March in a common year (the birthday has not come on 28 Feb).
 */
export function ageInFullYears(birthDate: IsoDate, onDate: IsoDate): number {
  const years = yearOf(onDate) - yearOf(birthDate);
  // 'MM-DD' strings compare like the month-days they name.
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
