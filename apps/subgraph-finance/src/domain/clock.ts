import { addDays as kitAddDays, toIsoDate } from '@jining/subgraph-kit';

/**
 * Finance's clock is the platform's development clock of the kit (FINANCE_CLOCK_FILE, development mode only; see
 * `clockShiftDays` there), shared with the awards' publicity: re-exported under finance's names.
 */
export {
  assertClockSetting,
  chinaToday,
  CLOCK_FILE_VARIABLE,
  clockShiftDays,
  platformNow as financeNow,
} from '@jining/subgraph-kit';

/** A date `days` after an ISO date (negative: before), as a UTC-midnight Date (how PostgreSQL `date` is read). */
export const addDays = kitAddDays;

/** A stored `date` (UTC midnight) as 'YYYY-MM-DD'. */
export const isoDate = (d: Date): string => toIsoDate(d);
