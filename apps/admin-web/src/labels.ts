/**
 * Chinese labels for every enum the admin web shows. One module so wording stays consistent across pages.
 * Typed as Record<Enum, string> over the generated schema types: a value added to the schema without a label here
 * fails the typecheck instead of showing a raw code to users.
 */
import type {
  CertificationRoute,
  CompetitionTier,
  EntitlementStatus,
  Gender,
  HonourKind,
  HonourStatus,
  Medal,
  OrganisationKind,
  Payer,
  SkillLevel,
  StudioLevel,
} from './gql/graphql';
import { HONOUR_KIND_LABELS, SKILL_LEVELS, skillLevelLabel, STUDIO_LEVEL_LABELS } from '@jining/rules';

export const genderLabels: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export const organisationKindLabels: Record<OrganisationKind, string> = {
  ENTERPRISE: '企业',
  VOCATIONAL_COLLEGE: '职业院校',
  TECHNICAL_SCHOOL: '技工院校',
  EVALUATION_ORGANISATION: '评价机构',
};

/** The eight-level skill ladder (八级工), lowest first, in the policy's own words (`@jining/rules`). */
export const skillLevelLabels: Record<SkillLevel, string> = Object.fromEntries(
  SKILL_LEVELS.map((level) => [level, skillLevelLabel(level)]),
) as Record<SkillLevel, string>;

export const certificationRouteLabels: Record<CertificationRoute, string> = {
  SKILL_LEVEL_CERTIFICATION: '职业技能等级认定',
  VOCATIONAL_QUALIFICATION: '职业资格',
  DIRECT_CERTIFICATION: '直接认定',
  ONE_EXAM_TWO_CERTIFICATES: '一试双证',
};

export const studioLevelLabels: Record<StudioLevel, string> = { ...STUDIO_LEVEL_LABELS };

/** Shorter than the rules' wording for a table column, and names the world tier by its competition. */
export const competitionTierLabels: Record<CompetitionTier, string> = {
  WORLD: '世界技能大赛',
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY_CATEGORY_1: '市级一类',
  CITY_CATEGORY_2: '市级二类',
};

export const medalLabels: Record<Medal, string> = {
  GOLD: '金牌',
  SILVER: '银牌',
  BRONZE: '铜牌',
  EXCELLENCE: '优胜奖',
};

export const honourKindLabels: Record<HonourKind, string> = { ...HONOUR_KIND_LABELS };

export const honourStatusLabels: Record<HonourStatus, string> = {
  NOMINATED: '已提名',
  APPROVED: '已批准',
  REJECTED: '未通过',
  REVOKED: '已撤销',
};

/** Column-width names; the rules' PAYER_LABELS spell out 县（市、区）财政 and the tax credit. */
export const payerLabels: Record<Payer, string> = {
  CITY: '市财政',
  COUNTY: '县级财政',
  UNION: '市总工会',
  TAX: '市税务局',
};

export const entitlementStatusLabels: Record<EntitlementStatus, string> = {
  PENDING: '待审核',
  APPROVED: '已审核',
  PAID: '已发放',
  REJECTED: '未通过',
};

/**
 * Account departments as the auth service names them. The codes are not part of the GraphQL schema, so this map is
 * open: an unknown department is shown as sent.
 */
export const departmentLabels: Record<string, string> = {
  HRSS: '市人力资源和社会保障局',
  FINANCE: '市财政局',
  COUNTY_FINANCE: '县（市、区）财政局',
  UNION: '市总工会',
  EDUCATION: '市教育局',
};

/**
 * Looks a value up in a label map. Null/undefined render as an em dash; a value missing from the map (a schema
 * newer than this build) renders as its raw code rather than as nothing.
 */
export function label<K extends string>(labels: Record<K, string>, value: K | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return labels[value] ?? String(value);
}

/** Select options for a label map, in the map's (policy) order. */
export function labelOptions<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
