import { WINDOW_FROM } from './params/types.ts';
import type { IsoDate } from './dates.ts';
import type { SkillLevel } from './ladder.ts';
import { DEFAULT_PARAMETERS, valueAt, type ParameterSet } from './params/registry.ts';
import type { AcademicEquivalent, TechnicalSchoolClass } from './params/part3-use.ts';
import type { ProfessionalTitle } from './params/readings.ts';

export type { ProfessionalTitle };

/** E1 三(七): technical-school classes and the academic degree they count as. */
export const TECHNICAL_SCHOOL_CLASSES = [
  'INTERMEDIATE_CLASS',
  'SENIOR_CLASS',
  'PRE_TECHNICIAN_CLASS',
] as const satisfies readonly TechnicalSchoolClass[];
export type { AcademicEquivalent, TechnicalSchoolClass };
export const ACADEMIC_EQUIVALENT_LABELS: Readonly<Record<AcademicEquivalent, string>> = {
  SECONDARY_VOCATIONAL: '中专',
  ASSOCIATE: '大专',
  BACHELOR: '本科',
};

/** The purposes for which E1 applies (三(七)). */
export const E1_PURPOSES = [
  { code: 'TITLE_EVALUATION', zh: '职称评审' },
  { code: 'CIVIL_SERVICE_RECRUITMENT', zh: '公务员招录' },
  { code: 'PUBLIC_INSTITUTION_RECRUITMENT', zh: '事业单位公开招聘' },
  { code: 'ENLISTMENT', zh: '参军入伍' },
  { code: 'EMPLOYMENT_ENTREPRENEURSHIP', zh: '就业创业' },
] as const;

/** E1: the degree a technical-school class counts as (parameter E1_TECHNICAL_SCHOOL_EQUIVALENCE). */
export function academicEquivalentOf(
  cls: TechnicalSchoolClass,
  onDate: IsoDate = WINDOW_FROM,
  set: ParameterSet = DEFAULT_PARAMETERS,
): AcademicEquivalent {
  return valueAt(set.E1_TECHNICAL_SCHOOL_EQUIVALENCE, onDate).value[cls];
}

export const PROFESSIONAL_TITLE_LABELS: Readonly<Record<ProfessionalTitle, string>> = {
  INTERMEDIATE: '中级',
  DEPUTY_SENIOR: '副高级',
  FULL_SENIOR: '正高级',
};

/**
 * E2 三(八): the professional-title tier an employed skilled worker's level is treated as, or null
 * below 技师. Both 特级技师 and 首席技师 map to 正高级 (READING_E2_TITLE_MAP).
 */
export function professionalTitleEquivalentOf(
  level: SkillLevel,
  onDate: IsoDate = WINDOW_FROM,
  set: ParameterSet = DEFAULT_PARAMETERS,
): ProfessionalTitle | null {
  return valueAt(set.READING_E2_TITLE_MAP, onDate).value[level] ?? null;
}
