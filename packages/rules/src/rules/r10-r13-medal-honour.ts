import type { RuleContext } from '../context.ts';
import { Run, type Decision, type RuleId } from '../decision.ts';
import { RuleInputError } from '../errors.ts';
import type { MedalOrHonourFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt, type ParamId } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { SKILL_AWARDS, TALENT_ROUTES, type SkillAward } from '../vocabulary/policy-words.ts';
import { checkWindow } from '../window.ts';

interface AwardRule {
  readonly rule: RuleId;
  readonly unitRule: RuleId;
  readonly param: ParamId;
  readonly unitParam: ParamId;
  /** WorldSkills rewards persons or teams; 中华技能大奖 and 全国技术能手 are personal titles. */
  readonly teamAllowed: boolean;
  readonly scaledByRole: boolean;
}

const WORLDSKILLS = {
  rule: 'R10',
  unitRule: 'R11',
  unitParam: 'R11_UNIT_PER_WINNER_FEN',
  teamAllowed: true,
  scaledByRole: true,
} as const;
const NATIONAL = {
  rule: 'R12',
  unitRule: 'R13',
  unitParam: 'R13_UNIT_PER_WINNER_FEN',
  teamAllowed: false,
  scaledByRole: false,
} as const;

const AWARDS: Readonly<Record<SkillAward, AwardRule>> = {
  WORLDSKILLS_GOLD: { ...WORLDSKILLS, param: 'R10_WORLDSKILLS_GOLD_FEN' },
  WORLDSKILLS_SILVER: { ...WORLDSKILLS, param: 'R10_WORLDSKILLS_SILVER_FEN' },
  WORLDSKILLS_BRONZE: { ...WORLDSKILLS, param: 'R10_WORLDSKILLS_BRONZE_FEN' },
  CHINA_SKILLS_GRAND_AWARD: { ...NATIONAL, param: 'R12_CHINA_SKILLS_GRAND_AWARD_FEN' },
  NATIONAL_TECHNICAL_EXPERT: { ...NATIONAL, param: 'R12_NATIONAL_TECHNICAL_EXPERT_FEN' },
};

const WINNER_KINDS = ['PERSON', 'TEAM'] as const;

/**
 * R10–R13 三(九): a person or team introduced full-time or cultivated that wins a WorldSkills medal
 * (1,000,000 / 500,000 / 200,000, by the role played: READING_R10_ROLE_PERCENT_DEFAULT), or a person
 * who wins 中华技能大奖 / 全国技术能手 (500,000 / 200,000); beside it, the introducing or cultivating
 * unit gets 200,000 per person (team) (R11) or 100,000 per person (R13). One decision, two grants.
 */
export function assessMedalOrHonour(fact: MedalOrHonourFact, { P }: RuleContext): Decision {
  const award = v.oneOf(fact.award, 'award', SKILL_AWARDS);
  const winnerRaw = v.object(fact.winner, 'winner');
  const winnerKind = v.oneOf(winnerRaw.kind, 'kind', WINNER_KINDS, 'winner');
  const winnerId = v.str(winnerRaw.id, 'id', 'winner');
  const date = v.date(fact.awardDate, 'awardDate');
  const route = v.oneOf(fact.route, 'route', TALENT_ROUTES);
  const unitId = v.optStr(fact.unitId, 'unitId');
  const rolePercentIn = fact.rolePercent;
  if (
    rolePercentIn !== undefined &&
    rolePercentIn !== null &&
    (typeof rolePercentIn !== 'number' || !Number.isInteger(rolePercentIn) || rolePercentIn < 1 || rolePercentIn > 100)
  ) {
    throw new RuleInputError(
      'RULES_RATE_OUT_OF_RANGE',
      'rolePercent',
      `作用发挥比例应为１—１００之间的整数：${JSON.stringify(rolePercentIn)}`,
      `rolePercent must be an integer from 1 to 100: ${JSON.stringify(rolePercentIn)}`,
    );
  }
  const achievement = v.optStr(fact.achievementId, 'achievementId') ?? `${award}@${date}`;
  const a = AWARDS[award];

  const run = new Run();
  if (checkWindow(run, P, date, a.rule, '获奖日期')) {
    const routeOk = route !== 'NONE';
    run.check(routeOk, a.rule, 'NOT_INTRODUCED_OR_CULTIVATED', 'ROUTE', NO_PARAMS, route, winnerId);
    if (!routeOk) run.fail(a.unitRule, 'NOT_INTRODUCED_OR_CULTIVATED');
    const kindOk =
      a.teamAllowed ||
      run.check(
        winnerKind === 'PERSON',
        a.rule,
        'WINNER_MUST_BE_PERSON',
        'CONDITION',
        NO_PARAMS,
        '获奖者为个人',
        winnerId,
      );
    if (routeOk && kindOk) {
      const base = valueAt(P[a.param] as typeof P.R10_WORLDSKILLS_GOLD_FEN, date);
      const split = valueAt(P.R10_R13_SPLIT, date);
      if (a.scaledByRole) {
        const roleDefault = valueAt(P.READING_R10_ROLE_PERCENT_DEFAULT, date);
        const pct = typeof rolePercentIn === 'number' ? rolePercentIn : roleDefault.value;
        const amount = Math.floor((base.value * pct) / 100);
        run.step('AWARD_AMOUNT', '三(九)', true, [base, roleDefault], award, amount, pct);
        addGrant(
          run,
          a.rule,
          { kind: winnerKind, id: winnerId },
          'INDIVIDUAL_SKILL_AWARD',
          achievement,
          'CASH',
          amount,
          split,
          undefined,
          date,
          [base, roleDefault, split],
        );
      } else {
        run.step('AWARD_AMOUNT', '三(九)', true, [base], award, base.value, 100);
        addGrant(
          run,
          a.rule,
          { kind: 'PERSON', id: winnerId },
          'INDIVIDUAL_SKILL_AWARD',
          achievement,
          'CASH',
          base.value,
          split,
          undefined,
          date,
          [base, split],
        );
      }
      const unitOk = run.check(
        unitId !== undefined,
        a.unitRule,
        'NO_UNIT_NAMED',
        'UNIT_AWARD',
        NO_PARAMS,
        unitId,
        winnerId,
      );
      if (unitOk && unitId !== undefined) {
        const unitAmount = valueAt(P[a.unitParam] as typeof P.R11_UNIT_PER_WINNER_FEN, date);
        run.step('FIXED_AMOUNT', '三(九)', true, [unitAmount], unitAmount.value, '引才或培养单位奖励');
        addGrant(
          run,
          a.unitRule,
          { kind: 'UNIT', id: unitId },
          'UNIT_TALENT_AWARD',
          `${winnerKind}:${winnerId}|${achievement}`,
          'CASH',
          unitAmount.value,
          split,
          undefined,
          date,
          [unitAmount, split],
        );
      }
    } else if (!kindOk) {
      run.fail(a.unitRule, 'WINNER_MUST_BE_PERSON');
    }
  }
  return run.decide('MEDAL_OR_HONOUR');
}
