import type { IsoDate } from './dates.ts';
import { DEFAULT_PARAMETERS, valueAt } from './params/registry.ts';

/** The new eight-level ladder (新“八级工”, 四(十)), lowest first. */
export const SKILL_LEVELS = [
  'APPRENTICE',
  'ELEMENTARY',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const SKILL_LEVEL_LABELS: Readonly<Record<SkillLevel, { zh: string; en: string; grade: number | null }>> = {
  APPRENTICE: { zh: '学徒工', en: 'Apprentice', grade: null },
  ELEMENTARY: { zh: '初级工', en: 'Elementary worker (level 5)', grade: 5 },
  INTERMEDIATE: { zh: '中级工', en: 'Intermediate worker (level 4)', grade: 4 },
  SENIOR: { zh: '高级工', en: 'Senior worker (level 3)', grade: 3 },
  TECHNICIAN: { zh: '技师', en: 'Technician (level 2)', grade: 2 },
  SENIOR_TECHNICIAN: { zh: '高级技师', en: 'Senior technician (level 1)', grade: 1 },
  PRINCIPAL_TECHNICIAN: { zh: '特级技师', en: 'Principal technician', grade: null },
  CHIEF_TECHNICIAN: { zh: '首席技师', en: 'Chief technician', grade: null },
};

const RANK: Readonly<Record<SkillLevel, number>> = {
  APPRENTICE: 0,
  ELEMENTARY: 1,
  INTERMEDIATE: 2,
  SENIOR: 3,
  TECHNICIAN: 4,
  SENIOR_TECHNICIAN: 5,
  PRINCIPAL_TECHNICIAN: 6,
  CHIEF_TECHNICIAN: 7,
};

export function isSkillLevel(value: unknown): value is SkillLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

export function skillLevelLabel(level: SkillLevel): string {
  return SKILL_LEVEL_LABELS[level].zh;
}

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareLevels(a: SkillLevel, b: SkillLevel): number {
  return RANK[a] - RANK[b];
}

export function highestLevel(levels: Iterable<SkillLevel>): SkillLevel | null {
  let best: SkillLevel | null = null;
  for (const level of levels) if (best === null || RANK[level] > RANK[best]) best = level;
  return best;
}

const FIRST_DAY: IsoDate = '2025-01-01';

/** 高技能人才: 高级工 and above (Reading READING_HIGH_SKILLED_FROM_LEVEL). */
export function isHighSkilled(level: SkillLevel, onDate: IsoDate = FIRST_DAY): boolean {
  return RANK[level] >= RANK[valueAt(DEFAULT_PARAMETERS.READING_HIGH_SKILLED_FROM_LEVEL, onDate).value];
}

/**
 * 技能人才: holds a certified level. 学徒工 is the bottom rung of the ladder but no certificate,
 * so it does not count (Reading READING_SKILLED_FROM_LEVEL).
 */
export function isSkilled(level: SkillLevel, onDate: IsoDate = FIRST_DAY): boolean {
  return RANK[level] >= RANK[valueAt(DEFAULT_PARAMETERS.READING_SKILLED_FROM_LEVEL, onDate).value];
}

/** Ways to obtain a level (四(十)–(十二)). */
export const CERTIFICATION_ROUTES = [
  { code: 'VOCATIONAL_QUALIFICATION', zh: '职业资格评价', en: 'Vocational qualification', clause: '四(十)' },
  { code: 'SKILL_LEVEL_CERTIFICATION', zh: '职业技能等级认定', en: 'Skill-level certification (enterprise, college or evaluation organisation)', clause: '四(十)' },
  { code: 'SPECIAL_ABILITY_ASSESSMENT', zh: '专项职业能力考核', en: 'Special vocational ability assessment', clause: '四(十)' },
  { code: 'DIRECT_CERTIFICATION', zh: '企业直接认定高级工以上职业技能等级（打破学历、资历、年龄、比例限制）', en: 'Direct certification at 高级工 or above by an enterprise, waiving education, seniority, age and ratio limits', clause: '四(十一)' },
  { code: 'ONE_EXAM_TWO_CERTIFICATES', zh: '一试双证', en: 'One exam, an industry certificate and a skill-level certificate', clause: '四(十一)' },
  { code: 'DIPLOMA_PLUS_CERTIFICATES', zh: '学历证书＋若干职业技能证书', en: 'Diploma plus skill certificates', clause: '四(十二)' },
] as const;

/** 四(十一): direct certification is open only at 高级工 or above. */
export function canDirectlyCertify(level: SkillLevel): boolean {
  return RANK[level] >= RANK.SENIOR;
}
