import { PART1_PARAMS } from './params/part1-targets.ts';
import type { Clause } from './clauses.ts';
import type { CountyCode } from './counties.ts';
import type { IsoDate } from './dates.ts';
import type { Fen, PayerParts, PayerShare } from './money.ts';
import type { ParamVersion } from './params/types.ts';
import { TraceStep } from './trace.ts';
import { BENEFIT_GROUP } from './vocabulary/platform-words.ts';
import type { StepCode } from './trace-templates.ts';

export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_CLAUSES: Readonly<Record<RuleId, Clause>> = {
  R1: '二(二)',
  R2: '二(二)',
  R3: '二(三)',
  R4: '二(四)',
  R5: '二(四)',
  R6: '二(五)',
  R7: '二(六)',
  R8: '二(六)',
  R9: '二(六)',
  R10: '三(九)',
  R11: '三(九)',
  R12: '三(九)',
  R13: '三(九)',
  R14: '三(九)',
  R15: '三(九)',
  R16: '三(九)',
};

/**
 * Benefit groups for 从优、就高、不重复: grants in one group for the same beneficiary and the same
 * underlying fact are one benefit. R10 and R12 share a group (one achievement recognised by two
 * awards pays the higher), so do R11 and R13, and R15 and R16.
 */
export const BENEFIT_GROUPS = BENEFIT_GROUP.codes;
export type BenefitGroup = (typeof BENEFIT_GROUPS)[number];

export type BeneficiaryKind = 'PERSON' | 'UNIT' | 'TEAM';
export interface Beneficiary {
  readonly kind: BeneficiaryKind;
  readonly id: string;
}

/** CASH is paid out of a budget; TAX_CREDIT reduces taxes due. The two cannot be compared. */
export type GrantNature = 'CASH' | 'TAX_CREDIT';

export interface Grant {
  readonly ruleId: RuleId;
  readonly clause: Clause;
  readonly beneficiary: Beneficiary;
  readonly benefitGroup: BenefitGroup;
  /** The underlying fact: the certificate level, the medal, the hire year, … */
  readonly factRef: string;
  /** `${kind}:${id}|${group}|${factRef}` — one grant per key (从优、就高、不重复). */
  readonly benefitKey: string;
  readonly nature: GrantNature;
  readonly amountFen: Fen;
  /** Add up to amountFen exactly. */
  readonly shares: readonly PayerShare[];
  /** The cost-sharing ratio the shares came from; a top-up of the difference is split the same way. */
  readonly splitParts: readonly PayerParts[];
  readonly countyCode?: CountyCode;
  readonly date: IsoDate;
  readonly parameterVersions: readonly ParamVersion<unknown>[];
}

export const REASON_CODES = {
  OUTSIDE_POLICY_WINDOW: {
    zh: `事件日期不在政策有效期内（${PART1_PARAMS.POLICY_WINDOW.zh}）`,
    en: 'The event date is outside the policy window',
  },
  NOT_ENTERPRISE_EMPLOYEE: { zh: '申请人不是企业职工', en: 'Not an enterprise employee' },
  LEVEL_NOT_SUBSIDISED: {
    zh: '该技能等级不在补贴范围内（仅技师、高级技师、特级技师）',
    en: 'Only technician, senior technician and principal technician are subsidised',
  },
  NOT_NEWLY_OBTAINED: { zh: '该等级证书不是新取得的', en: 'The level was not newly obtained' },
  NOT_NEW_TYPE_APPRENTICESHIP: {
    zh: '不是“招工即招生、入企即入校、企校双师联合培养”的企业新型学徒制',
    en: 'Not a new-type enterprise apprenticeship',
  },
  MAX_YEARS_EXCEEDED: { zh: '超过补贴期限', en: 'Beyond the subsidy period' },
  COLLEGE_NOT_IN_CITY: { zh: '不是市内职业院校', en: 'Not a vocational college in the city' },
  COLLEGE_YEARLY_CAP_REACHED: {
    zh: '该院校本年度专业建设奖补已达１００万元上限',
    en: "The college's yearly cap is used up",
  },
  NOT_PILOT_ENTERPRISE: {
    zh: '不是纳入产教融合型企业建设培育范围的试点企业',
    en: 'Not a pilot industry-education-integration enterprise',
  },
  NOTHING_TO_CREDIT: { zh: '本年度没有可抵免的投资额或结转额', en: 'No investment or carried-forward credit' },
  NOT_KEY_ENTERPRISE: { zh: '订单企业不是重点企业或重点项目单位', en: 'Not a key enterprise or key project' },
  NO_CITY_COLLEGE_AGREEMENT: {
    zh: '没有与市属高校（含市技师学院）签订订单式培养协议',
    en: 'No order-class agreement with a city college',
  },
  HIRES_BELOW_MINIMUM: {
    zh: '本年度符合条件的全职聘用人数不足５０人',
    en: 'Fewer than 50 qualifying full-time hires this year',
  },
  CATALOGUE_ITEM_NOT_FOUND: {
    zh: '培训项目不在当日有效的补贴性职业技能培训目录内',
    en: 'The course is not in the subsidised training catalogue on that date',
  },
  BELOW_WORKING_AGE: { zh: '未达法定劳动年龄', en: 'Below the legal working age' },
  ABOVE_RETIREMENT_AGE: {
    zh: '已超过法定劳动年龄（达到法定退休年龄）',
    en: 'At or beyond the statutory retirement age',
  },
  NO_EMPLOYMENT_INTENT: { zh: '没有就业创业意愿和培训需求', en: 'No wish to work or start a business' },
  CERTIFICATE_REQUIRED: { zh: '该培训项目须取得证书后方可补贴', en: 'This catalogue item requires a certificate' },
  NOT_NEWLY_APPROVED: { zh: '不是新遴选、新获批或新建设的', en: 'Not newly selected, approved or built' },
  NOT_CITY_LEVEL: { zh: '不是市级工匠学院', en: 'Not a city-level craftsman college' },
  NOT_INTRODUCED_OR_CULTIVATED: {
    zh: '获奖者不是全职引进或培养的',
    en: 'The winner was neither introduced full-time nor cultivated',
  },
  WINNER_MUST_BE_PERSON: { zh: '该奖项奖励对象为个人', en: 'This award is for a person, not a team' },
  NO_UNIT_NAMED: { zh: '未填写引才或培养单位', en: 'No introducing or cultivating unit named' },
  NOT_VOCATIONAL_COLLEGE: { zh: '获奖单位不是职业院校', en: 'Not a vocational college' },
  TIER_NOT_COVERED: {
    zh: '不是世界或全国职业院校技能大赛',
    en: 'Not the world or national vocational-college skills competition',
  },
  STAGE_NOT_COVERED: { zh: '不是排位赛或总决赛的奖项', en: 'Not a prize of the ranking round or the final' },
  PROGRAMME_NOT_COVERED: { zh: '毕业生所学班次不在补贴范围内', en: "The graduate's programme is not covered" },
  NOT_VOCATIONAL_COLLEGE_GRADUATE: { zh: '不是职业院校毕业生', en: 'Not a vocational-college graduate' },
  NOT_FULL_TIME_PROGRAMME: { zh: '不是全日制毕业生', en: 'Not a full-time programme graduate' },
  NOT_NEW_FULL_TIME_HIRE: { zh: '不是新全职引进', en: 'Not a new full-time hire' },
  AGE_ABOVE_LIMIT: { zh: '聘用时年龄超过规定周岁', en: 'Older than the age limit on the hire date' },
  NO_SOCIAL_INSURANCE: { zh: '用人单位未为其缴纳社会保险', en: 'The employer does not pay their social insurance' },
  NOT_CLIMBING_ENTERPRISE: { zh: '不是攀登企业', en: 'Not a climbing (攀登) enterprise' },
} as const satisfies Record<string, { zh: string; en: string }>;
export type ReasonCode = keyof typeof REASON_CODES;

export interface Reason {
  readonly code: ReasonCode;
  readonly ruleId: RuleId;
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
}

const reasonCache = new Map<string, Reason>();
/** Reasons are static and shared: building a decision allocates none. */
export function reason(ruleId: RuleId, code: ReasonCode): Reason {
  const key = `${ruleId}:${code}`;
  let r = reasonCache.get(key);
  if (!r) {
    r = Object.freeze({
      code,
      ruleId,
      clause: RULE_CLAUSES[ruleId],
      zh: REASON_CODES[code].zh,
      en: REASON_CODES[code].en,
    });
    reasonCache.set(key, r);
  }
  return r;
}

export type DecisionDetails = Readonly<Record<string, string | number | boolean>>;

export interface Decision {
  readonly factKind: string;
  /** True when at least one rule's conditions were met (R4 can be eligible with all credit carried forward). */
  readonly eligible: boolean;
  /** Why each rule that did not grant did not. */
  readonly reasons: readonly Reason[];
  readonly grants: readonly Grant[];
  readonly trace: readonly TraceStep[];
  readonly countyCode?: CountyCode;
  readonly details?: DecisionDetails;
}

/** Collects a rule's steps, reasons and grants. */
export class Run {
  // Declared and assigned in the constructor: native class fields are slow to allocate on Node 20.
  declare readonly trace: TraceStep[];
  declare readonly reasons: Reason[];
  declare readonly grants: Grant[];
  /** Rules whose conditions were met, even if nothing is payable yet (R4 with all credit carried). */
  declare satisfied: boolean;

  constructor() {
    this.trace = [];
    this.reasons = [];
    this.grants = [];
    this.satisfied = false;
  }

  step(
    code: StepCode,
    clause: Clause,
    ok: boolean,
    params: readonly ParamVersion<unknown>[],
    a?: unknown,
    b?: unknown,
    c?: unknown,
  ): boolean {
    this.trace.push(new TraceStep(code, clause, ok, params, a, b, c));
    return ok;
  }

  fail(ruleId: RuleId, code: ReasonCode): false {
    this.reasons.push(reason(ruleId, code));
    return false;
  }

  /** A check: records the step and, when it fails, the reason. */
  check(
    ok: boolean,
    ruleId: RuleId,
    code: ReasonCode,
    step: StepCode,
    params: readonly ParamVersion<unknown>[],
    a?: unknown,
    b?: unknown,
    c?: unknown,
  ): boolean {
    this.trace.push(new TraceStep(step, RULE_CLAUSES[ruleId], ok, params, a, b, c));
    if (!ok) this.reasons.push(reason(ruleId, code));
    return ok;
  }

  decide(factKind: string, countyCode?: CountyCode, details?: DecisionDetails): Decision {
    // Always the same shape; undefined members are left out of JSON.
    return {
      factKind,
      eligible: this.satisfied || this.grants.length > 0,
      reasons: this.reasons,
      grants: this.grants,
      trace: this.trace,
      countyCode,
      details,
    };
  }
}

export function benefitKeyOf(beneficiary: Beneficiary, group: BenefitGroup, factRef: string): string {
  return `${beneficiary.kind}:${beneficiary.id}|${group}|${factRef}`;
}
