import { isCountyCode, type CountyCode } from './counties.ts';
import { assertIsoDate, isIsoDate, type IsoDate } from './dates.ts';
import { RuleInputError } from './errors.ts';
import { assertFen, isFen, type Fen } from './money.ts';

/**
 * Field checks for facts that may come from JSON: each takes the field's value (read by the caller
 * with a plain property access, which V8 keeps monomorphic) and returns it typed, or throws a
 * RuleInputError naming the field. The field path is only built when there is an error.
 */

const path = (prefix: string, field: string): string => (prefix ? `${prefix}.${field}` : field);

function invalid(field: string, value: unknown, zhWant: string, enWant: string): never {
  throw new RuleInputError(
    'RULES_INVALID_FIELD',
    field,
    `字段无效：${field} = ${JSON.stringify(value) ?? 'undefined'}（应为${zhWant}）`,
    `Invalid field ${field}: ${JSON.stringify(value) ?? 'undefined'} (expected ${enWant})`,
  );
}

export function str(v: unknown, field: string, prefix = ''): string {
  if (typeof v !== 'string' || v.length === 0) invalid(path(prefix, field), v, '非空字符串', 'a non-empty string');
  return v;
}

export function optStr(v: unknown, field: string, prefix = ''): string | undefined {
  return v === undefined || v === null ? undefined : str(v, field, prefix);
}

export function bool(v: unknown, field: string, prefix = ''): boolean {
  if (typeof v !== 'boolean') invalid(path(prefix, field), v, 'true 或 false', 'true or false');
  return v;
}

export function date(v: unknown, field: string, prefix = ''): IsoDate {
  return isIsoDate(v) ? v : assertIsoDate(v, path(prefix, field));
}

export function fen(v: unknown, field: string, prefix = ''): Fen {
  return isFen(v) ? v : assertFen(v, path(prefix, field));
}

export function optFen(v: unknown, field: string, prefix = ''): Fen | undefined {
  return v === undefined || v === null ? undefined : fen(v, field, prefix);
}

/** Whole numbers that are not money: counts, year numbers, contract years, percentages. */
export function int(v: unknown, field: string, min: number, max: number, prefix = ''): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    const f = path(prefix, field);
    throw new RuleInputError(
      'RULES_INVALID_NUMBER',
      f,
      `数值无效：${f} = ${JSON.stringify(v) ?? 'undefined'}（应为 ${min} 至 ${max} 之间的整数）`,
      `Invalid number in ${f}: ${JSON.stringify(v) ?? 'undefined'} (expected an integer from ${min} to ${max})`,
    );
  }
  return v;
}

export function optInt(v: unknown, field: string, min: number, max: number, prefix = ''): number | undefined {
  return v === undefined || v === null ? undefined : int(v, field, min, max, prefix);
}

export function oneOf<T extends string>(v: unknown, field: string, allowed: readonly T[], prefix = ''): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    invalid(path(prefix, field), v, `以下之一：${allowed.join('、')}`, `one of ${allowed.join(', ')}`);
  }
  return v as T;
}

export function county(v: unknown, field: string, prefix = ''): CountyCode {
  if (!isCountyCode(v)) {
    const f = path(prefix, field);
    throw new RuleInputError(
      'RULES_UNKNOWN_COUNTY',
      f,
      `未知的县（市、区）或功能区代码：${f} = ${JSON.stringify(v) ?? 'undefined'}`,
      `Unknown county or functional-zone code in ${f}: ${JSON.stringify(v) ?? 'undefined'}`,
    );
  }
  return v;
}

export function optCounty(v: unknown, field: string, prefix = ''): CountyCode | undefined {
  return v === undefined || v === null ? undefined : county(v, field, prefix);
}

export function array(v: unknown, field: string, prefix = ''): readonly unknown[] {
  if (!Array.isArray(v)) invalid(path(prefix, field), v, '数组', 'an array');
  return v;
}

export function object(v: unknown, field: string): Readonly<Record<string, unknown>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new RuleInputError(
      field === '' ? 'RULES_INVALID_FACT' : 'RULES_INVALID_FIELD',
      field || '(fact)',
      `${field || '事实'}应为 JSON 对象`,
      `${field || 'The fact'} must be a JSON object`,
    );
  }
  return v as Readonly<Record<string, unknown>>;
}
