import { describe, expect, it } from 'vitest';
import {
  amendParameter,
  checkHonourQuotas,
  DEFAULT_PARAMETERS,
  honourQuotaFor,
  HONOUR_QUOTAS,
  HONOURS,
  isSkillsChampionSource,
  reportProgress,
  RuleInputError,
  TARGET_IDS,
  TARGETS,
  type TargetId,
} from '../src/index.ts';

const END_2025 = '2025-12-31';
const LATE = '2030-06-30';

describe('T1–T15 targets: planned vs achieved, with quota breaches', () => {
  it.each<[TargetId, Record<string, number>, string, number | undefined, string]>([
    // T1 一: strictly more than 30% of the employed
    ['T1', { skilled: 301, employed: 1000 }, END_2025, undefined, 'MET'],
    ['T1', { skilled: 300, employed: 1000 }, END_2025, undefined, 'IN_PROGRESS'],
    ['T1', { skilled: 300, employed: 1000 }, '2026-01-01', undefined, 'NOT_MET'],
    // T2 一: more than 320,000
    ['T2', { highSkilled: 320_001 }, LATE, undefined, 'MET'],
    ['T2', { highSkilled: 320_000 }, LATE, undefined, 'NOT_MET'],
    // T3 一: qualitative
    ['T3', {}, LATE, undefined, 'QUALITATIVE'],
    // T4 二(二): ≥ 1,000 a year
    ['T4', { technicians: 1000 }, '2026-12-31', 2026, 'MET'],
    ['T4', { technicians: 999 }, '2026-12-31', 2026, 'IN_PROGRESS'],
    ['T4', { technicians: 999 }, '2027-01-01', 2026, 'NOT_MET'],
    // T5 二(二): 力争 500 (the text has no 左右; not a quota: more is fine)
    ['T5', { apprentices: 500 }, LATE, 2025, 'MET'],
    ['T5', { apprentices: 499 }, LATE, 2025, 'NOT_MET'],
    ['T5', { apprentices: 900 }, LATE, 2025, 'MET'],
    // T6 二(三): 2 colleges, 45 majors by end 2025
    ['T6', { colleges: 2, majors: 45 }, END_2025, undefined, 'MET'],
    ['T6', { colleges: 1, majors: 45 }, '2026-01-01', undefined, 'NOT_MET'],
    // T7 二(三): 30 courses a year, a quota
    ['T7', { courses: 30 }, LATE, 2027, 'MET'],
    ['T7', { courses: 31 }, '2027-03-01', 2027, 'BREACH'],
    ['T7', { courses: 29 }, '2027-03-01', 2027, 'IN_PROGRESS'],
    // T8 二(三)
    ['T8', { integratedMajors: 20, featuredMajors: 30 }, END_2025, undefined, 'MET'],
    ['T8', { integratedMajors: 20, featuredMajors: 29 }, '2026-01-01', undefined, 'NOT_MET'],
    // T9 二(五)
    ['T9', { personTimes: 20_000 }, LATE, 2028, 'MET'],
    ['T9', { personTimes: 19_999 }, LATE, 2028, 'NOT_MET'],
    // T10 二(六): ≈ 10 studios a year (8–12), a quota
    ['T10', { studios: 8 }, LATE, 2025, 'MET'],
    ['T10', { studios: 12 }, LATE, 2025, 'MET'],
    ['T10', { studios: 13 }, LATE, 2025, 'BREACH'],
    ['T10', { studios: 7 }, LATE, 2025, 'NOT_MET'],
    // T11 二(六): ≈ 20 craftsman colleges within 3 years (through 2027-12-31)
    ['T11', { colleges: 24 }, '2027-12-31', undefined, 'MET'],
    ['T11', { colleges: 25 }, '2027-12-31', undefined, 'BREACH'],
    ['T11', { colleges: 15 }, '2027-12-31', undefined, 'IN_PROGRESS'],
    ['T11', { colleges: 15 }, '2028-01-01', undefined, 'NOT_MET'],
    // T12, T13 四(十三)
    ['T12', { competitions: 100 }, LATE, 2029, 'MET'],
    ['T12', { competitions: 99 }, LATE, 2029, 'NOT_MET'],
    ['T13', { technicalExperts: 200 }, LATE, 2029, 'MET'],
    ['T13', { technicalExperts: 500 }, LATE, 2029, 'MET'],
    // T14 五(十四): 20 chief technicians a year — above is a breach
    ['T14', { chiefTechnicians: 20 }, LATE, 2026, 'MET'],
    ['T14', { chiefTechnicians: 21 }, LATE, 2026, 'BREACH'],
    ['T14', { chiefTechnicians: 19 }, LATE, 2026, 'NOT_MET'],
    // T15 五(十四): ≈ 5 grand craftsmen (4–6), ≈ 30 craftsmen (24–36)
    ['T15', { grandCraftsmen: 6, craftsmen: 36 }, LATE, 2026, 'MET'],
    ['T15', { grandCraftsmen: 4, craftsmen: 24 }, LATE, 2026, 'MET'],
    ['T15', { grandCraftsmen: 7, craftsmen: 30 }, LATE, 2026, 'BREACH'],
    ['T15', { grandCraftsmen: 5, craftsmen: 23 }, LATE, 2026, 'NOT_MET'],
  ])('%s %j as of %s (year %s) → %s', (id, achieved, asOf, year, status) => {
    const r = reportProgress(id, year === undefined ? { asOf, achieved } : { asOf, year, achieved });
    expect(r.status).toBe(status);
    expect(r.clause).toBe(TARGETS[id].clause);
    expect(r.zh).toContain(id);
  });

  it('defines all fifteen targets', () => {
    expect(Object.keys(TARGETS)).toEqual([...TARGET_IDS]);
  });

  it('reports the ratio of T1 exactly and the ≈ bands', () => {
    expect(reportProgress('T1', { asOf: END_2025, achieved: { skilled: 1, employed: 3 } }).components[0]).toMatchObject(
      { achievedPercent: '33.33', status: 'MET' },
    );
    expect(
      reportProgress('T15', { asOf: LATE, year: 2026, achieved: { grandCraftsmen: 5, craftsmen: 30 } }).components.map(
        (c) => [c.lower, c.upper],
      ),
    ).toEqual([
      [4, 6],
      [24, 36],
    ]);
  });

  it.each([
    [() => reportProgress('T4', { asOf: LATE, year: 2024, achieved: { technicians: 1 } }), 'RULES_INVALID_NUMBER'],
    [() => reportProgress('T4', { asOf: LATE, achieved: { technicians: 1 } }), 'RULES_INVALID_NUMBER'],
    [() => reportProgress('T4', { asOf: LATE, year: 2025, achieved: { technicians: -1 } }), 'RULES_INVALID_NUMBER'],
    [
      () => reportProgress('T4', { asOf: '2025-02-30', year: 2025, achieved: { technicians: 1 } }),
      'RULES_INVALID_DATE',
    ],
    [() => reportProgress('T99' as TargetId, { asOf: LATE, achieved: {} }), 'RULES_UNKNOWN_TARGET'],
    [() => reportProgress('T1', { asOf: LATE, achieved: { skilled: 1, employed: 0 } }), 'RULES_INVALID_NUMBER'],
  ])('bad input %# → %s', (fn, code) => {
    expect(fn).toThrow(RuleInputError);
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
});

describe('H1–H4 四(十三) 五(十四) honour quotas', () => {
  it('counts handicraft craftsmen with craftsmen (H4) and flags breaches', () => {
    const r = checkHonourQuotas(
      2026,
      { TECHNICAL_EXPERT: 210, CHIEF_TECHNICIAN: 21, GRAND_CRAFTSMAN: 5, CRAFTSMAN: 25, HANDICRAFT_CRAFTSMAN: 12 },
      LATE,
    );
    expect(r.map((h) => [h.honour, h.progress.status])).toEqual([
      ['H1', 'MET'],
      ['H3', 'BREACH'],
      ['H4', 'BREACH'],
    ]);
  });

  it('is met at the quotas', () => {
    const r = checkHonourQuotas(
      2027,
      { TECHNICAL_EXPERT: 200, CHIEF_TECHNICIAN: 20, GRAND_CRAFTSMAN: 5, CRAFTSMAN: 20, HANDICRAFT_CRAFTSMAN: 10 },
      LATE,
    );
    expect(r.every((h) => h.progress.status === 'MET')).toBe(true);
  });

  it('H3, H4: the ceiling an approval counts against, per kind and year, from the dated figures and readings', () => {
    const chief = honourQuotaFor('CHIEF_TECHNICIAN', 2026)!;
    expect(chief).toMatchObject({
      id: 'T14_CHIEF_TECHNICIANS',
      honour: 'H3',
      target: 'T14',
      clause: '五(十四)',
      kinds: ['CHIEF_TECHNICIAN'],
      comparator: 'EXACTLY',
      quota: 20,
      ceiling: 20,
    });
    expect(chief.params.map((p) => p.paramId)).toEqual([
      'T14_CHIEF_TECHNICIANS_PER_YEAR',
      'READING_EXACT_QUOTA_IS_CEILING',
    ]);
    expect(chief.zh).toContain('五(十四)');
    expect(honourQuotaFor('GRAND_CRAFTSMAN', 2025)).toMatchObject({ quota: 5, ceiling: 6, comparator: 'ABOUT' });
    // 济宁工匠 and 济宁手造工匠 share one quota of about 30 (≤ 36).
    for (const kind of ['CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN'] as const)
      expect(honourQuotaFor(kind, 2029)).toMatchObject({
        id: 'T15_CRAFTSMEN',
        kinds: ['CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN'],
        quota: 30,
        ceiling: 36,
      });
    // H1 is a minimum (≥ 200) and H2 has no number: nothing caps their approvals.
    expect(honourQuotaFor('TECHNICAL_EXPERT', 2026)).toBeNull();
    expect(honourQuotaFor('SKILLS_CHAMPION', 2026)).toBeNull();
    expect(() => honourQuotaFor('CHIEF_TECHNICIAN', 2030)).toThrow(RuleInputError);
  });

  it('H3, H4: the approval ceilings agree with the breach of checkHonourQuotas (ceiling: met; one more: breach)', () => {
    for (const q of HONOUR_QUOTAS) {
      const { ceiling } = honourQuotaFor(q.kinds[0], 2027)!;
      const at = checkHonourQuotas(2027, { [q.kinds[0]]: ceiling }, LATE).find((h) => h.honour === q.honour)!;
      const over = checkHonourQuotas(2027, { [q.kinds[0]]: ceiling + 1 }, LATE).find((h) => h.honour === q.honour)!;
      expect(at.progress.components.find((c) => c.key === q.component)!.status, q.id).not.toBe('BREACH');
      expect(over.progress.components.find((c) => c.key === q.component)!.status, q.id).toBe('BREACH');
      expect(HONOURS[q.honour].kinds).toEqual(expect.arrayContaining([...q.kinds]));
    }
  });

  it('H3: switching the exact-quota reading off leaves 首席技师 uncapped', () => {
    const set = amendParameter(DEFAULT_PARAMETERS, 'READING_EXACT_QUOTA_IS_CEILING', {
      value: false,
      validFrom: '2027-01-01',
      source: 'test',
    });
    expect(honourQuotaFor('CHIEF_TECHNICIAN', 2026, set)?.ceiling).toBe(20);
    expect(honourQuotaFor('CHIEF_TECHNICIAN', 2027, set)).toBeNull();
  });

  it('H2: 技能状元 come from city category-1 and provincial-or-higher competitions', () => {
    expect(
      (['WORLD', 'NATIONAL', 'PROVINCIAL', 'CITY_CATEGORY_1', 'CITY_CATEGORY_2'] as const).filter((t) =>
        isSkillsChampionSource(t),
      ),
    ).toEqual(['WORLD', 'NATIONAL', 'PROVINCIAL', 'CITY_CATEGORY_1']);
  });
});
