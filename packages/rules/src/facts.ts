import type { CountyCode } from './counties.ts';
import type { IsoDate } from './dates.ts';
import type { SkillLevel } from './ladder.ts';
import type { Fen } from './money.ts';
import type {
  CompetitionStage,
  CompetitionTier,
  GraduateProgramme,
  SkillAward,
  StudioLevel,
  TalentRoute,
} from './vocabulary/policy-words.ts';

/**
 * What happened, as the platform records it. One kind per money rule (or pair of rules).
 * Booleans state conditions that other systems establish (an enterprise's status, a payroll record);
 * the rules decide, the facts only report.
 */

/** R1 二(二). */
export interface TechnicianCertificateFact {
  readonly kind: 'TECHNICIAN_CERTIFICATE';
  readonly personId: string;
  readonly certificateId: string;
  readonly level: SkillLevel;
  readonly certificateDate: IsoDate;
  /** 新取得: the person's first certificate at this level (not a renewal or re-issue). */
  readonly newlyObtained: boolean;
  readonly employerId: string;
  readonly employerIsEnterprise: boolean;
  /** Where the employer is registered: the COUNTY payer. */
  readonly countyCode: CountyCode;
}

/** R2 二(二): one subsidised training year of one apprentice. */
export interface ApprenticeshipYearFact {
  readonly kind: 'APPRENTICESHIP_YEAR';
  readonly enterpriseId: string;
  readonly apprenticeId: string;
  /** 招工即招生、入企即入校、企校双师联合培养. */
  readonly newTypeApprenticeship: boolean;
  readonly apprenticeshipStartDate: IsoDate;
  /** 1 = the first year from the start date. */
  readonly yearNumber: number;
  /** The rate the county set, inside 4,000–6,000 yuan. */
  readonly countyRateFen: Fen;
  readonly countyCode: CountyCode;
}

/** R3 二(三). */
export interface CollegeMajorFact {
  readonly kind: 'COLLEGE_MAJOR';
  readonly collegeId: string;
  readonly collegeInCity: boolean;
  readonly majorId: string;
  readonly level: 'NATIONAL' | 'PROVINCIAL';
  readonly approvalDate: IsoDate;
  /** The amount the review decided; absent = the maximum. */
  readonly decidedFen?: Fen;
  /** R3 awards already granted to this college in the calendar year of approvalDate. */
  readonly awardedThisYearFen?: Fen;
}

/** R4 二(四): one enterprise's tax year. */
export interface EducationInvestmentFact {
  readonly kind: 'EDUCATION_INVESTMENT';
  readonly enterpriseId: string;
  readonly pilotEnterprise: boolean;
  readonly taxYear: number;
  /** Investment in vocational education made in taxYear. */
  readonly investmentFen: Fen;
  /** 教育费附加 + 地方教育附加 due for taxYear. */
  readonly surchargeDueFen: Fen;
  /** Unused credit carried from earlier years. */
  readonly carriedForwardFen?: Fen;
}

/** One full-time hire counted for R5. */
export interface OrderClassHire {
  readonly personId: string;
  readonly hireDate: IsoDate;
  readonly fullTime: boolean;
  readonly programme: GraduateProgramme;
  readonly fullTimeProgramme: boolean;
  readonly contractYears: number;
}

/** R5 二(四): one enterprise's order-class hires in one calendar year. */
export interface OrderClassHiringFact {
  readonly kind: 'ORDER_CLASS_HIRING';
  readonly enterpriseId: string;
  readonly year: number;
  readonly keyEnterpriseOrProject: boolean;
  /** 与市属高校（含市技师学院）联合订单式培养. */
  readonly cityCollegeAgreement: boolean;
  readonly hires: readonly OrderClassHire[];
  readonly countyCode: CountyCode;
}

/** R6 二(五). */
export interface SubsidisedTrainingFact {
  readonly kind: 'SUBSIDISED_TRAINING';
  readonly recordId: string;
  readonly personId: string;
  readonly catalogueCode: string;
  readonly completionDate: IsoDate;
  readonly birthDate: IsoDate;
  /** Statutory retirement age depends on sex, birth month and post: the caller states it. */
  readonly reachedRetirementAge: boolean;
  readonly wantsEmploymentOrBusiness: boolean;
  readonly certificateObtained: boolean;
  /** Needed when the catalogue item has a COUNTY share. */
  readonly countyCode?: CountyCode;
}

/** R7 / R8 二(六). */
export interface StudioFact {
  readonly kind: 'STUDIO';
  readonly studioId: string;
  readonly hostUnitId: string;
  readonly level: StudioLevel;
  readonly approvalDate: IsoDate;
  /** 新遴选 / 新获批. */
  readonly newlyApproved: boolean;
}

/** R9 二(六). */
export interface CraftsmanCollegeFact {
  readonly kind: 'CRAFTSMAN_COLLEGE';
  readonly collegeId: string;
  readonly hostUnitId: string;
  readonly cityLevel: boolean;
  readonly newlyBuilt: boolean;
  readonly establishedDate: IsoDate;
}

/** R10–R13 三(九): the individual's (or team's) award and the unit award beside it. */
export interface MedalOrHonourFact {
  readonly kind: 'MEDAL_OR_HONOUR';
  readonly award: SkillAward;
  readonly winner: { readonly kind: 'PERSON' | 'TEAM'; readonly id: string };
  readonly awardDate: IsoDate;
  readonly route: TalentRoute;
  /** 引才或培养单位. */
  readonly unitId?: string;
  /** 根据作用发挥情况: 1–100, default 100 (R10 only). */
  readonly rolePercent?: number;
  /** Links two awards for the same achievement (e.g. a WorldSkills gold and the 全国技术能手 title it earned). */
  readonly achievementId?: string;
}

/** R14 三(九). */
export interface CollegeCompetitionPrizeFact {
  readonly kind: 'COLLEGE_COMPETITION_PRIZE';
  readonly collegeId: string;
  readonly vocationalCollege: boolean;
  readonly tier: CompetitionTier;
  readonly stage: CompetitionStage;
  readonly prize: 1 | 2 | 3;
  readonly eventId: string;
  /** The student or team entry: a ranking-round prize and a final prize of one entry are one benefit. */
  readonly entryId: string;
  readonly awardDate: IsoDate;
  readonly decidedFen?: Fen;
}

/** R15 / R16 三(九): one subsidised year of one hire. */
export interface GraduateHiringYearFact {
  readonly kind: 'GRADUATE_HIRING_YEAR';
  readonly enterpriseId: string;
  readonly climbingEnterprise: boolean;
  readonly personId: string;
  readonly birthDate: IsoDate;
  readonly hireDate: IsoDate;
  readonly newFullTimeHire: boolean;
  readonly vocationalCollegeGraduate: boolean;
  readonly fullTimeProgramme: boolean;
  readonly programme: GraduateProgramme;
  readonly socialInsurancePaid: boolean;
  /** 1 = the first year from the hire date. */
  readonly yearNumber: number;
  readonly countyCode: CountyCode;
}

export type Fact =
  | TechnicianCertificateFact
  | ApprenticeshipYearFact
  | CollegeMajorFact
  | EducationInvestmentFact
  | OrderClassHiringFact
  | SubsidisedTrainingFact
  | StudioFact
  | CraftsmanCollegeFact
  | MedalOrHonourFact
  | CollegeCompetitionPrizeFact
  | GraduateHiringYearFact;

export type FactKind = Fact['kind'];

export const FACT_KINDS = [
  'TECHNICIAN_CERTIFICATE',
  'APPRENTICESHIP_YEAR',
  'COLLEGE_MAJOR',
  'EDUCATION_INVESTMENT',
  'ORDER_CLASS_HIRING',
  'SUBSIDISED_TRAINING',
  'STUDIO',
  'CRAFTSMAN_COLLEGE',
  'MEDAL_OR_HONOUR',
  'COLLEGE_COMPETITION_PRIZE',
  'GRADUATE_HIRING_YEAR',
] as const satisfies readonly FactKind[];
