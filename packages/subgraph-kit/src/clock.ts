import { assertDevClockSetting, devClockShiftDays } from './dev-clock.ts';
import { toIsoDate } from './scalars.ts';

/** China Standard Time is UTC+8 all year (no daylight saving): the offset of the calendar staff work by. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The platform's development clock (development mode only): a file holding a whole number of days, 0–400, that the
 * subgraphs with a publicity window (finance's entitlements, the awards' honours) add to today. It exists so an
 * end-to-end test (or a trainer showing the workbench) can let a publicity window pass without waiting a week: the
 * test writes "8" into the file while the platform runs, and each step that asks for today reads it. It is a file
 * rather than an API because nothing on the wire may move the clock; outside development mode the variable is
 * refused at start (`assertClockSetting`), so a deployment cannot turn it on. The variable keeps its first user's
 * name (finance), so every test and script that sets it moves every subgraph's clock alike.
 */
export const CLOCK_FILE_VARIABLE = 'FINANCE_CLOCK_FILE';

export const clockShiftDays = (env: NodeJS.ProcessEnv = process.env): number =>
  devClockShiftDays(env, CLOCK_FILE_VARIABLE);

/** Refuses the clock file outside development mode, when a subgraph that reads it starts. */
export const assertClockSetting = (env: NodeJS.ProcessEnv = process.env): void =>
  assertDevClockSetting(CLOCK_FILE_VARIABLE, env);

/** Now, as the steps see it: the real time, shifted by the clock file's days in development mode. */
export const platformNow = (env: NodeJS.ProcessEnv = process.env): Date =>
  new Date(Date.now() + clockShiftDays(env) * DAY_MS);

/**
 * Today's date in China, 'YYYY-MM-DD'. Resolvers pass it to the domain steps that compare dates (a publicity window,
 * a payment date), so the steps themselves take "today" as an argument and nothing reads the clock twice in one step.
 */
export const chinaToday = (now: Date = platformNow()): string => toIsoDate(new Date(now.getTime() + CHINA_OFFSET_MS));

/** A date `days` after an ISO date (negative: before), as a UTC-midnight Date (how PostgreSQL `date` is read). */
export function addDays(isoDate: string, days: number): Date {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/**
 * 公示期 (the objection window of a publicity) is a platform setting, not a figure of the policy: 济人社发〔2024〕9号
 * says nothing about publicity, so each deployment sets it through environment variables named by the subgraph
 * (`<PREFIX>_PUBLICITY_DAYS`, `_MIN_DAYS`, `_MAX_DAYS`), read when a publicity is made. Calendar days: the window
 * runs from the day of publishing through `startsOn + days − 1`; objections are taken on those days, and what was
 * published can proceed from the day after.
 */
export interface PublicityWindowSettings {
  defaultDays: number;
  minDays: number;
  maxDays: number;
}

function settingDays(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  // At least one day: a window of zero days would end before it began, which is no publicity at all.
  if (!Number.isSafeInteger(n) || n < 1 || n > 366) {
    throw new Error(`${name} must be a whole number of days from 1 to 366, not ${JSON.stringify(raw)}`);
  }
  return n;
}

/** The window settings under `prefix` (FINANCE, AWARDS …), defaults where a variable is unset. */
export function publicityWindowSettingsFor(
  prefix: string,
  defaults: PublicityWindowSettings,
  env: NodeJS.ProcessEnv = process.env,
): PublicityWindowSettings {
  const names = {
    defaultDays: `${prefix}_PUBLICITY_DAYS`,
    minDays: `${prefix}_PUBLICITY_MIN_DAYS`,
    maxDays: `${prefix}_PUBLICITY_MAX_DAYS`,
  };
  const settings = {
    defaultDays: settingDays(env, names.defaultDays, defaults.defaultDays),
    minDays: settingDays(env, names.minDays, defaults.minDays),
    maxDays: settingDays(env, names.maxDays, defaults.maxDays),
  };
  if (settings.minDays > settings.defaultDays || settings.defaultDays > settings.maxDays) {
    throw new Error(
      `publicity window settings must keep ${names.minDays} ≤ ${names.defaultDays} ≤ ${names.maxDays} (${settings.minDays}, ${settings.defaultDays}, ${settings.maxDays})`,
    );
  }
  return settings;
}

/** Refuses a window length outside the settings, naming the field. */
export function publicityWindowRefusal(
  days: number,
  settings: PublicityWindowSettings,
): { zh: string; en: string } | null {
  if (Number.isInteger(days) && days >= settings.minDays && days <= settings.maxDays) return null;
  return {
    zh: `公示期须为 ${settings.minDays}–${settings.maxDays} 天（自然日）`,
    en: `The window must be ${settings.minDays} to ${settings.maxDays} calendar days`,
  };
}
