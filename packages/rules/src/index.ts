export { assess } from './assess.ts';
export type { AssessContext } from './context.ts';
export * from './facts.ts';
export * from './decision.ts';
export { TraceStep, NO_PARAMS, type ParamUse } from './trace.ts';
export { explain, type Explanation, type ExplanationStep } from './explanation.ts';
export { TEMPLATES, type StepCode } from './trace-templates.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './money.ts';
export * from './payers.ts';
export * from './ladder.ts';
export * from './vocabulary/define.ts';
export * from './vocabulary/policy-words.ts';
export * from './vocabulary/platform-words.ts';
export * from './vocabulary/studio-words.ts';
export * from './vocabulary/college-words.ts';
export * from './vocabulary/graduate-words.ts';
export * from './vocabulary/award-words.ts';
export * from './vocabulary/compliance-words.ts';
export * from './vocabulary/apprenticeship-words.ts';
export * from './vocabulary/order-class-words.ts';
export * from './vocabulary/education-investment-words.ts';
export * from './vocabulary/work-words.ts';
export * from './vocabulary/training-words.ts';
export * from './vocabulary/college-major-words.ts';
export * from './counties.ts';
export * from './clauses.ts';
export * from './bodies.ts';
export * from './responsibility.ts';
export * from './duties.ts';
export * from './window.ts';
export {
  DEFAULT_PARAMETERS,
  valueAt,
  listParameters,
  amendParameter,
  type Amendment,
  type ParameterSet,
  type ParamId,
  type ParamValue,
} from './params/registry.ts';
export { type Parameter, type ParamVersion, type ParamKind, type Unit, POLICY_SOURCE } from './params/types.ts';
export type { ProfessionalTitle } from './params/readings.ts';
export { READINGS } from './params/readings.ts';
export * from './stacking.ts';
export * from './equivalences.ts';
export * from './compliance.ts';
export * from './targets.ts';
export * from './measures.ts';
export { upToMaximum } from './up-to.ts';
export { assessTechnicianCertificate } from './rules/r01-technician-certificate.ts';
export {
  assessApprenticeshipYear,
  apprenticeshipRateRange,
  checkApprenticeshipRate,
  type ApprenticeshipRateRange,
} from './rules/r02-apprenticeship.ts';
export { assessCollegeMajor } from './rules/r03-college-major.ts';
export { assessEducationInvestment, creditOf } from './rules/r04-education-investment.ts';
export { assessOrderClassHiring } from './rules/r05-order-class-hiring.ts';
export {
  assessSubsidisedTraining,
  defineTrainingCatalogue,
  TRAINING_PROGRAMMES,
  TRAINING_PROGRAMME_LABELS,
  type TrainingProgramme,
  type TrainingCatalogue,
  type TrainingCatalogueItem,
  type CatalogueEntry,
} from './rules/r06-subsidised-training.ts';
export { assessStudio } from './rules/r07-r08-studio.ts';
export { assessCraftsmanCollege } from './rules/r09-craftsman-college.ts';
export { assessMedalOrHonour } from './rules/r10-r13-medal-honour.ts';
export { assessCollegeCompetitionPrize } from './rules/r14-college-competition.ts';
export { assessGraduateHiringYear } from './rules/r15-r16-graduate-hiring.ts';
export {
  CITY_SELECTED_STUDIO_LEVELS,
  isCitySelectedStudioLevel,
  isHigherStudioLevel,
  STUDIO_CONDITIONS,
  STUDIO_CONDITIONS_NOT_STATED,
  studioLevelAmountFen,
  unmetStudioConditions,
  type StudioCondition,
  type StudioConditionInput,
} from './studios.ts';
