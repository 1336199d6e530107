import { ruleContext, type AssessContext, type RuleContext } from './context.ts';
import type { Decision } from './decision.ts';
import { RuleInputError } from './errors.ts';
import { FACT_KINDS, type Fact, type FactKind } from './facts.ts';
import { assessTechnicianCertificate } from './rules/r01-technician-certificate.ts';
import { assessApprenticeshipYear } from './rules/r02-apprenticeship.ts';
import { assessCollegeMajor } from './rules/r03-college-major.ts';
import { assessEducationInvestment } from './rules/r04-education-investment.ts';
import { assessOrderClassHiring } from './rules/r05-order-class-hiring.ts';
import { assessSubsidisedTraining } from './rules/r06-subsidised-training.ts';
import { assessStudio } from './rules/r07-r08-studio.ts';
import { assessCraftsmanCollege } from './rules/r09-craftsman-college.ts';
import { assessMedalOrHonour } from './rules/r10-r13-medal-honour.ts';
import { assessCollegeCompetitionPrize } from './rules/r14-college-competition.ts';
import { assessGraduateHiringYear } from './rules/r15-r16-graduate-hiring.ts';
import { object } from './validate.ts';

type Handler<K extends FactKind> = (fact: Extract<Fact, { kind: K }>, ctx: RuleContext) => Decision;

const HANDLERS: { readonly [K in FactKind]: Handler<K> } = {
  TECHNICIAN_CERTIFICATE: assessTechnicianCertificate,
  APPRENTICESHIP_YEAR: assessApprenticeshipYear,
  COLLEGE_MAJOR: assessCollegeMajor,
  EDUCATION_INVESTMENT: assessEducationInvestment,
  ORDER_CLASS_HIRING: assessOrderClassHiring,
  SUBSIDISED_TRAINING: assessSubsidisedTraining,
  STUDIO: assessStudio,
  CRAFTSMAN_COLLEGE: assessCraftsmanCollege,
  MEDAL_OR_HONOUR: assessMedalOrHonour,
  COLLEGE_COMPETITION_PRIZE: assessCollegeCompetitionPrize,
  GRADUATE_HIRING_YEAR: assessGraduateHiringYear,
};

/**
 * The one entry point: a fact in, a decision out — eligibility with reasons, the grants with their
 * payer shares and parameter versions, and the explanation trace. Bad input throws RuleInputError.
 */
export function assess(fact: Fact, context?: AssessContext): Decision {
  const kind = object(fact, '').kind;
  if (typeof kind !== 'string' || !Object.hasOwn(HANDLERS, kind)) {
    throw new RuleInputError(
      'RULES_UNKNOWN_FACT_KIND',
      'kind',
      `未知的事实类型：${JSON.stringify(kind) ?? 'undefined'}（应为 ${FACT_KINDS.join('、')} 之一）`,
      `Unknown fact kind: ${JSON.stringify(kind) ?? 'undefined'} (expected one of ${FACT_KINDS.join(', ')})`,
    );
  }
  return (HANDLERS[kind as FactKind] as Handler<FactKind>)(fact as never, ruleContext(context));
}
