/**
 * The platform's own words: the workflow states it keeps and the kinds of its directory records. They are not the
 * policy's, but they live beside its words so that every code list has one home and the GraphQL enums, database
 * enums and admin web all read the same labels.
 */
import { BODY } from '../bodies.ts';
import { defineVocabulary } from './define.ts';

/**
 * A nomination's way (四(十三), 五(十四)): 已提名 → expert review (已评审) → 公示中 (publicity with an objection window)
 * → 已批准 (numbered certificate) or 未通过; an approved honour can be 已撤销.
 */
export const HONOUR_STATUS = defineVocabulary(
  'HonourStatus',
  '表彰状态：已提名、已评审、公示中、已批准、未通过、已撤销',
  {
    NOMINATED: { zh: '已提名', en: 'Nominated' },
    REVIEWED: { zh: '已评审', en: 'Reviewed by experts' },
    IN_PUBLICITY: { zh: '公示中', en: 'In publicity' },
    APPROVED: { zh: '已批准', en: 'Approved' },
    REJECTED: { zh: '未通过', en: 'Rejected' },
    REVOKED: { zh: '已撤销', en: 'Revoked' },
  },
);
export type HonourStatus = (typeof HONOUR_STATUS.codes)[number];

/**
 * An entitlement's way to payment (DESIGN.md "Cross-domain flow" 4): computed by the rules (待审核), reviewed (已审核),
 * approved by someone else (已审批), published for objections (公示中), payable (待支付), in a payment batch (支付中),
 * paid (已发放); or rejected (未通过), or cancelled because its fact was revoked (已撤销).
 */
export const ENTITLEMENT_STATUS = defineVocabulary('EntitlementStatus', '待遇状态', {
  CALCULATED: { zh: '待审核', en: 'Calculated, awaiting review' },
  REVIEWED: { zh: '已审核', en: 'Reviewed, awaiting approval' },
  APPROVED: { zh: '已审批', en: 'Approved, awaiting publicity' },
  IN_PUBLICITY: { zh: HONOUR_STATUS.label('IN_PUBLICITY'), en: 'In publicity' },
  PAYABLE: { zh: '待支付', en: 'Payable' },
  IN_PAYMENT: { zh: '支付中', en: 'In a payment batch' },
  PAID: { zh: '已发放', en: 'Paid' },
  REJECTED: { zh: HONOUR_STATUS.label('REJECTED'), en: 'Rejected' },
  CANCELLED: { zh: HONOUR_STATUS.label('REVOKED'), en: 'Cancelled (its fact was revoked)' },
});
export type EntitlementStatus = (typeof ENTITLEMENT_STATUS.codes)[number];

/**
 * A publicity batch (公示): published with an objection window, then closed when the window has ended; what is left
 * in it becomes payable (DESIGN.md "Cross-domain flow" 4).
 */
export const PUBLICITY_STATUS = defineVocabulary('PublicityStatus', '公示批次状态', {
  OPEN: { zh: ENTITLEMENT_STATUS.label('IN_PUBLICITY'), en: 'Open for objections' },
  CLOSED: { zh: '公示期满', en: 'Closed: the window has ended' },
});
export type PublicityStatus = (typeof PUBLICITY_STATUS.codes)[number];

/** An objection raised during publicity (公示异议): upheld (the entitlement is rejected) or dismissed (it proceeds). */
export const OBJECTION_STATUS = defineVocabulary('ObjectionStatus', '公示异议处理状态', {
  OPEN: { zh: '待处理', en: 'Open' },
  UPHELD: { zh: '异议成立', en: 'Upheld: the entitlement is rejected' },
  DISMISSED: { zh: '异议不成立', en: 'Dismissed: the entitlement proceeds' },
});
export type ObjectionStatus = (typeof OBJECTION_STATUS.codes)[number];

/** A payment batch of one payer (and, for a county, one county): open while any of its lines awaits payment. */
export const PAYMENT_BATCH_STATUS = defineVocabulary('PaymentBatchStatus', '支付批次状态', {
  OPEN: { zh: ENTITLEMENT_STATUS.label('IN_PAYMENT'), en: 'Open: lines await payment' },
  SETTLED: { zh: '已办结', en: 'Settled: every line is paid or returned' },
});
export type PaymentBatchStatus = (typeof PAYMENT_BATCH_STATUS.codes)[number];

/** One payer's share in a payment batch: sent to the bank, paid, or returned (e.g. a wrong account) and re-queued. */
export const PAYMENT_LINE_STATUS = defineVocabulary('PaymentLineStatus', '支付明细状态', {
  IN_BATCH: { zh: '待银行回单', en: 'In the batch, awaiting the bank' },
  PAID: { zh: ENTITLEMENT_STATUS.label('PAID'), en: 'Paid' },
  RETURNED: { zh: '已退回', en: 'Returned, the share is payable again' },
});
export type PaymentLineStatus = (typeof PAYMENT_LINE_STATUS.codes)[number];

/** How a report of entitlements is grouped. */
export const REPORT_GROUPING = defineVocabulary('ReportGrouping', '统计口径', {
  COUNTY: { zh: '按县（市、区）', en: 'By county' },
  PAYER: { zh: '按出资方', en: 'By payer' },
  RULE: { zh: '按政策条目', en: 'By rule' },
  YEAR: { zh: '按预算年度', en: 'By budget year' },
});
export type ReportGrouping = (typeof REPORT_GROUPING.codes)[number];

/**
 * Benefit groups for 从优、就高、不重复 (the rules' BENEFIT_GROUPS, in this order): grants in one group for the same
 * beneficiary and the same underlying fact are one benefit. Budgets are set per payer, year and group.
 */
export const BENEFIT_GROUP = defineVocabulary('BenefitGroup', '待遇类别', {
  SKILL_CERTIFICATE_SUBSIDY: { zh: '技能等级一次性补贴', en: 'Skill-level certificate subsidy', clause: '二(二)' },
  APPRENTICESHIP_SUBSIDY: { zh: '新型学徒制培训补贴', en: 'New-type apprenticeship subsidy', clause: '二(二)' },
  HIGH_LEVEL_MAJOR_AWARD: { zh: '高水平专业（群）奖补', en: 'High-level major award', clause: '二(三)' },
  EDUCATION_SURCHARGE_CREDIT: { zh: '教育费附加抵免', en: 'Education surcharge credit', clause: '二(四)' },
  ORDER_CLASS_HIRING_SUBSIDY: { zh: '订单班企业用才补贴', en: 'Order-class hiring subsidy', clause: '二(四)' },
  SUBSIDISED_TRAINING: { zh: '补贴性职业技能培训', en: 'Subsidised vocational training', clause: '二(五)' },
  SKILL_MASTER_STUDIO_FUNDING: { zh: '技能大师工作室建设经费', en: 'Skill-master studio funding', clause: '二(六)' },
  CRAFTSMAN_COLLEGE_GRANT: { zh: '工匠学院补助', en: 'Craftsman college grant', clause: '二(六)' },
  INDIVIDUAL_SKILL_AWARD: { zh: '个人技能奖励', en: 'Individual skill award', clause: '三(九)' },
  UNIT_TALENT_AWARD: { zh: '单位育才奖励', en: 'Award to the introducing or cultivating unit', clause: '三(九)' },
  COLLEGE_COMPETITION_AWARD: { zh: '院校竞赛奖励', en: 'College competition award', clause: '三(九)' },
  GRADUATE_HIRING_SUBSIDY: { zh: '技工院校毕业生就业补贴', en: 'Graduate hiring subsidy', clause: '三(九)' },
});

/** 从优、就高、不重复 against earlier grants of the same benefit. */
export const STACKING = defineVocabulary('Stacking', '享受方式', {
  NEW: { zh: '首次享受', en: 'New' },
  TOP_UP: { zh: '补差额', en: 'Top-up: the difference over an earlier grant' },
});

/** What finance made of one fact event (a person's record shows every fact, with why it earned nothing). */
export const FACT_OUTCOME = defineVocabulary('FactOutcome', '事实核定结果', {
  GRANTED: { zh: '已核定待遇', en: 'Granted' },
  NOT_ELIGIBLE: { zh: '不符合条件', en: 'Not eligible' },
  NOT_HIGHER: {
    zh: '已享受同等或更高待遇（从优、就高、不重复）',
    en: 'Not higher than a benefit already granted',
    short: '不重复享受',
  },
  CONFLICT: { zh: '须人工裁定', en: 'Needs a person to decide' },
  FAILED: { zh: '无法核定', en: 'Could not be assessed' },
  CANCELLED: { zh: '事实已撤销', en: 'The fact was revoked' },
});
export type FactOutcome = (typeof FACT_OUTCOME.codes)[number];

export const GENDER = defineVocabulary('Gender', '性别（由身份证号码得出，GB 11643）', {
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
});
export type Gender = (typeof GENDER.codes)[number];

export const ORGANISATION_KIND = defineVocabulary('OrganisationKind', '单位类型', {
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  VOCATIONAL_COLLEGE: { zh: '职业院校', en: 'Vocational college' },
  TECHNICAL_SCHOOL: { zh: '技工院校', en: 'Technical school' },
  EVALUATION_ORGANISATION: { zh: '评价机构（社会培训评价组织）', en: 'Evaluation organisation', short: '评价机构' },
});
export type OrganisationKind = (typeof ORGANISATION_KIND.codes)[number];

/**
 * Where a subsidy is paid (DESIGN.md "Cross-domain flow" 4): as is usual for Chinese subsidies, a person to the
 * financial account of their social security card and a unit to its basic deposit account.
 */
export const PAYMENT_ACCOUNT_KIND = defineVocabulary('PaymentAccountKind', '收款账户类型', {
  SOCIAL_SECURITY_CARD: { zh: '社保卡金融账户', en: 'Social security card financial account' },
  BASIC_DEPOSIT: { zh: '基本存款账户', en: 'Basic deposit account' },
});
export type PaymentAccountKind = (typeof PAYMENT_ACCOUNT_KIND.codes)[number];

export const COUNTY_KIND = defineVocabulary('CountyKind', '区划类型', {
  DISTRICT: { zh: '市辖区', en: 'City district' },
  COUNTY: { zh: '县', en: 'County' },
  COUNTY_LEVEL_CITY: { zh: '县级市', en: 'County-level city' },
  FUNCTIONAL_ZONE: { zh: '功能区', en: 'Functional zone' },
});

/**
 * The departments that hold accounts on the platform: four of the policy's bodies, the county finance offices and the
 * county HRSS bureaus (both bound to their county by the account's countyCode).
 */
export const DEPARTMENT = defineVocabulary('Department', '账号所属部门', {
  HRSS: BODY.terms.HRSS,
  FINANCE: BODY.terms.FINANCE,
  COUNTY_FINANCE: { zh: '县（市、区）财政局', en: 'County finance office' },
  // 二(二): each county sets its apprenticeship rate and runs its enterprises' apprenticeships (DUTY_APPRENTICESHIP_*).
  COUNTY_HRSS: { zh: '县（市、区）人社局', en: 'County HRSS bureau' },
  UNION: BODY.terms.UNION,
  EDUCATION: BODY.terms.EDUCATION,
  TAX: BODY.terms.TAX,
  // Not one of the text's bodies: it reads the platform's audit trail (DUTY_AUDIT_TRAIL_AUDIT in duties.ts).
  AUDIT: { zh: '市审计局', en: 'Audit Bureau' },
});
export type Department = (typeof DEPARTMENT.codes)[number];

/**
 * How a list imported from Excel (or entered in a grid) is written: checked only, written whole or not at all, or
 * only its rows without errors. The admin web's import flow offers the last two as its buttons, so these are their words.
 */
export const IMPORT_MODE = defineVocabulary('ImportMode', '导入方式', {
  VALIDATE_ONLY: { zh: '仅校验', en: 'Validate only: nothing is written' },
  ALL_OR_NOTHING: { zh: '全部导入', en: 'All or nothing: written only when no row has an error' },
  VALID_ROWS_ONLY: { zh: '仅导入无误的行', en: 'Valid rows only: rows with errors are left out' },
});
export type ImportMode = (typeof IMPORT_MODE.codes)[number];
