import { readFileSync } from 'node:fs';
import { isDevMode } from '@jining/protocol/secrets';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A development-mode clock shift: `variable` names a file holding a whole number of days, 0–400, that a subgraph adds
 * to today, so an end-to-end test (or a trainer) can let a publicity window pass without waiting a week. A file, not
 * an API: nothing on the wire may move a clock. Outside development mode the variable is refused at start
 * (`assertDevClockSetting`) and ignored when read. (Finance's FINANCE_CLOCK_FILE has the same shape.)
 */
export function devClockShiftDays(env: NodeJS.ProcessEnv, variable: string): number {
  const file = env[variable];
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
    throw new Error(`${variable} (${file}) must hold a whole number of days from 0 to 400, not ${JSON.stringify(raw)}`);
  }
  return days;
}

/** Refuses the clock file outside development mode. */
export function assertDevClockSetting(variable: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env[variable] && !isDevMode(env)) {
    throw new Error(`${variable} is for development mode only (JINING_DEV_MODE=true); unset it`);
  }
}

/** Now, shifted by the clock file's days in development mode. */
export const devClockNow = (variable: string, env: NodeJS.ProcessEnv = process.env): Date =>
  new Date(Date.now() + devClockShiftDays(env, variable) * DAY_MS);
