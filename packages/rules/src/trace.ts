import type { Clause } from './clauses.ts';
import type { ParamVersion } from './params/types.ts';
import { TEMPLATES, type StepCode } from './trace-templates.ts';

export interface ParamUse {
  readonly id: string;
  readonly value: unknown;
  readonly unit: string;
  readonly clause: Clause;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly source: string;
}

export function paramUse(v: ParamVersion<unknown>): ParamUse {
  return {
    id: v.paramId,
    value: v.value,
    unit: v.unit,
    clause: v.clause,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    source: v.source,
  };
}

export const NO_PARAMS: readonly ParamVersion<unknown>[] = Object.freeze([]);

/**
 * One step of an explanation. It holds references to the parameter versions it used and up to three
 * raw values; the Chinese sentence is rendered from a static template only when someone reads it
 * (or serialises the step), so assessing stays cheap.
 */
export class TraceStep {
  // Declared, not defined: native class fields cost ~4× per allocation on Node 20, and steps are
  // allocated on every assessment.
  declare readonly code: StepCode;
  declare readonly clause: Clause;
  declare readonly ok: boolean;
  declare readonly params: readonly ParamVersion<unknown>[];
  declare readonly a: unknown;
  declare readonly b: unknown;
  declare readonly c: unknown;

  constructor(
    code: StepCode,
    clause: Clause,
    ok: boolean,
    params: readonly ParamVersion<unknown>[],
    a?: unknown,
    b?: unknown,
    c?: unknown,
  ) {
    this.code = code;
    this.clause = clause;
    this.ok = ok;
    this.params = params;
    this.a = a;
    this.b = b;
    this.c = c;
  }

  get sentenceZh(): string {
    return TEMPLATES[this.code].zh(this);
  }

  /** The step's values by name (the template knows which argument is which). */
  get values(): Record<string, unknown> {
    const names = TEMPLATES[this.code].args;
    const out: Record<string, unknown> = {};
    const raw = [this.a, this.b, this.c];
    names.forEach((name, i) => {
      if (raw[i] !== undefined) out[name] = raw[i];
    });
    return out;
  }

  toJSON(): {
    code: StepCode;
    clause: Clause;
    ok: boolean;
    values: Record<string, unknown>;
    params: ParamUse[];
    sentenceZh: string;
  } {
    return {
      code: this.code,
      clause: this.clause,
      ok: this.ok,
      values: this.values,
      params: this.params.map(paramUse),
      sentenceZh: this.sentenceZh,
    };
  }
}
