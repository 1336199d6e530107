import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import type { Permission, Principal } from '@jining/protocol/principal';

/**
 * What the kit needs of a duty of @jining/rules (`DUTIES.HONOUR`, `DUTIES.STUDIO` …): structural, like
 * `VocabularyLike`, so the kit stays free of the domain package.
 */
export interface DutyLike<C extends string = string> {
  /** The area of the map (`HONOUR`, `STUDIO` …): which permission guards it at the schema (AREA_PERMISSIONS). */
  readonly area: string;
  readonly codes: readonly C[];
  allows(department: string, code: string): boolean;
  refusal(department: string, code: string): { zh: string; en: string };
}

/**
 * The permission that guards each area of the duty map at the schema (`authScopes: { permission }`). A department
 * holds a permission exactly when the map gives it some duty in that area (the kit's duties test compares this with
 * the protocol's DEPARTMENT_PERMISSIONS); inside the area, `requireDuty` decides per code.
 */
export const AREA_PERMISSIONS = {
  DIRECTORY: 'directory:manage',
  CERTIFICATE: 'evaluation:manage',
  STUDIO: 'training:manage',
  CRAFTSMAN_COLLEGE: 'training:manage',
  COMPETITION: 'competitions:manage',
  HONOUR: 'awards:manage',
  ENTITLEMENT: 'finance:manage',
  COUNTY_SHARE: 'finance:county',
  PII: 'pii:read',
  AUDIT: 'audit:read',
  // 三(九) graduate hiring lives in the training subgraph: its permission, with the duty deciding per class.
  GRADUATE_HIRING: 'training:manage',
  // 三(九) R14 and R10–R13 are recorded in the competitions subgraph: its permission, the duty deciding per code.
  COLLEGE_PRIZE: 'competitions:manage',
  SKILL_AWARD: 'competitions:manage',
  // Enterprises' compliance reports (六, 三(八)) are recorded in the training subgraph too.
  COMPLIANCE: 'training:manage',
  // 二(二) apprenticeships too: the county HRSS bureaus hold training:manage for this area alone.
  APPRENTICESHIP: 'training:manage',
  // 二(四) order classes (R5) are recorded in the training subgraph too.
  ORDER_CLASS: 'training:manage',
  // 二(四) R4 pilot enterprises' investment is recorded in the training subgraph too.
  EDUCATION_INVESTMENT: 'training:manage',
  // 二(五) subsidised vocational training (R6, T9): the catalogue, classes and rosters, HRSS's.
  SUBSIDISED_TRAINING: 'training:manage',
  // 一 the targets' statistics (T1's employed population, T3's assessment): kept beside T1's count in evaluation.
  TARGET: 'evaluation:manage',
  // 二(三) the colleges' majors and courses (R3, T6–T8): Education and HRSS, the leads.
  COLLEGE_MAJOR: 'training:manage',
} as const satisfies Record<string, Permission>;

/** The permissions a department's duties call for, in AREA_PERMISSIONS order. */
export function permissionsFromDuties(duties: readonly DutyLike[], department: string): Permission[] {
  const areas = new Set(duties.filter((d) => d.codes.some((c) => d.allows(department, c))).map((d) => d.area));
  // Two areas may share a permission (GRADUATE_HIRING is training's): each permission once.
  return [
    ...new Set(
      Object.entries(AREA_PERMISSIONS)
        .filter(([area]) => areas.has(area))
        .map(([, permission]) => permission),
    ),
  ];
}

/** May the caller do this duty for this code (an honour kind, a studio level …)? */
export const hasDuty = <C extends string>(principal: Principal, duty: DutyLike<C>, code: C): boolean =>
  duty.allows(principal.department, code);

/**
 * The one call a resolver makes before writing: refuses as FORBIDDEN (reason NOT_THIS_DEPARTMENTS_DUTY, a Chinese
 * message naming the clause and who may) when the caller's department does not hold the duty for `code`.
 */
export function requireDuty<C extends string>(principal: Principal, duty: DutyLike<C>, code: C): void {
  if (duty.allows(principal.department, code)) return;
  const { zh, en } = duty.refusal(principal.department, code);
  throw new KitError(ErrorCode.FORBIDDEN, zh, { reason: 'NOT_THIS_DEPARTMENTS_DUTY', messageEn: en });
}
