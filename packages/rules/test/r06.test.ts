import { describe, expect, it } from 'vitest';
import { assess, defineTrainingCatalogue, RuleInputError } from '../src/index.ts';
import * as fx from './fixtures.ts';

const ctx = { trainingCatalogue: fx.exampleCatalogue };

describe('R6 二(五) subsidised vocational training, paid per a configurable catalogue', () => {
  it('pays the catalogue amount in force on the completion date, split as the catalogue says', () => {
    const a = assess(fx.training, ctx).grants[0]!;
    expect(a.amountFen).toBe(150_000);
    expect(a.shares).toEqual([
      { payer: 'CITY', amountFen: 75_000 },
      { payer: 'COUNTY', amountFen: 75_000 },
    ]);
    const b = assess({ ...fx.training, completionDate: '2027-01-01' }, ctx).grants[0]!;
    expect(b.amountFen).toBe(170_001);
    expect(b.shares).toEqual([
      { payer: 'CITY', amountFen: 85_001 },
      { payer: 'COUNTY', amountFen: 85_000 },
    ]);
    expect(b.parameterVersions[0]).toMatchObject({
      paramId: 'R6_CATALOGUE:EX-WELDER-L4',
      validFrom: '2027-01-01',
      clause: '二(五)',
    });
  });

  it('splits a 7:3 catalogue line exactly', () => {
    const g = assess({ ...fx.training, catalogueCode: 'EX-GOLD-BLUE' }, ctx).grants[0]!;
    expect(g.shares).toEqual([
      { payer: 'CITY', amountFen: 233_333 },
      { payer: 'COUNTY', amountFen: 100_000 },
    ]);
  });

  it('refuses a course not in the catalogue, or with no catalogue at all', () => {
    expect(assess({ ...fx.training, catalogueCode: 'NOPE' }, ctx).reasons.map((r) => r.code)).toEqual([
      'CATALOGUE_ITEM_NOT_FOUND',
    ]);
    expect(assess(fx.training).reasons.map((r) => r.code)).toEqual(['CATALOGUE_ITEM_NOT_FOUND']);
  });

  it.each([
    ['2009-05-20', true],
    ['2009-05-21', false],
  ])('legal working age: born %s, completing 2025-05-20 → eligible %s (16 周岁)', (birthDate, ok) => {
    const d = assess({ ...fx.training, birthDate }, ctx);
    expect(d.eligible).toBe(ok);
    if (!ok) expect(d.reasons.map((r) => r.code)).toEqual(['BELOW_WORKING_AGE']);
  });

  it.each([
    [{ reachedRetirementAge: true }, 'ABOVE_RETIREMENT_AGE'],
    [{ wantsEmploymentOrBusiness: false }, 'NO_EMPLOYMENT_INTENT'],
    [{ certificateObtained: false }, 'CERTIFICATE_REQUIRED'],
  ])('refuses %j', (fields, code) => {
    expect(assess(fx.withFields(fx.training, fields), ctx).reasons.map((r) => r.code)).toEqual([code]);
  });

  it('does not ask for a certificate where the catalogue does not', () => {
    expect(assess({ ...fx.training, catalogueCode: 'EX-START-UP', certificateObtained: false }, ctx).eligible).toBe(
      true,
    );
  });

  it('needs the county when the catalogue line has a county share', () => {
    const { countyCode: _c, ...noCounty } = fx.training;
    expect(() => assess(noCounty, ctx)).toThrow(RuleInputError);
  });

  it('validates the catalogue as data', () => {
    const bad = (items: unknown) => () => defineTrainingCatalogue(items);
    expect(bad('x')).toThrow(expect.objectContaining({ code: 'RULES_INVALID_CATALOGUE' }));
    expect(bad([{ ...fx.EXAMPLE_CATALOGUE_ITEMS[0], amountFen: -1 }])).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_AMOUNT', field: 'trainingCatalogue[0].amountFen' }),
    );
    expect(bad([{ ...fx.EXAMPLE_CATALOGUE_ITEMS[0], validFrom: '2025-02-30' }])).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_DATE' }),
    );
    expect(bad([fx.EXAMPLE_CATALOGUE_ITEMS[0], fx.EXAMPLE_CATALOGUE_ITEMS[0]])).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_CATALOGUE' }),
    );
    expect(bad([{ ...fx.EXAMPLE_CATALOGUE_ITEMS[0], split: [{ payer: 'BANK', parts: 1 }] }])).toThrow(
      expect.objectContaining({ code: 'RULES_INVALID_FIELD' }),
    );
  });
});
