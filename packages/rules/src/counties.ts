import { findCounty, isCountyCode, JINING_COUNTIES, type CountyCode } from '@jining/reference-data';

/**
 * Jining's counties and functional zones — the COUNTY payer's codes. The list itself lives once, in
 * `@jining/reference-data` (GB/T 2260 codes; `ZONE_*` for the four functional zones, which have none).
 */
export const COUNTIES = JINING_COUNTIES;
export { isCountyCode, type CountyCode };

export function countyLabel(code: CountyCode): string {
  return findCounty(code)?.name ?? code;
}
