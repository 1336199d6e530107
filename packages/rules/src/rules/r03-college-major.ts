import type { RuleContext } from '../context.ts';
import { Run, type Decision } from '../decision.ts';
import type { CollegeMajorFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { checkWindow } from '../window.ts';

const LEVELS = ['NATIONAL', 'PROVINCIAL'] as const;

/**
 * R3 二(三): a city vocational college creating a national / provincial high-level major (group) gets
 * up to 500,000 / 200,000 yuan from the city, at most 1,000,000 per college per year. The caller tells
 * what the college already got in the approval's calendar year (READING_R3_CAP_YEAR); the rule pays
 * what is left under the cap. A provincial major later made national is the same benefit (key =
 * major), so 从优就高 pays the difference.
 */
export function assessCollegeMajor(fact: CollegeMajorFact, { P }: RuleContext): Decision {
  const collegeId = v.str(fact.collegeId, 'collegeId');
  const inCity = v.bool(fact.collegeInCity, 'collegeInCity');
  const majorId = v.str(fact.majorId, 'majorId');
  const level = v.oneOf(fact.level, 'level', LEVELS);
  const date = v.date(fact.approvalDate, 'approvalDate');
  const decided = v.optFen(fact.decidedFen, 'decidedFen');
  const awarded = v.optFen(fact.awardedThisYearFen, 'awardedThisYearFen') ?? 0;

  const run = new Run();
  let remaining: number | undefined;
  if (checkWindow(run, P, date, 'R3', '专业获批日期')) {
    const inCityOk = run.check(inCity, 'R3', 'COLLEGE_NOT_IN_CITY', 'CONDITION', NO_PARAMS, '市内职业院校', collegeId);
    const max = valueAt(level === 'NATIONAL' ? P.R3_NATIONAL_MAJOR_MAX_FEN : P.R3_PROVINCIAL_MAJOR_MAX_FEN, date);
    const cap = valueAt(P.R3_COLLEGE_YEARLY_CAP_FEN, date);
    const upTo = valueAt(P.READING_UP_TO_AMOUNTS, date);
    const wanted = decided === undefined ? max.value : Math.min(decided, max.value);
    run.step('UP_TO_AMOUNT', '二(三)', true, [max, upTo], decided, max.value, wanted);
    const capYear = valueAt(P.READING_R3_CAP_YEAR, date);
    const room = Math.max(0, cap.value - awarded);
    const capOk = run.check(room > 0, 'R3', 'COLLEGE_YEARLY_CAP_REACHED', 'YEARLY_CAP', [cap, capYear], awarded, room);
    remaining = room;
    if (inCityOk && capOk) {
      const amount = Math.min(wanted, room);
      remaining = room - amount;
      if (amount > 0) {
        const split = valueAt(P.R3_SPLIT, date);
        addGrant(
          run,
          'R3',
          { kind: 'UNIT', id: collegeId },
          'HIGH_LEVEL_MAJOR_AWARD',
          majorId,
          'CASH',
          amount,
          split,
          undefined,
          date,
          [max, cap, capYear, upTo, split],
        );
      } else {
        // A decided amount of zero: the conditions hold but the review awarded nothing.
        run.satisfied = true;
      }
    }
  }
  return run.decide(
    'COLLEGE_MAJOR',
    undefined,
    remaining === undefined ? undefined : { yearlyCapRemainingFen: remaining },
  );
}
