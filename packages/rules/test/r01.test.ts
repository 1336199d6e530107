import { describe, expect, it } from 'vitest';
import { assess, type SkillLevel } from '../src/index.ts';
import * as fx from './fixtures.ts';

describe('R1 二(二) one-time subsidy for newly certified technicians', () => {
  it.each<[SkillLevel, number | null]>([
    ['APPRENTICE', null],
    ['ELEMENTARY', null],
    ['INTERMEDIATE', null],
    ['SENIOR', null],
    ['TECHNICIAN', 200_000],
    ['SENIOR_TECHNICIAN', 300_000],
    ['PRINCIPAL_TECHNICIAN', 500_000],
    ['CHIEF_TECHNICIAN', null],
  ])('%s → %s fen', (level, amount) => {
    const d = assess({ ...fx.certificate, level });
    if (amount === null) {
      expect(d.eligible).toBe(false);
      expect(d.reasons.map((r) => r.code)).toEqual(['LEVEL_NOT_SUBSIDISED']);
    } else {
      expect(d.grants).toHaveLength(1);
      expect(d.grants[0]!.amountFen).toBe(amount);
    }
  });

  it('is split 5:5 between city and county, with the county of the employer', () => {
    const g = assess({ ...fx.certificate, level: 'SENIOR_TECHNICIAN', countyCode: '370830' }).grants[0]!;
    expect(g.shares).toEqual([
      { payer: 'CITY', amountFen: 150_000 },
      { payer: 'COUNTY', amountFen: 150_000 },
    ]);
    expect(g.countyCode).toBe('370830');
    expect(g.clause).toBe('二(二)');
    expect(g.ruleId).toBe('R1');
    expect(g.parameterVersions.map((p) => p.paramId)).toEqual(['R1_SENIOR_TECHNICIAN_FEN', 'R1_SPLIT']);
  });

  it.each([
    [{ employerIsEnterprise: false }, ['NOT_ENTERPRISE_EMPLOYEE']],
    [{ newlyObtained: false }, ['NOT_NEWLY_OBTAINED']],
    [
      { employerIsEnterprise: false, newlyObtained: false, level: 'SENIOR' },
      ['NOT_ENTERPRISE_EMPLOYEE', 'LEVEL_NOT_SUBSIDISED', 'NOT_NEWLY_OBTAINED'],
    ],
  ])('refuses %j with every reason', (fields, codes) => {
    const d = assess(fx.withFields(fx.certificate, fields));
    expect(d.eligible).toBe(false);
    expect(d.grants).toEqual([]);
    expect(d.reasons.map((r) => r.code)).toEqual(codes);
    expect(d.reasons.every((r) => r.ruleId === 'R1' && r.clause === '二(二)')).toBe(true);
  });

  it('keys the benefit by person and level: once per person per level, whatever the certificate', () => {
    const a = assess({ ...fx.certificate, certificateId: 'X-1' }).grants[0]!;
    const b = assess({ ...fx.certificate, certificateId: 'X-2', certificateDate: '2027-03-03' }).grants[0]!;
    const c = assess({ ...fx.certificate, level: 'SENIOR_TECHNICIAN' }).grants[0]!;
    expect(a.benefitKey).toBe(b.benefitKey);
    expect(a.benefitKey).not.toBe(c.benefitKey);
    expect(a.benefitKey).toBe('PERSON:P-0001|SKILL_CERTIFICATE_SUBSIDY|TECHNICIAN');
  });

  it('explains itself in Chinese, citing parameters with their dates and clauses', () => {
    const d = assess(fx.certificate);
    const sentences = d.trace.map((s) => s.sentenceZh);
    expect(sentences[0]).toBe('取证日期 2025-06-01 在政策有效期（2025-01-01 至 2029-12-31）内。');
    expect(sentences).toContain('新取得技师，一次性补贴标准为每人2,000元。');
    // Plain Chinese for staff: no rule id or parameter code in the sentence (the parameter is in the step's params).
    expect(sentences.at(-1)).toBe('应发2,000元，由市财政1,000元、县（市、区）财政1,000元分担。');
    const json = JSON.parse(JSON.stringify(d)) as {
      trace: { params: { id: string; validFrom: string; clause: string; value: unknown }[] }[];
    };
    const level = json.trace.find((s) => s.params.some((p) => p.id === 'R1_TECHNICIAN_FEN'))!;
    expect(level.params[0]).toMatchObject({
      id: 'R1_TECHNICIAN_FEN',
      value: 200_000,
      validFrom: '2025-01-01',
      clause: '二(二)',
    });
  });
});
