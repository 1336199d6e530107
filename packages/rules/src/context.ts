import { DEFAULT_PARAMETERS, type ParameterSet } from './params/registry.ts';
import type { TrainingCatalogue } from './rules/r06-subsidised-training.ts';

export interface AssessContext {
  /** The parameter table to use; amendments are applied with amendParameter(). */
  readonly parameters?: ParameterSet;
  /** R6's subsidised training catalogue (its amounts are not in the policy text). */
  readonly trainingCatalogue?: TrainingCatalogue;
}

export interface RuleContext {
  readonly P: ParameterSet;
  readonly catalogue: TrainingCatalogue | undefined;
}

const DEFAULT_CONTEXT: RuleContext = { P: DEFAULT_PARAMETERS, catalogue: undefined };

export function ruleContext(ctx: AssessContext | undefined): RuleContext {
  if (ctx === undefined) return DEFAULT_CONTEXT;
  return { P: ctx.parameters ?? DEFAULT_PARAMETERS, catalogue: ctx.trainingCatalogue };
}
