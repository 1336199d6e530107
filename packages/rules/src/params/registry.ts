import { RuleInputError } from '../errors.ts';
import { isIsoDate, type IsoDate } from '../dates.ts';
import { PART1_PARAMS } from './part1-targets.ts';
import { PART2_PARAMS } from './part2-training.ts';
import { PART3_PARAMS } from './part3-use.ts';
import { PART4_PARAMS } from './part4-evaluation.ts';
import { PART5_PARAMS } from './part5-honours.ts';
import { PART6_PARAMS } from './part6-safeguards.ts';
import { READINGS } from './readings.ts';
import type { Parameter, ParamVersion } from './types.ts';

/** Every figure and every reading of the policy, by id. */
export const DEFAULT_PARAMETERS = Object.freeze({
  ...PART1_PARAMS,
  ...PART2_PARAMS,
  ...PART3_PARAMS,
  ...PART4_PARAMS,
  ...PART5_PARAMS,
  ...PART6_PARAMS,
  ...READINGS,
});

export type ParameterSet = typeof DEFAULT_PARAMETERS;
export type ParamId = keyof ParameterSet;
export type ParamValue<K extends ParamId> = ParameterSet[K] extends Parameter<infer V> ? V : never;

/**
 * The version in force on `date`. Rules check the policy window first, and a test proves every
 * figure covers the whole window without gaps, so a miss here is a broken parameter table.
 */
export function valueAt<V>(param: Parameter<V>, date: IsoDate): ParamVersion<V> {
  const versions = param.versions;
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    if (v.validFrom <= date && (v.validUntil === null || date < v.validUntil)) return v;
  }
  throw new Error(`parameter ${param.id} has no value in force on ${date}`);
}

export function listParameters(set: ParameterSet = DEFAULT_PARAMETERS): Parameter<unknown>[] {
  return Object.values(set) as Parameter<unknown>[];
}

export interface Amendment<V> {
  readonly value: V;
  readonly validFrom: IsoDate;
  /** e.g. '济人社发〔2027〕3号'. */
  readonly source: string;
}

/**
 * A later amendment as a new dated value: it replaces every value from `validFrom` on, up to where
 * the parameter's last version ended (2030-01-01 for the policy's figures). Earlier values stay, so
 * facts dated before the amendment keep their old figure. Rule code is untouched: pass the returned
 * set to assess(fact, { parameters }).
 */
export function amendParameter<K extends ParamId>(
  set: ParameterSet,
  id: K,
  amendment: Amendment<ParamValue<K>>,
): ParameterSet {
  const param = set[id] as Parameter<ParamValue<K>> | undefined;
  if (!param)
    throw new RuleInputError(
      'RULES_INVALID_PARAMETER',
      'id',
      `未知参数：${String(id)}`,
      `Unknown parameter: ${String(id)}`,
    );
  if (!isIsoDate(amendment.validFrom)) {
    throw new RuleInputError(
      'RULES_INVALID_DATE',
      'validFrom',
      `修订生效日期无效：${String(amendment.validFrom)}`,
      `Invalid amendment date: ${String(amendment.validFrom)}`,
    );
  }
  const from = amendment.validFrom;
  const first = param.versions[0]!;
  const end = param.versions[param.versions.length - 1]!.validUntil;
  if (from < first.validFrom || (end !== null && from >= end)) {
    throw new RuleInputError(
      'RULES_INVALID_PARAMETER',
      'validFrom',
      `参数 ${String(id)} 的修订日期 ${from} 须不早于 ${first.validFrom} 且早于 ${end ?? '—'}`,
      `Amendment of ${String(id)} must start on or after ${first.validFrom} and before ${end ?? 'open end'}: ${from}`,
    );
  }
  const versions: ParamVersion<ParamValue<K>>[] = [];
  for (const v of param.versions) {
    if (v.validUntil !== null && v.validUntil <= from) versions.push(v);
    else if (v.validFrom < from) versions.push(Object.freeze({ ...v, validUntil: from }));
  }
  versions.push(
    Object.freeze({ ...first, value: amendment.value, validFrom: from, validUntil: end, source: amendment.source }),
  );
  const amended: Parameter<ParamValue<K>> = Object.freeze({ ...param, versions: Object.freeze(versions) });
  return Object.freeze({ ...set, [id]: amended }) as ParameterSet;
}
