/**
 * The platform's own words: the workflow states it keeps and the kinds of its directory records. They are not the
 * policy's, but they live beside its words so that every code list has one home and the GraphQL enums, database
 * enums and admin web all read the same labels.
 */
import { BODY } from '../bodies.ts';
import { defineVocabulary } from './define.ts';

/** A nomination's review: 已提名 → 已批准 or 未通过; an approved honour can be 已撤销. */
export const HONOUR_STATUS = defineVocabulary('HonourStatus', '表彰状态：已提名、已批准、未通过、已撤销', {
  NOMINATED: { zh: '已提名', en: 'Nominated' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未通过', en: 'Rejected' },
  REVOKED: { zh: '已撤销', en: 'Revoked' },
});
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
  IN_PUBLICITY: { zh: '公示中', en: 'In publicity' },
  PAYABLE: { zh: '待支付', en: 'Payable' },
  IN_PAYMENT: { zh: '支付中', en: 'In a payment batch' },
  PAID: { zh: '已发放', en: 'Paid' },
  REJECTED: { zh: HONOUR_STATUS.label('REJECTED'), en: 'Rejected' },
  CANCELLED: { zh: '已撤销', en: 'Cancelled (its fact was revoked)' },
});
export type EntitlementStatus = (typeof ENTITLEMENT_STATUS.codes)[number];

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

export const COUNTY_KIND = defineVocabulary('CountyKind', '区划类型', {
  DISTRICT: { zh: '市辖区', en: 'City district' },
  COUNTY: { zh: '县', en: 'County' },
  COUNTY_LEVEL_CITY: { zh: '县级市', en: 'County-level city' },
  FUNCTIONAL_ZONE: { zh: '功能区', en: 'Functional zone' },
});

/** The departments that hold accounts on the platform: four of the policy's bodies and the county finance offices. */
export const DEPARTMENT = defineVocabulary('Department', '账号所属部门', {
  HRSS: BODY.terms.HRSS,
  FINANCE: BODY.terms.FINANCE,
  COUNTY_FINANCE: { zh: '县（市、区）财政局', en: 'County finance office' },
  UNION: BODY.terms.UNION,
  EDUCATION: BODY.terms.EDUCATION,
  TAX: BODY.terms.TAX,
});
export type Department = (typeof DEPARTMENT.codes)[number];
