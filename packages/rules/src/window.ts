import type { IsoDate } from './dates.ts';
import { RuleInputError } from './errors.ts';
import { RULE_CLAUSES, type Run, type RuleId } from './decision.ts';
import { DEFAULT_PARAMETERS, type ParameterSet } from './params/registry.ts';
import type { ParamVersion } from './params/types.ts';

export interface PolicyWindow {
  /** First day in force. */
  readonly from: IsoDate;
  /** Last day in force (inclusive). */
  readonly through: IsoDate;
  /** First day no longer in force. */
  readonly until: IsoDate;
}

/** The window in force is the latest value: an amendment extending the policy adds a new one. */
export function windowVersion(set: ParameterSet): ParamVersion<PolicyWindow> {
  const versions = set.POLICY_WINDOW.versions;
  return versions[versions.length - 1]!;
}

export const POLICY_WINDOW: PolicyWindow = windowVersion(DEFAULT_PARAMETERS).value;

export function isWithinPolicyWindow(date: IsoDate, set: ParameterSet = DEFAULT_PARAMETERS): boolean {
  const w = windowVersion(set).value;
  return date >= w.from && date < w.until;
}

/** Records the window step (and the reason when outside) and returns whether `date` is inside. */
export function checkWindow(run: Run, set: ParameterSet, date: IsoDate, ruleId: RuleId, what = '事件日期'): boolean {
  const v = windowVersion(set);
  const ok = date >= v.value.from && date < v.value.until;
  run.step('WINDOW', RULE_CLAUSES[ruleId], ok, [v], date, what);
  if (!ok) run.fail(ruleId, 'OUTSIDE_POLICY_WINDOW');
  return ok;
}

/** A reporting year (compliance checks, annual targets) must lie inside the window: its figures are dated there. */
export function assertYearInWindow(year: unknown, field: string, set: ParameterSet = DEFAULT_PARAMETERS): number {
  const w = windowVersion(set).value;
  const first = Number(w.from.slice(0, 4));
  const last = Number(w.through.slice(0, 4));
  if (typeof year !== 'number' || !Number.isInteger(year) || year < first || year > last) {
    throw new RuleInputError(
      'RULES_INVALID_NUMBER',
      field,
      `年度应为 ${first}—${last} 之间的整数：${JSON.stringify(year) ?? 'undefined'}`,
      `${field} must be an integer from ${first} to ${last}: ${JSON.stringify(year) ?? 'undefined'}`,
    );
  }
  return year;
}

export { POLICY_YEARS } from './vocabulary/index.ts';
