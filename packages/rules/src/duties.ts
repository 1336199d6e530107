import { BODY, BODIES, type Body } from './bodies.ts';
import type { Clause } from './clauses.ts';
import { RULE_CLAUSES, RULE_IDS, type RuleId } from './decision.ts';
import type { CertificationRoute } from './ladder.ts';
import { responsibilityFor } from './responsibility.ts';
import { CRAFTSMAN_COLLEGE_LEVEL, type CraftsmanCollegeLevel } from './vocabulary/college-words.ts';
import { COMPLIANCE_CHECK, type ComplianceCheck } from './vocabulary/compliance-words.ts';
import { APPRENTICESHIP_ITEM, type ApprenticeshipItem } from './vocabulary/apprenticeship-words.ts';
import { SUBSIDISED_TRAINING_ITEM, type SubsidisedTrainingItem } from './vocabulary/training-words.ts';
import { ORDER_CLASS_ITEM, type OrderClassItem } from './vocabulary/order-class-words.ts';
import { GRADUATE_CLASS, type GraduateClass } from './vocabulary/graduate-words.ts';
import { EDUCATION_INVESTMENT_ITEM, type EducationInvestmentItem } from './vocabulary/education-investment-words.ts';
import { DEPARTMENT, type Department } from './vocabulary/platform-words.ts';
import { TARGET_RECORD, type TargetRecord } from './vocabulary/target-words.ts';
import { COLLEGE_MAJOR_KIND, type CollegeMajorKind } from './vocabulary/college-major-words.ts';
import {
  CERTIFICATION_ROUTE,
  COMPETITION_TIER,
  HONOUR_KIND,
  SKILL_AWARD,
  STUDIO_LEVEL,
  type CompetitionTier,
  type HonourKind,
  type SkillAward,
  type StudioLevel,
} from './vocabulary/policy-words.ts';

/**
 * Who may do what on the platform, per code of the thing done (an honour kind, a studio level, a competition tier …),
 * derived from the brackets of the text (RESPONSIBILITY: 牵头 / 负责). This is the one source of the platform's
 * duties: the subgraphs ask it (`requireDuty` in the kit), the protocol's DEPARTMENT_PERMISSIONS is checked against it
 * (the kit's duties test), and the gateway's permission test is generated from it.
 *
 * The rule of the map: **the item's lead bodies (牵头) do its work.** A body named only as responsible (负责) shares
 * the item's work in the real world (funds, supervision, its own sector) but does not record or decide the item's
 * facts on the platform, unless a reading below says so, with its reason. The platform's own duties that no item
 * names (the register of people and units, unmasked ID numbers) say so too.
 */

/**
 * Who holds a duty: one of the policy's bodies, the county finance offices (县（市、区）财政), which the text
 * addresses as 各县（市、区） (六) and names as payers (由市、县财政…分担, 由县财政…给予), the county HRSS bureaus
 * (县（市、区）人社局), which run the county's part of an item the city HRSS leads (DUTY_APPRENTICESHIP_*), or the
 * Audit Bureau (市审计局), which the text does not name but which reads the platform's audit trail
 * (DUTY_AUDIT_TRAIL_AUDIT).
 */
export type DutyHolder = Body | 'COUNTY' | 'COUNTY_HRSS' | 'AUDIT';

/** The county-level holders: the text gives counties their part through the money they pay, not by its brackets. */
export const COUNTY_HOLDERS: readonly DutyHolder[] = ['COUNTY', 'COUNTY_HRSS'];

/** The holder an account's department acts as. */
export const DEPARTMENT_HOLDER: Readonly<Record<Department, DutyHolder>> = {
  HRSS: 'HRSS',
  FINANCE: 'FINANCE',
  COUNTY_FINANCE: 'COUNTY',
  COUNTY_HRSS: 'COUNTY_HRSS',
  UNION: 'UNION',
  EDUCATION: 'EDUCATION',
  TAX: 'TAX',
  AUDIT: 'AUDIT',
};

const holderLabel = (h: DutyHolder): string =>
  h === 'COUNTY'
    ? DEPARTMENT.label('COUNTY_FINANCE')
    : h === 'COUNTY_HRSS' || h === 'AUDIT'
      ? DEPARTMENT.label(h)
      : BODY.label(h);

/**
 * Where the map goes beyond "the item's leads": each a choice, stated in Chinese and English, like the rules'
 * READING_* parameters (not dated: who may act is not a figure of the text).
 */
export const DUTY_READINGS = {
  DUTY_CRAFTSMAN_HONOURS_UNION: {
    clause: '五(十四)',
    zh:
      '五(十四)的括号以市委组织部、市人力资源社会保障局牵头，市总工会负责，未按荣誉类别分工。平台读为：济宁大工匠、' +
      '济宁工匠（含济宁手造工匠）由市人社局与市总工会办理（工匠类荣誉与二(六)由市总工会出资的工匠学院同属工会工作），' +
      '济宁市首席技师只由牵头的市人社局办理。',
    en:
      'The bracket of 五(十四) names the Organisation Department and HRSS as leads and the Trade Union as responsible, ' +
      'without dividing the honours. Reading: HRSS and the Trade Union handle the grand craftsman and craftsman honours ' +
      '(handicraft included; craftsman work is the union’s, as are the craftsman colleges it funds under 二(六)); the ' +
      'chief technician honour is HRSS’s alone, as lead.',
  },
  DUTY_CRAFTSMAN_COLLEGE_UNION: {
    clause: '二(六)',
    zh:
      '二(六)的括号以市人力资源社会保障局牵头，市总工会负责；而原文写明工匠学院“由市总工会给予每家２０万元一次性补助”。' +
      '平台读为：市级工匠学院的申报、评审、批准和撤销由出资的市总工会办理，牵头的市人社局不办理（工作室仍由市人社局办理）。',
    en:
      'The bracket of 二(六) names HRSS as lead and the Trade Union as responsible, but the text says the union grants ' +
      'each craftsman college its one-time 200,000 yuan. Reading: the union, which pays, records, reviews, approves and ' +
      'revokes city-level craftsman colleges; HRSS, the lead, does not (it still handles the studios).',
  },
  DUTY_COLLEGE_PRIZE_EDUCATION: {
    clause: '三(九)',
    zh:
      '三(九)的括号以市委组织部、市人力资源社会保障局牵头，市教育局、市财政局负责。职业院校技能大赛由教育部门组织，获奖院校' +
      '归市教育局管理：平台读为，职业院校技能大赛获奖（R14）由牵头的市人社局和主管职业院校的市教育局登记、撤销；' +
      '世界技能大赛奖牌、中华技能大奖、全国技术能手（R10–R13）只由牵头的市人社局登记。',
    en:
      'The bracket of 三(九) names the Organisation Department and HRSS as leads, Education and Finance as responsible. ' +
      'The vocational-college skills competition is run by the education authorities and the colleges are ' +
      'Education’s: reading, HRSS (lead) and Education record and revoke the colleges’ prizes (R14); the WorldSkills ' +
      'medals, 中华技能大奖 and 全国技术能手 (R10–R13) are recorded by HRSS alone.',
  },
  DUTY_APPRENTICESHIP_COUNTY_HRSS: {
    clause: '二(二)',
    zh:
      '二(二)的括号以市人力资源社会保障局牵头，市财政局负责；而新型学徒的职业培训补贴“由县财政按照每人每年４０００－６０００元标准给予”。' +
      '平台读为：企业新型学徒培训协议及其培训年度，由企业注册地的县（市、区）人社局（只限本县企业）或牵头的市人社局登记，' +
      '培训年度须由登记人以外的人员确认。',
    en:
      'The bracket of 二(二) names HRSS as lead and Finance as responsible, but the county pays the apprenticeship ' +
      'subsidy. Reading: the county HRSS bureau of the enterprise’s county (its own county’s enterprises only) or the ' +
      'city HRSS, the lead, records apprenticeship agreements and their years; someone other than the recorder confirms a year.',
  },
  DUTY_APPRENTICESHIP_RATE_COUNTY_HRSS: {
    clause: '二(二)',
    zh:
      '二(二)规定学徒补贴“由县财政按照每人每年４０００－６０００元标准给予”，标准由各县在此范围内确定。平台读为：' +
      '县定补贴标准由该县（市、区）人社局设定（只限本县，按生效日期保存历次标准），市人社局只查看。',
    en:
      '二(二) has the county pay 4,000–6,000 yuan per apprentice per year, each county choosing its rate. Reading: the ' +
      'county HRSS bureau sets its own county’s rate (dated, every rate kept); the city HRSS reads them.',
  },
  DUTY_ENTITLEMENTS_FINANCE: {
    clause: null,
    zh: '资金待遇由市财政局登记：每个资金条目（二(二)–(六)、三(九)）的括号都列市财政局为负责单位，资金经由财政。',
    en: 'The Finance Bureau records entitlements: it is responsible (负责) in the bracket of every money item (二(二)–(六), 三(九)).',
  },
  DUTY_COUNTY_SHARE: {
    clause: '六',
    zh: '各县（市、区）统筹资金保障（六），县财政承担本县分担（二(二)、二(四)、三(九)）：县级财政账号只看、只管本县承担的待遇。',
    en: 'Counties fund their share (六; 二(二), 二(四), 三(九)): a county finance account sees and handles its own county’s share only.',
  },
  DUTY_DIRECTORY_HRSS: {
    clause: null,
    zh: '人员、单位名录是平台的基础登记，政策未单列；由牵头多数条目的市人力资源社会保障局维护。',
    en: 'The register of people and units is the platform’s own; no item names it. HRSS, which leads most items, keeps it.',
  },
  DUTY_PII_HRSS: {
    clause: null,
    zh:
      '完整的公民身份号码和收款账号（社保卡金融账户、单位基本存款账户）只向维护人员、单位名录的市人力资源社会保障局' +
      '显示，其他部门看到的是遮蔽后的号码；财政只在导出支付文件时取得完整账号，并记入审计日志。',
    en:
      'Unmasked resident ID numbers and payment accounts (social security card accounts, units’ basic accounts) are ' +
      'shown only to HRSS, which keeps the register; others see them masked, and Finance gets full accounts only in ' +
      'an audited payment file export.',
  },
  DUTY_TARGETS_HRSS: {
    clause: '一',
    zh:
      '一（目标任务）没有括号分工。平台读为：T1 所需的就业人员数（市、县统计公报等公布的统计数据）和 T3 定性目标的评估' +
      '由牵头多数条目的市人力资源社会保障局登记，并注明来源。',
    en:
      'Part 一 (the targets) names no bodies. Reading: HRSS, which leads most items, records the employed population T1 ' +
      'needs (a published statistic, with its source) and its assessment of the qualitative T3.',
  },
  DUTY_AUDIT_TRAIL_AUDIT: {
    clause: null,
    zh:
      '审计日志（谁在何时查看了完整的公民身份号码、登记或改动了什么）由市审计局查阅：政策未单列，而查看号码、登记资金的' +
      '市人社局、市财政局不宜审查自己的操作；审计账号只读日志，不办理任何业务。',
    en:
      'The audit trail (who revealed a resident ID number, who recorded or changed what) is read by the Audit Bureau: no ' +
      'item names it, and HRSS and Finance, whose actions it records, should not audit themselves; the audit account ' +
      'reads the trail and does nothing else.',
  },
} as const satisfies Record<string, { clause: Clause | null; zh: string; en: string }>;
export type DutyReadingId = keyof typeof DUTY_READINGS;

export interface DutyRule {
  /** The item whose bracket says who does this; null for the platform's own duties, which no item names. */
  readonly clause: Clause | null;
  /** The item's lead bodies (牵头) hold it. */
  readonly leads: boolean;
  /** Holders besides the leads, each with the reading that adds it. */
  readonly also: readonly { readonly holder: DutyHolder; readonly reading: DutyReadingId }[];
}

export const DUTY_AREAS = [
  'DIRECTORY',
  'CERTIFICATE',
  'STUDIO',
  'CRAFTSMAN_COLLEGE',
  'COMPETITION',
  'HONOUR',
  'ENTITLEMENT',
  'COUNTY_SHARE',
  'PII',
  'AUDIT',
  'GRADUATE_HIRING',
  'COLLEGE_PRIZE',
  'SKILL_AWARD',
  'ORDER_CLASS',
  'COMPLIANCE',
  'APPRENTICESHIP',
  'EDUCATION_INVESTMENT',
  'SUBSIDISED_TRAINING',
  'TARGET',
  'COLLEGE_MAJOR',
] as const;
export type DutyArea = (typeof DUTY_AREAS)[number];

export interface Duty<C extends string> {
  readonly area: DutyArea;
  /** What the duty is, as a verb phrase: 登记技能大师工作室. */
  readonly zh: string;
  readonly en: string;
  readonly codes: readonly C[];
  readonly rules: Readonly<Record<C, DutyRule>>;
  /** The Chinese word of a code (the vocabulary's label where there is one). */
  label(code: C): string;
  /** The holders of the duty for a code: the item's leads (if the rule takes them) and the readings' holders. */
  holders(code: C): readonly DutyHolder[];
  /** May an account of `department` do this for `code`? Unknown departments or codes may not. */
  allows(department: string, code: string): boolean;
  /** Why `department` may not, in Chinese and English: names the code, the clause and who may. */
  refusal(department: string, code: string): { zh: string; en: string };
}

function defineDuty<const C extends string>(
  area: DutyArea,
  words: { zh: string; en: string },
  codes: readonly C[],
  label: (code: C) => string,
  rule: (code: C) => DutyRule,
): Duty<C> {
  const rules = Object.freeze(Object.fromEntries(codes.map((c) => [c, Object.freeze(rule(c))]))) as Readonly<
    Record<C, DutyRule>
  >;
  const holders = Object.fromEntries(
    codes.map((c) => {
      const r = rules[c];
      const set = new Set<DutyHolder>([
        ...(r.leads && r.clause ? responsibilityFor(r.clause).lead : []),
        ...r.also.map((a) => a.holder),
      ]);
      // In the text's order of bodies, counties last: the same answer whatever order the rule lists them in.
      const ordered = [...BODIES, 'COUNTY' as const, 'COUNTY_HRSS' as const, 'AUDIT' as const].filter((h) =>
        set.has(h),
      );
      return [c, Object.freeze(ordered)];
    }),
  ) as Record<C, readonly DutyHolder[]>;
  const known = (code: string): code is C => Object.hasOwn(rules, code);
  const holderOf = (department: string): DutyHolder | undefined =>
    DEPARTMENT.has(department) ? DEPARTMENT_HOLDER[department] : undefined;
  return Object.freeze({
    area,
    zh: words.zh,
    en: words.en,
    codes,
    rules,
    label,
    holders: (code: C) => holders[code],
    allows(department: string, code: string) {
      const holder = holderOf(department);
      return !!holder && known(code) && holders[code].includes(holder);
    },
    refusal(department: string, code: string) {
      const who = DEPARTMENT.has(department) ? DEPARTMENT.label(department) : department;
      if (!known(code)) {
        return { zh: `${who}无权${words.zh}：${code}`, en: `${department} may not ${words.en}: ${code}` };
      }
      const r = rules[code];
      const by = holders[code].map(holderLabel).join('、') || '无';
      const basis = r.clause ? `${r.clause}：` : '';
      return {
        zh: `${who}无权${words.zh}（${label(code)}）：${basis}由${by}办理`,
        en: `${department} may not ${words.en} (${code}): ${r.clause ? `${r.clause}, ` : ''}by ${holders[code].join(', ')}`,
      };
    },
  });
}

const LEADS = (clause: Clause, ...also: DutyRule['also']): DutyRule => ({ clause, leads: true, also });
const ONLY = (clause: Clause | null, ...also: DutyRule['also']): DutyRule => ({ clause, leads: false, also });

/** The directory's records: no vocabulary of the policy, so named here. */
export const DIRECTORY_RECORDS = ['PERSON', 'ORGANISATION'] as const;
export type DirectoryRecord = (typeof DIRECTORY_RECORDS)[number];
const DIRECTORY_RECORD_WORDS: Readonly<Record<DirectoryRecord, string>> = { PERSON: '人员', ORGANISATION: '单位' };

/** The tiers of the vocational-college skills competition R14 rewards: 世界（全国）职业院校技能大赛. */
export const COLLEGE_PRIZE_TIERS = ['WORLD', 'NATIONAL'] as const satisfies readonly CompetitionTier[];

const CRAFTSMAN_UNION = { holder: 'UNION', reading: 'DUTY_CRAFTSMAN_HONOURS_UNION' } as const;

/** The map: every duty the platform has, per code. */
export const DUTIES = {
  DIRECTORY: defineDuty(
    'DIRECTORY',
    { zh: '登记人员、单位', en: 'register people and organisations' },
    DIRECTORY_RECORDS,
    (c) => DIRECTORY_RECORD_WORDS[c],
    () => ONLY(null, { holder: 'HRSS', reading: 'DUTY_DIRECTORY_HRSS' }),
  ),
  /** 四(十)–(十二), each route by its clause; all three items are led by HRSS alone. */
  CERTIFICATE: defineDuty(
    'CERTIFICATE',
    { zh: '登记职业技能等级证书', en: 'record skill certificates' },
    CERTIFICATION_ROUTE.codes,
    (c) => CERTIFICATION_ROUTE.label(c),
    (c: CertificationRoute) => LEADS(CERTIFICATION_ROUTE.terms[c].clause as Clause),
  ),
  /** 二(六): HRSS leads; Education, the Trade Union and others are only responsible. */
  STUDIO: defineDuty(
    'STUDIO',
    { zh: '登记技能大师工作室', en: 'register skill-master studios' },
    STUDIO_LEVEL.codes,
    (c) => STUDIO_LEVEL.label(c),
    (_c: StudioLevel) => LEADS('二(六)'),
  ),
  /** 二(六) 工匠学院: the Trade Union, which pays the grant, alone (DUTY_CRAFTSMAN_COLLEGE_UNION). */
  CRAFTSMAN_COLLEGE: defineDuty(
    'CRAFTSMAN_COLLEGE',
    { zh: '办理工匠学院', en: 'handle craftsman colleges' },
    CRAFTSMAN_COLLEGE_LEVEL.codes,
    (c) => CRAFTSMAN_COLLEGE_LEVEL.label(c),
    (_c: CraftsmanCollegeLevel) => ONLY('二(六)', { holder: 'UNION', reading: 'DUTY_CRAFTSMAN_COLLEGE_UNION' }),
  ),
  /** 四(十三) 开展各级各类竞赛活动: HRSS and the Trade Union co-lead, at every tier. */
  COMPETITION: defineDuty(
    'COMPETITION',
    { zh: '登记竞赛及其成绩', en: 'record competitions and their results' },
    COMPETITION_TIER.codes,
    (c) => COMPETITION_TIER.label(c),
    (_c: CompetitionTier) => LEADS('四(十三)'),
  ),
  /** 四(十三) (技术能手, 技能状元: HRSS and the Trade Union co-lead), 五(十四) (首席技师, 大工匠, 工匠). */
  HONOUR: defineDuty(
    'HONOUR',
    { zh: '提名、审定表彰', en: 'nominate and decide honours' },
    HONOUR_KIND.codes,
    (c) => HONOUR_KIND.label(c),
    (c: HonourKind) => {
      switch (c) {
        case 'TECHNICAL_EXPERT':
        case 'SKILLS_CHAMPION':
          return LEADS('四(十三)');
        case 'CHIEF_TECHNICIAN':
          return LEADS('五(十四)');
        case 'GRAND_CRAFTSMAN':
        case 'CRAFTSMAN':
        case 'HANDICRAFT_CRAFTSMAN':
          return LEADS('五(十四)', CRAFTSMAN_UNION);
      }
    },
  ),
  /** Every money rule (R1–R16), by its clause. */
  ENTITLEMENT: defineDuty(
    'ENTITLEMENT',
    { zh: '登记资金待遇', en: 'record entitlements' },
    RULE_IDS,
    (c) => c,
    (c: RuleId) => ONLY(RULE_CLAUSES[c], { holder: 'FINANCE', reading: 'DUTY_ENTITLEMENTS_FINANCE' }),
  ),
  COUNTY_SHARE: defineDuty(
    'COUNTY_SHARE',
    { zh: '办理本县承担的资金分担', en: 'handle its own county’s share' },
    ['COUNTY'] as const,
    () => DEPARTMENT.label('COUNTY_FINANCE'),
    () => ONLY('六', { holder: 'COUNTY', reading: 'DUTY_COUNTY_SHARE' }),
  ),
  PII: defineDuty(
    'PII',
    { zh: '查看完整的公民身份号码、收款账号', en: 'see resident ID numbers and payment accounts unmasked' },
    ['ID_NUMBER', 'PAYMENT_ACCOUNT'] as const,
    (c) => (c === 'ID_NUMBER' ? '公民身份号码' : '收款账号（社保卡金融账户、基本存款账户）'),
    () => ONLY(null, { holder: 'HRSS', reading: 'DUTY_PII_HRSS' }),
  ),
  AUDIT: defineDuty(
    'AUDIT',
    { zh: '查阅审计日志', en: 'read the audit trail' },
    ['TRAIL'] as const,
    () => '审计日志',
    () => ONLY(null, { holder: 'AUDIT', reading: 'DUTY_AUDIT_TRAIL_AUDIT' }),
  ),
  /**
   * 三(九) graduate hiring (R15 / R16): the bracket names the Organisation Department and HRSS as leads (Education and
   * Finance only responsible). Of the leads only HRSS has accounts, so HRSS records the hires and their insured years
   * and another HRSS account confirms each year; the county pays, but the text gives counties no part in recording.
   */
  GRADUATE_HIRING: defineDuty(
    'GRADUATE_HIRING',
    { zh: '登记毕业生就业补贴的聘用和参保年度', en: 'record graduate hires and their insured years' },
    GRADUATE_CLASS.codes,
    (c) => GRADUATE_CLASS.label(c),
    (_c: GraduateClass) => LEADS('三(九)'),
  ),
  /**
   * 三(九) R14: a vocational college's prize in the world or national vocational-college skills competition, by the
   * competition's tier. HRSS as lead and Education, whose colleges they are (DUTY_COLLEGE_PRIZE_EDUCATION).
   */
  COLLEGE_PRIZE: defineDuty(
    'COLLEGE_PRIZE',
    { zh: '登记职业院校技能大赛获奖', en: 'record vocational colleges’ competition prizes' },
    COLLEGE_PRIZE_TIERS,
    (c) => COMPETITION_TIER.label(c),
    () => LEADS('三(九)', { holder: 'EDUCATION', reading: 'DUTY_COLLEGE_PRIZE_EDUCATION' }),
  ),
  /** 三(九) R10–R13: WorldSkills medals, 中华技能大奖 and 全国技术能手 of people introduced or cultivated; HRSS, the lead. */
  SKILL_AWARD: defineDuty(
    'SKILL_AWARD',
    { zh: '登记技能奖项', en: 'record skill awards' },
    SKILL_AWARD.codes,
    (c) => SKILL_AWARD.label(c),
    (_c: SkillAward) => LEADS('三(九)'),
  ),
  /**
   * Enterprises' yearly compliance reports: 六 (the frontline share of employee-education funds; ORG_DEPT and HRSS
   * lead) and 三(八) (E3, wage growth in state-owned enterprises; HRSS and SASAC lead). Of the leads only HRSS has
   * accounts, so HRSS records each report and the rules check it.
   */
  COMPLIANCE: defineDuty(
    'COMPLIANCE',
    { zh: '登记企业合规报告', en: 'record enterprises’ compliance reports' },
    COMPLIANCE_CHECK.codes,
    (c) => COMPLIANCE_CHECK.label(c),
    (c: ComplianceCheck) => LEADS(COMPLIANCE_CHECK.terms[c].clause as Clause),
  ),
  /**
   * 二(二) new-type apprenticeships (R2): the city HRSS leads and the county pays. Agreements and their years by the
   * county HRSS of the enterprise's county or the city HRSS (DUTY_APPRENTICESHIP_COUNTY_HRSS); each county's rate by
   * its own HRSS alone (DUTY_APPRENTICESHIP_RATE_COUNTY_HRSS). Which county is the subgraph's check (the account's
   * countyCode against the enterprise's county), not the map's.
   */
  APPRENTICESHIP: defineDuty(
    'APPRENTICESHIP',
    { zh: '办理企业新型学徒制', en: 'handle new-type apprenticeships' },
    APPRENTICESHIP_ITEM.codes,
    (c) => APPRENTICESHIP_ITEM.label(c),
    (c: ApprenticeshipItem) =>
      c === 'COUNTY_RATE'
        ? ONLY('二(二)', { holder: 'COUNTY_HRSS', reading: 'DUTY_APPRENTICESHIP_RATE_COUNTY_HRSS' })
        : LEADS('二(二)', { holder: 'COUNTY_HRSS', reading: 'DUTY_APPRENTICESHIP_COUNTY_HRSS' }),
  ),
  /**
   * 二(五) subsidised vocational training (R6, T9): HRSS, the lead, keeps the catalogue (its dated, cited lines) and
   * records the classes and their trainees who completed; Education and Finance (负责) do not record them.
   */
  SUBSIDISED_TRAINING: defineDuty(
    'SUBSIDISED_TRAINING',
    { zh: '办理补贴性职业技能培训', en: 'handle subsidised vocational training' },
    SUBSIDISED_TRAINING_ITEM.codes,
    (c) => SUBSIDISED_TRAINING_ITEM.label(c),
    (_c: SubsidisedTrainingItem) => LEADS('二(五)'),
  ),
  /**
   * 二(四) R4: a pilot industry-education-integration enterprise's (产教融合型企业) investment in vocational education and
   * the education surcharges it owes, per tax year. The bracket reads (市人力资源社会保障局牵头，市教育局、市发展改革委、
   * 市工业和信息化局、市财政局、市税务局负责): HRSS leads and records it, by the map's rule. The Development and Reform
   * Commission and Education, which nationally list the pilot enterprises (《建设产教融合型企业实施办法（试行）》), are only
   * responsible here and have no accounts on the platform: their listing is the record's evidence (文号、日期), not a
   * duty. Tax, which grants the credit, reads finance's ledger; Finance keeps the ledger (DUTY_ENTITLEMENTS_FINANCE).
   */
  EDUCATION_INVESTMENT: defineDuty(
    'EDUCATION_INVESTMENT',
    { zh: '登记产教融合型企业兴办职业教育投资', en: 'record pilot enterprises’ investment in vocational education' },
    EDUCATION_INVESTMENT_ITEM.codes,
    (c) => EDUCATION_INVESTMENT_ITEM.label(c),
    (_c: EducationInvestmentItem) => LEADS('二(四)'),
  ),
  /**
   * 二(四) order classes (R5): the bracket names HRSS as lead (Education, Development and Reform, Industry and IT,
   * Finance and Tax responsible). HRSS records the order-class agreements and each enterprise's yearly hiring report,
   * and another HRSS account confirms the report. The county pays half (由市、县财政按照５:５比例分担) but, unlike
   * 二(二), the text gives the county no rate to set nor any part in recording: no county HRSS reading is made.
   */
  ORDER_CLASS: defineDuty(
    'ORDER_CLASS',
    { zh: '办理订单式培养', en: 'handle order classes' },
    ORDER_CLASS_ITEM.codes,
    (c) => ORDER_CLASS_ITEM.label(c),
    (_c: OrderClassItem) => LEADS('二(四)'),
  ),
  /**
   * 一 the targets: what the platform cannot count from its records — the employed population behind T1 and the
   * standing of the qualitative T3 — HRSS records (DUTY_TARGETS_HRSS).
   */
  TARGET: defineDuty(
    'TARGET',
    { zh: '登记目标统计数据', en: 'record target statistics' },
    TARGET_RECORD.codes,
    (c) => TARGET_RECORD.label(c),
    (_c: TargetRecord) => ONLY(null, { holder: 'HRSS', reading: 'DUTY_TARGETS_HRSS' }),
  ),
  /**
   * 二(三) the colleges' majors, courses and the colleges themselves (R3, T6–T8): the bracket names Education and HRSS
   * as leads (市教育局、市人力资源社会保障局牵头), so both record and approve them, by the map's rule — Education the
   * vocational colleges it runs, HRSS the technical colleges (技工院校) it runs; the platform does not split them by
   * kind of school, since the text does not.
   */
  COLLEGE_MAJOR: defineDuty(
    'COLLEGE_MAJOR',
    { zh: '办理院校专业建设项目', en: 'handle colleges’ majors and courses' },
    COLLEGE_MAJOR_KIND.codes,
    (c) => COLLEGE_MAJOR_KIND.label(c),
    (_c: CollegeMajorKind) => LEADS('二(三)'),
  ),
} as const satisfies Record<DutyArea, Duty<string>>;

/** Every duty a department holds, area by area (the codes it may act on). */
export function dutiesOf(department: Department): Partial<Record<DutyArea, string[]>> {
  const out: Partial<Record<DutyArea, string[]>> = {};
  for (const area of DUTY_AREAS) {
    const duty: Duty<string> = DUTIES[area];
    const codes = duty.codes.filter((c) => duty.allows(department, c));
    if (codes.length > 0) out[area] = codes;
  }
  return out;
}

/** 四(十三), 五(十四): may this department nominate and decide honours of this kind? */
export const canManageHonourKind = (department: string, kind: HonourKind): boolean =>
  DUTIES.HONOUR.allows(department, kind);

/** 二(六): may this department register a studio at this level? */
export const canManageStudioLevel = (department: string, level: StudioLevel): boolean =>
  DUTIES.STUDIO.allows(department, level);

/**
 * H5 (五(十五)): who records a person's standing measures (recommendations, programmes attended). The item's bracket
 * names the Organisation Department as lead and HRSS, Education, the Trade Union, the Youth League and the Women's
 * Federation as responsible; each records the measures it takes (a recommendation, a programme it runs), so every
 * body of the bracket may record, and nobody else. Not an area of the map: it carries no code per kind, and the
 * schema guards it with the honours' permission (awards:manage).
 */
export function standingMeasureRefusal(department: string): { zh: string; en: string } | null {
  const clause = '五(十五)' as const;
  const r = responsibilityFor(clause);
  const bodies = [...r.lead, ...r.responsible];
  const holder = DEPARTMENT.has(department) ? DEPARTMENT_HOLDER[department] : undefined;
  if (holder && (bodies as readonly DutyHolder[]).includes(holder)) return null;
  const who = DEPARTMENT.has(department) ? DEPARTMENT.label(department) : department;
  return {
    zh: `${who}无权登记政治待遇和社会地位措施：${clause}：由${bodies.map((b) => BODY.label(b)).join('、')}办理`,
    en: `${department} may not record standing measures (${clause}): by ${bodies.join(', ')}`,
  };
}
