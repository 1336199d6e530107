import type { RuleContext } from '../context.ts';
import { makeDate } from '../dates.ts';
import { Run, type Decision } from '../decision.ts';
import type { EducationInvestmentFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { checkWindow } from '../window.ts';

/**
 * R4 二(四): a pilot industry-education-integration enterprise credits 30% of its vocational-education
 * investment against that year's education surcharge and local education surcharge. The credit
 * never exceeds the surcharges due; the rest carries forward (READING_R4_CARRY_FORWARD), and the
 * fraction of a fen is dropped (READING_R4_ROUNDING).
 */
export function assessEducationInvestment(fact: EducationInvestmentFact, { P }: RuleContext): Decision {
  const enterpriseId = v.str(fact.enterpriseId, 'enterpriseId');
  const pilot = v.bool(fact.pilotEnterprise, 'pilotEnterprise');
  const taxYear = v.int(fact.taxYear, 'taxYear', 1900, 2200);
  const investment = v.fen(fact.investmentFen, 'investmentFen');
  const due = v.fen(fact.surchargeDueFen, 'surchargeDueFen');
  const carriedIn = v.optFen(fact.carriedForwardFen, 'carriedForwardFen') ?? 0;

  const run = new Run();
  // The whole tax year must be inside the window: its first and its last day.
  const first = makeDate(taxYear, 1, 1);
  let details: { creditUsedFen: number; carryForwardFen: number; creditEarnedFen: number } | undefined;
  if (
    checkWindow(run, P, first, 'R4', '纳税年度首日') &&
    checkWindow(run, P, makeDate(taxYear, 12, 31), 'R4', '纳税年度末日')
  ) {
    const pilotOk = run.check(
      pilot,
      'R4',
      'NOT_PILOT_ENTERPRISE',
      'CONDITION',
      NO_PARAMS,
      '纳入产教融合型企业建设培育范围的试点企业',
      enterpriseId,
    );
    const percent = valueAt(P.R4_CREDIT_PERCENT, first);
    const carry = valueAt(P.READING_R4_CARRY_FORWARD, first);
    const rounding = valueAt(P.READING_R4_ROUNDING, first);
    const earned = pilotOk ? creditOf(investment, percent.value) : 0;
    const available = earned + carriedIn;
    const somethingOk = run.check(
      available > 0,
      'R4',
      'NOTHING_TO_CREDIT',
      'R4_CREDIT',
      [percent, rounding],
      investment,
      earned,
      carriedIn,
    );
    if (pilotOk && somethingOk) {
      const used = Math.min(available, due);
      const carryOut = carry.value ? available - used : 0;
      run.step('R4_LIMIT', '二(四)', true, [carry], due, used, carryOut);
      details = { creditEarnedFen: earned, creditUsedFen: used, carryForwardFen: carryOut };
      run.satisfied = true;
      if (used > 0) {
        const split = valueAt(P.R4_SPLIT, first);
        addGrant(
          run,
          'R4',
          { kind: 'UNIT', id: enterpriseId },
          'EDUCATION_SURCHARGE_CREDIT',
          String(taxYear),
          'TAX_CREDIT',
          used,
          split,
          undefined,
          first,
          [percent, carry, rounding, split],
        );
      }
    }
  }
  return run.decide('EDUCATION_INVESTMENT', undefined, details);
}

/** percent% of the investment, rounded down to the fen; bigint past 2^53 keeps it exact. */
export function creditOf(investmentFen: number, percent: number): number {
  const n = investmentFen * percent;
  return Number.isSafeInteger(n) ? Math.floor(n / 100) : Number((BigInt(investmentFen) * BigInt(percent)) / 100n);
}
