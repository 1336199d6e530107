import type { RuleContext } from '../context.ts';
import { makeDate } from '../dates.ts';
import { Run, type Decision } from '../decision.ts';
import type { OrderClassHiringFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import { valueAt } from '../params/registry.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { GRADUATE_PROGRAMMES, type GraduateProgramme } from '../vocabulary/policy-words.ts';
import { checkWindow } from '../window.ts';

/** 全日制专科或高级工及以上: the technical-school classes from 高级工班 up. */
const QUALIFYING: ReadonlySet<GraduateProgramme> = new Set(['ASSOCIATE', 'SENIOR_CLASS', 'PRE_TECHNICIAN_CLASS']);

/**
 * R5 二(四): an order-class enterprise that hires ≥ 100 of the graduates full-time in a year, on
 * contracts of 3 years or more, gets 10,000 yuan per person; 50–100 hires get 5,000; fewer get
 * nothing. Exactly 100 is in both bands: READING_R5_BOUNDARY_100 gives the top one. City and county
 * share 5:5. The band depends on the year's total, so the fact is the whole year and the benefit key
 * is (enterprise, year): a re-assessment with more hires tops up the difference.
 */
export function assessOrderClassHiring(fact: OrderClassHiringFact, { P }: RuleContext): Decision {
  const enterpriseId = v.str(fact.enterpriseId, 'enterpriseId');
  const year = v.int(fact.year, 'year', 1900, 2200);
  const keyEnterprise = v.bool(fact.keyEnterpriseOrProject, 'keyEnterpriseOrProject');
  const agreement = v.bool(fact.cityCollegeAgreement, 'cityCollegeAgreement');
  const hires = v.array(fact.hires, 'hires');
  const countyCode = v.county(fact.countyCode, 'countyCode');

  const first = makeDate(year, 1, 1);
  const last = makeDate(year, 12, 31);
  const yearPrefix = first.slice(0, 5);
  const minYears = minContract(P, last);
  let qualifying = 0;
  for (let i = 0; i < hires.length; i++) {
    const prefix = `hires[${i}]`;
    const h = v.object(hires[i], prefix);
    v.str(h.personId, 'personId', prefix);
    const hireDate = v.date(h.hireDate, 'hireDate', prefix);
    const fullTime = v.bool(h.fullTime, 'fullTime', prefix);
    const programme = v.oneOf(h.programme, 'programme', GRADUATE_PROGRAMMES, prefix);
    const fullTimeProgramme = v.bool(h.fullTimeProgramme, 'fullTimeProgramme', prefix);
    const contractYears = v.int(h.contractYears, 'contractYears', 0, 100, prefix);
    if (
      fullTime &&
      fullTimeProgramme &&
      QUALIFYING.has(programme) &&
      hireDate.startsWith(yearPrefix) &&
      contractYears >= minYears
    ) {
      qualifying++;
    }
  }

  const run = new Run();
  if (checkWindow(run, P, first, 'R5', '聘用年度首日') && checkWindow(run, P, last, 'R5', '聘用年度末日')) {
    const keyReading = valueAt(P.READING_R5_KEY_ENTERPRISE_REQUIRED, last);
    const keyOk = run.check(
      keyEnterprise || !keyReading.value,
      'R5',
      'NOT_KEY_ENTERPRISE',
      'CONDITION',
      [keyReading],
      '重点企业或重点项目',
      enterpriseId,
    );
    const agreementOk = run.check(
      agreement,
      'R5',
      'NO_CITY_COLLEGE_AGREEMENT',
      'CONDITION',
      NO_PARAMS,
      '与市属高校（含市技师学院）联合订单式培养',
      enterpriseId,
    );
    const contract = valueAt(P.R5_MIN_CONTRACT_YEARS, last);
    run.step('R5_COUNT', '二(四)', true, [contract], qualifying, hires.length, year);
    const topMin = valueAt(P.R5_TOP_BAND_MIN_HIRES, last);
    const lowMin = valueAt(P.R5_LOW_BAND_MIN_HIRES, last);
    const boundary = valueAt(P.READING_R5_BOUNDARY_100, last);
    const inTop = boundary.value === 'TOP_BAND' ? qualifying >= topMin.value : qualifying > topMin.value;
    const inLow = !inTop && qualifying >= lowMin.value;
    const bandOk = run.check(
      inTop || inLow,
      'R5',
      'HIRES_BELOW_MINIMUM',
      'R5_BAND',
      [topMin, lowMin, boundary],
      qualifying,
      inTop ? 'TOP' : inLow ? 'LOW' : 'NONE',
    );
    if (keyOk && agreementOk && bandOk) {
      const rate = valueAt(inTop ? P.R5_TOP_BAND_FEN : P.R5_LOW_BAND_FEN, last);
      const amount = rate.value * qualifying;
      run.step('PER_PERSON_AMOUNT', '二(四)', true, [rate], qualifying, rate.value, amount);
      const split = valueAt(P.R5_SPLIT, last);
      addGrant(
        run,
        'R5',
        { kind: 'UNIT', id: enterpriseId },
        'ORDER_CLASS_HIRING_SUBSIDY',
        String(year),
        'CASH',
        amount,
        split,
        countyCode,
        last,
        [topMin, lowMin, boundary, contract, keyReading, rate, split],
      );
    }
  }
  return run.decide('ORDER_CLASS_HIRING', countyCode, { qualifyingHires: qualifying, reportedHires: hires.length });
}

function minContract(P: RuleContext['P'], date: string): number {
  // Outside the window no parameter is in force; the count is then only reported, never paid.
  const versions = P.R5_MIN_CONTRACT_YEARS.versions;
  for (let i = versions.length - 1; i >= 0; i--) {
    const ver = versions[i]!;
    if (ver.validFrom <= date && (ver.validUntil === null || date < ver.validUntil)) return ver.value;
  }
  return versions[versions.length - 1]!.value;
}
