import { describe, expect, it } from 'vitest';
import {
  COMPETITION_TIERS,
  honourEligibilityRefusal,
  isSkillsChampionSource,
  isTechnicalExpertSource,
  standingMeasureRefusal,
} from '../src/index.ts';

describe('honour eligibility (四(十三), 五(十四))', () => {
  it('takes 技能状元 only from city category-1 and provincial-or-higher results', () => {
    for (const tier of COMPETITION_TIERS) {
      const r = honourEligibilityRefusal('SKILLS_CHAMPION', { competitionResultId: 'r', competitionTier: tier }, 2026);
      expect(r === null, tier).toBe(isSkillsChampionSource(tier));
      if (r)
        expect(r).toMatchObject({
          field: 'competitionTier',
          reason: 'COMPETITION_TIER_NOT_ELIGIBLE',
          clause: '四(十三)',
        });
    }
    expect(isSkillsChampionSource('CITY_CATEGORY_2')).toBe(false);
    expect(honourEligibilityRefusal('SKILLS_CHAMPION', { competitionTier: 'WORLD' }, 2026)).toMatchObject({
      field: 'competitionResultId',
      reason: 'COMPETITION_RESULT_REQUIRED',
    });
  });

  it('takes 技术能手 from city results only (READING_H1_EXPERT_SOURCE_TIERS)', () => {
    expect(COMPETITION_TIERS.filter((t) => isTechnicalExpertSource(t))).toEqual(['CITY_CATEGORY_1', 'CITY_CATEGORY_2']);
    expect(
      honourEligibilityRefusal('TECHNICAL_EXPERT', { competitionResultId: 'r', competitionTier: 'NATIONAL' }, 2026),
    ).toMatchObject({ reason: 'COMPETITION_TIER_NOT_ELIGIBLE' });
    expect(
      honourEligibilityRefusal(
        'TECHNICAL_EXPERT',
        { competitionResultId: 'r', competitionTier: 'CITY_CATEGORY_2' },
        2026,
      ),
    ).toBeNull();
  });

  it('asks an attestation (who and what) for 首席技师, and nothing of the craftsman honours', () => {
    expect(honourEligibilityRefusal('CHIEF_TECHNICIAN', {}, 2026)).toMatchObject({
      field: 'attestedBy',
      reason: 'ATTESTATION_REQUIRED',
      clause: '五(十四)',
    });
    expect(honourEligibilityRefusal('CHIEF_TECHNICIAN', { attestedBy: '某集团' }, 2026)).toMatchObject({
      field: 'attestation',
    });
    expect(
      honourEligibilityRefusal('CHIEF_TECHNICIAN', { attestedBy: '某集团', attestation: '一线' }, 2026),
    ).toBeNull();
    for (const kind of ['GRAND_CRAFTSMAN', 'CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN'] as const) {
      expect(honourEligibilityRefusal(kind, {}, 2026)).toBeNull();
    }
    expect(() => honourEligibilityRefusal('CRAFTSMAN', {}, 2031)).toThrow();
  });

  it('lets the bodies of 五(十五) record standing measures (H5), and no one else', () => {
    expect(standingMeasureRefusal('HRSS')).toBeNull();
    expect(standingMeasureRefusal('UNION')).toBeNull();
    expect(standingMeasureRefusal('EDUCATION')).toBeNull();
    expect(standingMeasureRefusal('FINANCE')?.zh).toMatch(/五\(十五\)/);
    expect(standingMeasureRefusal('NOBODY')).not.toBeNull();
  });
});
