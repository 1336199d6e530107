import { describe, expect, it } from 'vitest';
import { amendParameter, assess, DEFAULT_PARAMETERS } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R5 二(四) order-class hiring bands', () => {
  it.each([
    [0, null],
    [49, null],
    [50, 500_000],
    [51, 500_000],
    [99, 500_000],
    [100, 1_000_000],
    [101, 1_000_000],
    [250, 1_000_000],
  ])('%i qualifying hires → %s fen per person', (n, perPerson) => {
    const d = assess({ ...fx.orderClass, hires: fx.hires(n) });
    if (perPerson === null) {
      expect(d.eligible).toBe(false);
      expect(d.reasons.map((r) => r.code)).toEqual(['HIRES_BELOW_MINIMUM']);
    } else {
      const g = d.grants[0]!;
      expect(g.amountFen).toBe(perPerson * n);
      expect(g.shares[0]!.amountFen + g.shares[1]!.amountFen).toBe(perPerson * n);
      expect(g.shares.map((s) => s.payer)).toEqual(['CITY', 'COUNTY']);
    }
  });

  it('puts exactly 100 in the top band (READING_R5_BOUNDARY_100), or in the low band when the reading is changed', () => {
    expect(assess({ ...fx.orderClass, hires: fx.hires(100) }).grants[0]!.amountFen).toBe(100_000_000);
    const parameters = amendParameter(DEFAULT_PARAMETERS, 'READING_R5_BOUNDARY_100', {
      value: 'LOW_BAND',
      validFrom: '2025-06-01',
      source: 'test',
    });
    expect(assess({ ...fx.orderClass, hires: fx.hires(100) }, { parameters }).grants[0]!.amountFen).toBe(50_000_000);
    expect(assess({ ...fx.orderClass, hires: fx.hires(101) }, { parameters }).grants[0]!.amountFen).toBe(101_000_000);
  });

  it.each([
    ['a contract shorter than 3 years', { contractYears: 2 }],
    ['a part-time hire', { fullTime: false }],
    ['a part-time programme', { fullTimeProgramme: false }],
    ['an intermediate-class graduate', { programme: 'INTERMEDIATE_CLASS' as const }],
    ['a hire in another year', { hireDate: '2027-01-01' }],
  ])('does not count %s', (_label, overrides) => {
    const d = assess({ ...fx.orderClass, hires: [...fx.hires(50), ...fx.hires(1, overrides)] });
    expect(d.details).toEqual({ qualifyingHires: 50, reportedHires: 51 });
  });

  it.each([['SENIOR_CLASS'], ['PRE_TECHNICIAN_CLASS'], ['ASSOCIATE']] as const)(
    'counts a %s graduate on a 3-year contract',
    (programme) => {
      expect(assess({ ...fx.orderClass, hires: fx.hires(50, { programme, contractYears: 3 }) }).eligible).toBe(true);
    },
  );

  it('needs a key enterprise or project (the original text) and an agreement with a city college', () => {
    expect(assess({ ...fx.orderClass, keyEnterpriseOrProject: false }).reasons.map((r) => r.code)).toEqual([
      'NOT_KEY_ENTERPRISE',
    ]);
    expect(assess({ ...fx.orderClass, cityCollegeAgreement: false }).reasons.map((r) => r.code)).toEqual([
      'NO_CITY_COLLEGE_AGREEMENT',
    ]);
    const parameters = amendParameter(DEFAULT_PARAMETERS, 'READING_R5_KEY_ENTERPRISE_REQUIRED', {
      value: false,
      validFrom: '2025-01-02',
      source: 'test',
    });
    expect(assess({ ...fx.orderClass, keyEnterpriseOrProject: false }, { parameters }).eligible).toBe(true);
  });

  it('splits an odd total 5:5 with the extra fen to the city', () => {
    const parameters = amendParameter(DEFAULT_PARAMETERS, 'R5_LOW_BAND_FEN', {
      value: 500_001,
      validFrom: '2026-01-01',
      source: 'test',
    });
    const g = assess({ ...fx.orderClass, hires: fx.hires(51) }, { parameters }).grants[0]!;
    expect(g.amountFen).toBe(25_500_051);
    expect(g.shares).toEqual([
      { payer: 'CITY', amountFen: 12_750_026 },
      { payer: 'COUNTY', amountFen: 12_750_025 },
    ]);
  });

  it('keys the benefit by enterprise and year so a re-assessment tops up', () => {
    const a = assess({ ...fx.orderClass, hires: fx.hires(60) }).grants[0]!;
    const b = assess({ ...fx.orderClass, hires: fx.hires(120) }).grants[0]!;
    expect(a.benefitKey).toBe(b.benefitKey);
    expect(a.benefitKey).toBe('UNIT:E-0003|ORDER_CLASS_HIRING_SUBSIDY|2026');
  });
});
