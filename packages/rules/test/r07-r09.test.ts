import { describe, expect, it } from 'vitest';
import { amendParameter, assess, DEFAULT_PARAMETERS, type StudioLevel } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R7 R8 二(六) skill-master studios', () => {
  it.each<[StudioLevel, string, number]>([
    ['CITY', 'R7', 5_000_000],
    ['NATIONAL', 'R8', 50_000_000],
    ['QILU_STATION', 'R8', 30_000_000],
    ['PROVINCIAL_WORKSTATION', 'R8', 30_000_000],
  ])('%s → %s, %i fen from the city to the host unit', (level, rule, amount) => {
    const g = assess({ ...fx.studio, level }).grants[0]!;
    expect(g.ruleId).toBe(rule);
    expect(g.amountFen).toBe(amount);
    expect(g.shares).toEqual([{ payer: 'CITY', amountFen: amount }]);
    expect(g.beneficiary).toEqual({ kind: 'UNIT', id: 'E-0004' });
  });

  it('cites READING_R8_AMOUNTS for the two provincial kinds', () => {
    const g = assess({ ...fx.studio, level: 'QILU_STATION' }).grants[0]!;
    expect(g.parameterVersions.map((p) => p.paramId)).toContain('READING_R8_AMOUNTS');
  });

  it('refuses a studio that is not newly approved', () => {
    expect(assess({ ...fx.studio, newlyApproved: false }).reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual([
      'R7:NOT_NEWLY_APPROVED',
    ]);
  });

  it('treats each level of one studio as its own benefit unless READING_STUDIO_UPGRADE_TOPS_UP', () => {
    const city = assess(fx.studio).grants[0]!;
    const national = assess({ ...fx.studio, level: 'NATIONAL' }).grants[0]!;
    expect(city.benefitKey).not.toBe(national.benefitKey);
    const parameters = amendParameter(DEFAULT_PARAMETERS, 'READING_STUDIO_UPGRADE_TOPS_UP', {
      value: true,
      validFrom: '2025-01-02',
      source: 'test',
    });
    expect(assess(fx.studio, { parameters }).grants[0]!.benefitKey).toBe(
      assess({ ...fx.studio, level: 'NATIONAL' }, { parameters }).grants[0]!.benefitKey,
    );
  });
});

describe('R9 二(六) craftsman colleges', () => {
  it('pays a newly built city-level craftsman college 200,000 yuan from the union', () => {
    const g = assess(fx.craftsmanCollege).grants[0]!;
    expect(g.amountFen).toBe(20_000_000);
    expect(g.shares).toEqual([{ payer: 'UNION', amountFen: 20_000_000 }]);
    expect(g.countyCode).toBeUndefined();
  });

  it.each([
    [{ cityLevel: false }, ['NOT_CITY_LEVEL']],
    [{ newlyBuilt: false }, ['NOT_NEWLY_APPROVED']],
  ])('refuses %j', (fields, codes) => {
    expect(assess(fx.withFields(fx.craftsmanCollege, fields)).reasons.map((r) => r.code)).toEqual(codes);
  });
});
