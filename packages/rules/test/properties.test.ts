import { describe, expect, it } from 'vitest';
import {
  assess,
  isWithinPolicyWindow,
  resolveStacking,
  RuleInputError,
  splitFen,
  type Decision,
  type Fact,
  type Grant,
  type PayerParts,
  PAYERS,
} from '../src/index.ts';
import * as fx from './fixtures.ts';
import { eventDates, randomFact, Rng } from './generators.ts';

const ctx = { trainingCatalogue: fx.exampleCatalogue };
const SEEDS = [1, 2, 3, 20250101, 20291231];
const PER_SEED = 2000;

function forAll(check: (fact: Fact, d: Decision, seed: number, i: number) => void): void {
  for (const seed of SEEDS) {
    const r = new Rng(seed);
    for (let i = 0; i < PER_SEED; i++) {
      const fact = randomFact(r);
      check(fact, assess(fact, ctx), seed, i);
    }
  }
}

describe('properties of every decision (seeded random facts of every kind)', () => {
  it('shares add up to the amount exactly, in non-negative safe-integer fen; amounts are positive', () => {
    forAll((fact, d, seed, i) => {
      for (const g of d.grants) {
        const where = `seed ${seed} case ${i}: ${JSON.stringify(fact).slice(0, 200)}`;
        expect(Number.isSafeInteger(g.amountFen) && g.amountFen > 0, where).toBe(true);
        expect(
          g.shares.reduce((s, x) => s + x.amountFen, 0),
          where,
        ).toBe(g.amountFen);
        for (const s of g.shares) {
          expect(Number.isSafeInteger(s.amountFen) && s.amountFen >= 0, where).toBe(true);
          expect(PAYERS).toContain(s.payer);
        }
      }
    });
  });

  it('grants nothing outside the window: every grant is dated inside it, and a fact dated outside gets none', () => {
    forAll((fact, d) => {
      for (const g of d.grants) expect(isWithinPolicyWindow(g.date)).toBe(true);
      if (eventDates(fact).some((x) => !isWithinPolicyWindow(x))) {
        expect(d.grants).toEqual([]);
        expect(d.eligible).toBe(false);
        expect(d.reasons.map((r) => r.code)).toContain('OUTSIDE_POLICY_WINDOW');
      }
    });
  });

  it('is eligible with grants or with its reasons for refusing', () => {
    forAll((_fact, d) => {
      if (!d.eligible) {
        expect(d.grants).toEqual([]);
        expect(d.reasons.length).toBeGreaterThan(0);
      }
      if (d.grants.length > 0) expect(d.eligible).toBe(true);
    });
  });

  it('names the county exactly when the county pays', () => {
    forAll((_fact, d) => {
      for (const g of d.grants) expect(g.countyCode !== undefined).toBe(g.shares.some((s) => s.payer === 'COUNTY'));
    });
  });

  it('cites parameter versions in force on the grant date', () => {
    forAll((_fact, d) => {
      for (const g of d.grants) {
        expect(g.parameterVersions.length).toBeGreaterThan(0);
        for (const v of g.parameterVersions)
          expect(v.validFrom <= g.date && (v.validUntil === null || g.date < v.validUntil)).toBe(true);
      }
    });
  });

  it('explains every step with a Chinese sentence, and serialises', () => {
    let n = 0;
    forAll((_fact, d) => {
      if (n++ % 7 !== 0) return;
      for (const s of d.trace) expect(s.sentenceZh).toMatch(/[\u4e00-\u9fff]/);
      expect(() => JSON.stringify(d)).not.toThrow();
    });
  });

  it('is deterministic', () => {
    const r = new Rng(42);
    for (let i = 0; i < 500; i++) {
      const f = randomFact(r);
      expect(JSON.stringify(assess(f, ctx))).toBe(JSON.stringify(assess(structuredClone(f), ctx)));
    }
  });
});

describe('properties of bad input (seeded fuzzing)', () => {
  const junk: unknown[] = [
    undefined,
    null,
    -1,
    0.5,
    Number.NaN,
    '',
    'x',
    '2025-02-30',
    '2025-13-01',
    [],
    {},
    true,
    1e300,
    -0,
  ];
  it('a corrupted field gives a decision or a RuleInputError — never any other error', () => {
    const r = new Rng(7);
    for (let i = 0; i < 5000; i++) {
      const fact = randomFact(r) as unknown as Record<string, unknown>;
      const keys = Object.keys(fact).filter((k) => k !== 'kind');
      const broken = { ...fact, [r.pick(keys)]: r.pick(junk) };
      try {
        const d = assess(broken as unknown as Fact, ctx);
        for (const g of d.grants) expect(g.shares.reduce((s, x) => s + x.amountFen, 0)).toBe(g.amountFen);
      } catch (e) {
        expect(e, JSON.stringify(broken)).toBeInstanceOf(RuleInputError);
      }
    }
  });
});

describe('properties of splitting and stacking', () => {
  it('splitFen gives exact shares within one fen of the exact proportion', () => {
    const r = new Rng(99);
    for (let i = 0; i < 20_000; i++) {
      const amount = r.pick([r.int(0, 1000), r.int(0, 1e9), Number.MAX_SAFE_INTEGER - r.int(0, 10)]);
      const split: PayerParts[] = PAYERS.slice(0, r.int(1, 4)).map((payer) => ({ payer, parts: r.int(1, 10) }));
      const shares = splitFen(amount, split);
      expect(shares.reduce((s, x) => s + x.amountFen, 0)).toBe(amount);
      const total = split.reduce((s, x) => s + x.parts, 0);
      shares.forEach((s, k) => {
        const exact = (amount * split[k]!.parts) / total;
        expect(Math.abs(s.amountFen - exact)).toBeLessThanOrEqual(1 + exact * 1e-15);
      });
    }
  });

  it('paying grants for one benefit in any order totals the highest entitlement, never more', () => {
    const r = new Rng(2024);
    for (let i = 0; i < 2000; i++) {
      const n = r.int(1, 6);
      const grants: Grant[] = Array.from(
        { length: n },
        () =>
          assess({
            ...fx.collegeMajor,
            level: r.pick(['NATIONAL', 'PROVINCIAL'] as const),
            decidedFen: r.int(1, 60_000_000),
          }).grants[0]!,
      );
      let paid = 0;
      const made: Grant[] = [];
      for (const g of grants) {
        const res = resolveStacking([g], made);
        expect(res.conflicts).toEqual([]);
        const p = res.payments[0]!;
        expect(p.payableFen).toBeGreaterThanOrEqual(0);
        expect(p.shares.reduce((s, x) => s + x.amountFen, 0)).toBe(p.payableFen);
        paid += p.payableFen;
        made.push(g);
      }
      expect(paid).toBe(Math.max(...grants.map((g) => g.amountFen)));
    }
  });
});
