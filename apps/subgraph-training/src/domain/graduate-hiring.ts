import { addYears, DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { badInput, KitError } from '@jining/subgraph-kit';

/**
 * R15 / R16 三(九) as training records it: a hire and its insured years. Training checks only what a record must be
 * to be a record (dates in order, a year the subsidy can have, each year once); whether a hire earns the subsidy —
 * the graduate's age on the hire date, the employer's 攀登企业 flag, the class — is the rules' decision, taken by
 * finance with the directory's data when the confirmed year arrives.
 */

/** The most insured years the subsidy runs (R15_R16_MAX_YEARS, "３年内"), in force on `date`. */
export function maxInsuredYears(date: string): { value: number; clause: string } {
  const param = DEFAULT_PARAMETERS.R15_R16_MAX_YEARS;
  let version;
  try {
    version = valueAt(param, date);
  } catch {
    // Before the policy window the rules refuse the year anyway (OUTSIDE_WINDOW): count by the version issued.
    version = param.versions[param.versions.length - 1]!;
  }
  return { value: version.value, clause: param.clause };
}

/** Year `n` of a hire runs from the n-th anniversary − 1 of the hire date to the day before the next one. */
export function insuredPeriod(hiredOn: string, yearNumber: number): { from: string; to: string } {
  const from = addYears(hiredOn, yearNumber - 1);
  const next = new Date(`${addYears(hiredOn, yearNumber)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return { from, to: next.toISOString().slice(0, 10) };
}

/** Refuses a hire dated before its graduation, or either date after today. */
export function checkHireDates(graduatedOn: string, hiredOn: string, today: string): void {
  if (graduatedOn > today) {
    throw badInput(`毕业日期不能晚于今天（${today}）：${graduatedOn}`, {
      field: 'input.graduatedOn',
      reason: 'INVALID_DATE',
    });
  }
  if (hiredOn > today) {
    throw badInput(`聘用日期不能晚于今天（${today}）：${hiredOn}`, { field: 'input.hiredOn', reason: 'INVALID_DATE' });
  }
  if (hiredOn < graduatedOn) {
    throw badInput(`聘用日期（${hiredOn}）早于毕业日期（${graduatedOn}），不是毕业生引进`, {
      field: 'input.hiredOn',
      reason: 'HIRE_BEFORE_GRADUATION',
      messageEn: 'The hire date is before the graduation date',
    });
  }
}

/** Refuses a year number the subsidy cannot have (1 … the rules' maximum), or a year that has not begun. */
export function checkYearNumber(hiredOn: string, yearNumber: number, today: string): { from: string; to: string } {
  const max = maxInsuredYears(hiredOn);
  if (!Number.isSafeInteger(yearNumber) || yearNumber < 1 || yearNumber > max.value) {
    throw badInput(`参保年度须为第 1 至第 ${max.value} 年（${max.clause}：${max.value}年内给予补贴）：${yearNumber}`, {
      field: 'input.yearNumber',
      reason: 'YEAR_BEYOND_MAXIMUM',
      messageEn: `The year must be 1 to ${max.value}`,
    });
  }
  const period = insuredPeriod(hiredOn, yearNumber);
  if (period.from > today) {
    throw badInput(`第 ${yearNumber} 年自 ${period.from} 起，尚未开始`, {
      field: 'input.yearNumber',
      reason: 'YEAR_NOT_STARTED',
    });
  }
  return period;
}

/** Maker-checker: whoever recorded a year cannot confirm it. */
export function checkConfirmer(recordedBy: string, confirmer: string): void {
  if (recordedBy === confirmer) {
    throw new KitError('FORBIDDEN', '登记人不能确认自己登记的参保年度，须由另一名工作人员确认', {
      field: 'input.id',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
      messageEn: 'The one who recorded a year cannot confirm it',
    });
  }
}

/** The key that keeps one live hire of a graduate per employer (null once revoked). */
export const liveHireKey = (personId: string, employerId: string, live: boolean): string | null =>
  live ? `${personId}:${employerId}` : null;
