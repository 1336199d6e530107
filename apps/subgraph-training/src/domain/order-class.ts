import { DEFAULT_PARAMETERS, POLICY_YEARS, valueAt } from '@jining/rules';
import { badInput, KitError } from '@jining/subgraph-kit';

/**
 * R5 二(四) as training records it: the order-class agreements and each enterprise's yearly report of its full-time
 * hires. Training checks what a record must be to be a record (a year of the policy, dates inside it, each graduate
 * once, every hire from one of the enterprise's own order classes, the key-enterprise document when the condition is
 * claimed); whether the year earns the subsidy — how many hires count (全日制专科或高级工及以上, contracts of
 * R5_MIN_CONTRACT_YEARS or more), the band, the amount — is the rules' decision, taken by finance when the confirmed
 * report arrives.
 */

/** The most hires one report may carry: far above any enterprise's year, far below what would strain a request. */
export const MAX_HIRES_PER_REPORT = 2000;

/** The longest contract a hire may be recorded with (a typing guard, not a figure of the policy). */
export const MAX_CONTRACT_YEARS = 50;

/** R5_MIN_CONTRACT_YEARS in force on `date` (the version issued outside the window), with its clause: for the pages. */
export function minContractYears(date: string): { value: number; clause: string } {
  const param = DEFAULT_PARAMETERS.R5_MIN_CONTRACT_YEARS;
  let version;
  try {
    version = valueAt(param, date);
  } catch {
    version = param.versions[param.versions.length - 1]!;
  }
  return { value: version.value, clause: param.clause };
}

/** A report's year: one of the policy window's years that has begun. */
export function checkReportYear(year: number, today: string): void {
  const current = Number(today.slice(0, 4));
  const last = Math.min(POLICY_YEARS.last, current);
  if (!Number.isSafeInteger(year) || year < POLICY_YEARS.first || year > last) {
    throw badInput(`聘用年度须为 ${POLICY_YEARS.first} 至 ${last} 年（政策执行期内且已开始的年度）：${year}`, {
      field: 'input.year',
      reason: 'YEAR_OUTSIDE_POLICY',
      messageEn: `The year must be ${POLICY_YEARS.first} to ${last}`,
    });
  }
}

/** An agreement's start: not after today. */
export function checkStartDate(startedOn: string, today: string): void {
  if (startedOn > today) {
    throw badInput(`开班日期不能晚于今天（${today}）：${startedOn}`, {
      field: 'input.startedOn',
      reason: 'INVALID_DATE',
    });
  }
}

export function checkContractYears(years: number, field: string): void {
  if (!Number.isSafeInteger(years) || years < 1 || years > MAX_CONTRACT_YEARS) {
    throw badInput(`合同年限须为 1 至 ${MAX_CONTRACT_YEARS} 年的整数：${years}`, {
      field,
      reason: 'INVALID_CONTRACT_YEARS',
      messageEn: `Contract years must be a whole number from 1 to ${MAX_CONTRACT_YEARS}`,
    });
  }
}

/** 重点企业或重点项目: claimed only with the document that makes it so (its number or name). */
export function checkKeyEvidence(key: boolean, evidence: string | null): void {
  if (key && !evidence) {
    throw badInput('勾选“重点企业或重点项目”时须填写认定文件（文号或名称）', {
      field: 'input.keyEvidence',
      reason: 'KEY_EVIDENCE_REQUIRED',
      messageEn: 'A key enterprise or project needs the document that makes it so',
    });
  }
}

export interface HireDates {
  hireDate: string;
  agreementStartedOn: string;
}

/** A hire inside the report's year, not after today, and not before its order class started. */
export function checkHireDate(i: number, year: number, today: string, { hireDate, agreementStartedOn }: HireDates) {
  const field = `input.hires[${i}].hireDate`;
  if (!hireDate.startsWith(`${year}-`)) {
    throw badInput(`第 ${i + 1} 名毕业生的聘用日期（${hireDate}）不在 ${year} 年度内`, {
      field,
      reason: 'HIRE_OUTSIDE_YEAR',
      messageEn: `Hire ${i + 1} is not dated in ${year}`,
    });
  }
  if (hireDate > today) {
    throw badInput(`第 ${i + 1} 名毕业生的聘用日期不能晚于今天（${today}）：${hireDate}`, {
      field,
      reason: 'INVALID_DATE',
    });
  }
  if (hireDate < agreementStartedOn) {
    throw badInput(`第 ${i + 1} 名毕业生的聘用日期（${hireDate}）早于其订单班开班日期（${agreementStartedOn}）`, {
      field,
      reason: 'HIRE_BEFORE_CLASS',
      messageEn: `Hire ${i + 1} is dated before the order class started`,
    });
  }
}

/** Maker-checker: whoever submitted (or last corrected) a report cannot confirm it. */
export function checkConfirmer(recordedBy: string, confirmer: string): void {
  if (recordedBy === confirmer) {
    throw new KitError('FORBIDDEN', '报送人不能确认自己报送的聘用报告，须由另一名工作人员确认', {
      field: 'input.id',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
      messageEn: 'The one who submitted a report cannot confirm it',
    });
  }
}

/** The key that keeps one live report per enterprise and year (null once revoked). */
export const liveReportKey = (enterpriseId: string, year: number, live: boolean): string | null =>
  live ? `${enterpriseId}:${year}` : null;
