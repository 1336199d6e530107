import { describe, expect, it } from 'vitest';
import { assess, isWithinPolicyWindow, POLICY_WINDOW, type Fact } from '../src/index.ts';
import * as fx from './fixtures.ts';

const ctx = { trainingCatalogue: fx.exampleCatalogue };

/** Each kind with its event date set to d (the field that the window is judged on). */
const dated: Record<string, (d: string) => Fact> = {
  TECHNICIAN_CERTIFICATE: (d) => ({ ...fx.certificate, certificateDate: d }),
  APPRENTICESHIP_YEAR: (d) => ({ ...fx.apprenticeship, apprenticeshipStartDate: d }),
  COLLEGE_MAJOR: (d) => ({ ...fx.collegeMajor, approvalDate: d }),
  SUBSIDISED_TRAINING: (d) => ({ ...fx.training, completionDate: d }),
  STUDIO: (d) => ({ ...fx.studio, approvalDate: d }),
  CRAFTSMAN_COLLEGE: (d) => ({ ...fx.craftsmanCollege, establishedDate: d }),
  MEDAL_OR_HONOUR: (d) => ({ ...fx.medal, awardDate: d }),
  COLLEGE_COMPETITION_PRIZE: (d) => ({ ...fx.competitionPrize, awardDate: d }),
  GRADUATE_HIRING_YEAR: (d) => ({ ...fx.graduateHire, hireDate: d }),
};

describe('末段 validity window 2025-01-01 … 2029-12-31', () => {
  it('is the parameter POLICY_WINDOW', () => {
    expect(POLICY_WINDOW).toEqual({ from: '2025-01-01', through: '2029-12-31', until: '2030-01-01' });
  });

  it.each([
    ['2024-12-31', false],
    ['2025-01-01', true],
    ['2029-12-31', true],
    ['2030-01-01', false],
  ])('isWithinPolicyWindow(%s) = %s', (date, inside) => {
    expect(isWithinPolicyWindow(date)).toBe(inside);
  });

  const edges = [
    ['2024-12-31', false],
    ['2025-01-01', true],
    ['2029-12-31', true],
    ['2030-01-01', false],
  ] as const;
  for (const [kind, make] of Object.entries(dated)) {
    it.each(edges)(`${kind} dated %s → eligible %s`, (date, inside) => {
      const d = assess(make(date), ctx);
      expect(d.eligible).toBe(inside);
      expect(d.grants.length > 0).toBe(inside);
      if (!inside) expect(d.reasons.map((r) => r.code)).toContain('OUTSIDE_POLICY_WINDOW');
    });
  }

  it.each([
    [2024, false],
    [2025, true],
    [2029, true],
    [2030, false],
  ])('year-long facts (R4 tax year, R5 hiring year) %i → eligible %s', (year, inside) => {
    expect(assess({ ...fx.educationInvestment, taxYear: year }).eligible).toBe(inside);
    expect(assess({ ...fx.orderClass, year, hires: fx.hires(60, { hireDate: `${year}-07-01` }) }).eligible).toBe(
      inside,
    );
  });
});
