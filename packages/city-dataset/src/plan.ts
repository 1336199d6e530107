import { DEFAULT_PARAMETERS, valueAt, type SkillLevel } from '@jining/rules';

/**
 * How many rows of each kind a city of `people` gets. At 1.5 million people (Jining's employed population, about)
 * this is the city: 100,000 organisations, 2 million certificates; the rest follows the policy's targets:
 * - T2 (一): more than 320,000 high-skilled people — the ladder below puts about 37% of the 900,000 certificate
 *   holders at 技师 or above, 57% at 高级工 or above;
 * - T1 (一): skilled workers above 30% of the employed — 60% of people hold a certificate;
 * - T10 (二(六)): about 10 city studios a year, five years of them, plus the higher levels;
 * - honours and competitions at the scale the yearly quotas and the city's calendar imply.
 * Everything scales linearly with `people` (a test runs 2,000), with floors so each kind has a few rows.
 */
export interface CityPlan {
  people: number;
  organisations: number;
  /** Share of people holding at least one certificate. */
  holderShare: number;
  studios: number;
  competitions: number;
  resultsPerCompetition: number;
  honoursPerYear: number;
  /** The five years of facts (certificates issued in them are fact events; earlier ones are history). */
  factYears: readonly number[];
}

export const CITY_PEOPLE = 1_500_000;
const CITY_STUDIOS_PER_YEAR = valueAt(DEFAULT_PARAMETERS.T10_CITY_STUDIOS_PER_YEAR, '2025-01-01').value;
export const HIGH_SKILLED_TARGET = valueAt(DEFAULT_PARAMETERS.T2_HIGH_SKILLED_MIN_TOTAL, '2025-01-01').value;
export const SKILLED_SHARE_TARGET_PERCENT = valueAt(
  DEFAULT_PARAMETERS.T1_SKILLED_SHARE_MIN_PERCENT,
  '2025-01-01',
).value;

export function planFor(people: number): CityPlan {
  if (!Number.isInteger(people) || people < 100) throw new Error(`--people must be an integer ≥ 100 (got ${people})`);
  const scale = people / CITY_PEOPLE;
  const at = (n: number, floor: number) => Math.max(floor, Math.round(n * scale));
  const factYears = [2022, 2023, 2024, 2025, 2026];
  return {
    people,
    organisations: at(100_000, 20),
    holderShare: 0.6,
    // City studios for five years, and as many again of the national / provincial / Qilu levels.
    studios: at(CITY_STUDIOS_PER_YEAR * factYears.length * 2, 4),
    competitions: at(200 * factYears.length, 5),
    resultsPerCompetition: 30,
    honoursPerYear: at(300, 3),
    factYears,
  };
}

/** The highest level of a certificate holder (cumulative shares, from the bottom of the ladder). */
export const TOP_LEVEL_SHARES: readonly [SkillLevel, number][] = [
  ['ELEMENTARY', 0.18],
  ['INTERMEDIATE', 0.43],
  ['SENIOR', 0.63],
  ['TECHNICIAN', 0.85],
  ['SENIOR_TECHNICIAN', 0.96],
  ['PRINCIPAL_TECHNICIAN', 0.99],
  ['CHIEF_TECHNICIAN', 1],
];

/**
 * Certificates per holder (cumulative), before the ladder caps it (an 初级 holder has one): about 2.2 after the cap,
 * so 60% of 1.5 million people hold 2 million certificates.
 */
export const CERTIFICATES_PER_HOLDER: readonly [number, number][] = [
  [1, 0.12],
  [2, 0.35],
  [3, 0.65],
  [4, 0.9],
  [5, 1],
];
