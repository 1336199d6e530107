import { ORGANISATION_KIND } from '../vocabulary/platform-words.ts';
import type { RuleContext } from '../context.ts';
import { Run, type Decision } from '../decision.ts';
import type { CollegeCompetitionPrizeFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { COMPETITION_STAGES, COMPETITION_TIERS } from '../vocabulary/policy-words.ts';
import { checkWindow } from '../window.ts';

/** The prizes R14 pays for: 一等奖, 二等奖, 三等奖. */
type Prize = 1 | 2 | 3;

/**
 * R14 三(九): a vocational college winning 1st / 2nd / 3rd prize in the ranking round or final of the
 * world or national vocational-college skills competition gets up to 300,000 / 200,000 / 150,000
 * yuan from the city. One entry's ranking-round prize and its final prize are one benefit
 * (key = event + entry): the higher is paid, once.
 */
export function assessCollegeCompetitionPrize(fact: CollegeCompetitionPrizeFact, { P }: RuleContext): Decision {
  const collegeId = v.str(fact.collegeId, 'collegeId');
  const vocational = v.bool(fact.vocationalCollege, 'vocationalCollege');
  const tier = v.oneOf(fact.tier, 'tier', COMPETITION_TIERS);
  const stage = v.oneOf(fact.stage, 'stage', COMPETITION_STAGES);
  const prize = v.int(fact.prize, 'prize', 1, 3) as Prize;
  const eventId = v.str(fact.eventId, 'eventId');
  const entryId = v.str(fact.entryId, 'entryId');
  const date = v.date(fact.awardDate, 'awardDate');
  const decided = v.optFen(fact.decidedFen, 'decidedFen');

  const run = new Run();
  if (checkWindow(run, P, date, 'R14', '获奖日期')) {
    const vocOk = run.check(
      vocational,
      'R14',
      'NOT_VOCATIONAL_COLLEGE',
      'CONDITION',
      NO_PARAMS,
      ORGANISATION_KIND.label('VOCATIONAL_COLLEGE'),
      collegeId,
    );
    const tierOk = run.check(
      tier === 'WORLD' || tier === 'NATIONAL',
      'R14',
      'TIER_NOT_COVERED',
      'TIER',
      NO_PARAMS,
      tier,
    );
    const stageOk = run.check(
      stage === 'RANKING' || stage === 'FINAL',
      'R14',
      'STAGE_NOT_COVERED',
      'STAGE',
      NO_PARAMS,
      stage,
    );
    if (vocOk && tierOk && stageOk) {
      const max = valueAt(
        prize === 1 ? P.R14_FIRST_PRIZE_MAX_FEN : prize === 2 ? P.R14_SECOND_PRIZE_MAX_FEN : P.R14_THIRD_PRIZE_MAX_FEN,
        date,
      );
      const upTo = valueAt(P.READING_UP_TO_AMOUNTS, date);
      const amount = decided === undefined ? max.value : Math.min(decided, max.value);
      run.step('UP_TO_AMOUNT', '三(九)', true, [max, upTo], decided, max.value, amount);
      if (amount > 0) {
        const split = valueAt(P.R14_SPLIT, date);
        addGrant(
          run,
          'R14',
          { kind: 'UNIT', id: collegeId },
          'COLLEGE_COMPETITION_AWARD',
          `${eventId}|${entryId}`,
          'CASH',
          amount,
          split,
          undefined,
          date,
          [max, upTo, split],
        );
      } else {
        run.satisfied = true;
      }
    }
  }
  return run.decide('COLLEGE_COMPETITION_PRIZE');
}
