import { describe, expect, it } from 'vitest';
import { assess, RuleInputError, type SkillAward } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R10 R11 三(九) WorldSkills medals, and the unit award beside them', () => {
  it.each<[SkillAward, number]>([
    ['WORLDSKILLS_GOLD', 100_000_000],
    ['WORLDSKILLS_SILVER', 50_000_000],
    ['WORLDSKILLS_BRONZE', 20_000_000],
  ])('%s → %i fen to the winner and 200,000 yuan to the unit', (award, amount) => {
    const d = assess({ ...fx.medal, award });
    expect(d.grants.map((g) => [g.ruleId, g.beneficiary.kind, g.amountFen])).toEqual([
      ['R10', 'PERSON', amount],
      ['R11', 'UNIT', 20_000_000],
    ]);
    expect(d.grants.every((g) => g.shares.length === 1 && g.shares[0]!.payer === 'CITY')).toBe(true);
  });

  it('rewards a team once, and the unit 200,000 per team', () => {
    const d = assess({ ...fx.medal, winner: { kind: 'TEAM', id: 'TEAM-1' } });
    expect(d.grants[0]!.beneficiary).toEqual({ kind: 'TEAM', id: 'TEAM-1' });
    expect(d.grants[1]!.amountFen).toBe(20_000_000);
  });

  it.each([
    [100, 100_000_000],
    [50, 50_000_000],
    [37, 37_000_000],
    [1, 1_000_000],
  ])(
    'scales the medal award by the role played: %i%% → %i fen; the unit award is not scaled',
    (rolePercent, amount) => {
      const d = assess({ ...fx.medal, rolePercent });
      expect(d.grants[0]!.amountFen).toBe(amount);
      expect(d.grants[1]!.amountFen).toBe(20_000_000);
    },
  );

  it.each([0, 101, 50.5, -1])('a role percentage of %s is RULES_RATE_OUT_OF_RANGE', (rolePercent) => {
    expect(() => assess({ ...fx.medal, rolePercent })).toThrow(
      expect.objectContaining({ code: 'RULES_RATE_OUT_OF_RANGE', field: 'rolePercent' }),
    );
    expect(() => assess({ ...fx.medal, rolePercent })).toThrow(RuleInputError);
  });
});

describe('R12 R13 三(九) 中华技能大奖 and 全国技术能手, and the unit award beside them', () => {
  it.each<[SkillAward, number]>([
    ['CHINA_SKILLS_GRAND_AWARD', 50_000_000],
    ['NATIONAL_TECHNICAL_EXPERT', 20_000_000],
  ])('%s → %i fen to the person and 100,000 yuan per person to the unit', (award, amount) => {
    const d = assess({ ...fx.medal, award });
    expect(d.grants.map((g) => [g.ruleId, g.clause, g.amountFen])).toEqual([
      ['R12', '三(九)', amount],
      ['R13', '三(九)', 10_000_000],
    ]);
  });

  it('is for persons only', () => {
    const d = assess({ ...fx.medal, award: 'NATIONAL_TECHNICAL_EXPERT', winner: { kind: 'TEAM', id: 'T' } });
    expect(d.eligible).toBe(false);
    expect(d.reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual([
      'R12:WINNER_MUST_BE_PERSON',
      'R13:WINNER_MUST_BE_PERSON',
    ]);
  });
});

describe('R10–R13 三(九) conditions common to the awards', () => {
  it.each([['INTRODUCED_FULL_TIME'], ['CULTIVATED']] as const)('%s winners qualify', (route) => {
    expect(assess({ ...fx.medal, route }).grants).toHaveLength(2);
  });

  it('refuses winners neither introduced full-time nor cultivated, and their unit', () => {
    const d = assess({ ...fx.medal, route: 'NONE' });
    expect(d.reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual([
      'R10:NOT_INTRODUCED_OR_CULTIVATED',
      'R11:NOT_INTRODUCED_OR_CULTIVATED',
    ]);
  });

  it('pays the individual but not the unit when no unit is named', () => {
    const { unitId: _u, ...noUnit } = fx.medal;
    const d = assess(noUnit);
    expect(d.grants.map((g) => g.ruleId)).toEqual(['R10']);
    expect(d.reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual(['R11:NO_UNIT_NAMED']);
  });

  it('links two awards for one achievement through achievementId (for 从优就高)', () => {
    const gold = assess({ ...fx.medal, achievementId: 'WS-2026-welding' }).grants;
    const title = assess({
      ...fx.medal,
      award: 'NATIONAL_TECHNICAL_EXPERT',
      awardDate: '2026-12-01',
      achievementId: 'WS-2026-welding',
    }).grants;
    expect(gold[0]!.benefitKey).toBe(title[0]!.benefitKey);
    expect(gold[1]!.benefitKey).toBe(title[1]!.benefitKey);
    expect(assess({ ...fx.medal, award: 'NATIONAL_TECHNICAL_EXPERT' }).grants[0]!.benefitKey).not.toBe(
      gold[0]!.benefitKey,
    );
  });
});
