import { readFileSync } from 'node:fs';
import { isDevMode, toIsoDate } from '@jining/subgraph-kit';

/** China Standard Time is UTC+8 all year (no daylight saving): the offset of the calendar staff work by. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * FINANCE_CLOCK_FILE (development mode only): a file holding a whole number of days, 0–400, that finance adds to
 * today. It exists so an end-to-end test (or a trainer showing the workbench) can let a publicity window pass without
 * waiting a week: the test writes "8" into the file while the platform runs, and finance reads it on each step that
 * asks for today. It is a file rather than an API because nothing on the wire may move finance's clock; outside
 * development mode the variable is refused at start (`assertClockSetting`), so a deployment cannot turn it on.
 */
export const CLOCK_FILE_VARIABLE = 'FINANCE_CLOCK_FILE';

export function clockShiftDays(env: NodeJS.ProcessEnv): number {
  const file = env[CLOCK_FILE_VARIABLE];
  if (!file || !isDevMode(env)) return 0;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8').trim();
  } catch {
    return 0; // not written yet: today is today
  }
  if (raw === '') return 0;
  const days = Number(raw);
  if (!Number.isSafeInteger(days) || days < 0 || days > 400) {
    throw new Error(
      `${CLOCK_FILE_VARIABLE} (${file}) must hold a whole number of days from 0 to 400, not ${JSON.stringify(raw)}`,
    );
  }
  return days;
}

/** Refuses FINANCE_CLOCK_FILE outside development mode, when finance starts. */
export function assertClockSetting(env: NodeJS.ProcessEnv = process.env): void {
  if (env[CLOCK_FILE_VARIABLE] && !isDevMode(env)) {
    throw new Error(`${CLOCK_FILE_VARIABLE} is for development mode only (JINING_DEV_MODE=true); unset it`);
  }
}

/** Now, as finance's steps see it: the real time, shifted by FINANCE_CLOCK_FILE's days in development mode. */
export const financeNow = (env: NodeJS.ProcessEnv = process.env): Date =>
  new Date(Date.now() + clockShiftDays(env) * DAY_MS);

/**
 * Today's date in China, 'YYYY-MM-DD'. The resolvers pass it to the domain steps that compare dates (a publicity
 * window, a payment date), so the steps themselves take "today" as an argument: a test or the demo seed can run them
 * on any day, and nothing reads the clock twice within one step.
 */
export const chinaToday = (now: Date = financeNow()): string => toIsoDate(new Date(now.getTime() + CHINA_OFFSET_MS));

/** A date `days` after an ISO date (negative: before), as a UTC-midnight Date (how PostgreSQL `date` is read). */
export function addDays(isoDate: string, days: number): Date {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** A stored `date` (UTC midnight) as 'YYYY-MM-DD'. */
export const isoDate = (d: Date): string => toIsoDate(d);
