import {
  ageInFullYears,
  DEFAULT_PARAMETERS,
  defineTrainingCatalogue,
  isIsoDate,
  POLICY_WINDOW,
  RuleInputError,
  valueAt,
  type TrainingCatalogue,
} from '@jining/rules';
import { parseResidentId } from '@jining/reference-data';
import { badInput, toIsoDate, type TrainingCatalogueLineV1 } from '@jining/subgraph-kit';
import type { TrainingCatalogueLine as LineRow } from '../generated/prisma/client.ts';

/**
 * R6 二(五) as training records it: the catalogue HRSS keeps (dated, cited lines, validated by the rules' own
 * defineTrainingCatalogue so a code's periods never overlap), the classes providers run on a catalogue code, and the
 * trainees who completed, each with the line in force on the completion date. Whether a completion earns the
 * subsidy is the rules' decision, taken by finance from the fact.
 */

/** The most rows one roster import may carry (a sanity bound of the platform: a large class, not a policy figure). */
export const ROSTER_ROWS_MAX = 2000;

/** A stored line as the rules read a catalogue item. */
export function lineItem(row: LineRow) {
  return {
    code: row.code,
    nameZh: row.nameZh,
    programme: row.programme,
    amountFen: Number(row.amountFen),
    split: row.split,
    validFrom: toIsoDate(row.validFrom),
    validUntil: row.validUntil ? toIsoDate(row.validUntil) : null,
    requiresCertificate: row.requiresCertificate,
  };
}

/** The line as the fact carries it to finance. */
export function lineFact(row: LineRow): TrainingCatalogueLineV1 {
  const item = lineItem(row);
  return {
    lineId: row.id,
    code: item.code,
    nameZh: item.nameZh,
    programme: item.programme,
    level: row.level,
    amountFen: item.amountFen,
    split: item.split as { payer: string; parts: number }[],
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    requiresCertificate: item.requiresCertificate,
    source: row.source,
  };
}

/**
 * The rules' validation of a code's lines (their fields, and no two periods overlapping), its refusal as a coded
 * error with the rules' Chinese message on the input's field. Returns the catalogue for look-ups by date.
 */
export function validateCatalogue(items: readonly unknown[], field: string): TrainingCatalogue {
  try {
    return defineTrainingCatalogue(items);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw badInput(error.message, { field, reason: error.code, messageEn: error.messageEn });
  }
}

/** A line is dated inside the policy window (the rules know no subsidy before or after it). */
export function checkLineDate(date: string, field: string): void {
  if (date < POLICY_WINDOW.from || date > POLICY_WINDOW.through) {
    throw badInput(`日期须在政策执行期内（${POLICY_WINDOW.from} 至 ${POLICY_WINDOW.through}）：${date}`, {
      field,
      reason: 'OUTSIDE_POLICY_WINDOW',
      messageEn: 'Outside the policy window',
    });
  }
}

/** READING_R6_MIN_WORKING_AGE in force on `date` (the version issued, outside the window). */
export function minWorkingAge(date: string): { value: number; clause: string } {
  const param = DEFAULT_PARAMETERS.READING_R6_MIN_WORKING_AGE;
  let version;
  try {
    version = valueAt(param, date);
  } catch {
    version = param.versions[param.versions.length - 1]!;
  }
  return { value: version.value, clause: param.clause };
}

/** A roster row as sent (one trainee). */
export interface RosterRowInput {
  idNumber?: string | null;
  completedOn?: string | null;
  wantsEmployment?: boolean | null;
  certificateObtained?: boolean | null;
  reachedRetirementAge?: boolean | null;
}

export interface RowError {
  code: string;
  field: string;
  message: string;
}

/**
 * A row's own checks (no database, no directory): the ID number (format, birth date, check digit), the completion
 * date (a date, inside the class's period, not after today), the answers, and the age on the completion date from the
 * birth date the ID number carries (as the directory keeps it): at least READING_R6_MIN_WORKING_AGE.
 */
export function checkRosterRow(
  row: RosterRowInput,
  klass: { startsOn: string; endsOn: string },
  today: string,
): { errors: RowError[]; idNumber: string | null; completedOn: string | null; age: number | null } {
  const errors: RowError[] = [];
  const fail = (code: string, field: string, message: string) => errors.push({ code, field, message });
  let idNumber: string | null = null;
  let birthDate: string | null = null;
  const raw = row.idNumber?.trim().toUpperCase() ?? '';
  if (!raw) fail('PERSON_REQUIRED', 'idNumber', '缺少身份证号');
  else {
    const parsed = parseResidentId(raw, new Date(`${today}T23:59:59Z`));
    if (!parsed.ok) {
      const why =
        parsed.problem === 'FORMAT'
          ? '应为 18 位（末位可为 X）'
          : parsed.problem === 'BIRTH_DATE'
            ? '出生日期无效'
            : '校验位不符';
      fail('INVALID_ID_NUMBER', 'idNumber', `身份证号无效（${why}）：${raw.slice(0, 40)}`);
    } else {
      idNumber = parsed.value.idNumber;
      birthDate = parsed.value.birthDate;
    }
  }
  let completedOn: string | null = null;
  const date = row.completedOn?.trim() ?? '';
  if (!date) fail('COMPLETION_DATE_REQUIRED', 'completedOn', '缺少结业日期');
  else if (!isIsoDate(date))
    fail('INVALID_DATE', 'completedOn', `结业日期无效（应为 YYYY-MM-DD）：${String(date).slice(0, 40)}`);
  else if (date < klass.startsOn || date > klass.endsOn) {
    fail(
      'COMPLETION_OUTSIDE_CLASS',
      'completedOn',
      `结业日期 ${date} 不在培训班开班至结业期间（${klass.startsOn} 至 ${klass.endsOn}）`,
    );
  } else if (date > today) fail('COMPLETION_IN_FUTURE', 'completedOn', `结业日期不能晚于今天（${today}）：${date}`);
  else completedOn = date;
  if (row.wantsEmployment == null) fail('ANSWER_REQUIRED', 'wantsEmployment', '请填写是否有就业创业意愿（是/否）');
  if (row.certificateObtained == null) fail('ANSWER_REQUIRED', 'certificateObtained', '请填写是否取得证书（是/否）');
  let age: number | null = null;
  if (birthDate && completedOn) {
    age = ageInFullYears(birthDate, completedOn);
    const min = minWorkingAge(completedOn);
    if (age < min.value) {
      fail(
        'BELOW_WORKING_AGE',
        'idNumber',
        `结业日（${completedOn}）未满 ${min.value} 周岁（${age} 周岁），不在法定劳动年龄内（${min.clause}，READING_R6_MIN_WORKING_AGE）`,
      );
    }
  }
  return { errors, idNumber, completedOn, age };
}
