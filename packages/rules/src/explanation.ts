import type { Decision, Grant } from './decision.ts';
import { paramUse, type ParamUse, type TraceStep } from './trace.ts';

export type ExplanationStep = ReturnType<TraceStep['toJSON']>;

/**
 * What a platform stores beside a grant so a reviewer can see why (docs/architecture.md: a decision is kept with its
 * rule version and explanation trace): the decision's steps with their Chinese sentences, and the dated parameter
 * versions the grant used. Plain JSON — bigint values (the R4 products) become decimal strings.
 */
export interface Explanation {
  readonly steps: ExplanationStep[];
  readonly parameters: ParamUse[];
}

export function explain(decision: Decision, grant?: Grant): Explanation {
  return jsonSafe({
    steps: decision.trace.map((step) => step.toJSON()),
    parameters: (grant?.parameterVersions ?? []).map(paramUse),
  }) as Explanation;
}

function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}
