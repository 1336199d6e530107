import type { RuleContext } from '../context.ts';
import { Run, type Decision, type RuleId } from '../decision.ts';
import type { StudioFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { STUDIO_LEVELS, type StudioLevel } from '../vocabulary/policy-words.ts';
import { checkWindow } from '../window.ts';

const BY_LEVEL: Readonly<
  Record<
    StudioLevel,
    {
      rule: RuleId;
      param: 'R7_CITY_STUDIO_FEN' | 'R8_NATIONAL_STUDIO_FEN' | 'R8_QILU_STATION_FEN' | 'R8_PROVINCIAL_WORKSTATION_FEN';
    }
  >
> = {
  CITY: { rule: 'R7', param: 'R7_CITY_STUDIO_FEN' },
  NATIONAL: { rule: 'R8', param: 'R8_NATIONAL_STUDIO_FEN' },
  QILU_STATION: { rule: 'R8', param: 'R8_QILU_STATION_FEN' },
  PROVINCIAL_WORKSTATION: { rule: 'R8', param: 'R8_PROVINCIAL_WORKSTATION_FEN' },
};

/**
 * R7 / R8 二(六): a newly selected city-level skill-master studio gets a 50,000 yuan construction grant;
 * a newly approved national studio 500,000, a Qilu station or a provincial technician workstation
 * 300,000 each (READING_R8_AMOUNTS). The city pays, to the unit that hosts the studio.
 */
export function assessStudio(fact: StudioFact, { P }: RuleContext): Decision {
  const studioId = v.str(fact.studioId, 'studioId');
  const hostUnitId = v.str(fact.hostUnitId, 'hostUnitId');
  const level = v.oneOf(fact.level, 'level', STUDIO_LEVELS);
  const date = v.date(fact.approvalDate, 'approvalDate');
  const isNew = v.bool(fact.newlyApproved, 'newlyApproved');
  const { rule, param } = BY_LEVEL[level];

  const run = new Run();
  if (checkWindow(run, P, date, rule, '获批日期')) {
    const newOk = run.check(isNew, rule, 'NOT_NEWLY_APPROVED', 'CONDITION', NO_PARAMS, '新遴选或新获批', studioId);
    if (newOk) {
      const amount = valueAt(P[param], date);
      const reading = valueAt(P.READING_R8_AMOUNTS, date);
      const upgrade = valueAt(P.READING_STUDIO_UPGRADE_TOPS_UP, date);
      run.step('STUDIO_AMOUNT', '二(六)', true, rule === 'R8' ? [amount, reading] : [amount], level, amount.value);
      // One studio approved at several levels: separate benefits unless the reading says top up.
      const factRef = upgrade.value ? studioId : `${studioId}@${level}`;
      const split = valueAt(P.R7_R8_SPLIT, date);
      addGrant(
        run,
        rule,
        { kind: 'UNIT', id: hostUnitId },
        'SKILL_MASTER_STUDIO_FUNDING',
        factRef,
        'CASH',
        amount.value,
        split,
        undefined,
        date,
        rule === 'R8' ? [amount, reading, upgrade, split] : [amount, upgrade, split],
      );
    }
  }
  return run.decide('STUDIO');
}
