import { describe, expect, it } from 'vitest';
import {
  academicEquivalentOf,
  canDirectlyCertify,
  compareLevels,
  highestLevel,
  isHighSkilled,
  isSkilled,
  isSkillLevel,
  professionalTitleEquivalentOf,
  SKILL_LEVELS,
  skillLevelLabel,
  type SkillLevel,
} from '../src/index.ts';

describe('四(十) the eight-level ladder (新“八级工”)', () => {
  it('lists the levels lowest first with their Chinese names', () => {
    expect(SKILL_LEVELS.map(skillLevelLabel)).toEqual([
      '学徒工',
      '初级工',
      '中级工',
      '高级工',
      '技师',
      '高级技师',
      '特级技师',
      '首席技师',
    ]);
  });

  it.each<[SkillLevel, boolean, boolean]>([
    ['APPRENTICE', false, false],
    ['ELEMENTARY', true, false],
    ['INTERMEDIATE', true, false],
    ['SENIOR', true, true],
    ['TECHNICIAN', true, true],
    ['SENIOR_TECHNICIAN', true, true],
    ['PRINCIPAL_TECHNICIAN', true, true],
    ['CHIEF_TECHNICIAN', true, true],
  ])('%s: skilled %s, high-skilled %s', (level, skilled, high) => {
    expect(isSkilled(level)).toBe(skilled);
    expect(isHighSkilled(level)).toBe(high);
  });

  it('orders and picks the highest level', () => {
    expect(compareLevels('TECHNICIAN', 'SENIOR')).toBeGreaterThan(0);
    expect(compareLevels('SENIOR', 'SENIOR')).toBe(0);
    expect(compareLevels('APPRENTICE', 'CHIEF_TECHNICIAN')).toBeLessThan(0);
    expect(highestLevel(['SENIOR', 'PRINCIPAL_TECHNICIAN', 'TECHNICIAN'])).toBe('PRINCIPAL_TECHNICIAN');
    expect(highestLevel([])).toBeNull();
    expect(isSkillLevel('SENIOR')).toBe(true);
    expect(isSkillLevel('toString')).toBe(false);
  });

  it('四(十一) allows direct certification only at 高级工 or above', () => {
    expect(SKILL_LEVELS.filter(canDirectlyCertify)).toEqual([
      'SENIOR',
      'TECHNICIAN',
      'SENIOR_TECHNICIAN',
      'PRINCIPAL_TECHNICIAN',
      'CHIEF_TECHNICIAN',
    ]);
  });
});

describe('E1 三(七) technical-school classes count as academic degrees', () => {
  it.each([
    ['INTERMEDIATE_CLASS', 'SECONDARY_VOCATIONAL'],
    ['SENIOR_CLASS', 'ASSOCIATE'],
    ['PRE_TECHNICIAN_CLASS', 'BACHELOR'],
  ] as const)('%s ≡ %s', (cls, equivalent) => {
    expect(academicEquivalentOf(cls)).toBe(equivalent);
  });
});

describe('E2 三(八) skill levels treated as professional titles', () => {
  it.each<[SkillLevel, string | null]>([
    ['SENIOR', null],
    ['TECHNICIAN', 'INTERMEDIATE'],
    ['SENIOR_TECHNICIAN', 'DEPUTY_SENIOR'],
    ['PRINCIPAL_TECHNICIAN', 'FULL_SENIOR'],
    ['CHIEF_TECHNICIAN', 'FULL_SENIOR'],
  ])('%s ≡ %s (READING_E2_TITLE_MAP)', (level, title) => {
    expect(professionalTitleEquivalentOf(level)).toBe(title);
  });
});
