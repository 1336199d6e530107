/**
 * Valid base facts for every kind, and an EXAMPLE training catalogue. The catalogue's amounts are
 * made up for tests and the benchmark: the policy text gives none (R6 is paid per the real catalogue).
 */
import type {
  ApprenticeshipYearFact,
  CollegeCompetitionPrizeFact,
  CollegeMajorFact,
  CraftsmanCollegeFact,
  EducationInvestmentFact,
  Fact,
  GraduateHiringYearFact,
  MedalOrHonourFact,
  OrderClassHire,
  OrderClassHiringFact,
  StudioFact,
  SubsidisedTrainingFact,
  TechnicianCertificateFact,
} from '../src/index.ts';
import { defineTrainingCatalogue } from '../src/index.ts';

export const certificate: TechnicianCertificateFact = {
  kind: 'TECHNICIAN_CERTIFICATE',
  personId: 'P-0001',
  certificateId: 'CERT-0001',
  level: 'TECHNICIAN',
  certificateDate: '2025-06-01',
  newlyObtained: true,
  employerId: 'E-0001',
  employerIsEnterprise: true,
  countyCode: '370811',
};

export const apprenticeship: ApprenticeshipYearFact = {
  kind: 'APPRENTICESHIP_YEAR',
  enterpriseId: 'E-0001',
  apprenticeId: 'A-0001',
  newTypeApprenticeship: true,
  apprenticeshipStartDate: '2025-03-01',
  yearNumber: 1,
  countyRateFen: 500_000,
  countyCode: '370883',
};

export const collegeMajor: CollegeMajorFact = {
  kind: 'COLLEGE_MAJOR',
  collegeId: 'C-0001',
  collegeInCity: true,
  majorId: 'M-0001',
  level: 'NATIONAL',
  approvalDate: '2025-09-01',
};

export const educationInvestment: EducationInvestmentFact = {
  kind: 'EDUCATION_INVESTMENT',
  enterpriseId: 'E-0002',
  pilotEnterprise: true,
  taxYear: 2025,
  investmentFen: 100_000_000,
  surchargeDueFen: 50_000_000,
};

export function hires(n: number, overrides: Partial<OrderClassHire> = {}): OrderClassHire[] {
  return Array.from({ length: n }, (_, i) => ({
    personId: `G-${i}`,
    hireDate: '2026-07-01',
    fullTime: true,
    programme: 'ASSOCIATE',
    fullTimeProgramme: true,
    contractYears: 3,
    ...overrides,
  }));
}

export const orderClass: OrderClassHiringFact = {
  kind: 'ORDER_CLASS_HIRING',
  enterpriseId: 'E-0003',
  year: 2026,
  keyEnterpriseOrProject: true,
  cityCollegeAgreement: true,
  hires: hires(60),
  countyCode: '370829',
};

export const training: SubsidisedTrainingFact = {
  kind: 'SUBSIDISED_TRAINING',
  recordId: 'TR-0001',
  personId: 'P-0100',
  catalogueCode: 'EX-WELDER-L4',
  completionDate: '2025-05-20',
  birthDate: '1990-04-01',
  reachedRetirementAge: false,
  wantsEmploymentOrBusiness: true,
  certificateObtained: true,
  countyCode: '370826',
};

export const studio: StudioFact = {
  kind: 'STUDIO',
  studioId: 'S-0001',
  hostUnitId: 'E-0004',
  level: 'CITY',
  approvalDate: '2025-10-10',
  newlyApproved: true,
};

export const craftsmanCollege: CraftsmanCollegeFact = {
  kind: 'CRAFTSMAN_COLLEGE',
  collegeId: 'CC-0001',
  hostUnitId: 'E-0005',
  cityLevel: true,
  newlyBuilt: true,
  establishedDate: '2025-04-01',
};

export const medal: MedalOrHonourFact = {
  kind: 'MEDAL_OR_HONOUR',
  award: 'WORLDSKILLS_GOLD',
  winner: { kind: 'PERSON', id: 'P-0200' },
  awardDate: '2026-09-15',
  route: 'CULTIVATED',
  unitId: 'C-0002',
};

export const competitionPrize: CollegeCompetitionPrizeFact = {
  kind: 'COLLEGE_COMPETITION_PRIZE',
  collegeId: 'C-0003',
  vocationalCollege: true,
  tier: 'NATIONAL',
  stage: 'FINAL',
  prize: 1,
  eventId: 'NVCSC-2025',
  entryId: 'TEAM-7',
  awardDate: '2025-06-30',
};

export const graduateHire: GraduateHiringYearFact = {
  kind: 'GRADUATE_HIRING_YEAR',
  enterpriseId: 'E-0006',
  climbingEnterprise: false,
  personId: 'P-0300',
  birthDate: '1995-05-05',
  hireDate: '2025-07-01',
  newFullTimeHire: true,
  vocationalCollegeGraduate: true,
  fullTimeProgramme: true,
  programme: 'PRE_TECHNICIAN_CLASS',
  socialInsurancePaid: true,
  yearNumber: 1,
  countyCode: '370881',
};

export const ALL_BASE_FACTS: readonly Fact[] = [
  certificate,
  apprenticeship,
  collegeMajor,
  educationInvestment,
  orderClass,
  training,
  studio,
  craftsmanCollege,
  medal,
  competitionPrize,
  graduateHire,
];

/** EXAMPLE catalogue — invented amounts for tests and the benchmark only. */
export const EXAMPLE_CATALOGUE_ITEMS = [
  {
    code: 'EX-WELDER-L4',
    nameZh: '焊工（四级）示例',
    programme: 'VOCATIONAL_SKILLS',
    amountFen: 150_000,
    split: [
      { payer: 'CITY', parts: 1 },
      { payer: 'COUNTY', parts: 1 },
    ],
    validFrom: '2025-01-01',
    validUntil: '2027-01-01',
    requiresCertificate: true,
  },
  {
    code: 'EX-WELDER-L4',
    nameZh: '焊工（四级）示例',
    programme: 'VOCATIONAL_SKILLS',
    amountFen: 170_001,
    split: [
      { payer: 'CITY', parts: 1 },
      { payer: 'COUNTY', parts: 1 },
    ],
    validFrom: '2027-01-01',
    validUntil: null,
    requiresCertificate: true,
  },
  {
    code: 'EX-START-UP',
    nameZh: '创业培训示例',
    programme: 'ENTREPRENEURSHIP',
    amountFen: 100_000,
    split: [{ payer: 'COUNTY', parts: 1 }],
    validFrom: '2025-01-01',
    requiresCertificate: false,
  },
  {
    code: 'EX-GOLD-BLUE',
    nameZh: '“金蓝领”技师培训示例',
    programme: 'GOLD_BLUE_COLLAR',
    amountFen: 333_333,
    split: [
      { payer: 'CITY', parts: 7 },
      { payer: 'COUNTY', parts: 3 },
    ],
    validFrom: '2025-01-01',
    requiresCertificate: true,
  },
];

export const exampleCatalogue = defineTrainingCatalogue(EXAMPLE_CATALOGUE_ITEMS, '示例培训目录（测试用）');

/** A shallow copy with some fields changed — for tables of cases. */
export function withFields<T extends Fact>(base: T, fields: Partial<Record<keyof T, unknown>>): T {
  return { ...base, ...fields } as T;
}
