/**
 * The fact events domains append to their outboxes and finance consumes: their kinds, versions and payloads. Both
 * ends import them from here, so emitter and consumer cannot disagree on a field's name; a consumer refuses a
 * version it does not know (it records the event as failed instead of guessing).
 *
 * A payload holds the domain's own data with references by key (person and organisation ids); what the rules also
 * need from other domains (the employer's kind and county …) finance completes through the gateway.
 */
export const FACT_EVENT_KINDS = {
  /** evaluation: a skill-level certificate was recorded (R1 二(二)). */
  SKILL_CERTIFICATE_RECORDED: { source: 'evaluation', version: 1 },
  /** evaluation: a recorded certificate was revoked (a correction): what it granted and is unpaid is cancelled. */
  SKILL_CERTIFICATE_REVOKED: { source: 'evaluation', version: 1 },
  /** training: a skill master studio was selected (R7 national, R8 provincial and city levels, 二(六)). */
  MASTER_STUDIO_APPROVED: { source: 'training', version: 1 },
  /** training: an approved studio was revoked (撤销命名); finance cancels what its approvals granted and is unpaid. */
  MASTER_STUDIO_REVOKED: { source: 'training', version: 1 },
  /** training: the Trade Union approved a city-level craftsman college (R9 二(六), its one-time grant). */
  CRAFTSMAN_COLLEGE_APPROVED: { source: 'training', version: 1 },
  /** training: an approved college was revoked; finance cancels what its approval granted and is unpaid. */
  CRAFTSMAN_COLLEGE_REVOKED: { source: 'training', version: 1 },
  /**
   * competitions: a vocational college's prize in the world or national vocational-college skills competition was
   * recorded from the document that awards it (R14 三(九)).
   */
  COLLEGE_PRIZE_RECORDED: { source: 'competitions', version: 1 },
  /** competitions: a recorded college prize was revoked (recorded in error, or the award withdrawn). */
  COLLEGE_PRIZE_REVOKED: { source: 'competitions', version: 1 },
  /**
   * competitions: a WorldSkills medal, 中华技能大奖 or 全国技术能手 of a person (or, for WorldSkills, a team of people) was
   * recorded from the document that awards it, with the unit that introduced or cultivated the winner (R10–R13 三(九)).
   */
  SKILL_AWARD_RECORDED: { source: 'competitions', version: 1 },
  /** competitions: a recorded skill award was revoked (recorded in error, or the award withdrawn). */
  SKILL_AWARD_REVOKED: { source: 'competitions', version: 1 },
  /** training: an insured year of a graduate hire was confirmed (R15 / R16 三(九), one fact per hire and year). */
  GRADUATE_HIRING_YEAR_RECORDED: { source: 'training', version: 1 },
  /** training: a graduate hire was revoked (a correction); finance cancels what its years granted and is unpaid. */
  GRADUATE_HIRE_REVOKED: { source: 'training', version: 1 },
  /**
   * training: a completed year of a new-type apprenticeship was confirmed (R2 二(二), one fact per agreement and year),
   * with the county's rate in force on the year's first day.
   */
  APPRENTICESHIP_YEAR_COMPLETED: { source: 'training', version: 1 },
  /** training: an apprenticeship agreement was revoked (a correction); finance cancels what its years granted and is unpaid. */
  APPRENTICESHIP_REVOKED: { source: 'training', version: 1 },
  /**
   * training: an order-class enterprise's yearly hiring report was confirmed (R5 二(四), one live report per
   * enterprise and year), with every full-time hire and the key-enterprise condition as recorded.
   */
  ORDER_CLASS_HIRING_REPORTED: { source: 'training', version: 1 },
  /** training: a confirmed hiring report was revoked (a correction); finance cancels what it granted and is unpaid. */
  ORDER_CLASS_HIRING_REVOKED: { source: 'training', version: 1 },
  /**
   * training: a pilot enterprise's tax year was recorded (R4 二(四)): its 产教融合型企业 status, its investment in
   * vocational education and the education surcharges due. Finance completes it with the credit carried from the
   * enterprise's earlier years (its ledger) and recomputes the later years.
   */
  EDUCATION_INVESTMENT_RECORDED: { source: 'training', version: 1 },
  /** training: a recorded tax year was corrected (with its reason); finance recomputes that year and the later ones. */
  EDUCATION_INVESTMENT_CORRECTED: { source: 'training', version: 1 },
  /**
   * training: a trainee of a subsidised training class completed it (R6 二(五), one fact per class and person), with
   * the catalogue line in force on the completion date, so finance assesses it without asking training back.
   */
  SUBSIDISED_TRAINING_COMPLETED: { source: 'training', version: 1 },
  /** training: a trainee's completion was revoked (a correction); finance cancels what it granted and is unpaid. */
  SUBSIDISED_TRAINING_REVOKED: { source: 'training', version: 1 },
  /**
   * training: a college's national or provincial high-level major (group) was approved (R3 二(三)), from its approving
   * document. Finance applies the college's yearly cap across its majors in the order they arrive (approval order).
   */
  COLLEGE_MAJOR_APPROVED: { source: 'training', version: 1 },
  /** training: an approved high-level major was revoked (a correction); finance cancels what it granted and is unpaid. */
  COLLEGE_MAJOR_REVOKED: { source: 'training', version: 1 },
} as const;
export type FactEventKind = keyof typeof FACT_EVENT_KINDS;

export interface SkillCertificateRecordedV1 {
  certificateId: string;
  certificateNo: string;
  personId: string;
  /** SkillLevel code of @jining/rules. */
  level: string;
  /** ISO date. */
  issuedOn: string;
  route: string;
  issuerId: string;
  /** 新取得: the holder had no earlier certificate at this level when it was recorded. */
  newlyObtained: boolean;
}

export interface SkillCertificateRevokedV1 {
  certificateId: string;
  certificateNo: string;
  personId: string;
  reason: string;
}

export interface MasterStudioApprovedV1 {
  studioId: string;
  name: string;
  /** The host unit: the one funded. */
  hostId: string;
  leadId: string;
  /** StudioLevel code of @jining/rules. */
  level: string;
  /** ISO date. */
  approvedOn: string;
  /** 新遴选 / 新获批. */
  newlyApproved: boolean;
}

export interface MasterStudioRevokedV1 {
  studioId: string;
  name: string;
  hostId: string;
  /** The level it held when revoked (StudioLevel code). */
  level: string;
  reason: string;
}

export interface CraftsmanCollegeApprovedV1 {
  collegeId: string;
  name: string;
  /** The host unit: the one funded. */
  hostId: string;
  /** 建成日期 (ISO date): the rules' window is checked against it. */
  foundedOn: string;
  /** ISO date of the union's approval. */
  approvedOn: string;
  /** 市级: the only level the platform records (the text funds city-level colleges). */
  cityLevel: boolean;
  /** 新建设: built within the policy window, approved once. */
  newlyBuilt: boolean;
}

export interface CraftsmanCollegeRevokedV1 {
  collegeId: string;
  name: string;
  hostId: string;
  reason: string;
}

export interface CollegePrizeRecordedV1 {
  prizeId: string;
  /** The college (an organisation of the directory): the one funded. */
  collegeId: string;
  /** 赛事名称, e.g. 2025年全国职业院校技能大赛. */
  eventName: string;
  /** The event's key: a ranking-round prize and a final prize of one entry in one event are one benefit. */
  eventId: string;
  /** 参赛项目（选手或团队）. */
  entryName: string;
  /** The entry's key within the event. */
  entryId: string;
  /** CompetitionTier code of @jining/rules (WORLD or NATIONAL). */
  tier: string;
  /** CompetitionStage code of @jining/rules (RANKING or FINAL). */
  stage: string;
  /** 1, 2 or 3 (一、二、三等奖). */
  prize: number;
  /** ISO date of the awarding document. */
  awardedOn: string;
  /** 获奖文件文号. */
  documentNo: string;
}

export interface CollegePrizeRevokedV1 {
  prizeId: string;
  collegeId: string;
  eventName: string;
  entryName: string;
  reason: string;
}

export interface SkillAwardRecordedV1 {
  awardId: string;
  /** SkillAward code of @jining/rules (WORLDSKILLS_GOLD … NATIONAL_TECHNICAL_EXPERT). */
  award: string;
  /** PERSON, or TEAM (WorldSkills only): a team is the award's own record, its members people of the directory. */
  winnerKind: 'PERSON' | 'TEAM';
  /** The winner's key for the rules: the person's id, or the award's id for a team. */
  winnerId: string;
  /** The people who won: the one person, or the team's members. */
  personIds: string[];
  /** 参赛队名称 of a team; null for a person. */
  teamName: string | null;
  /** ISO date of the award (the rules' window is checked against it). */
  awardedOn: string;
  /** 获奖文件文号. */
  documentNo: string;
  /** TalentRoute code of @jining/rules (INTRODUCED_FULL_TIME, CULTIVATED or NONE). */
  route: string;
  /** 引才或培养单位 (Organisation.id): rewarded beside the winner (R11 / R13); null when none is named. */
  unitId: string | null;
  /** 作用发挥比例 1–100 for a WorldSkills medal (R10); null for the rules' default. */
  rolePercent: number | null;
  /** The WORLD competition result it came from (CompetitionResult.id), if recorded there. */
  competitionResultId: string | null;
  /** Links two awards for one achievement (a WorldSkills gold and the 全国技术能手 it earned): the higher is paid. */
  achievementId: string | null;
}

export interface SkillAwardRevokedV1 {
  awardId: string;
  award: string;
  winnerId: string;
  personIds: string[];
  documentNo: string;
  reason: string;
}

export interface GraduateHiringYearRecordedV1 {
  hireId: string;
  /** The graduate (Person.id): finance reads the birth date from the directory for the age on the hire date. */
  personId: string;
  /** The employer (Organisation.id): finance reads its 攀登企业 flag and county from the directory. */
  employerId: string;
  schoolId: string;
  /** GraduateClass code of @jining/rules (a GraduateProgramme code). */
  programme: string;
  /** ISO dates. */
  graduatedOn: string;
  hiredOn: string;
  /** 新全职引进: a full-time contract, recorded as a new hire of this employer. */
  newFullTimeHire: boolean;
  /** 全日制: the graduate's class was full-time. */
  fullTimeProgramme: boolean;
  /** 1 = the first year from the hire date. */
  yearNumber: number;
  /** The year's social insurance was paid by the employer (the confirmed record). */
  socialInsurancePaid: boolean;
}

export interface GraduateHireRevokedV1 {
  hireId: string;
  personId: string;
  employerId: string;
  reason: string;
}

export interface ApprenticeshipYearCompletedV1 {
  agreementId: string;
  /** The enterprise running the apprenticeship (Organisation.id): the one subsidised. */
  enterpriseId: string;
  /** The apprentice (Person.id). */
  apprenticeId: string;
  /** The college partner (Organisation.id): 企校双师联合培养. */
  collegeId: string;
  /** 培训工种 (occupation trained for). */
  trade: string;
  /** 招工即招生、入企即入校、企校双师联合培养, as recorded on the agreement. */
  newTypeApprenticeship: boolean;
  /** ISO dates: the agreement's start and end. */
  startedOn: string;
  endsOn: string;
  /** 1 = the first year from the start date. */
  yearNumber: number;
  /** ISO dates: the year's first and last day. */
  yearFrom: string;
  yearTo: string;
  /** The county (GB/T 2260) whose rate applied and which pays: the enterprise's county when the agreement was recorded. */
  countyCode: string;
  /** The county's rate in force on yearFrom, in fen (a safe integer), and the setting it came from. */
  countyRateFen: number;
  rateId: string;
  rateEffectiveFrom: string;
}

export interface ApprenticeshipRevokedV1 {
  agreementId: string;
  enterpriseId: string;
  apprenticeId: string;
  reason: string;
}

/** A line of the subsidised training catalogue as dated on the completion date (the rules' TrainingCatalogueItem). */
export interface TrainingCatalogueLineV1 {
  /** TrainingCatalogueLine.id in training. */
  lineId: string;
  code: string;
  nameZh: string;
  /** TrainingProgramme code of @jining/rules. */
  programme: string;
  level: string | null;
  amountFen: number;
  /** Payer codes of @jining/rules with their parts, e.g. [{ payer: 'CITY', parts: 1 }]. */
  split: { payer: string; parts: number }[];
  /** ISO dates; validUntil exclusive, null while in force. */
  validFrom: string;
  validUntil: string | null;
  requiresCertificate: boolean;
  /** The document the line was published in (its citation). */
  source: string;
}

export interface SubsidisedTrainingCompletedV1 {
  completionId: string;
  classId: string;
  className: string;
  /** The training provider (Organisation.id). */
  providerId: string;
  /** The trainee (Person.id): finance reads the birth date from the directory for the age on the completion date. */
  personId: string;
  /** ISO date. */
  completedOn: string;
  /** The class's county (GB/T 2260): it pays a COUNTY share of the line's split. */
  countyCode: string;
  wantsEmploymentOrBusiness: boolean;
  certificateObtained: boolean;
  /** Stated by the importer (the statutory retirement age depends on sex, birth month and post). */
  reachedRetirementAge: boolean;
  line: TrainingCatalogueLineV1;
}

export interface EducationInvestmentRecordedV1 {
  recordId: string;
  /** The enterprise (Organisation.id): the one credited. */
  enterpriseId: string;
  taxYear: number;
  /** 纳入产教融合型企业建设培育范围的试点企业 in taxYear, per the document below. */
  pilotEnterprise: boolean;
  /** 认定（纳入培育范围）文件文号 and its ISO date; null when not a pilot enterprise. */
  documentNo: string | null;
  documentDate: string | null;
  /** Investment in vocational education made in taxYear, in fen (a safe integer). */
  investmentFen: number;
  /** 教育费附加 + 地方教育附加 due for taxYear, in fen (a safe integer). */
  surchargeDueFen: number;
}

/** The corrected record, whole, with the reason for the correction. */
export interface EducationInvestmentCorrectedV1 extends EducationInvestmentRecordedV1 {
  reason: string;
}

export interface OrderClassHireV1 {
  personId: string;
  /** ISO date. */
  hireDate: string;
  fullTime: boolean;
  /** GraduateProgramme code of the rules (ASSOCIATE, SENIOR_CLASS …). */
  programme: string;
  fullTimeProgramme: boolean;
  contractYears: number;
  /** The order-class agreement the graduate came from, and whether it is 与市属高校（含市技师学院）联合. */
  agreementId: string;
  cityCollege: boolean;
}

export interface OrderClassHiringReportedV1 {
  reportId: string;
  /** The order-class enterprise (Organisation.id): the one subsidised. */
  enterpriseId: string;
  /** The calendar year of the hires. */
  year: number;
  keyEnterpriseOrProject: boolean;
  /** The document that makes it a key enterprise or project (number / name), or null. */
  keyEvidence: string | null;
  /** Every hire's agreement is 与市属高校（含市技师学院）联合 (and there is at least one hire). */
  cityCollegeAgreement: boolean;
  hires: OrderClassHireV1[];
  /** The enterprise's county (GB/T 2260) when the report was recorded: it pays the COUNTY half. */
  countyCode: string;
}

export interface OrderClassHiringRevokedV1 {
  reportId: string;
  enterpriseId: string;
  year: number;
  reason: string;
}

export interface SubsidisedTrainingRevokedV1 {
  completionId: string;
  classId: string;
  personId: string;
  reason: string;
}

export interface CollegeMajorApprovedV1 {
  /** Training's record (the event's subject). */
  recordId: string;
  /** The major as the rules key it: the same across a provincial and a later national approval. */
  majorId: string;
  /** The college (an organisation of the directory): the one funded. */
  collegeId: string;
  name: string;
  /** NATIONAL or PROVINCIAL (CollegeMajorLevel of @jining/rules). */
  level: string;
  documentNo: string;
  /** The approving document's date (ISO): the rules' window and the cap's year are taken from it. */
  approvedOn: string;
}

export interface CollegeMajorRevokedV1 {
  recordId: string;
  majorId: string;
  collegeId: string;
  name: string;
  reason: string;
}

/** The subgraphs that have an outbox worth reading, from the table above. */
export const FACT_SOURCES: readonly string[] = [...new Set(Object.values(FACT_EVENT_KINDS).map((k) => k.source))];
