import type { Clause } from '../clauses.ts';
import type { IsoDate } from '../dates.ts';

export type Unit =
  | 'FEN'
  | 'FEN_PER_PERSON'
  | 'FEN_PER_PERSON_YEAR'
  | 'FEN_PER_UNIT'
  | 'FEN_PER_COLLEGE_YEAR'
  | 'PERCENT'
  | 'PAYER_PARTS'
  | 'YEARS'
  | 'AGE_YEARS'
  | 'PERSONS_PER_YEAR'
  | 'PERSONS'
  | 'PERSON_TIMES_PER_YEAR'
  | 'COUNT'
  | 'COUNT_PER_YEAR'
  | 'DATE'
  | 'DATE_RANGE'
  | 'YEAR'
  | 'SKILL_LEVEL'
  | 'FLAG'
  | 'CHOICE'
  | 'TABLE';

export const POLICY_SOURCE = '济人社发〔2024〕9号';

/**
 * One dated value of a parameter: in force from `validFrom` (inclusive) until `validUntil`
 * (exclusive; null = open). Versions carry their parameter's id, unit and clause so a trace step
 * or a grant can point at the very version object it used, without copying.
 */
export interface ParamVersion<V> {
  readonly paramId: string;
  readonly value: V;
  readonly unit: Unit;
  readonly clause: Clause;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate | null;
  /** The document that set this value: the policy itself, or a later amendment. */
  readonly source: string;
}

export type ParamKind = 'FIGURE' | 'READING';

export interface Parameter<V> {
  readonly id: string;
  /** FIGURE: a number or date written in the text. READING: an interpretation chosen where the text is open. */
  readonly kind: ParamKind;
  readonly unit: Unit;
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
  /** Sorted by validFrom, contiguous. */
  readonly versions: readonly ParamVersion<V>[];
}

export interface ParamSpec<V> {
  readonly kind?: ParamKind;
  readonly unit: Unit;
  readonly clause: Clause;
  readonly value: V;
  readonly zh: string;
  readonly en: string;
  /** Defaults to the policy window 2025-01-01 … 2030-01-01 (exclusive). */
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate | null;
}

/** The policy's first day in force and its first day no longer in force (末段): the one place these dates are typed. */
export const WINDOW_FROM: IsoDate = '2025-01-01';
export const WINDOW_UNTIL: IsoDate = '2030-01-01';

export type ParamsOf<S extends Record<string, ParamSpec<unknown>>> = {
  readonly [K in keyof S]: Parameter<S[K]['value']>;
};

/** Turns `{ ID: spec }` into `{ ID: Parameter }` so the id is written once, as the key. */
export function defineParams<S extends Record<string, ParamSpec<unknown>>>(specs: S): ParamsOf<S> {
  const out: Record<string, Parameter<unknown>> = {};
  for (const [id, spec] of Object.entries(specs)) {
    const version: ParamVersion<unknown> = Object.freeze({
      paramId: id,
      value: spec.value,
      unit: spec.unit,
      clause: spec.clause,
      validFrom: spec.validFrom ?? WINDOW_FROM,
      validUntil: spec.validUntil === undefined ? WINDOW_UNTIL : spec.validUntil,
      source: POLICY_SOURCE,
    });
    out[id] = Object.freeze({
      id,
      kind: spec.kind ?? 'FIGURE',
      unit: spec.unit,
      clause: spec.clause,
      zh: spec.zh,
      en: spec.en,
      versions: Object.freeze([version]),
    });
  }
  return out as ParamsOf<S>;
}

/** Reading parameters are the same data marked as interpretations. */
export function defineReadings<S extends Record<string, ParamSpec<unknown>>>(specs: S): ParamsOf<S> {
  const marked: Record<string, ParamSpec<unknown>> = {};
  for (const [id, spec] of Object.entries(specs)) marked[id] = { ...spec, kind: 'READING' };
  return defineParams(marked) as ParamsOf<S>;
}
