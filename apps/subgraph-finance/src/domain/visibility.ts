import type { Principal } from '@jining/subgraph-kit';

/**
 * Counties see and pay their own county's share only (六; docs/architecture.md "Permissions: who may do what"):
 * an account that carries a county code (e.g. 任城区财政局, permission finance:county) sees only entitlements whose
 * COUNTY share that county pays — in lists, by id, and under Person/Organisation. City-level accounts (no county
 * code) see all.
 */
export function countyScope(principal: Principal): { countyCode: string } | undefined {
  return principal.countyCode ? { countyCode: principal.countyCode } : undefined;
}

/** True when the principal may see an entitlement paid (in its county share) by `countyCode`. */
export function canSee(principal: Principal, row: { countyCode: string | null }): boolean {
  const scope = countyScope(principal);
  return !scope || row.countyCode === scope.countyCode;
}
