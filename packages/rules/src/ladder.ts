import type { IsoDate } from './dates.ts';
import { DEFAULT_PARAMETERS, valueAt } from './params/registry.ts';
import { WINDOW_FROM } from './params/types.ts';

import { CERTIFICATION_ROUTE, SKILL_LEVEL } from './vocabulary/policy-words.ts';

export const SKILL_LEVELS = SKILL_LEVEL.codes;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** The old five-grade numbering (一级 = 高级技师 … 五级 = 初级工); the ladder's other rungs have none. */
export const SKILL_GRADES: Readonly<Record<SkillLevel, number | null>> = {
  APPRENTICE: null,
  ELEMENTARY: 5,
  INTERMEDIATE: 4,
  SENIOR: 3,
  TECHNICIAN: 2,
  SENIOR_TECHNICIAN: 1,
  PRINCIPAL_TECHNICIAN: null,
  CHIEF_TECHNICIAN: null,
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
  return SKILL_LEVEL.label(level);
}

/**
 * The level's place on the ladder, 0 (学徒工) … 7 (首席技师): what a stored rank holds (the directory's level read
 * model compares ranks in SQL).
 */
export function skillLevelRank(level: SkillLevel): number {
  return RANK[level];
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

const FIRST_DAY: IsoDate = WINDOW_FROM;

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

export type CertificationRoute = (typeof CERTIFICATION_ROUTE.codes)[number];

/** 四(十一): direct certification is open only at 高级工 or above. */
export function canDirectlyCertify(level: SkillLevel): boolean {
  return RANK[level] >= RANK.SENIOR;
}
