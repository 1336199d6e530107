import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.ts';
import * as fx from './fixtures.ts';

const r15 = fx.graduateHire;
const r16 = { ...fx.graduateHire, programme: 'SENIOR_CLASS' as const, climbingEnterprise: true };

describe('R15 三(九) pre-technician / technician-class graduates aged ≤ 35: 12,000 a year for 3 years', () => {
  it.each([
    ['1990-07-01', 35, true],
    ['1990-07-02', 34, true],
    ['1989-07-02', 35, true],
    ['1989-07-01', 36, false],
  ])('born %s, hired 2025-07-01 (%i 周岁) → eligible %s', (birthDate, _age, ok) => {
    const d = assess({ ...r15, birthDate });
    expect(d.eligible).toBe(ok);
    if (ok) expect(d.grants[0]!.amountFen).toBe(1_200_000);
    else expect(d.reasons.map((r) => r.code)).toEqual(['AGE_ABOVE_LIMIT']);
  });

  it.each([
    [1, true, '2025-07-01'],
    [2, true, '2026-07-01'],
    [3, true, '2027-07-01'],
    [4, false, '2028-07-01'],
  ])('year %i → eligible %s (year starts %s)', (yearNumber, ok, start) => {
    const d = assess({ ...r15, yearNumber });
    expect(d.eligible).toBe(ok);
    if (ok) expect(d.grants[0]!.date).toBe(start);
    else expect(d.reasons.map((r) => r.code)).toEqual(['MAX_YEARS_EXCEEDED']);
  });

  it('pays from the county of the employer', () => {
    const g = assess(r15).grants[0]!;
    expect(g.ruleId).toBe('R15');
    expect(g.shares).toEqual([{ payer: 'COUNTY', amountFen: 1_200_000 }]);
    expect(g.countyCode).toBe('370881');
  });

  it('does not pay a year that starts after the window, nor a hire before it (READING_R15_HIRE_IN_WINDOW)', () => {
    expect(assess({ ...r15, hireDate: '2029-03-01', yearNumber: 1 }).eligible).toBe(true);
    expect(assess({ ...r15, hireDate: '2029-03-01', yearNumber: 2 }).eligible).toBe(false);
    expect(assess({ ...r15, hireDate: '2024-12-31', yearNumber: 2 }).eligible).toBe(false);
  });

  it.each([
    [{ socialInsurancePaid: false }, 'NO_SOCIAL_INSURANCE'],
    [{ newFullTimeHire: false }, 'NOT_NEW_FULL_TIME_HIRE'],
    [{ fullTimeProgramme: false }, 'NOT_FULL_TIME_PROGRAMME'],
    [{ vocationalCollegeGraduate: false }, 'NOT_VOCATIONAL_COLLEGE_GRADUATE'],
    [{ programme: 'INTERMEDIATE_CLASS' }, 'PROGRAMME_NOT_COVERED'],
    [{ programme: 'ASSOCIATE' }, 'PROGRAMME_NOT_COVERED'],
  ])('refuses %j', (fields, code) => {
    expect(assess(fx.withFields(r15, fields)).reasons.map((r) => r.code)).toEqual([code]);
  });

  it('does not need a climbing enterprise', () => {
    expect(assess({ ...r15, climbingEnterprise: false }).eligible).toBe(true);
  });
});

describe('R16 三(九) climbing enterprises hiring senior-worker-class graduates aged ≤ 30: 6,000 a year for 3 years', () => {
  it.each([
    ['1995-07-01', 30, true],
    ['1994-07-02', 30, true],
    ['1994-07-01', 31, false],
  ])('born %s, hired 2025-07-01 (%i 周岁) → eligible %s', (birthDate, _age, ok) => {
    const d = assess({ ...r16, birthDate });
    expect(d.eligible).toBe(ok);
    if (ok) expect(d.grants[0]!.amountFen).toBe(600_000);
    else expect(d.reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual(['R16:AGE_ABOVE_LIMIT']);
  });

  it('only for climbing enterprises', () => {
    expect(assess({ ...r16, climbingEnterprise: false }).reasons.map((r) => `${r.ruleId}:${r.code}`)).toEqual([
      'R16:NOT_CLIMBING_ENTERPRISE',
    ]);
  });

  it.each([
    [3, true],
    [4, false],
  ])('year %i → eligible %s', (yearNumber, ok) => {
    expect(assess({ ...r16, yearNumber }).eligible).toBe(ok);
  });

  it('computes 周岁 on the hire date for a 29 February birthday', () => {
    // Born 1996-02-29: 31 周岁 is completed on 2027-03-01 (a common year), so on 2027-02-28 they are still 30.
    expect(assess({ ...r16, birthDate: '1996-02-29', hireDate: '2027-02-28' }).eligible).toBe(true);
    expect(assess({ ...r16, birthDate: '1996-02-29', hireDate: '2027-03-01' }).eligible).toBe(false);
  });
});
