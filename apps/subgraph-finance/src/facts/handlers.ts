import {
  COLLEGE_MAJOR_KIND,
  COLLEGE_MAJOR_LEVEL,
  COLLEGE_PRIZE_GRADE_LABELS,
  COMPETITION_STAGE_LABELS,
  countyLabel,
  defineTrainingCatalogue,
  formatYuan,
  RuleInputError,
  TRAINING_CLASS_ACTION,
  TRAINING_PROGRAMME,
  type TrainingCatalogue,
  COMPETITION_STAGES,
  COMPETITION_TIER,
  COMPETITION_TIERS,
  CRAFTSMAN_COLLEGE_LEVEL,
  GRADUATE_CLASS,
  isCountyCode,
  ORDER_CLASS_ACTION,
  skillLevelLabel,
  SKILL_AWARD,
  SKILL_LEVELS,
  TALENT_ROUTE,
  STUDIO_LEVEL_LABELS,
  STUDIO_LEVELS,
  type CompetitionStage,
  type CompetitionTier,
  type CountyCode,
  type Fact as RulesFact,
  type GraduateProgramme,
  type SkillLevel,
  type StudioLevel,
} from '@jining/rules';
import type {
  ApprenticeshipRevokedV1,
  ApprenticeshipYearCompletedV1,
  EducationInvestmentCorrectedV1,
  EducationInvestmentRecordedV1,
  CollegeMajorApprovedV1,
  CollegeMajorRevokedV1,
  CollegePrizeRecordedV1,
  CollegePrizeRevokedV1,
  CraftsmanCollegeApprovedV1,
  CraftsmanCollegeRevokedV1,
  GraduateHireRevokedV1,
  GraduateHiringYearRecordedV1,
  MasterStudioApprovedV1,
  MasterStudioRevokedV1,
  OrderClassHiringReportedV1,
  OrderClassHiringRevokedV1,
  OutboxEvent,
  SkillAwardRecordedV1,
  SkillAwardRevokedV1,
  SkillCertificateRecordedV1,
  SkillCertificateRevokedV1,
  SubsidisedTrainingCompletedV1,
  SubsidisedTrainingRevokedV1,
} from '@jining/subgraph-kit';
import type { Tx } from '../domain/tx.ts';
import { withCollegeYearAwarded } from './college-cap.ts';
import type { Lookups } from './lookups.ts';
import type { Reversal } from './reverse.ts';

/** A fact event made ready for the rules: the rules fact, the names it mentions, and whom it benefits. */
export interface Completion {
  rulesFact: RulesFact;
  /** id → name, so explanations read in names (the rules know only ids). */
  names: Record<string, string>;
  /** The entitlement's description in words. */
  description: string;
  /** R6: the catalogue the fact carries (its line as dated on the completion date), used instead of any other. */
  trainingCatalogue?: TrainingCatalogue;
}

export type Completed = { ok: true; value: Completion } | { ok: false; note: string };

/** What finance does with one kind of fact event (at one version). */
export interface FactHandler {
  /** The people and units the event names, looked up for the whole page at once. */
  refs(payload: Record<string, unknown>): { personIds: string[]; organisationIds: string[] };
  complete(event: OutboxEvent, lookups: Lookups): Completed;
  /** Whom the fact concerns (the person's record lists it), even when it cannot be completed. */
  subject(payload: Record<string, unknown>): { personId?: string; organisationId?: string };
  /**
   * Decided by a ledger of the beneficiary's years (R4's tax credit, ledger.ts) rather than alone: the completion's
   * rules fact lacks what the ledger adds (the credit carried in from earlier years).
   */
  ledger?: true;
  /**
   * Completed further from finance's own records inside the page's transaction, and decided alone in feed order
   * (R3: what the college was already granted in the year, so its yearly cap runs across its majors in approval
   * order: college-cap.ts).
   */
  enrich?(tx: Tx, completion: Completion): Promise<Completion>;
}

const fail = (note: string): Completed => ({ ok: false, note });

const rulesCounty = (code: string): CountyCode | null => (isCountyCode(code) ? code : null);

/**
 * R1 二(二): a certificate recorded in evaluation. The rules also need the holder's employer (an enterprise?) and the
 * county paying the COUNTY share (the employer's), which the directory knows.
 */
const skillCertificateRecorded: FactHandler = {
  refs: (payload) => ({ personIds: [String(payload.personId)], organisationIds: [] }),
  subject: (payload) => ({ personId: String(payload.personId) }),
  complete(event, { people }) {
    const p = event.payload as unknown as SkillCertificateRecordedV1;
    const person = people.get(p.personId);
    if (!person) return fail(`证书持有人在人员库中不存在（${p.personId}）`);
    if (!(SKILL_LEVELS as readonly string[]).includes(p.level)) return fail(`未知的技能等级：${p.level}`);
    const level = p.level as SkillLevel;
    const employer = person.employer;
    const county = rulesCounty(employer?.county.code ?? person.county.code);
    if (!county) return fail(`县（市、区）代码未知：${employer?.county.code ?? person.county.code}`);
    const names: Record<string, string> = { [person.id]: person.name };
    if (employer) names[employer.id] = employer.name;
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'TECHNICIAN_CERTIFICATE',
          personId: person.id,
          certificateId: p.certificateId,
          level,
          certificateDate: p.issuedOn,
          newlyObtained: p.newlyObtained,
          // No employer: not an enterprise employee; the rules say so in the explanation.
          employerId: employer?.id ?? NO_EMPLOYER,
          employerIsEnterprise: employer?.kind === 'ENTERPRISE',
          countyCode: county,
        },
        names: { ...names, [NO_EMPLOYER]: '无工作单位' },
        description: `新取得${skillLevelLabel(level)}职业技能等级一次性补贴（证书编号 ${p.certificateNo}）`,
      },
    };
  },
};

const NO_EMPLOYER = 'no-employer';

/** R7 / R8 二(六): a studio selected in training; the host unit is funded. The rules need nothing else. */
const masterStudioApproved: FactHandler = {
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.hostId)] }),
  subject: (payload) => ({ organisationId: String(payload.hostId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as MasterStudioApprovedV1;
    const host = organisations.get(p.hostId);
    if (!host) return fail(`工作室依托单位在单位库中不存在（${p.hostId}）`);
    if (!(STUDIO_LEVELS as readonly string[]).includes(p.level)) return fail(`未知的工作室级别：${p.level}`);
    const level = p.level as StudioLevel;
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'STUDIO',
          studioId: p.studioId,
          hostUnitId: host.id,
          level,
          approvalDate: p.approvedOn,
          newlyApproved: p.newlyApproved,
        },
        names: { [host.id]: host.name, [p.studioId]: p.name },
        description: `${STUDIO_LEVEL_LABELS[level]}建设经费：${p.name}`,
      },
    };
  },
};

/** R9 二(六): a city-level craftsman college the Trade Union approved in training; the host unit gets the union's grant. */
const craftsmanCollegeApproved: FactHandler = {
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.hostId)] }),
  subject: (payload) => ({ organisationId: String(payload.hostId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as CraftsmanCollegeApprovedV1;
    const host = organisations.get(p.hostId);
    if (!host) return fail(`工匠学院建设单位在单位库中不存在（${p.hostId}）`);
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'CRAFTSMAN_COLLEGE',
          collegeId: p.collegeId,
          hostUnitId: host.id,
          cityLevel: p.cityLevel,
          newlyBuilt: p.newlyBuilt,
          establishedDate: p.foundedOn,
        },
        names: { [host.id]: host.name, [p.collegeId]: p.name },
        description: `${CRAFTSMAN_COLLEGE_LEVEL.label('CITY')}一次性补助：${p.name}`,
      },
    };
  },
};

const PRIZE_WORDS = COLLEGE_PRIZE_GRADE_LABELS;

/**
 * R14 三(九): a vocational college's prize in the world or national vocational-college skills competition, recorded
 * in competitions from the awarding document. The rules also need to know that the unit is a vocational college (the
 * directory's kind); the amount is "up to" a maximum, which a reviewer may lower when reviewing (review.ts).
 */
const collegePrizeRecorded: FactHandler = {
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.collegeId)] }),
  subject: (payload) => ({ organisationId: String(payload.collegeId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as CollegePrizeRecordedV1;
    const college = organisations.get(p.collegeId);
    if (!college) return fail(`获奖院校在单位库中不存在（${p.collegeId}）`);
    if (!(COMPETITION_TIERS as readonly string[]).includes(p.tier)) return fail(`未知的竞赛级别：${p.tier}`);
    if (!(COMPETITION_STAGES as readonly string[]).includes(p.stage)) return fail(`未知的赛段：${p.stage}`);
    if (p.prize !== 1 && p.prize !== 2 && p.prize !== 3) return fail(`未知的奖次：${p.prize}`);
    const tier = p.tier as CompetitionTier;
    const stage = p.stage as CompetitionStage;
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'COLLEGE_COMPETITION_PRIZE',
          collegeId: college.id,
          vocationalCollege: college.kind === 'VOCATIONAL_COLLEGE',
          tier,
          stage,
          prize: p.prize,
          eventId: p.eventId,
          entryId: p.entryId,
          awardDate: p.awardedOn,
        },
        names: { [college.id]: college.name },
        description:
          `${COMPETITION_TIER.label(tier)}职业院校技能大赛获奖奖补：${p.eventName}` +
          `（${p.entryName}，${COMPETITION_STAGE_LABELS[stage]}${PRIZE_WORDS[p.prize]}，${p.documentNo}）`,
      },
    };
  },
};

/**
 * R10–R13 三(九): a WorldSkills medal (a person or a team), 中华技能大奖 or 全国技术能手, recorded in competitions with the
 * unit that introduced or cultivated the winner. The rules decide the winner's grant and the unit's beside it (paid by
 * the city); finance only adds the names (the winners', the team's, the unit's) and checks they exist. A team's key
 * is the award's own record (the rules grant a team once, whoever its members).
 */
const skillAwardRecorded: FactHandler = {
  refs: (payload) => ({
    personIds: (payload.personIds as string[]).map(String),
    organisationIds: payload.unitId ? [String(payload.unitId)] : [],
  }),
  subject: (payload) => ({
    personId: String((payload.personIds as string[])[0]),
    ...(payload.unitId ? { organisationId: String(payload.unitId) } : {}),
  }),
  complete(event, { people, organisations }) {
    const p = event.payload as unknown as SkillAwardRecordedV1;
    if (!SKILL_AWARD.has(p.award)) return fail(`未知的技能奖项：${p.award}`);
    if (!TALENT_ROUTE.has(p.route)) return fail(`未知的引进或培养方式：${p.route}`);
    if (p.winnerKind !== 'PERSON' && p.winnerKind !== 'TEAM') return fail(`未知的获奖者类型：${p.winnerKind}`);
    const names: Record<string, string> = {};
    for (const id of p.personIds) {
      const person = people.get(id);
      if (!person) return fail(`获奖人在人员库中不存在（${id}）`);
      names[id] = person.name;
    }
    if (p.unitId) {
      const unit = organisations.get(p.unitId);
      if (!unit) return fail(`引才或培养单位在单位库中不存在（${p.unitId}）`);
      names[unit.id] = unit.name;
    }
    const winnerName =
      p.winnerKind === 'TEAM'
        ? `${p.teamName ?? ''}（${p.personIds.map((id) => names[id]).join('、')}）`
        : names[p.winnerId]!;
    if (p.winnerKind === 'TEAM') names[p.winnerId] = winnerName;
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'MEDAL_OR_HONOUR',
          award: p.award,
          winner: { kind: p.winnerKind, id: p.winnerId },
          awardDate: p.awardedOn,
          route: p.route,
          ...(p.unitId ? { unitId: p.unitId } : {}),
          ...(p.rolePercent != null ? { rolePercent: p.rolePercent } : {}),
          ...(p.achievementId ? { achievementId: p.achievementId } : {}),
        },
        names,
        description: `${SKILL_AWARD.label(p.award)}奖励：${winnerName}（${p.documentNo}）`,
      },
    };
  },
};

/** Schools whose graduates are 职业院校毕业生 for 三(九): 职业院校 and 技工院校. */
const VOCATIONAL_SCHOOL_KINDS: readonly string[] = ['VOCATIONAL_COLLEGE', 'TECHNICAL_SCHOOL'];

/**
 * R15 / R16 三(九): a confirmed insured year of a graduate hire in training. The rules also need the graduate's birth
 * date (age on the hire date), the employer's 攀登企业 flag and county (the COUNTY payer) and the school's kind, which
 * the directory knows; the employer is the one subsidised.
 */
const graduateHiringYearRecorded: FactHandler = {
  refs: (payload) => ({
    personIds: [String(payload.personId)],
    organisationIds: [String(payload.employerId), String(payload.schoolId)],
  }),
  subject: (payload) => ({ organisationId: String(payload.employerId) }),
  complete(event, { people, organisations }) {
    const p = event.payload as unknown as GraduateHiringYearRecordedV1;
    const graduate = people.get(p.personId);
    if (!graduate) return fail(`毕业生在人员库中不存在（${p.personId}）`);
    if (!graduate.birthDate) return fail(`无法取得毕业生的出生日期（${p.personId}）`);
    const employer = organisations.get(p.employerId);
    if (!employer) return fail(`用人单位在单位库中不存在（${p.employerId}）`);
    const school = organisations.get(p.schoolId);
    if (!school) return fail(`毕业院校在单位库中不存在（${p.schoolId}）`);
    if (!GRADUATE_CLASS.has(p.programme)) return fail(`未知的毕业班次：${p.programme}`);
    const county = rulesCounty(employer.county.code);
    if (!county) return fail(`县（市、区）代码未知：${employer.county.code}`);
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'GRADUATE_HIRING_YEAR',
          enterpriseId: employer.id,
          climbingEnterprise: employer.climbing === true,
          personId: graduate.id,
          birthDate: graduate.birthDate,
          hireDate: p.hiredOn,
          newFullTimeHire: p.newFullTimeHire,
          vocationalCollegeGraduate: VOCATIONAL_SCHOOL_KINDS.includes(school.kind),
          fullTimeProgramme: p.fullTimeProgramme,
          programme: p.programme,
          socialInsurancePaid: p.socialInsurancePaid,
          yearNumber: p.yearNumber,
          countyCode: county,
        },
        names: { [graduate.id]: graduate.name, [employer.id]: employer.name, [school.id]: school.name },
        description: `技工院校毕业生就业补贴：${graduate.name}（${GRADUATE_CLASS.label(p.programme)}）第 ${p.yearNumber} 年`,
      },
    };
  },
};

/**
 * R2 二(二): a confirmed year of a new-type apprenticeship in training, with the rate of the county in force on the
 * year's first day (taken by training in the confirmation's transaction). That county pays (its rate, its money: the
 * enterprise's county when the agreement was recorded); the directory gives the names.
 */
const apprenticeshipYearCompleted: FactHandler = {
  refs: (payload) => ({
    personIds: [String(payload.apprenticeId)],
    organisationIds: [String(payload.enterpriseId)],
  }),
  subject: (payload) => ({ organisationId: String(payload.enterpriseId) }),
  complete(event, { people, organisations }) {
    const p = event.payload as unknown as ApprenticeshipYearCompletedV1;
    const apprentice = people.get(p.apprenticeId);
    if (!apprentice) return fail(`学徒在人员库中不存在（${p.apprenticeId}）`);
    const enterprise = organisations.get(p.enterpriseId);
    if (!enterprise) return fail(`企业在单位库中不存在（${p.enterpriseId}）`);
    const county = rulesCounty(p.countyCode);
    if (!county) return fail(`县（市、区）代码未知：${p.countyCode}`);
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'APPRENTICESHIP_YEAR',
          enterpriseId: enterprise.id,
          apprenticeId: apprentice.id,
          newTypeApprenticeship: p.newTypeApprenticeship,
          apprenticeshipStartDate: p.startedOn,
          yearNumber: p.yearNumber,
          countyRateFen: p.countyRateFen,
          countyCode: county,
        },
        names: { [apprentice.id]: apprentice.name, [enterprise.id]: enterprise.name },
        description:
          `企业新型学徒职业培训补贴：${apprentice.name}（${p.trade}）第 ${p.yearNumber} 年，` +
          `${countyLabel(county)}标准每人每年 ${formatYuan(p.countyRateFen)}`,
      },
    };
  },
};

/**
 * R6 二(五): a trainee who completed a subsidised class in training. The fact carries the catalogue line in force on
 * the completion date (its amount, split and certificate condition), so the rules assess against that line and
 * finance asks training nothing; the directory gives the birth date (age on the completion date) and the names. The
 * class's county pays a COUNTY share of the split.
 */
const subsidisedTrainingCompleted: FactHandler = {
  refs: (payload) => ({ personIds: [String(payload.personId)], organisationIds: [String(payload.providerId)] }),
  subject: (payload) => ({ personId: String(payload.personId) }),
  complete(event, { people, organisations }) {
    const p = event.payload as unknown as SubsidisedTrainingCompletedV1;
    const trainee = people.get(p.personId);
    if (!trainee) return fail(`学员在人员库中不存在（${p.personId}）`);
    if (!trainee.birthDate) return fail(`无法取得学员的出生日期（${p.personId}）`);
    const county = rulesCounty(p.countyCode);
    if (!county) return fail(`县（市、区）代码未知：${p.countyCode}`);
    let catalogue: TrainingCatalogue;
    try {
      catalogue = defineTrainingCatalogue([p.line], p.line.source);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      return fail(`目录项无效：${error.message}（${error.code}）`);
    }
    const provider = organisations.get(p.providerId);
    const programme = TRAINING_PROGRAMME.has(p.line.programme) ? TRAINING_PROGRAMME.label(p.line.programme) : '';
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'SUBSIDISED_TRAINING',
          recordId: p.completionId,
          personId: trainee.id,
          catalogueCode: p.line.code,
          completionDate: p.completedOn,
          birthDate: trainee.birthDate,
          reachedRetirementAge: p.reachedRetirementAge,
          wantsEmploymentOrBusiness: p.wantsEmploymentOrBusiness,
          certificateObtained: p.certificateObtained,
          countyCode: county,
        },
        names: { [trainee.id]: trainee.name, ...(provider ? { [provider.id]: provider.name } : {}) },
        description:
          `补贴性职业技能培训补贴：${trainee.name}，${p.line.nameZh}（${p.line.code}${programme ? `，${programme}` : ''}），` +
          `${p.completedOn} 结业，目录标准每人 ${formatYuan(p.line.amountFen)}`,
        trainingCatalogue: catalogue,
      },
    };
  },
};

/**
 * R4 二(四): a pilot enterprise's tax year as training recorded (or corrected) it. The directory gives the name and
 * confirms the unit; the credit carried in from earlier years is the ledger's (ledger.ts), which completes the rules
 * fact, decides the year and recomputes every later year of the enterprise.
 */
const educationInvestment: FactHandler = {
  ledger: true,
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.enterpriseId)] }),
  subject: (payload) => ({ organisationId: String(payload.enterpriseId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as EducationInvestmentRecordedV1 & Partial<EducationInvestmentCorrectedV1>;
    const enterprise = organisations.get(p.enterpriseId);
    if (!enterprise) return fail(`企业在单位库中不存在（${p.enterpriseId}）`);
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'EDUCATION_INVESTMENT',
          enterpriseId: enterprise.id,
          pilotEnterprise: p.pilotEnterprise,
          taxYear: p.taxYear,
          investmentFen: p.investmentFen,
          surchargeDueFen: p.surchargeDueFen,
        },
        names: { [enterprise.id]: enterprise.name },
        // The ledger words each year's entitlement itself (ledger.ts): a record may recompute later years too.
        description: '',
      },
    };
  },
};

/**
 * R5 二(四): an order-class enterprise's confirmed yearly hiring report from training, every hire as recorded and the
 * key-enterprise condition with its document. The rules count the hires that qualify, choose the band and split the
 * amount city:county 5:5; the county is the enterprise's when the report was recorded (stored by training). A report
 * the rules refuse (below 50, no key enterprise, no city college) is kept with its reasons.
 */
const orderClassHiringReported: FactHandler = {
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.enterpriseId)] }),
  subject: (payload) => ({ organisationId: String(payload.enterpriseId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as OrderClassHiringReportedV1;
    const enterprise = organisations.get(p.enterpriseId);
    if (!enterprise) return fail(`订单企业在单位库中不存在（${p.enterpriseId}）`);
    const county = rulesCounty(p.countyCode);
    if (!county) return fail(`县（市、区）代码未知：${p.countyCode}`);
    if (!Array.isArray(p.hires)) return fail('聘用报告缺少聘用名单');
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'ORDER_CLASS_HIRING',
          enterpriseId: enterprise.id,
          year: p.year,
          keyEnterpriseOrProject: p.keyEnterpriseOrProject,
          cityCollegeAgreement: p.cityCollegeAgreement,
          hires: p.hires.map((h) => ({
            personId: h.personId,
            hireDate: h.hireDate,
            fullTime: h.fullTime,
            // Checked by the rules (oneOf GRADUATE_PROGRAMMES): an unknown code fails the fact, never pays.
            programme: h.programme as GraduateProgramme,
            fullTimeProgramme: h.fullTimeProgramme,
            contractYears: h.contractYears,
          })),
          countyCode: county,
        },
        names: { [enterprise.id]: enterprise.name },
        description:
          `订单企业用才补贴：${enterprise.name} ${p.year} 年度全职聘用订单班毕业生 ${p.hires.length} 人` +
          (p.keyEnterpriseOrProject && p.keyEvidence ? `（重点企业或重点项目：${p.keyEvidence}）` : ''),
      },
    };
  },
};

/**
 * R3 二(三): a college's national or provincial high-level major (group) approved in training from its document. The
 * rules also need to know that the college is one of the city's (a vocational college or technical school of the
 * directory registered in a county of the city) and what the college was already granted that year (enrich: the
 * yearly cap across its majors in approval order). The amount is "up to" the level's maximum, which a reviewer may
 * lower when reviewing (review.ts).
 */
const collegeMajorApproved: FactHandler = {
  refs: (payload) => ({ personIds: [], organisationIds: [String(payload.collegeId)] }),
  subject: (payload) => ({ organisationId: String(payload.collegeId) }),
  complete(event, { organisations }) {
    const p = event.payload as unknown as CollegeMajorApprovedV1;
    const college = organisations.get(p.collegeId);
    if (!college) return fail(`院校在单位库中不存在（${p.collegeId}）`);
    if (!COLLEGE_MAJOR_LEVEL.has(p.level)) return fail(`未知的专业建设级别：${p.level}`);
    const level = p.level;
    return {
      ok: true,
      value: {
        rulesFact: {
          kind: 'COLLEGE_MAJOR',
          collegeId: college.id,
          collegeInCity: VOCATIONAL_SCHOOL_KINDS.includes(college.kind) && isCountyCode(college.county.code),
          majorId: p.majorId,
          level,
          approvalDate: p.approvedOn,
        },
        names: { [college.id]: college.name, [p.majorId]: p.name },
        description:
          `${COLLEGE_MAJOR_LEVEL.label(level)}${COLLEGE_MAJOR_KIND.label('HIGH_LEVEL_MAJOR')}奖补：` +
          `${p.name}（${p.documentNo}）`,
      },
    };
  },
  enrich: withCollegeYearAwarded,
};

/** Handlers by `kind@version`; an event of another kind or version is recorded as FAILED, never guessed at. */
export const FACT_HANDLERS: Readonly<Record<string, FactHandler>> = {
  'SKILL_CERTIFICATE_RECORDED@1': skillCertificateRecorded,
  'MASTER_STUDIO_APPROVED@1': masterStudioApproved,
  'CRAFTSMAN_COLLEGE_APPROVED@1': craftsmanCollegeApproved,
  'COLLEGE_PRIZE_RECORDED@1': collegePrizeRecorded,
  'SKILL_AWARD_RECORDED@1': skillAwardRecorded,
  'GRADUATE_HIRING_YEAR_RECORDED@1': graduateHiringYearRecorded,
  'APPRENTICESHIP_YEAR_COMPLETED@1': apprenticeshipYearCompleted,
  'ORDER_CLASS_HIRING_REPORTED@1': orderClassHiringReported,
  'EDUCATION_INVESTMENT_RECORDED@1': educationInvestment,
  'EDUCATION_INVESTMENT_CORRECTED@1': educationInvestment,
  'SUBSIDISED_TRAINING_COMPLETED@1': subsidisedTrainingCompleted,
  'COLLEGE_MAJOR_APPROVED@1': collegeMajorApproved,
};

export const handlerFor = (event: { kind: string; version: number }): FactHandler | undefined =>
  FACT_HANDLERS[`${event.kind}@${event.version}`];

/** A certificate revoked in evaluation: what its SKILL_CERTIFICATE_RECORDED fact granted and is unpaid is cancelled. */
const skillCertificateRevoked: Reversal = {
  reverses: 'SKILL_CERTIFICATE_RECORDED',
  subjectId: (payload) => String(payload.certificateId),
  subject: (payload) => ({ personId: String(payload.personId) }),
  describe(payload) {
    const p = payload as unknown as SkillCertificateRevokedV1;
    return `证书 ${p.certificateNo} 已撤销（${p.reason}）`;
  },
};

/**
 * A studio revoked in training (撤销命名): what every MASTER_STUDIO_APPROVED fact of the studio granted (its city
 * selection and any later approval at a higher level) and is unpaid is cancelled.
 */
const masterStudioRevoked: Reversal = {
  reverses: 'MASTER_STUDIO_APPROVED',
  subjectId: (payload) => String(payload.studioId),
  subject: (payload) => ({ organisationId: String(payload.hostId) }),
  describe(payload) {
    const p = payload as unknown as MasterStudioRevokedV1;
    return `工作室“${p.name}”已撤销命名（${p.reason}）`;
  },
};

/** A craftsman college's approval revoked in training: what it granted and is unpaid is cancelled. */
const craftsmanCollegeRevoked: Reversal = {
  reverses: 'CRAFTSMAN_COLLEGE_APPROVED',
  subjectId: (payload) => String(payload.collegeId),
  subject: (payload) => ({ organisationId: String(payload.hostId) }),
  describe(payload) {
    const p = payload as unknown as CraftsmanCollegeRevokedV1;
    return `工匠学院“${p.name}”已撤销批准（${p.reason}）`;
  },
};

/** A college prize revoked in competitions: what its fact granted and is unpaid is cancelled. */
const collegePrizeRevoked: Reversal = {
  reverses: 'COLLEGE_PRIZE_RECORDED',
  subjectId: (payload) => String(payload.prizeId),
  subject: (payload) => ({ organisationId: String(payload.collegeId) }),
  describe(payload) {
    const p = payload as unknown as CollegePrizeRevokedV1;
    return `院校获奖“${p.eventName}（${p.entryName}）”已撤销（${p.reason}）`;
  },
};

/** A skill award revoked in competitions: what its fact granted (the winner's and the unit's) and is unpaid is cancelled. */
const skillAwardRevoked: Reversal = {
  reverses: 'SKILL_AWARD_RECORDED',
  subjectId: (payload) => String(payload.awardId),
  subject: (payload) => ({ personId: String((payload.personIds as string[])[0]) }),
  describe(payload) {
    const p = payload as unknown as SkillAwardRevokedV1;
    const award = SKILL_AWARD.has(p.award) ? SKILL_AWARD.label(p.award) : p.award;
    return `${award}（${p.documentNo}）已撤销（${p.reason}）`;
  },
};

/** A graduate hire revoked in training (a correction): what every confirmed year of it granted and is unpaid is cancelled. */
const graduateHireRevoked: Reversal = {
  reverses: 'GRADUATE_HIRING_YEAR_RECORDED',
  subjectId: (payload) => String(payload.hireId),
  subject: (payload) => ({ organisationId: String(payload.employerId) }),
  describe(payload) {
    const p = payload as unknown as GraduateHireRevokedV1;
    return `毕业生聘用登记已撤销（${p.reason}）`;
  },
};

/** An apprenticeship agreement revoked in training: what every confirmed year of it granted and is unpaid is cancelled. */
const apprenticeshipRevoked: Reversal = {
  reverses: 'APPRENTICESHIP_YEAR_COMPLETED',
  subjectId: (payload) => String(payload.agreementId),
  subject: (payload) => ({ organisationId: String(payload.enterpriseId) }),
  describe(payload) {
    const p = payload as unknown as ApprenticeshipRevokedV1;
    return `学徒培训协议已撤销（${p.reason}）`;
  },
};

/** A confirmed order-class hiring report revoked in training: what it granted and is unpaid is cancelled. */
const orderClassHiringRevoked: Reversal = {
  reverses: 'ORDER_CLASS_HIRING_REPORTED',
  subjectId: (payload) => String(payload.reportId),
  subject: (payload) => ({ organisationId: String(payload.enterpriseId) }),
  describe(payload) {
    const p = payload as unknown as OrderClassHiringRevokedV1;
    return `${ORDER_CLASS_ACTION.label('REVOKE_REPORT')}（${p.year} 年度：${p.reason}）`;
  },
};

/** An approved high-level major revoked in training: what its fact granted and is unpaid is cancelled. */
const collegeMajorRevoked: Reversal = {
  reverses: 'COLLEGE_MAJOR_APPROVED',
  subjectId: (payload) => String(payload.recordId),
  subject: (payload) => ({ organisationId: String(payload.collegeId) }),
  describe(payload) {
    const p = payload as unknown as CollegeMajorRevokedV1;
    return `${COLLEGE_MAJOR_KIND.label('HIGH_LEVEL_MAJOR')}“${p.name}”已撤销（${p.reason}）`;
  },
};

/** A trainee's completion revoked in training: what its fact granted and is unpaid is cancelled. */
const subsidisedTrainingRevoked: Reversal = {
  reverses: 'SUBSIDISED_TRAINING_COMPLETED',
  subjectId: (payload) => String(payload.completionId),
  subject: (payload) => ({ personId: String(payload.personId) }),
  describe(payload) {
    const p = payload as unknown as SubsidisedTrainingRevokedV1;
    return `${TRAINING_CLASS_ACTION.label('REVOKE_COMPLETION')}（${p.reason}）`;
  },
};

/** Revocations by `kind@version`: they undo an earlier fact instead of asking the rules. */
export const REVERSALS: Readonly<Record<string, Reversal>> = {
  'SKILL_CERTIFICATE_REVOKED@1': skillCertificateRevoked,
  'MASTER_STUDIO_REVOKED@1': masterStudioRevoked,
  'CRAFTSMAN_COLLEGE_REVOKED@1': craftsmanCollegeRevoked,
  'COLLEGE_PRIZE_REVOKED@1': collegePrizeRevoked,
  'SKILL_AWARD_REVOKED@1': skillAwardRevoked,
  'GRADUATE_HIRE_REVOKED@1': graduateHireRevoked,
  'APPRENTICESHIP_REVOKED@1': apprenticeshipRevoked,
  'ORDER_CLASS_HIRING_REVOKED@1': orderClassHiringRevoked,
  'COLLEGE_MAJOR_REVOKED@1': collegeMajorRevoked,
  'SUBSIDISED_TRAINING_REVOKED@1': subsidisedTrainingRevoked,
};

export const reversalFor = (event: { kind: string; version: number }): Reversal | undefined =>
  REVERSALS[`${event.kind}@${event.version}`];
