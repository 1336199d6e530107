import { describe, expect, it } from 'vitest';
import {
  isCitySelectedStudioLevel,
  isHigherStudioLevel,
  STUDIO_CONDITIONS,
  STUDIO_CONDITIONS_NOT_STATED,
  studioLevelAmountFen,
  unmetStudioConditions,
} from '../src/index.ts';

describe('studio conditions (二(六))', () => {
  it('states the one condition of the text, the urgently needed or shortage field, proved by attestation', () => {
    expect(STUDIO_CONDITIONS.map((c) => [c.code, c.clause, c.proof])).toEqual([
      ['URGENT_OR_SHORTAGE_FIELD', '二(六)', 'ATTESTATION'],
    ]);
    expect(unmetStudioConditions({ urgentFieldAttested: true })).toEqual([]);
    expect(unmetStudioConditions({ urgentFieldAttested: false }).map((c) => c.code)).toEqual([
      'URGENT_OR_SHORTAGE_FIELD',
    ]);
  });

  it('says the text states no level for the lead and no kind of host (so none is checked)', () => {
    expect(STUDIO_CONDITIONS_NOT_STATED.clause).toBe('二(六)');
    expect(STUDIO_CONDITIONS_NOT_STATED.zh).toContain('未规定领办人的技能等级和依托单位的类型');
  });
});

describe('studio levels', () => {
  it('ranks the levels by what the text pays them: city < the two provincial kinds < national', () => {
    expect(studioLevelAmountFen('CITY')).toBe(5_000_000);
    expect(isHigherStudioLevel('CITY', 'QILU_STATION')).toBe(true);
    expect(isHigherStudioLevel('CITY', 'NATIONAL')).toBe(true);
    expect(isHigherStudioLevel('PROVINCIAL_WORKSTATION', 'NATIONAL')).toBe(true);
    expect(isHigherStudioLevel('QILU_STATION', 'PROVINCIAL_WORKSTATION')).toBe(false);
    expect(isHigherStudioLevel('PROVINCIAL_WORKSTATION', 'QILU_STATION')).toBe(false);
    expect(isHigherStudioLevel('NATIONAL', 'CITY')).toBe(false);
    expect(isHigherStudioLevel('CITY', 'CITY')).toBe(false);
  });

  it('lets the city select only city-level studios; the others are approved above', () => {
    expect(isCitySelectedStudioLevel('CITY')).toBe(true);
    expect(isCitySelectedStudioLevel('NATIONAL')).toBe(false);
    expect(isCitySelectedStudioLevel('QILU_STATION')).toBe(false);
  });
});
