/**
 * A small seeded generator for property tests (no fast-check): mulberry32, plus builders of random
 * but well-formed facts of every kind. Failures print the seed, and the same seed replays the case.
 */
import {
  COMPETITION_STAGES,
  COMPETITION_TIERS,
  COUNTIES,
  GRADUATE_PROGRAMMES,
  makeDate,
  daysInMonth,
  SKILL_AWARDS,
  SKILL_LEVELS,
  STUDIO_LEVELS,
  TALENT_ROUTES,
  type Fact,
} from '../src/index.ts';
import * as fx from './fixtures.ts';

export class Rng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  bool(pTrue = 0.8): boolean {
    return this.next() < pTrue;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  /** Dates from 2023 to 2031, with the window edges much more likely than their share. */
  date(fromYear = 2023, toYear = 2031): string {
    if (this.next() < 0.15) return this.pick(['2024-12-31', '2025-01-01', '2029-12-31', '2030-01-01', '2028-02-29']);
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    return makeDate(y, m, this.int(1, daysInMonth(y, m)));
  }
  fen(max: number): number {
    const r = this.next();
    if (r < 0.05) return 0;
    if (r < 0.1) return max;
    return this.int(0, max);
  }
}

const counties = COUNTIES.map((c) => c.code);

export function randomFact(r: Rng): Fact {
  const county = r.pick(counties);
  switch (r.int(0, 10)) {
    case 0:
      return {
        ...fx.certificate,
        personId: `P${r.int(1, 50)}`,
        level: r.pick(SKILL_LEVELS),
        certificateDate: r.date(),
        newlyObtained: r.bool(),
        employerIsEnterprise: r.bool(),
        countyCode: county,
      };
    case 1:
      return {
        ...fx.apprenticeship,
        apprenticeshipStartDate: r.date(),
        yearNumber: r.int(1, 4),
        countyRateFen: r.int(400_000, 600_000),
        newTypeApprenticeship: r.bool(),
        countyCode: county,
      };
    case 2: {
      const fact = {
        ...fx.collegeMajor,
        level: r.pick(['NATIONAL', 'PROVINCIAL'] as const),
        approvalDate: r.date(),
        collegeInCity: r.bool(),
        awardedThisYearFen: r.fen(120_000_000),
      };
      return r.bool(0.5) ? { ...fact, decidedFen: r.fen(60_000_000) } : fact;
    }
    case 3:
      return {
        ...fx.educationInvestment,
        taxYear: r.int(2023, 2031),
        investmentFen: r.fen(1e12),
        surchargeDueFen: r.fen(1e11),
        carriedForwardFen: r.fen(1e10),
        pilotEnterprise: r.bool(),
      };
    case 4: {
      const year = r.int(2023, 2031);
      const n = r.pick([0, 1, 49, 50, 51, 99, 100, 101, r.int(0, 160)]);
      return {
        ...fx.orderClass,
        year,
        countyCode: county,
        keyEnterpriseOrProject: r.bool(0.9),
        cityCollegeAgreement: r.bool(0.9),
        hires: Array.from({ length: n }, (_, i) => ({
          personId: `G${i}`,
          hireDate: r.bool(0.95) ? makeDate(year, r.int(1, 12), r.int(1, 28)) : r.date(),
          fullTime: r.bool(0.97),
          programme: r.pick(GRADUATE_PROGRAMMES),
          fullTimeProgramme: r.bool(0.97),
          contractYears: r.int(1, 6),
        })),
      };
    }
    case 5:
      return {
        ...fx.training,
        catalogueCode: r.pick(['EX-WELDER-L4', 'EX-START-UP', 'EX-GOLD-BLUE', 'UNKNOWN']),
        completionDate: r.date(),
        birthDate: r.date(1950, 2015),
        reachedRetirementAge: r.bool(0.1),
        wantsEmploymentOrBusiness: r.bool(0.9),
        certificateObtained: r.bool(0.8),
        countyCode: county,
      };
    case 6:
      return { ...fx.studio, level: r.pick(STUDIO_LEVELS), approvalDate: r.date(), newlyApproved: r.bool() };
    case 7:
      return { ...fx.craftsmanCollege, establishedDate: r.date(), cityLevel: r.bool(), newlyBuilt: r.bool() };
    case 8: {
      const fact = {
        ...fx.medal,
        award: r.pick(SKILL_AWARDS),
        winner: { kind: r.pick(['PERSON', 'TEAM'] as const), id: `W${r.int(1, 9)}` },
        awardDate: r.date(),
        route: r.pick(TALENT_ROUTES),
      };
      return r.bool(0.5) ? { ...fact, rolePercent: r.int(1, 100) } : fact;
    }
    case 9: {
      const fact = {
        ...fx.competitionPrize,
        tier: r.pick(COMPETITION_TIERS),
        stage: r.pick(COMPETITION_STAGES),
        prize: r.pick([1, 2, 3] as const),
        awardDate: r.date(),
        vocationalCollege: r.bool(),
      };
      return r.bool(0.3) ? { ...fact, decidedFen: r.fen(40_000_000) } : fact;
    }
    default:
      return {
        ...fx.graduateHire,
        birthDate: r.date(1985, 2008),
        hireDate: r.date(),
        yearNumber: r.int(1, 5),
        programme: r.pick(GRADUATE_PROGRAMMES),
        climbingEnterprise: r.bool(0.5),
        socialInsurancePaid: r.bool(0.9),
        countyCode: county,
      };
  }
}

/** The date(s) a fact is judged on for the window. */
export function eventDates(f: Fact): string[] {
  switch (f.kind) {
    case 'TECHNICIAN_CERTIFICATE':
      return [f.certificateDate];
    case 'APPRENTICESHIP_YEAR':
      return [];
    case 'COLLEGE_MAJOR':
      return [f.approvalDate];
    case 'EDUCATION_INVESTMENT':
      return [`${f.taxYear}-01-01`, `${f.taxYear}-12-31`];
    case 'ORDER_CLASS_HIRING':
      return [`${f.year}-01-01`, `${f.year}-12-31`];
    case 'SUBSIDISED_TRAINING':
      return [f.completionDate];
    case 'STUDIO':
      return [f.approvalDate];
    case 'CRAFTSMAN_COLLEGE':
      return [f.establishedDate];
    case 'MEDAL_OR_HONOUR':
      return [f.awardDate];
    case 'COLLEGE_COMPETITION_PRIZE':
      return [f.awardDate];
    case 'GRADUATE_HIRING_YEAR':
      return [f.hireDate];
  }
}
