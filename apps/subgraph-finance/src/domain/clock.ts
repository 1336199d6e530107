import { toIsoDate } from '@jining/subgraph-kit';

/** China Standard Time is UTC+8 all year (no daylight saving): the offset of the calendar staff work by. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China, 'YYYY-MM-DD'. The resolvers pass it to the domain steps that compare dates (a publicity
 * window, a payment date), so the steps themselves take "today" as an argument: a test or the demo seed can run them
 * on any day, and nothing reads the clock twice within one step.
 */
export const chinaToday = (now: Date = new Date()): string => toIsoDate(new Date(now.getTime() + CHINA_OFFSET_MS));

/** A date `days` after an ISO date (negative: before), as a UTC-midnight Date (how PostgreSQL `date` is read). */
export function addDays(isoDate: string, days: number): Date {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** A stored `date` (UTC midnight) as 'YYYY-MM-DD'. */
export const isoDate = (d: Date): string => toIsoDate(d);
