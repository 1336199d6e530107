import type { Clause } from './clauses.ts';
import { makeDate } from './dates.ts';
import { RuleInputError } from './errors.ts';
import { assertFen, type Fen } from './money.ts';
import { DEFAULT_PARAMETERS, valueAt, type ParameterSet } from './params/registry.ts';
import type { ParamVersion } from './params/types.ts';
import { assertYearInWindow } from './window.ts';

export interface ComplianceResult {
  readonly check: 'E3_SOE_WAGE_GROWTH' | 'FRONTLINE_EDUCATION_FUNDS';
  readonly clause: Clause;
  readonly year: number;
  /** False when the check does not apply (not an SOE; no funds used). */
  readonly applicable: boolean;
  readonly compliant: boolean;
  readonly params: readonly ParamVersion<unknown>[];
  readonly zh: string;
  readonly en: string;
}

export interface AverageWages {
  readonly previousAvgFen: Fen;
  readonly currentAvgFen: Fen;
}

export interface WageGrowthInput {
  readonly year: number;
  /** 国有及国有控股企业. */
  readonly stateOwnedOrControlled: boolean;
  readonly highSkilled: AverageWages;
  readonly managers: AverageWages;
}

function positive(value: unknown, field: string): Fen {
  const v = assertFen(value, field);
  if (v === 0) {
    throw new RuleInputError(
      'RULES_INVALID_AMOUNT',
      field,
      `${field} 应大于０（上年人均工资为０无法计算增幅）`,
      `${field} must be above 0 to compute a growth rate`,
    );
  }
  return v;
}

const percent2 = (cur: number, prev: number): string => (((cur - prev) / prev) * 100).toFixed(2);

/**
 * E3 三(八): in state-owned and state-controlled enterprises, the average wage growth of high-skilled
 * talents must be at least that of managers. Compared as exact ratios (READING_E3_GROWTH_MEASURE):
 * cur_h / prev_h ≥ cur_m / prev_m ⇔ cur_h × prev_m ≥ cur_m × prev_h, in bigint.
 */
export function checkSoeWageGrowth(input: WageGrowthInput, set: ParameterSet = DEFAULT_PARAMETERS): ComplianceResult {
  assertYearInWindow(input.year, 'year', set);
  const rule = valueAt(set.E3_SOE_WAGE_GROWTH_RULE, makeDate(input.year, 1, 1));
  const measure = valueAt(set.READING_E3_GROWTH_MEASURE, makeDate(input.year, 1, 1));
  const hp = positive(input.highSkilled.previousAvgFen, 'highSkilled.previousAvgFen');
  const hc = assertFen(input.highSkilled.currentAvgFen, 'highSkilled.currentAvgFen');
  const mp = positive(input.managers.previousAvgFen, 'managers.previousAvgFen');
  const mc = assertFen(input.managers.currentAvgFen, 'managers.currentAvgFen');
  const base = { check: 'E3_SOE_WAGE_GROWTH', clause: '三(八)', year: input.year, params: [rule, measure] } as const;
  if (!input.stateOwnedOrControlled) {
    return {
      ...base,
      applicable: false,
      compliant: true,
      zh: '非国有及国有控股企业，不适用本项检查。',
      en: 'Not state-owned or state-controlled: the check does not apply.',
    };
  }
  const compliant = BigInt(hc) * BigInt(mp) >= BigInt(mc) * BigInt(hp);
  const h = percent2(hc, hp);
  const m = percent2(mc, mp);
  return {
    ...base,
    applicable: true,
    compliant,
    zh: `${input.year}年高技能人才人均工资增幅${h}％，管理人员${m}％：${compliant ? '不低于' : '低于'}管理人员增幅，${compliant ? '符合' : '不符合'}要求。`,
    en: `${input.year}: high-skilled average wage growth ${h}%, managers ${m}% — ${compliant ? 'compliant' : 'not compliant'}.`,
  };
}

export interface EducationFundsInput {
  readonly year: number;
  /** Employee-education funds used in the year (READING_FRONTLINE_BASE). */
  readonly fundsUsedFen: Fen;
  readonly frontlineFen: Fen;
}

/** 六: at least 60% of employee-education funds go to frontline workers' education and training. */
export function checkFrontlineEducationFunds(
  input: EducationFundsInput,
  set: ParameterSet = DEFAULT_PARAMETERS,
): ComplianceResult {
  const date = makeDate(assertYearInWindow(input.year, 'year', set), 1, 1);
  const total = assertFen(input.fundsUsedFen, 'fundsUsedFen');
  const frontline = assertFen(input.frontlineFen, 'frontlineFen');
  if (frontline > total) {
    throw new RuleInputError(
      'RULES_INVALID_AMOUNT',
      'frontlineFen',
      '用于一线职工的经费不能超过经费总额',
      'Frontline spending cannot exceed the funds used',
    );
  }
  const min = valueAt(set.FRONTLINE_EDUCATION_FUND_MIN_PERCENT, date);
  const basis = valueAt(set.READING_FRONTLINE_BASE, date);
  const base = { check: 'FRONTLINE_EDUCATION_FUNDS', clause: '六', year: input.year, params: [min, basis] } as const;
  if (total === 0) {
    return {
      ...base,
      applicable: false,
      compliant: true,
      zh: '当年未使用职工教育经费，不适用本项检查。',
      en: 'No employee-education funds used: the check does not apply.',
    };
  }
  // frontline / total ≥ min% ⇔ frontline × 100 ≥ min × total, exact in bigint.
  const compliant = BigInt(frontline) * 100n >= BigInt(min.value) * BigInt(total);
  const share = ((frontline / total) * 100).toFixed(2);
  return {
    ...base,
    applicable: true,
    compliant,
    zh: `${input.year}年职工教育经费用于一线职工的比例为${share}％，${compliant ? '达到' : '未达到'}${min.value}％以上的要求。`,
    en: `${input.year}: ${share}% of employee-education funds went to frontline workers — ${compliant ? 'meets' : 'below'} the ${min.value}% minimum.`,
  };
}
