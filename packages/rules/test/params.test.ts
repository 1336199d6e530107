import { describe, expect, it } from 'vitest';
import {
  amendParameter,
  assess,
  CLAUSES,
  DEFAULT_PARAMETERS,
  listParameters,
  READINGS,
  RuleInputError,
  valueAt,
} from '../src/index.ts';
import * as fx from './fixtures.ts';

/** Every figure of the text, as it reads there (元 → 分 ×100; 万元 → 分 ×1,000,000). */
const FIGURES: [string, unknown, string][] = [
  ['T1_SKILLED_SHARE_MIN_PERCENT', 30, '一'],
  ['T2_HIGH_SKILLED_MIN_TOTAL', 320_000, '一'],
  ['T1_T2_DEADLINE', '2025-12-31', '一'],
  ['T3_BY_YEAR', 2029, '一'],
  ['R1_TECHNICIAN_FEN', 2000_00, '二(二)'],
  ['R1_SENIOR_TECHNICIAN_FEN', 3000_00, '二(二)'],
  ['R1_PRINCIPAL_TECHNICIAN_FEN', 5000_00, '二(二)'],
  [
    'R1_SPLIT',
    [
      { payer: 'CITY', parts: 5 },
      { payer: 'COUNTY', parts: 5 },
    ],
    '二(二)',
  ],
  ['R2_RATE_MIN_FEN', 4000_00, '二(二)'],
  ['R2_RATE_MAX_FEN', 6000_00, '二(二)'],
  ['R2_MAX_YEARS', 2, '二(二)'],
  ['R2_SPLIT', [{ payer: 'COUNTY', parts: 1 }], '二(二)'],
  ['T4_TECHNICIANS_PER_YEAR', 1000, '二(二)'],
  ['T5_APPRENTICES_PER_YEAR', 500, '二(二)'],
  ['R3_NATIONAL_MAJOR_MAX_FEN', 50 * 1_000_000, '二(三)'],
  ['R3_PROVINCIAL_MAJOR_MAX_FEN', 20 * 1_000_000, '二(三)'],
  ['R3_COLLEGE_YEARLY_CAP_FEN', 100 * 1_000_000, '二(三)'],
  ['R3_SPLIT', [{ payer: 'CITY', parts: 1 }], '二(三)'],
  ['T6_HIGH_LEVEL_COLLEGES', 2, '二(三)'],
  ['T6_HIGH_LEVEL_MAJORS', 45, '二(三)'],
  ['T7_QUALITY_COURSES_PER_YEAR', 30, '二(三)'],
  ['T8_INTEGRATED_MAJORS', 20, '二(三)'],
  ['T8_FEATURED_MAJORS', 30, '二(三)'],
  ['T6_T8_DEADLINE', '2025-12-31', '二(三)'],
  ['R4_CREDIT_PERCENT', 30, '二(四)'],
  ['R4_SPLIT', [{ payer: 'TAX', parts: 1 }], '二(四)'],
  ['R5_TOP_BAND_MIN_HIRES', 100, '二(四)'],
  ['R5_LOW_BAND_MIN_HIRES', 50, '二(四)'],
  ['R5_TOP_BAND_FEN', 1_0000_00, '二(四)'],
  ['R5_LOW_BAND_FEN', 5000_00, '二(四)'],
  ['R5_MIN_CONTRACT_YEARS', 3, '二(四)'],
  [
    'R5_SPLIT',
    [
      { payer: 'CITY', parts: 5 },
      { payer: 'COUNTY', parts: 5 },
    ],
    '二(四)',
  ],
  ['T9_SUBSIDISED_TRAINING_PER_YEAR', 20_000, '二(五)'],
  ['R7_CITY_STUDIO_FEN', 5 * 1_000_000, '二(六)'],
  ['R8_NATIONAL_STUDIO_FEN', 50 * 1_000_000, '二(六)'],
  ['R8_QILU_STATION_FEN', 30 * 1_000_000, '二(六)'],
  ['R8_PROVINCIAL_WORKSTATION_FEN', 30 * 1_000_000, '二(六)'],
  ['R7_R8_SPLIT', [{ payer: 'CITY', parts: 1 }], '二(六)'],
  ['R9_CRAFTSMAN_COLLEGE_FEN', 20 * 1_000_000, '二(六)'],
  ['R9_SPLIT', [{ payer: 'UNION', parts: 1 }], '二(六)'],
  ['T10_CITY_STUDIOS_PER_YEAR', 10, '二(六)'],
  ['T11_CRAFTSMAN_COLLEGES', 20, '二(六)'],
  ['T11_WITHIN_YEARS', 3, '二(六)'],
  [
    'E1_TECHNICAL_SCHOOL_EQUIVALENCE',
    { INTERMEDIATE_CLASS: 'SECONDARY_VOCATIONAL', SENIOR_CLASS: 'ASSOCIATE', PRE_TECHNICIAN_CLASS: 'BACHELOR' },
    '三(七)',
  ],
  ['E3_SOE_WAGE_GROWTH_RULE', 'HIGH_SKILLED_AT_LEAST_MANAGERS', '三(八)'],
  ['R10_WORLDSKILLS_GOLD_FEN', 100 * 1_000_000, '三(九)'],
  ['R10_WORLDSKILLS_SILVER_FEN', 50 * 1_000_000, '三(九)'],
  ['R10_WORLDSKILLS_BRONZE_FEN', 20 * 1_000_000, '三(九)'],
  ['R11_UNIT_PER_WINNER_FEN', 20 * 1_000_000, '三(九)'],
  ['R12_CHINA_SKILLS_GRAND_AWARD_FEN', 50 * 1_000_000, '三(九)'],
  ['R12_NATIONAL_TECHNICAL_EXPERT_FEN', 20 * 1_000_000, '三(九)'],
  ['R13_UNIT_PER_WINNER_FEN', 10 * 1_000_000, '三(九)'],
  ['R10_R13_SPLIT', [{ payer: 'CITY', parts: 1 }], '三(九)'],
  ['R14_FIRST_PRIZE_MAX_FEN', 30 * 1_000_000, '三(九)'],
  ['R14_SECOND_PRIZE_MAX_FEN', 20 * 1_000_000, '三(九)'],
  ['R14_THIRD_PRIZE_MAX_FEN', 15 * 1_000_000, '三(九)'],
  ['R14_SPLIT', [{ payer: 'CITY', parts: 1 }], '三(九)'],
  ['R15_MAX_AGE', 35, '三(九)'],
  ['R15_ANNUAL_FEN', 1_2000_00, '三(九)'],
  ['R16_MAX_AGE', 30, '三(九)'],
  ['R16_ANNUAL_FEN', 6000_00, '三(九)'],
  ['R15_R16_MAX_YEARS', 3, '三(九)'],
  ['R15_R16_SPLIT', [{ payer: 'COUNTY', parts: 1 }], '三(九)'],
  ['T12_CITY_COMPETITIONS_PER_YEAR', 100, '四(十三)'],
  ['T13_TECHNICAL_EXPERTS_PER_YEAR', 200, '四(十三)'],
  ['H2_CHAMPION_SOURCE_TIERS', ['CITY_CATEGORY_1', 'PROVINCIAL', 'NATIONAL', 'WORLD'], '四(十三)'],
  ['T14_CHIEF_TECHNICIANS_PER_YEAR', 20, '五(十四)'],
  ['T15_GRAND_CRAFTSMEN_PER_YEAR', 5, '五(十四)'],
  ['T15_CRAFTSMEN_PER_YEAR', 30, '五(十四)'],
  ['FRONTLINE_EDUCATION_FUND_MIN_PERCENT', 60, '六'],
];

describe('parameters: every figure of 济人社发〔2024〕9号 as a dated parameter', () => {
  it.each(FIGURES)('%s = %j (%s)', (id, value, clause) => {
    const p = (
      DEFAULT_PARAMETERS as Record<
        string,
        {
          kind: string;
          clause: string;
          versions: readonly { value: unknown; validFrom: string; validUntil: string | null }[];
        }
      >
    )[id]!;
    expect(p.kind).toBe('FIGURE');
    expect(p.clause).toBe(clause);
    expect(p.versions).toHaveLength(1);
    expect(p.versions[0]!.value).toEqual(value);
    expect(p.versions[0]!.validFrom).toBe('2025-01-01');
    expect(p.versions[0]!.validUntil).toBe('2030-01-01');
  });

  it('lists every figure in the table above (nothing untested)', () => {
    const figures = listParameters().filter((p) => p.kind === 'FIGURE' && p.clause !== '末段');
    expect(figures.map((p) => p.id).sort()).toEqual(FIGURES.map(([id]) => id).sort());
  });

  it('has the validity window and issue date from the closing paragraph', () => {
    expect(DEFAULT_PARAMETERS.POLICY_WINDOW.versions[0]!.value).toEqual({
      from: '2025-01-01',
      through: '2029-12-31',
      until: '2030-01-01',
    });
    expect(DEFAULT_PARAMETERS.POLICY_ISSUE_DATE.versions[0]!.value).toBe('2024-12-01');
  });

  it('gives every parameter a unit, a known clause, Chinese and English descriptions, and contiguous versions covering the window', () => {
    for (const p of listParameters()) {
      expect(CLAUSES).toContain(p.clause);
      expect(p.unit).toBeTruthy();
      expect(p.zh.length).toBeGreaterThan(4);
      expect(p.en.length).toBeGreaterThan(4);
      expect(p.versions[0]!.validFrom <= '2025-01-01').toBe(true);
      for (let i = 1; i < p.versions.length; i++) expect(p.versions[i]!.validFrom).toBe(p.versions[i - 1]!.validUntil);
      const last = p.versions.at(-1)!;
      expect(last.validUntil === null || last.validUntil >= '2030-01-01').toBe(true);
      for (const d of ['2025-01-01', '2027-06-15', '2029-12-31']) expect(valueAt(p, d).paramId).toBe(p.id);
    }
  });

  it('documents the readings as named READING_ parameters', () => {
    const readings = Object.values(READINGS);
    expect(readings.length).toBeGreaterThanOrEqual(20);
    for (const r of readings) {
      expect(r.kind).toBe('READING');
      expect(r.id.startsWith('READING_')).toBe(true);
    }
    // The readings docs/policy/reading.md marks with **Reading:**.
    for (const id of [
      'READING_COUNTY_PAYER',
      'READING_R4_CARRY_FORWARD',
      'READING_R5_BOUNDARY_100',
      'READING_R8_AMOUNTS',
      'READING_E2_TITLE_MAP',
      'READING_STACKING_KEY',
      'READING_STACKING_TOP_UP',
    ]) {
      expect(READINGS).toHaveProperty(id);
    }
  });
});

describe('parameters: a later amendment is a new dated value, rule code untouched', () => {
  const amended = amendParameter(DEFAULT_PARAMETERS, 'R1_TECHNICIAN_FEN', {
    value: 250_000,
    validFrom: '2027-01-01',
    source: '济人社发〔2026〕X号（示例）',
  });

  it('splits the versions at the amendment date', () => {
    expect(amended.R1_TECHNICIAN_FEN.versions.map((v) => [v.value, v.validFrom, v.validUntil, v.source])).toEqual([
      [200_000, '2025-01-01', '2027-01-01', '济人社发〔2024〕9号'],
      [250_000, '2027-01-01', '2030-01-01', '济人社发〔2026〕X号（示例）'],
    ]);
    expect(DEFAULT_PARAMETERS.R1_TECHNICIAN_FEN.versions).toHaveLength(1);
  });

  it.each([
    ['2026-12-31', 200_000, '2025-01-01'],
    ['2027-01-01', 250_000, '2027-01-01'],
  ])('a certificate of %s gets %i fen under the version from %s', (certificateDate, amount, from) => {
    const g = assess({ ...fx.certificate, certificateDate }, { parameters: amended }).grants[0]!;
    expect(g.amountFen).toBe(amount);
    expect(g.parameterVersions[0]!.validFrom).toBe(from);
  });

  it('stacks amendments', () => {
    const twice = amendParameter(amended, 'R1_TECHNICIAN_FEN', {
      value: 260_000,
      validFrom: '2028-01-01',
      source: 'B',
    });
    expect(twice.R1_TECHNICIAN_FEN.versions.map((v) => v.value)).toEqual([200_000, 250_000, 260_000]);
    const earlier = amendParameter(twice, 'R1_TECHNICIAN_FEN', {
      value: 210_000,
      validFrom: '2026-01-01',
      source: 'C',
    });
    expect(earlier.R1_TECHNICIAN_FEN.versions.map((v) => [v.value, v.validFrom, v.validUntil])).toEqual([
      [200_000, '2025-01-01', '2026-01-01'],
      [210_000, '2026-01-01', '2030-01-01'],
    ]);
  });

  it('may replace a value from the first day (a correction)', () => {
    const fixed = amendParameter(DEFAULT_PARAMETERS, 'R1_TECHNICIAN_FEN', {
      value: 1,
      validFrom: '2025-01-01',
      source: 'x',
    });
    expect(fixed.R1_TECHNICIAN_FEN.versions.map((v) => [v.value, v.validFrom, v.validUntil])).toEqual([
      [1, '2025-01-01', '2030-01-01'],
    ]);
  });

  it.each([['2024-06-01'], ['2030-01-01']])(
    'refuses an amendment dated %s outside the parameter’s span',
    (validFrom) => {
      expect(() =>
        amendParameter(DEFAULT_PARAMETERS, 'R1_TECHNICIAN_FEN', { value: 1, validFrom, source: 'x' }),
      ).toThrow(RuleInputError);
    },
  );

  it('refuses an impossible amendment date', () => {
    expect(() =>
      amendParameter(DEFAULT_PARAMETERS, 'R1_TECHNICIAN_FEN', { value: 1, validFrom: '2026-02-30', source: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'RULES_INVALID_DATE' }));
  });
});
