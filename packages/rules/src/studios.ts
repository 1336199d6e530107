import type { Clause } from './clauses.ts';
import { DEFAULT_PARAMETERS, valueAt, type ParameterSet } from './params/registry.ts';
import type { StudioLevel } from './vocabulary/policy-words.ts';
import { windowVersion } from './window.ts';

/**
 * 二(六) on the conditions of a city-level studio: "聚焦经济社会发展急需、紧缺行业领域，按照政策规定，每年遴选建设１０家
 * 左右市级技能大师工作室". The text states one condition, the field: the studio's trade must be in a field the economy
 * urgently needs or lacks. The platform holds no catalogue of such fields, so the reviewer attests it (a recorded
 * attestation, like 首席技师's frontline leadership). The text states no skill level for the lead (领办人) and no kind
 * of host unit (依托单位): "按照政策规定" refers to the national and provincial selection rules, which are not part of
 * 济人社发〔2024〕9号, so the platform checks neither and invents neither.
 */
export interface StudioCondition {
  readonly code: 'URGENT_OR_SHORTAGE_FIELD';
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
  /** How the platform knows it: a reviewer's attestation where no data can prove it. */
  readonly proof: 'ATTESTATION';
}

export const STUDIO_CONDITIONS: readonly StudioCondition[] = [
  {
    code: 'URGENT_OR_SHORTAGE_FIELD',
    clause: '二(六)',
    zh: '工作室所属职业（工种）领域为经济社会发展急需、紧缺行业领域（评审人确认）',
    en: 'The studio works in a field the economy urgently needs or lacks (attested by the reviewer)',
    proof: 'ATTESTATION',
  },
];

/** What the text does not state, said once so that nobody adds it as if it did. */
export const STUDIO_CONDITIONS_NOT_STATED = {
  clause: '二(六)' as Clause,
  zh: '政策原文未规定领办人的技能等级和依托单位的类型（“按照政策规定”指国家、省遴选办法，不在本文件内），平台不作校验',
  en: "The text states no skill level for the lead and no kind of host unit ('按照政策规定' refers to national and provincial rules outside this text); the platform checks neither",
} as const;

export interface StudioConditionInput {
  /** The reviewer attests that the trade is in an urgently needed or shortage field. */
  readonly urgentFieldAttested: boolean;
}

/** The stated conditions an application does not meet (empty: it meets them all). */
export function unmetStudioConditions(input: StudioConditionInput): readonly StudioCondition[] {
  return STUDIO_CONDITIONS.filter((c) => c.code === 'URGENT_OR_SHORTAGE_FIELD' && !input.urgentFieldAttested);
}

const AMOUNT_PARAM = {
  CITY: 'R7_CITY_STUDIO_FEN',
  NATIONAL: 'R8_NATIONAL_STUDIO_FEN',
  QILU_STATION: 'R8_QILU_STATION_FEN',
  PROVINCIAL_WORKSTATION: 'R8_PROVINCIAL_WORKSTATION_FEN',
} as const satisfies Record<StudioLevel, keyof ParameterSet>;

/**
 * How high a level stands (二(六)): the text ranks the levels only by what it pays each — city 5万, the two provincial
 * kinds 30万, national 50万 — so the rank is the amount. Two levels that pay the same (the Qilu station and the
 * provincial workstation) are neither higher nor lower than each other.
 */
export function studioLevelAmountFen(level: StudioLevel, set: ParameterSet = DEFAULT_PARAMETERS): number {
  return valueAt(set[AMOUNT_PARAM[level]], windowVersion(set).value.from).value;
}

/** Is `to` a higher level than `from` (an upgrade, 二(六))? */
export const isHigherStudioLevel = (
  from: StudioLevel,
  to: StudioLevel,
  set: ParameterSet = DEFAULT_PARAMETERS,
): boolean => studioLevelAmountFen(to, set) > studioLevelAmountFen(from, set);

/** The levels the city selects itself; the others are approved by the province or the nation (二(六): 新获批). */
export const CITY_SELECTED_STUDIO_LEVELS: readonly StudioLevel[] = ['CITY'];
export const isCitySelectedStudioLevel = (level: StudioLevel): boolean => CITY_SELECTED_STUDIO_LEVELS.includes(level);
