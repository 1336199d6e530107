import { describe, expect, it } from 'vitest';
import {
  assess,
  resolveStacking,
  resolveStackingOrThrow,
  StackingConflictError,
  type Grant,
  type PriorGrant,
} from '../src/index.ts';
import * as fx from './fixtures.ts';

const one = (d: ReturnType<typeof assess>, i = 0): Grant => d.grants[i]!;

describe('末段 从优、就高、不重复 stacking', () => {
  it('pays a new benefit in full', () => {
    const r = resolveStacking(assess(fx.certificate), []);
    expect(r.conflicts).toEqual([]);
    expect(r.payments).toHaveLength(1);
    expect(r.payments[0]).toMatchObject({ status: 'NEW', previousFen: 0, payableFen: 200_000 });
  });

  it('does not pay the same benefit twice', () => {
    const first = one(assess(fx.certificate));
    const again = resolveStacking(assess({ ...fx.certificate, certificateId: 'RE-ISSUED' }), [first]);
    expect(again.payments[0]).toMatchObject({
      status: 'NOT_HIGHER',
      payableFen: 0,
      shares: [
        { payer: 'CITY', amountFen: 0 },
        { payer: 'COUNTY', amountFen: 0 },
      ],
    });
  });

  it('pays only the difference for a later higher grant (provincial major made national)', () => {
    const provincial = one(assess({ ...fx.collegeMajor, level: 'PROVINCIAL' }));
    const r = resolveStacking(assess({ ...fx.collegeMajor, level: 'NATIONAL', approvalDate: '2027-05-05' }), [
      provincial,
    ]);
    expect(r.payments[0]).toMatchObject({ status: 'TOP_UP', previousFen: 20_000_000, payableFen: 30_000_000 });
    expect(r.payments[0]!.supersedes).toEqual([provincial]);
  });

  it('tops up an order-class year when more hires move it to the top band, splitting the difference 5:5', () => {
    const low = one(assess({ ...fx.orderClass, hires: fx.hires(60) }));
    const r = resolveStacking(assess({ ...fx.orderClass, hires: fx.hires(101) }), [low]);
    expect(r.payments[0]).toMatchObject({ status: 'TOP_UP', previousFen: 30_000_000, payableFen: 71_000_000 });
    expect(r.payments[0]!.shares).toEqual([
      { payer: 'CITY', amountFen: 35_500_000 },
      { payer: 'COUNTY', amountFen: 35_500_000 },
    ]);
  });

  it('gives an odd difference’s extra fen to the city', () => {
    const prior: PriorGrant = {
      benefitKey: one(assess(fx.certificate)).benefitKey,
      amountFen: 100_001,
      nature: 'CASH',
      source: '其他政策',
    };
    const r = resolveStacking(assess(fx.certificate), [prior]);
    expect(r.payments[0]!.payableFen).toBe(99_999);
    expect(r.payments[0]!.shares).toEqual([
      { payer: 'CITY', amountFen: 50_000 },
      { payer: 'COUNTY', amountFen: 49_999 },
    ]);
  });

  it('pays the higher of two awards for one achievement (WorldSkills gold after 全国技术能手)', () => {
    const title = assess({ ...fx.medal, award: 'NATIONAL_TECHNICAL_EXPERT', achievementId: 'ACH-1' });
    const gold = assess({ ...fx.medal, award: 'WORLDSKILLS_GOLD', achievementId: 'ACH-1' });
    const r = resolveStacking(gold, title.grants);
    expect(r.payments.map((p) => [p.grant.ruleId, p.status, p.payableFen])).toEqual([
      ['R10', 'TOP_UP', 80_000_000],
      ['R11', 'TOP_UP', 10_000_000],
    ]);
    // And the other way round: the lower award after the higher pays nothing.
    const back = resolveStacking(title, gold.grants);
    expect(back.payments.map((p) => [p.status, p.payableFen])).toEqual([
      ['NOT_HIGHER', 0],
      ['NOT_HIGHER', 0],
    ]);
  });

  it('keeps the highest candidate when several new grants share a key', () => {
    const ranking = one(assess({ ...fx.competitionPrize, stage: 'RANKING', prize: 3 }));
    const final = one(assess({ ...fx.competitionPrize, stage: 'FINAL', prize: 1 }));
    const r = resolveStacking([ranking, final], []);
    expect(r.payments).toHaveLength(1);
    expect(r.payments[0]).toMatchObject({ status: 'NEW', payableFen: 30_000_000 });
    expect(r.payments[0]!.displaced).toEqual([ranking]);
  });

  it('raises a conflict for a tie between different items instead of summing', () => {
    const a = one(assess({ ...fx.medal, award: 'WORLDSKILLS_BRONZE', achievementId: 'A' }));
    const b = one(assess({ ...fx.medal, award: 'NATIONAL_TECHNICAL_EXPERT', achievementId: 'A' }));
    expect(a.amountFen).toBe(b.amountFen);
    const r = resolveStacking([a, b], []);
    expect(r.payments).toEqual([]);
    expect(r.conflicts.map((c) => c.code)).toEqual(['TIE_BETWEEN_RULES']);
  });

  it('raises a conflict when a prior benefit is not money or of another nature', () => {
    const g = one(assess(fx.certificate));
    expect(
      resolveStacking([g], [{ benefitKey: g.benefitKey, amountFen: null, nature: 'IN_KIND' }]).conflicts.map(
        (c) => c.code,
      ),
    ).toEqual(['NOT_MONETARY']);
    expect(
      resolveStacking([g], [{ benefitKey: g.benefitKey, amountFen: 1, nature: 'TAX_CREDIT' }]).conflicts.map(
        (c) => c.code,
      ),
    ).toEqual(['NATURE_MISMATCH']);
    expect(() =>
      resolveStackingOrThrow([g], [{ benefitKey: g.benefitKey, amountFen: null, nature: 'IN_KIND' }]),
    ).toThrow(StackingConflictError);
  });

  it('leaves other benefits alone', () => {
    const prior = one(assess({ ...fx.certificate, level: 'SENIOR_TECHNICIAN' }));
    const r = resolveStacking(assess(fx.certificate), [prior]);
    expect(r.payments[0]).toMatchObject({ status: 'NEW', payableFen: 200_000 });
  });
});
