import { describe, expect, it } from 'vitest';
import {
  findCounty,
  isValidCreditCode,
  JINING_COUNTIES,
  makeCreditCode,
  makeResidentId,
  maskResidentId,
  parseResidentId,
} from '../src/index.ts';

describe('GB 11643 resident ID numbers', () => {
  it('accepts the standard published example and derives birth date and gender', () => {
    const parsed = parseResidentId('11010519491231002X');
    expect(parsed).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', areaCode: '110105', birthDate: '1949-12-31', gender: 'FEMALE' },
    });
  });
  it('refuses a wrong check digit, an impossible birth date, a future birth date and a bad format', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
    expect(parseResidentId(makeResidentId('370811', '1990-02-30', 11))).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(parseResidentId(makeResidentId('370811', '2031-01-01', 11), new Date('2026-01-01'))).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(parseResidentId('37081119900101')).toEqual({ ok: false, problem: 'FORMAT' });
  });
  it('builds valid numbers whose sequence parity gives the gender, and masks them', () => {
    const male = makeResidentId('370811', '1988-07-15', 123);
    expect(parseResidentId(male)).toMatchObject({ ok: true, value: { gender: 'MALE', birthDate: '1988-07-15' } });
    expect(parseResidentId(makeResidentId('370811', '1988-07-15', 124))).toMatchObject({
      ok: true,
      value: { gender: 'FEMALE' },
    });
    expect(maskResidentId(male)).toBe(`370811********${male.slice(14)}`);
  });
});

describe('GB 32100 unified social credit codes', () => {
  it('accepts a published code and generated codes, refuses a changed one', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    const code = makeCreditCode('370811', 42);
    expect(isValidCreditCode(code)).toBe(true);
    expect(isValidCreditCode(code.slice(0, 17) + (code[17] === '0' ? '1' : '0'))).toBe(false);
  });
});

describe('Jining counties', () => {
  it('has the 11 counties and districts and 4 functional zones', () => {
    expect(JINING_COUNTIES.filter((c) => c.kind !== 'FUNCTIONAL_ZONE')).toHaveLength(11);
    expect(JINING_COUNTIES.filter((c) => c.kind === 'FUNCTIONAL_ZONE')).toHaveLength(4);
    expect(findCounty('370883')?.name).toBe('邹城市');
  });
});
