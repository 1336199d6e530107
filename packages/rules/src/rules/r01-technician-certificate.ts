import type { RuleContext } from '../context.ts';
import { Run, type Decision } from '../decision.ts';
import type { TechnicianCertificateFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { SKILL_LEVELS, type SkillLevel } from '../ladder.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { checkWindow } from '../window.ts';

/** The three levels R1 pays for, and the parameter that holds each amount. */
const AMOUNT_PARAM = {
  TECHNICIAN: 'R1_TECHNICIAN_FEN',
  SENIOR_TECHNICIAN: 'R1_SENIOR_TECHNICIAN_FEN',
  PRINCIPAL_TECHNICIAN: 'R1_PRINCIPAL_TECHNICIAN_FEN',
} as const satisfies Partial<Record<SkillLevel, string>>;

/**
 * R1 二(二): an enterprise employee newly certified 技师 / 高级技师 / 特级技师 gets a one-time
 * 2,000 / 3,000 / 5,000 yuan, shared 5:5 by city and county. Once per person per level: the benefit
 * key is (person, level), whatever the certificate number.
 */
export function assessTechnicianCertificate(fact: TechnicianCertificateFact, { P }: RuleContext): Decision {
  const personId = v.str(fact.personId, 'personId');
  v.str(fact.certificateId, 'certificateId');
  const level = v.oneOf(fact.level, 'level', SKILL_LEVELS);
  const date = v.date(fact.certificateDate, 'certificateDate');
  const newlyObtained = v.bool(fact.newlyObtained, 'newlyObtained');
  const employerId = v.str(fact.employerId, 'employerId');
  const employerIsEnterprise = v.bool(fact.employerIsEnterprise, 'employerIsEnterprise');
  const countyCode = v.county(fact.countyCode, 'countyCode');

  const run = new Run();
  if (checkWindow(run, P, date, 'R1', '取证日期')) {
    const key = Object.hasOwn(AMOUNT_PARAM, level) ? AMOUNT_PARAM[level as keyof typeof AMOUNT_PARAM] : undefined;
    const amount = key === undefined ? undefined : valueAt(P[key], date);
    const isEmployee = run.check(
      employerIsEnterprise,
      'R1',
      'NOT_ENTERPRISE_EMPLOYEE',
      'CONDITION',
      NO_PARAMS,
      '企业职工',
      employerId,
    );
    const levelOk = run.check(
      amount !== undefined,
      'R1',
      'LEVEL_NOT_SUBSIDISED',
      'R1_LEVEL',
      amount ? [amount] : NO_PARAMS,
      level,
      amount?.value,
    );
    const isNew = run.check(
      newlyObtained,
      'R1',
      'NOT_NEWLY_OBTAINED',
      'CONDITION',
      NO_PARAMS,
      '新取得该等级',
      personId,
    );
    if (isEmployee && levelOk && isNew && amount) {
      const split = valueAt(P.R1_SPLIT, date);
      addGrant(
        run,
        'R1',
        { kind: 'PERSON', id: personId },
        'SKILL_CERTIFICATE_SUBSIDY',
        level,
        'CASH',
        amount.value,
        split,
        countyCode,
        date,
        [amount, split],
      );
    }
  }
  return run.decide('TECHNICIAN_CERTIFICATE', countyCode);
}
