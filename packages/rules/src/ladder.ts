import { defineVocabulary } from './vocabulary/define.ts';
import type { IsoDate } from './dates.ts';
import { DEFAULT_PARAMETERS, valueAt } from './params/registry.ts';
import { WINDOW_FROM } from './params/types.ts';

/** The new eight-level ladder (新“八级工”, 四(十)), lowest first. */
export const SKILL_LEVEL = defineVocabulary(
  'SkillLevel',
  '职业技能等级（新“八级工”职业技能等级序列，四(十)），由低到高：学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师',
  {
    APPRENTICE: { zh: '学徒工', en: 'Apprentice' },
    ELEMENTARY: { zh: '初级工', en: 'Elementary worker (level 5)' },
    INTERMEDIATE: { zh: '中级工', en: 'Intermediate worker (level 4)' },
    SENIOR: { zh: '高级工', en: 'Senior worker (level 3)' },
    TECHNICIAN: { zh: '技师', en: 'Technician (level 2)' },
    SENIOR_TECHNICIAN: { zh: '高级技师', en: 'Senior technician (level 1)' },
    PRINCIPAL_TECHNICIAN: { zh: '特级技师', en: 'Principal technician' },
    CHIEF_TECHNICIAN: { zh: '首席技师', en: 'Chief technician' },
  },
);
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

/** Ways to obtain a level (四(十)–(十二)). */
export const CERTIFICATION_ROUTE = defineVocabulary('CertificationRoute', '取得等级的途径（四(十)–(十二)）', {
  VOCATIONAL_QUALIFICATION: { zh: '职业资格评价', en: 'Vocational qualification', clause: '四(十)' },
  SKILL_LEVEL_CERTIFICATION: {
    zh: '职业技能等级认定',
    en: 'Skill-level certification (enterprise, college or evaluation organisation)',
    clause: '四(十)',
  },
  SPECIAL_ABILITY_ASSESSMENT: { zh: '专项职业能力考核', en: 'Special vocational ability assessment', clause: '四(十)' },
  DIRECT_CERTIFICATION: {
    zh: '企业直接认定高级工以上职业技能等级（打破学历、资历、年龄、比例限制）',
    en: 'Direct certification at 高级工 or above by an enterprise, waiving education, seniority, age and ratio limits',
    short: '企业直接认定',
    clause: '四(十一)',
  },
  ONE_EXAM_TWO_CERTIFICATES: {
    zh: '一试双证',
    en: 'One exam, an industry certificate and a skill-level certificate',
    clause: '四(十一)',
  },
  DIPLOMA_PLUS_CERTIFICATES: {
    zh: '学历证书＋若干职业技能证书',
    en: 'Diploma plus skill certificates',
    clause: '四(十二)',
  },
});
export type CertificationRoute = (typeof CERTIFICATION_ROUTE.codes)[number];

/** 四(十一): direct certification is open only at 高级工 or above. */
export function canDirectlyCertify(level: SkillLevel): boolean {
  return RANK[level] >= RANK.SENIOR;
}
