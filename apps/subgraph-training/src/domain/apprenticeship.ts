import {
  DEFAULT_PARAMETERS,
  POLICY_WINDOW,
  RuleInputError,
  checkApprenticeshipRate,
  formatYuan,
  valueAt,
  type ApprenticeshipRateRange,
} from '@jining/rules';
import { badInput, KitError, type Principal } from '@jining/subgraph-kit';
import { insuredPeriod } from './graduate-hiring.ts';

/**
 * R2 二(二) as training records it: each county's rate (a dated setting its HRSS bureau makes within the rules' range),
 * the enterprises' agreements and each completed training year. Training checks what a record must be to be a record
 * (the rate's range, dates in order, a year the subsidy can have, each year once, a county's account for its own
 * county); whether the year earns the subsidy is the rules' decision, taken by finance when the confirmed year arrives.
 */

/** The most years the subsidy runs (R2_MAX_YEARS, "补贴期限最长不超过２年"), in force on `date`. */
export function maxApprenticeshipYears(date: string): { value: number; clause: string } {
  const param = DEFAULT_PARAMETERS.R2_MAX_YEARS;
  let version;
  try {
    version = valueAt(param, date);
  } catch {
    // Before the policy window the rules refuse the year anyway (OUTSIDE_WINDOW): count by the version issued.
    version = param.versions[param.versions.length - 1]!;
  }
  return { value: version.value, clause: param.clause };
}

/** Year `n` of an agreement runs from the (n − 1)-th anniversary of its start to the day before the n-th. */
export const trainingYear = (startedOn: string, yearNumber: number) => insuredPeriod(startedOn, yearNumber);

/** The policy window's days: a rate is dated inside it (the rules know no rate before or after). */
export function checkRateDate(effectiveFrom: string): void {
  if (effectiveFrom < POLICY_WINDOW.from || effectiveFrom > POLICY_WINDOW.through) {
    throw badInput(`生效日期须在政策执行期内（${POLICY_WINDOW.from} 至 ${POLICY_WINDOW.through}）：${effectiveFrom}`, {
      field: 'input.effectiveFrom',
      reason: 'OUTSIDE_POLICY_WINDOW',
      messageEn: 'Outside the policy window',
    });
  }
}

/**
 * 二(二) "按照每人每年４０００－６０００元标准": the rules' own check (RULES_RATE_OUT_OF_RANGE), its Chinese message naming
 * the range, as a coded error on the input's field.
 */
export function checkRate(rateFen: bigint, effectiveFrom: string): ApprenticeshipRateRange {
  if (rateFen > BigInt(Number.MAX_SAFE_INTEGER) || rateFen < 0n) {
    throw badInput(`补贴标准无效：${rateFen} 分`, { field: 'input.rateFen', reason: 'RULES_RATE_OUT_OF_RANGE' });
  }
  try {
    return checkApprenticeshipRate(Number(rateFen), effectiveFrom);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw badInput(error.message, { field: 'input.rateFen', reason: error.code, messageEn: error.messageEn });
  }
}

/** A county account acts for its own county only; a city account (no countyCode) for every county. */
export function checkOwnCounty(principal: Principal, countyCode: string | null, field: string, what: string): void {
  if (!principal.countyCode || principal.countyCode === countyCode) return;
  throw new KitError('FORBIDDEN', `县（市、区）账号只能办理本县（市、区）的${what}`, {
    field,
    reason: 'NOT_OWN_COUNTY',
    messageEn: `A county account handles its own county’s ${what === '补贴标准' ? 'rate' : 'apprenticeships'} only`,
  });
}

/** Refuses an agreement that ends before it starts, or starts after today. */
export function checkAgreementDates(startedOn: string, endsOn: string, today: string): void {
  if (startedOn > today) {
    throw badInput(`开始日期不能晚于今天（${today}）：${startedOn}`, {
      field: 'input.startedOn',
      reason: 'INVALID_DATE',
    });
  }
  if (endsOn <= startedOn) {
    throw badInput(`结束日期（${endsOn}）须晚于开始日期（${startedOn}）`, {
      field: 'input.endsOn',
      reason: 'ENDS_BEFORE_START',
      messageEn: 'The agreement ends before it starts',
    });
  }
}

/**
 * Refuses a year the subsidy cannot have: beyond R2_MAX_YEARS (the third year is refused at the counter, since the
 * rules would pay it nothing: staff learn it when they record, not from a NOT_ELIGIBLE line in finance weeks later),
 * a year not yet completed, or one that runs past the agreement's end.
 */
export function checkYearNumber(
  startedOn: string,
  endsOn: string,
  yearNumber: number,
  today: string,
): { from: string; to: string } {
  const max = maxApprenticeshipYears(startedOn);
  if (!Number.isSafeInteger(yearNumber) || yearNumber < 1 || yearNumber > max.value) {
    throw badInput(
      `培训年度须为第 1 至第 ${max.value} 年（${max.clause}：学徒补贴期限最长不超过 ${max.value} 年，R2_MAX_YEARS）：第 ${yearNumber} 年`,
      {
        field: 'input.yearNumber',
        reason: 'YEAR_BEYOND_MAXIMUM',
        messageEn: `The year must be 1 to ${max.value} (R2_MAX_YEARS)`,
      },
    );
  }
  const period = trainingYear(startedOn, yearNumber);
  if (period.to > endsOn) {
    throw badInput(`第 ${yearNumber} 年（至 ${period.to}）超出协议期限（至 ${endsOn}），不是完整的培训年度`, {
      field: 'input.yearNumber',
      reason: 'YEAR_BEYOND_AGREEMENT',
    });
  }
  if (period.to >= today) {
    throw badInput(`第 ${yearNumber} 年至 ${period.to} 结束，尚未完成`, {
      field: 'input.yearNumber',
      reason: 'YEAR_NOT_COMPLETED',
    });
  }
  return period;
}

/** Maker-checker: whoever recorded a year cannot confirm it. */
export function checkConfirmer(recordedBy: string, confirmer: string): void {
  if (recordedBy === confirmer) {
    throw new KitError('FORBIDDEN', '登记人不能确认自己登记的培训年度，须由另一名工作人员确认', {
      field: 'input.id',
      reason: 'SAME_RECORDER_AND_CONFIRMER',
      messageEn: 'The one who recorded a year cannot confirm it',
    });
  }
}

/** No rate in force on the year's first day: the county must set one first. */
export const noRate = (countyName: string, date: string) =>
  new KitError('CONFLICT', `${countyName}尚未设定 ${date} 起适用的学徒补贴标准，请先由该县（市、区）人社局设定`, {
    field: 'input.id',
    reason: 'NO_COUNTY_RATE',
    messageEn: `The county has no apprenticeship rate in force on ${date}`,
  });

/** A rate dated on or before a year already confirmed at the old rate would rewrite what was paid. */
export const rateBehindConfirmed = (latest: string) =>
  new KitError('CONFLICT', `已有按原标准确认的培训年度（起始日 ${latest}），新标准的生效日期须晚于 ${latest}`, {
    field: 'input.effectiveFrom',
    reason: 'RATE_BEHIND_CONFIRMED_YEAR',
    messageEn: `A year starting ${latest} was confirmed at the earlier rate`,
  });

export const yuan = (fen: bigint): string => formatYuan(Number(fen));

/** The key that keeps one live agreement of an apprentice per enterprise (null once revoked). */
export const liveAgreementKey = (apprenticeId: string, enterpriseId: string, live: boolean): string | null =>
  live ? `${apprenticeId}:${enterpriseId}` : null;
