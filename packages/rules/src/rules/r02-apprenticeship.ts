import type { RuleContext } from '../context.ts';
import { addYears } from '../dates.ts';
import { Run, type Decision } from '../decision.ts';
import { RuleInputError } from '../errors.ts';
import type { ApprenticeshipYearFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { formatYuan, type Fen } from '../money.ts';
import { DEFAULT_PARAMETERS, valueAt, type ParameterSet } from '../params/registry.ts';
import type { ParamVersion } from '../params/types.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { checkWindow } from '../window.ts';

/**
 * R2 二(二): the county pays the enterprise its own rate, inside 4,000–6,000 yuan, per new-type
 * apprentice per year, for at most 2 years. A rate outside the range is bad input (the county set
 * it wrongly), not a reason to pay nothing.
 */
export function assessApprenticeshipYear(fact: ApprenticeshipYearFact, { P }: RuleContext): Decision {
  const enterpriseId = v.str(fact.enterpriseId, 'enterpriseId');
  const apprenticeId = v.str(fact.apprenticeId, 'apprenticeId');
  const newType = v.bool(fact.newTypeApprenticeship, 'newTypeApprenticeship');
  const start = v.date(fact.apprenticeshipStartDate, 'apprenticeshipStartDate');
  const yearNumber = v.int(fact.yearNumber, 'yearNumber', 1, 100);
  const rate = v.fen(fact.countyRateFen, 'countyRateFen');
  const countyCode = v.county(fact.countyCode, 'countyCode');

  const run = new Run();
  // Reading READING_R2_YEAR_IN_WINDOW: the training year counts when it starts inside the window.
  const yearStart = addYears(start, yearNumber - 1);
  if (checkWindow(run, P, yearStart, 'R2', '培训年度起始日')) {
    const { min, max } = checkApprenticeshipRate(rate, yearStart, P);
    run.step('R2_RATE', '二(二)', true, [min, max], rate);
    const maxYears = valueAt(P.R2_MAX_YEARS, yearStart);
    const newOk = run.check(
      newType,
      'R2',
      'NOT_NEW_TYPE_APPRENTICESHIP',
      'CONDITION',
      NO_PARAMS,
      '企业新型学徒制（招工即招生、入企即入校、企校双师联合培养）',
      enterpriseId,
    );
    const yearsOk = run.check(
      yearNumber <= maxYears.value,
      'R2',
      'MAX_YEARS_EXCEEDED',
      'YEAR_LIMIT',
      [maxYears],
      yearNumber,
      yearStart,
    );
    if (newOk && yearsOk) {
      const split = valueAt(P.R2_SPLIT, yearStart);
      const reading = valueAt(P.READING_R2_YEAR_IN_WINDOW, yearStart);
      addGrant(
        run,
        'R2',
        { kind: 'UNIT', id: enterpriseId },
        'APPRENTICESHIP_SUBSIDY',
        `${apprenticeId}#${yearNumber}`,
        'CASH',
        rate,
        split,
        countyCode,
        yearStart,
        [min, max, maxYears, reading, split],
      );
    }
  }
  return run.decide('APPRENTICESHIP_YEAR', countyCode);
}

export interface ApprenticeshipRateRange {
  readonly min: ParamVersion<number>;
  readonly max: ParamVersion<number>;
  readonly clause: '二(二)';
}

/** The range a county's rate must lie in (R2_RATE_MIN_FEN … R2_RATE_MAX_FEN, both included) on `date`. */
export function apprenticeshipRateRange(date: string, P: ParameterSet = DEFAULT_PARAMETERS): ApprenticeshipRateRange {
  return { min: valueAt(P.R2_RATE_MIN_FEN, date), max: valueAt(P.R2_RATE_MAX_FEN, date), clause: '二(二)' };
}

/**
 * 二(二) "按照每人每年４０００－６０００元标准": refuses a county rate outside the range in force on `date`
 * (RULES_RATE_OUT_OF_RANGE, the range in the message). The county's setting and the assessment ask the same question.
 */
export function checkApprenticeshipRate(
  rate: Fen,
  date: string,
  P: ParameterSet = DEFAULT_PARAMETERS,
): ApprenticeshipRateRange {
  const range = apprenticeshipRateRange(date, P);
  const { min, max } = range;
  if (rate < min.value || rate > max.value) {
    throw new RuleInputError(
      'RULES_RATE_OUT_OF_RANGE',
      'countyRateFen',
      `县定学徒补贴标准 ${formatYuan(rate)} 不在每人每年 ${formatYuan(min.value)}—${formatYuan(max.value)} 范围内（二(二)）`,
      `The county's apprenticeship rate ${rate} fen is outside ${min.value}–${max.value} fen`,
    );
  }
  return range;
}
