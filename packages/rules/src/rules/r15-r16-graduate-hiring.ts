import type { RuleContext } from '../context.ts';
import { addYears, ageInFullYears } from '../dates.ts';
import { Run, type Decision, type RuleId } from '../decision.ts';
import type { GraduateHiringYearFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { GRADUATE_PROGRAMMES } from '../vocabulary/policy-words.ts';
import { checkWindow } from '../window.ts';

/**
 * R15 / R16 三(九): for 3 years the county pays the employer 12,000 yuan a year for a new full-time hire
 * of a full-time 预备技师（技师）班 graduate aged ≤ 35 (R15), or — only a 攀登企业 — 6,000 a year for a
 * full-time 高级工班 graduate aged ≤ 30 (R16), when it pays their social insurance. Age is 周岁 on
 * the hire date. The programme decides which rule applies; the other is not considered.
 */
export function assessGraduateHiringYear(fact: GraduateHiringYearFact, { P }: RuleContext): Decision {
  const enterpriseId = v.str(fact.enterpriseId, 'enterpriseId');
  const climbing = v.bool(fact.climbingEnterprise, 'climbingEnterprise');
  const personId = v.str(fact.personId, 'personId');
  const birth = v.date(fact.birthDate, 'birthDate');
  const hire = v.date(fact.hireDate, 'hireDate');
  const newHire = v.bool(fact.newFullTimeHire, 'newFullTimeHire');
  const graduate = v.bool(fact.vocationalCollegeGraduate, 'vocationalCollegeGraduate');
  const fullTimeProgramme = v.bool(fact.fullTimeProgramme, 'fullTimeProgramme');
  const programme = v.oneOf(fact.programme, 'programme', GRADUATE_PROGRAMMES);
  const insured = v.bool(fact.socialInsurancePaid, 'socialInsurancePaid');
  const yearNumber = v.int(fact.yearNumber, 'yearNumber', 1, 100);
  const countyCode = v.county(fact.countyCode, 'countyCode');

  // 高级工班 graduates fall under R16; every other programme is judged (and refused) under R15.
  const rule: RuleId = programme === 'SENIOR_CLASS' ? 'R16' : 'R15';
  const run = new Run();
  const yearStart = addYears(hire, yearNumber - 1);
  // READING_R15_HIRE_IN_WINDOW: the hire and the start of the paid year must both be in the window.
  if (checkWindow(run, P, hire, rule, '聘用日期') && checkWindow(run, P, yearStart, rule, '补贴年度起始日')) {
    const programmeOk = run.check(
      programme === 'PRE_TECHNICIAN_CLASS' || programme === 'SENIOR_CLASS',
      rule,
      'PROGRAMME_NOT_COVERED',
      'PROGRAMME',
      NO_PARAMS,
      programme,
    );
    const graduateOk = run.check(
      graduate,
      rule,
      'NOT_VOCATIONAL_COLLEGE_GRADUATE',
      'CONDITION',
      NO_PARAMS,
      '职业院校毕业生',
      personId,
    );
    const ftpOk = run.check(
      fullTimeProgramme,
      rule,
      'NOT_FULL_TIME_PROGRAMME',
      'CONDITION',
      NO_PARAMS,
      '全日制',
      personId,
    );
    const newOk = run.check(newHire, rule, 'NOT_NEW_FULL_TIME_HIRE', 'CONDITION', NO_PARAMS, '新全职引进', personId);
    const climbingOk =
      rule === 'R15' ||
      run.check(climbing, 'R16', 'NOT_CLIMBING_ENTERPRISE', 'CONDITION', NO_PARAMS, '攀登企业', enterpriseId);
    const maxAge = valueAt(rule === 'R15' ? P.R15_MAX_AGE : P.R16_MAX_AGE, hire);
    const age = ageInFullYears(birth, hire);
    const ageOk = run.check(age <= maxAge.value, rule, 'AGE_ABOVE_LIMIT', 'MAX_AGE', [maxAge], age, hire);
    const insuredOk = run.check(insured, rule, 'NO_SOCIAL_INSURANCE', 'CONDITION', NO_PARAMS, '缴纳社会保险', personId);
    const maxYears = valueAt(P.R15_R16_MAX_YEARS, yearStart);
    const yearsOk = run.check(
      yearNumber <= maxYears.value,
      rule,
      'MAX_YEARS_EXCEEDED',
      'YEAR_LIMIT',
      [maxYears],
      yearNumber,
      yearStart,
    );
    if (programmeOk && graduateOk && ftpOk && newOk && climbingOk && ageOk && insuredOk && yearsOk) {
      const amount = valueAt(rule === 'R15' ? P.R15_ANNUAL_FEN : P.R16_ANNUAL_FEN, yearStart);
      run.step('FIXED_AMOUNT', '三(九)', true, [amount], amount.value, '每人每年引才补贴');
      const split = valueAt(P.R15_R16_SPLIT, yearStart);
      const reading = valueAt(P.READING_R15_HIRE_IN_WINDOW, yearStart);
      addGrant(
        run,
        rule,
        { kind: 'UNIT', id: enterpriseId },
        'GRADUATE_HIRING_SUBSIDY',
        `${personId}@${hire}#${yearNumber}`,
        'CASH',
        amount.value,
        split,
        countyCode,
        yearStart,
        [maxAge, maxYears, reading, amount, split],
      );
    }
  }
  return run.decide('GRADUATE_HIRING_YEAR', countyCode);
}
