import { devClockNow, toIsoDate } from '@jining/subgraph-kit';

/**
 * The studio publicity window (公示期) is a platform setting, not a figure of the policy: 二(六) asks for no publicity
 * at all, and the platform publishes a selection before approving it as finance does its payments. Calendar days
 * (no holiday calendar); each deployment may set them, read when a studio is published:
 *
 * - TRAINING_STUDIO_PUBLICITY_DAYS (default 7): the window when the publisher does not say;
 * - TRAINING_STUDIO_PUBLICITY_MIN_DAYS (default 5) and TRAINING_STUDIO_PUBLICITY_MAX_DAYS (default 30): its bounds.
 *
 * The window runs from the day of publication through `startsOn + days − 1`; objections are taken on those days, and
 * the studio can be approved from the day after.
 */
export interface StudioPublicitySettings {
  defaultDays: number;
  minDays: number;
  maxDays: number;
}

export const STUDIO_PUBLICITY_DEFAULTS: StudioPublicitySettings = { defaultDays: 7, minDays: 5, maxDays: 30 };

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  // At least one day: a window of none would end before it began.
  if (!Number.isSafeInteger(n) || n < 1 || n > 366) {
    throw new Error(`${name} must be a whole number of days from 1 to 366, not ${JSON.stringify(raw)}`);
  }
  return n;
}

export function studioPublicitySettings(env: NodeJS.ProcessEnv = process.env): StudioPublicitySettings {
  const settings = {
    defaultDays: days(env, 'TRAINING_STUDIO_PUBLICITY_DAYS', STUDIO_PUBLICITY_DEFAULTS.defaultDays),
    minDays: days(env, 'TRAINING_STUDIO_PUBLICITY_MIN_DAYS', STUDIO_PUBLICITY_DEFAULTS.minDays),
    maxDays: days(env, 'TRAINING_STUDIO_PUBLICITY_MAX_DAYS', STUDIO_PUBLICITY_DEFAULTS.maxDays),
  };
  if (settings.minDays > settings.defaultDays || settings.defaultDays > settings.maxDays) {
    throw new Error(
      `studio publicity settings must keep MIN_DAYS ≤ DAYS ≤ MAX_DAYS (${settings.minDays}, ${settings.defaultDays}, ${settings.maxDays})`,
    );
  }
  return settings;
}

/**
 * TRAINING_CLOCK_FILE (development mode only, the kit's dev clock): days added to today, so an end-to-end test can let
 * a studio's publicity window pass.
 */
export const TRAINING_CLOCK_VARIABLE = 'TRAINING_CLOCK_FILE';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today in China as training's steps see it ('YYYY-MM-DD'). */
export const trainingToday = (env: NodeJS.ProcessEnv = process.env): string =>
  toIsoDate(new Date(devClockNow(TRAINING_CLOCK_VARIABLE, env).getTime() + CHINA_OFFSET_MS));

/** A date `n` days after an ISO date, as 'YYYY-MM-DD'. */
export function addDaysIso(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
