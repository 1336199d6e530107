import { describe, expect, it } from 'vitest';
import { assess, upToMaximum, type CompetitionTier } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R14 三(九) vocational-college skills competition prizes', () => {
  it.each([
    [1, undefined, 30_000_000],
    [2, undefined, 20_000_000],
    [3, undefined, 15_000_000],
    [1, 10_000_000, 10_000_000],
    [3, 20_000_000, 15_000_000],
  ] as const)('prize %i, decided %s → %i fen (up to the maximum)', (prize, decidedFen, amount) => {
    const g = assess({ ...fx.competitionPrize, prize, ...(decidedFen === undefined ? {} : { decidedFen }) }).grants[0]!;
    expect(g.amountFen).toBe(amount);
    expect(g.shares).toEqual([{ payer: 'CITY', amountFen: amount }]);
  });

  it.each<[CompetitionTier, boolean]>([
    ['WORLD', true],
    ['NATIONAL', true],
    ['PROVINCIAL', false],
    ['CITY_CATEGORY_1', false],
    ['CITY_CATEGORY_2', false],
  ])('%s competition → eligible %s', (tier, ok) => {
    const d = assess({ ...fx.competitionPrize, tier });
    expect(d.eligible).toBe(ok);
    if (!ok) expect(d.reasons.map((r) => r.code)).toEqual(['TIER_NOT_COVERED']);
  });

  it.each([
    ['RANKING', true],
    ['FINAL', true],
    ['OTHER', false],
  ] as const)('%s stage → eligible %s', (stage, ok) => {
    expect(assess({ ...fx.competitionPrize, stage }).eligible).toBe(ok);
  });

  it('is for vocational colleges', () => {
    expect(assess({ ...fx.competitionPrize, vocationalCollege: false }).reasons.map((r) => r.code)).toEqual([
      'NOT_VOCATIONAL_COLLEGE',
    ]);
  });

  it('treats one entry’s ranking-round and final prizes as one benefit', () => {
    const ranking = assess({ ...fx.competitionPrize, stage: 'RANKING', prize: 2 }).grants[0]!;
    const final = assess({ ...fx.competitionPrize, stage: 'FINAL', prize: 1 }).grants[0]!;
    expect(ranking.benefitKey).toBe(final.benefitKey);
  });
});

describe('upToMaximum: the cap a reviewer may decide under', () => {
  it('is the prize’s maximum for R14 and R3, and null for a fixed amount', () => {
    expect(upToMaximum(assess({ ...fx.competitionPrize, prize: 2 }))).toBe(20_000_000);
    expect(upToMaximum(assess({ ...fx.competitionPrize, prize: 3, decidedFen: 1_000_000 }))).toBe(15_000_000);
    expect(upToMaximum(assess(fx.collegeMajor))).toBe(50_000_000);
    expect(upToMaximum(assess(fx.studio))).toBeNull();
    // Not eligible: no award, no cap.
    expect(upToMaximum(assess({ ...fx.competitionPrize, tier: 'PROVINCIAL' }))).toBeNull();
  });
});
