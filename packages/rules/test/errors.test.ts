import { describe, expect, it } from 'vitest';
import { assess, RuleInputError, type Fact } from '../src/index.ts';
import * as fx from './fixtures.ts';

function errorOf(fn: () => unknown): RuleInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    return e as RuleInputError;
  }
  throw new Error('expected a RuleInputError');
}

const bad = (fact: unknown) => errorOf(() => assess(fact as Fact, { trainingCatalogue: fx.exampleCatalogue }));

describe('bad input is a typed RuleInputError, never a silent zero', () => {
  it.each([
    [{ kind: 'PENSION' }, 'RULES_UNKNOWN_FACT_KIND', 'kind'],
    [{}, 'RULES_UNKNOWN_FACT_KIND', 'kind'],
    [{ kind: 'toString' }, 'RULES_UNKNOWN_FACT_KIND', 'kind'],
    [null, 'RULES_INVALID_FACT', '(fact)'],
    [[], 'RULES_INVALID_FACT', '(fact)'],
    ['TECHNICIAN_CERTIFICATE', 'RULES_INVALID_FACT', '(fact)'],
  ])('%j → %s', (fact, code, field) => {
    const e = bad(fact);
    expect(e.code).toBe(code);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageEn).toMatch(/[A-Za-z]/);
  });

  it.each([
    [{ ...fx.educationInvestment, investmentFen: -1 }, 'investmentFen'],
    [{ ...fx.educationInvestment, investmentFen: 10.5 }, 'investmentFen'],
    [{ ...fx.educationInvestment, surchargeDueFen: '100' }, 'surchargeDueFen'],
    [{ ...fx.educationInvestment, carriedForwardFen: -5 }, 'carriedForwardFen'],
    [{ ...fx.educationInvestment, investmentFen: Number.MAX_SAFE_INTEGER + 2 }, 'investmentFen'],
    [{ ...fx.educationInvestment, investmentFen: Number.NaN }, 'investmentFen'],
    [{ ...fx.apprenticeship, countyRateFen: 5000.5 }, 'countyRateFen'],
    [{ ...fx.collegeMajor, decidedFen: -100 }, 'decidedFen'],
    [{ ...fx.competitionPrize, decidedFen: 1e20 }, 'decidedFen'],
  ])('negative or non-integer amount → RULES_INVALID_AMOUNT on %s', (fact, field) => {
    const e = bad(fact);
    expect(e.code).toBe('RULES_INVALID_AMOUNT');
    expect(e.field).toBe(field);
  });

  it.each([
    [{ ...fx.certificate, certificateDate: '2025-02-30' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: '2025-02-29' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: '2025-13-01' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: '2025-1-01' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: '2025/01/01' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: '2025-01-01T00:00:00Z' }, 'certificateDate'],
    [{ ...fx.certificate, certificateDate: 20250101 }, 'certificateDate'],
    [{ ...fx.graduateHire, birthDate: '1990-04-31' }, 'birthDate'],
    [{ ...fx.orderClass, hires: [...fx.hires(3), { ...fx.hires(1)[0], hireDate: '2026-06-31' }] }, 'hires[3].hireDate'],
  ])('impossible date → RULES_INVALID_DATE on %s', (fact, field) => {
    const e = bad(fact);
    expect(e.code).toBe('RULES_INVALID_DATE');
    expect(e.field).toBe(field);
  });

  it('accepts 29 February of a leap year', () => {
    expect(assess({ ...fx.certificate, certificateDate: '2028-02-29' }).eligible).toBe(true);
  });

  it.each([
    [{ ...fx.apprenticeship, countyRateFen: 399_999 }, 'countyRateFen'],
    [{ ...fx.apprenticeship, countyRateFen: 600_001 }, 'countyRateFen'],
    [{ ...fx.medal, rolePercent: 120 }, 'rolePercent'],
  ])('rate outside its range → RULES_RATE_OUT_OF_RANGE on %s', (fact, field) => {
    const e = bad(fact);
    expect(e.code).toBe('RULES_RATE_OUT_OF_RANGE');
    expect(e.field).toBe(field);
  });

  it.each([
    [{ ...fx.certificate, countyCode: '370800' }, 'RULES_UNKNOWN_COUNTY', 'countyCode'],
    [{ ...fx.certificate, level: 'MASTER' }, 'RULES_INVALID_FIELD', 'level'],
    [{ ...fx.certificate, personId: '' }, 'RULES_INVALID_FIELD', 'personId'],
    [{ ...fx.certificate, newlyObtained: 'yes' }, 'RULES_INVALID_FIELD', 'newlyObtained'],
    [{ ...fx.apprenticeship, yearNumber: 0 }, 'RULES_INVALID_NUMBER', 'yearNumber'],
    [{ ...fx.apprenticeship, yearNumber: 1.5 }, 'RULES_INVALID_NUMBER', 'yearNumber'],
    [{ ...fx.orderClass, hires: 'many' }, 'RULES_INVALID_FIELD', 'hires'],
    [
      { ...fx.orderClass, hires: [{ ...fx.hires(1)[0], contractYears: -3 }] },
      'RULES_INVALID_NUMBER',
      'hires[0].contractYears',
    ],
    [{ ...fx.medal, winner: { kind: 'CLUB', id: 'x' } }, 'RULES_INVALID_FIELD', 'winner.kind'],
    [{ ...fx.competitionPrize, prize: 4 }, 'RULES_INVALID_NUMBER', 'prize'],
    [{ ...fx.educationInvestment, taxYear: '2025' }, 'RULES_INVALID_NUMBER', 'taxYear'],
  ])('%j → %s', (fact, code, field) => {
    const e = bad(fact);
    expect(e.code).toBe(code);
    expect(e.field).toBe(field);
  });

  it('serialises as { code, field, message, messageEn }', () => {
    const e = bad({ ...fx.certificate, certificateDate: '2025-02-30' });
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: 'RULES_INVALID_DATE',
      field: 'certificateDate',
      message: '日期无效：certificateDate = "2025-02-30"（应为 YYYY-MM-DD 格式的真实日期）',
      messageEn: 'Invalid date in certificateDate: "2025-02-30" (expected a real calendar date YYYY-MM-DD)',
    });
  });
});
