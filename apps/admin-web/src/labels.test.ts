import { describe, expect, it } from 'vitest';
import {
  competitionTierLabels,
  entitlementStatusLabels,
  honourKindLabels,
  label,
  labelOptions,
  payerLabels,
  skillLevelLabels,
  studioLevelLabels,
} from './labels';
import type { SkillLevel } from './gql/graphql';

describe('labels', () => {
  it('names the eight skill levels in the policy terms, lowest first', () => {
    expect(labelOptions(skillLevelLabels).map((o) => o.label)).toEqual([
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

  it('maps codes to their Chinese names', () => {
    expect(label(competitionTierLabels, 'CITY_CATEGORY_1')).toBe('市级一类');
    expect(label(studioLevelLabels, 'QILU_STATION')).toBe('齐鲁技能大师特色工作站');
    expect(label(honourKindLabels, 'GRAND_CRAFTSMAN')).toBe('济宁大工匠');
    expect(label(payerLabels, 'COUNTY')).toBe('县级财政');
    expect(label(entitlementStatusLabels, 'PAID')).toBe('已发放');
  });

  it('shows an em dash for no value and the raw code for a value newer than this build', () => {
    expect(label(skillLevelLabels, null)).toBe('—');
    expect(label(skillLevelLabels, undefined)).toBe('—');
    expect(label(skillLevelLabels, 'GRANDMASTER' as SkillLevel)).toBe('GRANDMASTER');
  });

  it('has a non-empty Chinese label for every code', () => {
    for (const labels of [skillLevelLabels, competitionTierLabels, studioLevelLabels, honourKindLabels, payerLabels]) {
      for (const text of Object.values<string>(labels)) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
