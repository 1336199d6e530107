import type { RuleContext } from '../context.ts';
import { Run, type Decision } from '../decision.ts';
import type { CraftsmanCollegeFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { CRAFTSMAN_COLLEGE_LEVEL } from '../vocabulary/college-words.ts';
import { checkWindow } from '../window.ts';

/** R9 二(六): a newly built city-level craftsman college (工匠学院) gets a one-time 200,000 yuan from the union. */
export function assessCraftsmanCollege(fact: CraftsmanCollegeFact, { P }: RuleContext): Decision {
  const collegeId = v.str(fact.collegeId, 'collegeId');
  const hostUnitId = v.str(fact.hostUnitId, 'hostUnitId');
  const cityLevel = v.bool(fact.cityLevel, 'cityLevel');
  const newlyBuilt = v.bool(fact.newlyBuilt, 'newlyBuilt');
  const date = v.date(fact.establishedDate, 'establishedDate');

  const run = new Run();
  if (checkWindow(run, P, date, 'R9', '建成日期')) {
    const levelOk = run.check(
      cityLevel,
      'R9',
      'NOT_CITY_LEVEL',
      'CONDITION',
      NO_PARAMS,
      CRAFTSMAN_COLLEGE_LEVEL.label('CITY'),
      collegeId,
    );
    const newOk = run.check(newlyBuilt, 'R9', 'NOT_NEWLY_APPROVED', 'CONDITION', NO_PARAMS, '新建设', collegeId);
    if (levelOk && newOk) {
      const amount = valueAt(P.R9_CRAFTSMAN_COLLEGE_FEN, date);
      run.step('FIXED_AMOUNT', '二(六)', true, [amount], amount.value, '市级工匠学院一次性补助');
      const split = valueAt(P.R9_SPLIT, date);
      addGrant(
        run,
        'R9',
        { kind: 'UNIT', id: hostUnitId },
        'CRAFTSMAN_COLLEGE_GRANT',
        collegeId,
        'CASH',
        amount.value,
        split,
        undefined,
        date,
        [amount, split],
      );
    }
  }
  return run.decide('CRAFTSMAN_COLLEGE');
}
