import { findCounty } from '@jining/reference-data';
import { BENEFIT_GROUPS, RULE_CLAUSES, RULE_IDS, benefitKeyOf, type BenefitGroup, type RuleId } from '@jining/rules';
import { badInput } from '@jining/subgraph-kit';
import type { Payer } from '../generated/prisma/client.ts';

/** What createEntitlement receives, after GraphQL has parsed it (amounts already integer fen). */
export interface EntitlementInput {
  ruleId: string;
  clause: string;
  description: string;
  beneficiaryPersonId?: string | null;
  beneficiaryOrganisationId?: string | null;
  countyCode?: string | null;
  factRef: string;
  benefitGroup: string;
  amount: bigint;
  shares: readonly { payer: Payer; amount: bigint }[];
}

/** The row to write: validated, with the benefit key the database keeps unique (从优、就高、不重复). */
export interface ValidEntitlement {
  ruleId: RuleId;
  clause: string;
  description: string;
  beneficiaryPersonId: string | null;
  beneficiaryOrganisationId: string | null;
  countyCode: string | null;
  factRef: string;
  benefitGroup: BenefitGroup;
  benefitKey: string;
  amount: bigint;
  shares: { payer: Payer; amount: bigint }[];
}

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * Checks an entitlement before anything is written; each problem is a coded Chinese error.
 * Amounts are given explicitly for now; the rules package will compute them in a later issue.
 */
export function validateEntitlement(input: EntitlementInput): ValidEntitlement {
  const ruleId = input.ruleId.trim();
  if (!(RULE_IDS as readonly string[]).includes(ruleId)) {
    throw badInput(`未知的政策条目：${input.ruleId}（应为 ${RULE_IDS[0]}–${RULE_IDS[RULE_IDS.length - 1]}）`, {
      field: 'input.ruleId',
      reason: 'UNKNOWN_RULE',
      messageEn: `Unknown rule: ${input.ruleId}`,
    });
  }
  const clause = input.clause.trim();
  const expectedClause = RULE_CLAUSES[ruleId as RuleId];
  if (clause !== expectedClause) {
    throw badInput(`条款与政策条目不符：${ruleId} 对应条款 ${expectedClause}，而不是 ${input.clause}`, {
      field: 'input.clause',
      reason: 'CLAUSE_MISMATCH',
      messageEn: `${ruleId} is clause ${expectedClause}`,
    });
  }
  const benefitGroup = input.benefitGroup.trim();
  if (!(BENEFIT_GROUPS as readonly string[]).includes(benefitGroup)) {
    throw badInput(`未知的待遇类别：${input.benefitGroup}（应为 ${BENEFIT_GROUPS.join('、')} 之一）`, {
      field: 'input.benefitGroup',
      reason: 'UNKNOWN_BENEFIT_GROUP',
      messageEn: `Unknown benefit group: ${input.benefitGroup}`,
    });
  }

  const personId = blankToNull(input.beneficiaryPersonId);
  const organisationId = blankToNull(input.beneficiaryOrganisationId);
  if ((personId === null) === (organisationId === null)) {
    throw badInput('须且只能指定一个享受对象：个人或单位', {
      field: 'input.beneficiaryPersonId',
      reason: 'ONE_BENEFICIARY_REQUIRED',
      messageEn: 'Exactly one beneficiary (person or organisation) is required',
    });
  }

  if (input.amount <= 0n) {
    throw badInput(`金额必须为正整数（分）：${input.amount}`, {
      field: 'input.amount',
      reason: 'INVALID_AMOUNT',
      messageEn: 'The amount must be a positive number of fen',
    });
  }
  if (input.shares.length === 0) {
    throw badInput('须列明各出资方的分担金额', {
      field: 'input.shares',
      reason: 'SHARES_REQUIRED',
      messageEn: 'At least one cost share is required',
    });
  }
  const seen = new Set<Payer>();
  let sum = 0n;
  input.shares.forEach((share, i) => {
    if (share.amount <= 0n) {
      throw badInput(`分担金额必须为正整数（分）：${share.amount}`, {
        field: `input.shares[${i}].amount`,
        reason: 'INVALID_AMOUNT',
        messageEn: 'Each share must be a positive number of fen',
      });
    }
    if (seen.has(share.payer)) {
      throw badInput(`同一出资方只能出现一次：${share.payer}`, {
        field: `input.shares[${i}].payer`,
        reason: 'DUPLICATE_PAYER',
        messageEn: `Payer listed twice: ${share.payer}`,
      });
    }
    seen.add(share.payer);
    sum += share.amount;
  });
  if (sum !== input.amount) {
    throw badInput(`各出资方分担金额之和（${sum} 分）与待遇金额（${input.amount} 分）不符`, {
      field: 'input.shares',
      reason: 'SHARES_DO_NOT_ADD_UP',
      messageEn: `Shares add up to ${sum}, not ${input.amount}`,
    });
  }

  const countyCode = blankToNull(input.countyCode);
  if (seen.has('COUNTY') && countyCode === null) {
    throw badInput('有县（市、区）财政分担时，须指定承担的县（市、区）', {
      field: 'input.countyCode',
      reason: 'COUNTY_REQUIRED',
      messageEn: 'A COUNTY share needs the county that pays it',
    });
  }
  if (countyCode !== null && !findCounty(countyCode)) {
    throw badInput(`未知的县（市、区）代码：${countyCode}`, {
      field: 'input.countyCode',
      reason: 'UNKNOWN_COUNTY',
      messageEn: `Unknown county: ${countyCode}`,
    });
  }

  const factRef = input.factRef.trim();
  // The same key the rules package gives its grants, so a manual grant and a computed one collide.
  const beneficiary = personId
    ? { kind: 'PERSON' as const, id: personId }
    : { kind: 'UNIT' as const, id: organisationId! };
  return {
    ruleId: ruleId as RuleId,
    clause,
    description: input.description.trim(),
    beneficiaryPersonId: personId,
    beneficiaryOrganisationId: organisationId,
    countyCode,
    factRef,
    benefitGroup: benefitGroup as BenefitGroup,
    benefitKey: benefitKeyOf(beneficiary, benefitGroup as BenefitGroup, factRef),
    amount: input.amount,
    shares: input.shares.map((s) => ({ payer: s.payer, amount: s.amount })),
  };
}
