import type { CountyCode } from './counties.ts';
import type { IsoDate } from './dates.ts';
import {
  benefitKeyOf,
  RULE_CLAUSES,
  type Beneficiary,
  type BenefitGroup,
  type Grant,
  type GrantNature,
  type RuleId,
  type Run,
} from './decision.ts';
import { splitBy, type Fen, type PayerParts } from './money.ts';
import type { ParamVersion } from './params/types.ts';

/** Builds a grant, splits it among its payers and records the split step. */
export function addGrant(
  run: Run,
  ruleId: RuleId,
  beneficiary: Beneficiary,
  group: BenefitGroup,
  factRef: string,
  nature: GrantNature,
  amountFen: Fen,
  split: ParamVersion<readonly PayerParts[]>,
  countyCode: CountyCode | undefined,
  date: IsoDate,
  parameterVersions: readonly ParamVersion<unknown>[],
): Grant {
  const shares = splitBy(amountFen, split.value);
  const clause = RULE_CLAUSES[ruleId];
  run.step('SPLIT', clause, true, [split], amountFen, shares, ruleId);
  // One object shape for every grant (countyCode present, possibly undefined) keeps V8's access monomorphic.
  const g: Grant = {
    ruleId,
    clause,
    beneficiary,
    benefitGroup: group,
    factRef,
    benefitKey: benefitKeyOf(beneficiary, group, factRef),
    nature,
    amountFen,
    shares,
    splitParts: split.value,
    countyCode: countyCode !== undefined && hasCountyShare(split.value) ? countyCode : undefined,
    date,
    parameterVersions,
  };
  run.grants.push(g);
  return g;
}

function hasCountyShare(split: readonly PayerParts[]): boolean {
  for (let i = 0; i < split.length; i++) if (split[i]!.payer === 'COUNTY') return true;
  return false;
}
