import { describe, expect, it } from 'vitest';
import { assess, explain } from '../src/index.ts';

describe('explain: what is stored beside a grant (docs/architecture.md decision trace)', () => {
  it('R1 二(二): the steps in Chinese and the dated parameter versions, as plain JSON', () => {
    const decision = assess({
      kind: 'TECHNICIAN_CERTIFICATE',
      personId: 'P-1',
      certificateId: 'C-1',
      level: 'TECHNICIAN',
      certificateDate: '2025-06-01',
      newlyObtained: true,
      employerId: 'E-1',
      employerIsEnterprise: true,
      countyCode: '370811',
    });
    const grant = decision.grants[0]!;
    const explanation = explain(decision, grant);
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
    expect(explanation.steps.length).toBeGreaterThan(1);
    for (const step of explanation.steps) {
      expect(step.sentenceZh).toMatch(/[\u4e00-\u9fa5]/);
      expect(step.clause).toBeTruthy();
    }
    expect(explanation.parameters.length).toBeGreaterThan(0);
    for (const p of explanation.parameters)
      expect(p).toMatchObject({ clause: expect.any(String), validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(explanation.parameters.some((p) => JSON.stringify(p.value).includes(String(grant.amountFen)))).toBe(true);
  });

  it('turns bigint values into decimal strings', () => {
    const decision = assess({
      kind: 'EDUCATION_INVESTMENT',
      enterpriseId: 'E-9',
      pilotEnterprise: true,
      taxYear: 2026,
      investmentFen: 9_000_000_000_000,
      surchargeDueFen: 1_000_000,
      carriedForwardFen: 0,
    });
    expect(decision.grants.length).toBe(1);
    expect(() => JSON.stringify(explain(decision, decision.grants[0]))).not.toThrow();
  });
});
