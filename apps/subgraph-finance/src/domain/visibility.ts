import type { Principal } from '@jining/subgraph-kit';

/**
 * Counties see and pay their own county's share only (六; docs/architecture.md "Permissions: who may do what"):
 * an account that carries a county code (e.g. 任城区财政局, permission finance:county) sees only entitlements whose
 * COUNTY share that county pays — in lists, by id, and under Person/Organisation. City-level accounts (no county
 * code) see all. Every read applies it through `visibleEntitlements` (src/schema/visible-entitlements.ts), the one
 * place that reads the entitlement table.
 */
export function countyScope(principal: Principal): { countyCode: string } | undefined {
  return principal.countyCode ? { countyCode: principal.countyCode } : undefined;
}

/**
 * The where of every read: the caller's filter and its county scope, both. A county account asking for another
 * county gets nothing, not an error: the scope is an intersection.
 */
export function scopedWhere<W extends object>(
  principal: Principal,
  where?: W,
): { AND: (W | { countyCode: string })[] } {
  const scope = countyScope(principal);
  return { AND: [...(where ? [where] : []), ...(scope ? [scope] : [])] };
}

/** True when the principal may see an entitlement paid (in its county share) by `countyCode`. */
export function canSee(principal: Principal, row: { countyCode: string | null }): boolean {
  const scope = countyScope(principal);
  return !scope || row.countyCode === scope.countyCode;
}
