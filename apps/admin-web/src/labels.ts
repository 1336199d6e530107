/**
 * Chinese labels for every enum the admin web shows. One module so wording stays consistent across pages.
 * Typed as Record<Enum, string> over the generated schema types: a value added to the schema without a label here
 * fails the typecheck instead of showing a raw code to users.
 */
import type {
  CertificationRoute,
  CompetitionTier,
  EntitlementStatus,
  FactOutcome,
  Gender,
  HonourKind,
  HonourStatus,
  ImportMode,
  Medal,
  ObjectionStatus,
  OrganisationKind,
  Payer,
  PaymentAccountKind,
  PaymentBatchStatus,
  PaymentLineStatus,
  PublicityStatus,
  SkillLevel,
  Stacking,
  StudioLevel,
} from './gql/graphql';
import {
  CERTIFICATION_ROUTE,
  COMPETITION_TIER,
  DEPARTMENT,
  ENTITLEMENT_STATUS,
  FACT_OUTCOME,
  GENDER,
  HONOUR_KIND,
  HONOUR_STATUS,
  IMPORT_MODE,
  MEDAL,
  OBJECTION_STATUS,
  ORGANISATION_KIND,
  PAYER,
  PAYMENT_ACCOUNT_KIND,
  PAYMENT_BATCH_STATUS,
  PAYMENT_LINE_STATUS,
  PUBLICITY_STATUS,
  SKILL_LEVEL,
  STACKING,
  STUDIO_LEVEL,
} from '@jining/rules/vocabulary';

// Every word comes from the vocabularies in @jining/rules (short forms where a table column needs them); the types
// tie each map to the schema's enum, so a value the schema gains without a word fails the typecheck.
export const genderLabels: Record<Gender, string> = GENDER.labels;
export const organisationKindLabels: Record<OrganisationKind, string> = ORGANISATION_KIND.shortLabels;
/** The eight-level skill ladder (八级工), lowest first. */
export const skillLevelLabels: Record<SkillLevel, string> = SKILL_LEVEL.labels;
export const certificationRouteLabels: Record<CertificationRoute, string> = CERTIFICATION_ROUTE.shortLabels;
export const studioLevelLabels: Record<StudioLevel, string> = STUDIO_LEVEL.labels;
export const competitionTierLabels: Record<CompetitionTier, string> = COMPETITION_TIER.shortLabels;
export const medalLabels: Record<Medal, string> = MEDAL.shortLabels;
/** The import flow's buttons (全部导入, 仅导入无误的行) and its check (仅校验). */
export const importModeLabels: Record<ImportMode, string> = IMPORT_MODE.labels;
export const honourKindLabels: Record<HonourKind, string> = HONOUR_KIND.labels;
export const honourStatusLabels: Record<HonourStatus, string> = HONOUR_STATUS.labels;
export const payerLabels: Record<Payer, string> = PAYER.shortLabels;
export const paymentAccountKindLabels: Record<PaymentAccountKind, string> = PAYMENT_ACCOUNT_KIND.labels;
export const entitlementStatusLabels: Record<EntitlementStatus, string> = ENTITLEMENT_STATUS.labels;
export const publicityStatusLabels: Record<PublicityStatus, string> = PUBLICITY_STATUS.labels;
export const objectionStatusLabels: Record<ObjectionStatus, string> = OBJECTION_STATUS.labels;
export const paymentBatchStatusLabels: Record<PaymentBatchStatus, string> = PAYMENT_BATCH_STATUS.labels;
export const paymentLineStatusLabels: Record<PaymentLineStatus, string> = PAYMENT_LINE_STATUS.labels;
/** 首次享受 / 补差额 (从优、就高、不重复 against an earlier grant of the same benefit). */
export const stackingLabels: Record<Stacking, string> = STACKING.labels;
/** What finance made of a fact, short enough for a tag (不重复享受); the full words are `factOutcomeFullLabels`. */
export const factOutcomeLabels: Record<FactOutcome, string> = FACT_OUTCOME.shortLabels;
export const factOutcomeFullLabels: Record<FactOutcome, string> = FACT_OUTCOME.labels;

/**
 * Account departments as the auth service names them. The codes are not part of the GraphQL schema, so this map is
 * open: an unknown department is shown as sent.
 */
export const departmentLabels: Record<string, string> = DEPARTMENT.labels;

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
