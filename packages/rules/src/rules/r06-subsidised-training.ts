import type { RuleContext } from '../context.ts';
import { ageInFullYears, type IsoDate } from '../dates.ts';
import { Run, type Decision } from '../decision.ts';
import { RuleInputError } from '../errors.ts';
import type { SubsidisedTrainingFact } from '../facts.ts';
import { addGrant } from '../grant.ts';
import type { PayerParts } from '../money.ts';
import { valueAt } from '../params/registry.ts';
import type { ParamVersion } from '../params/types.ts';
import { PAYERS } from '../payers.ts';
import { NO_PARAMS } from '../trace.ts';
import * as v from '../validate.ts';
import { checkWindow } from '../window.ts';
import { TRAINING_PROGRAMME } from '../vocabulary/training-words.ts';

/** The programmes 二(五) names. */
export const TRAINING_PROGRAMMES = TRAINING_PROGRAMME.codes;
export type TrainingProgramme = (typeof TRAINING_PROGRAMMES)[number];
export const TRAINING_PROGRAMME_LABELS: Readonly<Record<TrainingProgramme, string>> = TRAINING_PROGRAMME.labels;

/** One line of the subsidised vocational training catalogue (政府补贴性职业技能培训目录). */
export interface TrainingCatalogueItem {
  readonly code: string;
  readonly nameZh: string;
  readonly programme: TrainingProgramme;
  readonly amountFen: number;
  readonly split: readonly PayerParts[];
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate | null;
  readonly requiresCertificate: boolean;
}

/** An item with its amount and split as parameter versions, so traces and grants cite them like any figure. */
export interface CatalogueEntry extends TrainingCatalogueItem {
  readonly amount: ParamVersion<number>;
  readonly splitVersion: ParamVersion<readonly PayerParts[]>;
}

export interface TrainingCatalogue {
  readonly source: string;
  readonly entries: readonly CatalogueEntry[];
  find(code: string, date: IsoDate): CatalogueEntry | undefined;
}

/**
 * Validates a catalogue (from data, e.g. JSON) once, so assessing against it is a map lookup.
 * The same code may appear several times with successive validity periods: a new year's amount.
 */
export function defineTrainingCatalogue(items: unknown, source = '补贴性职业技能培训目录'): TrainingCatalogue {
  if (!Array.isArray(items)) {
    throw new RuleInputError(
      'RULES_INVALID_CATALOGUE',
      'trainingCatalogue',
      '培训目录应为数组',
      'The training catalogue must be an array',
    );
  }
  const byCode = new Map<string, CatalogueEntry[]>();
  const entries: CatalogueEntry[] = [];
  items.forEach((raw, i) => {
    const prefix = `trainingCatalogue[${i}]`;
    const o = v.object(raw, prefix);
    const code = v.str(o.code, 'code', prefix);
    const splitRaw = v.array(o.split, 'split', prefix);
    if (splitRaw.length === 0) {
      throw new RuleInputError(
        'RULES_INVALID_CATALOGUE',
        `${prefix}.split`,
        '分担比例不能为空',
        'The split must name at least one payer',
      );
    }
    const split = Object.freeze(
      splitRaw.map((s, j) => {
        const so = v.object(s, `${prefix}.split[${j}]`);
        return Object.freeze({
          payer: v.oneOf(so.payer, 'payer', PAYERS, `${prefix}.split[${j}]`),
          parts: v.int(so.parts, 'parts', 1, 1000, `${prefix}.split[${j}]`),
        });
      }),
    );
    const validFrom = v.date(o.validFrom, 'validFrom', prefix);
    const validUntil =
      o.validUntil === undefined || o.validUntil === null ? null : v.date(o.validUntil, 'validUntil', prefix);
    if (validUntil !== null && validUntil <= validFrom) {
      throw new RuleInputError(
        'RULES_INVALID_CATALOGUE',
        `${prefix}.validUntil`,
        '失效日期须晚于生效日期',
        'validUntil must be after validFrom',
      );
    }
    const item: TrainingCatalogueItem = {
      code,
      nameZh: v.str(o.nameZh, 'nameZh', prefix),
      programme: v.oneOf(o.programme, 'programme', TRAINING_PROGRAMMES, prefix),
      amountFen: v.fen(o.amountFen, 'amountFen', prefix),
      split,
      validFrom,
      validUntil,
      requiresCertificate:
        o.requiresCertificate === undefined ? false : v.bool(o.requiresCertificate, 'requiresCertificate', prefix),
    };
    const base = { unit: 'FEN_PER_PERSON' as const, clause: '二(五)' as const, validFrom, validUntil, source };
    const entry: CatalogueEntry = Object.freeze({
      ...item,
      amount: Object.freeze({ ...base, paramId: `R6_CATALOGUE:${code}`, value: item.amountFen }),
      splitVersion: Object.freeze({
        ...base,
        unit: 'PAYER_PARTS' as const,
        paramId: `R6_CATALOGUE:${code}:SPLIT`,
        value: split,
      }),
    });
    const same = byCode.get(code) ?? [];
    for (const other of same) {
      const overlaps =
        (other.validUntil === null || validFrom < other.validUntil) &&
        (validUntil === null || other.validFrom < validUntil);
      if (overlaps) {
        throw new RuleInputError(
          'RULES_INVALID_CATALOGUE',
          prefix,
          `目录项 ${code} 的有效期重叠`,
          `Catalogue item ${code} has overlapping validity periods`,
        );
      }
    }
    same.push(entry);
    byCode.set(code, same);
    entries.push(entry);
  });
  return {
    source,
    entries,
    find(code, date) {
      const list = byCode.get(code);
      if (list === undefined) return undefined;
      for (const e of list) if (e.validFrom <= date && (e.validUntil === null || date < e.validUntil)) return e;
      return undefined;
    },
  };
}

/**
 * R6 二(五): subsidised vocational or entrepreneurship training for workers of legal working age who
 * want a job or to start a business, paid per the catalogue (the amounts are not in the policy text).
 * Once per person per catalogue item.
 */
export function assessSubsidisedTraining(fact: SubsidisedTrainingFact, { P, catalogue }: RuleContext): Decision {
  v.str(fact.recordId, 'recordId');
  const personId = v.str(fact.personId, 'personId');
  const code = v.str(fact.catalogueCode, 'catalogueCode');
  const date = v.date(fact.completionDate, 'completionDate');
  const birth = v.date(fact.birthDate, 'birthDate');
  const retired = v.bool(fact.reachedRetirementAge, 'reachedRetirementAge');
  const wants = v.bool(fact.wantsEmploymentOrBusiness, 'wantsEmploymentOrBusiness');
  const certificate = v.bool(fact.certificateObtained, 'certificateObtained');
  const countyCode = v.optCounty(fact.countyCode, 'countyCode');

  const run = new Run();
  if (checkWindow(run, P, date, 'R6', '培训结业日期')) {
    const entry = catalogue?.find(code, date);
    const inCatalogue = run.check(
      entry !== undefined,
      'R6',
      'CATALOGUE_ITEM_NOT_FOUND',
      'R6_CATALOGUE',
      entry ? [entry.amount] : NO_PARAMS,
      code,
      entry?.amountFen,
      catalogue?.source,
    );
    const minAge = valueAt(P.READING_R6_MIN_WORKING_AGE, date);
    const age = ageInFullYears(birth, date);
    const ageOk = run.check(age >= minAge.value, 'R6', 'BELOW_WORKING_AGE', 'MIN_AGE', [minAge], age, date);
    const notRetired = run.check(
      !retired,
      'R6',
      'ABOVE_RETIREMENT_AGE',
      'CONDITION',
      NO_PARAMS,
      '未达法定退休年龄',
      personId,
    );
    const wantsOk = run.check(
      wants,
      'R6',
      'NO_EMPLOYMENT_INTENT',
      'CONDITION',
      NO_PARAMS,
      '具有就业创业意愿和培训需求',
      personId,
    );
    const certOk =
      entry === undefined ||
      !entry.requiresCertificate ||
      run.check(certificate, 'R6', 'CERTIFICATE_REQUIRED', 'CONDITION', NO_PARAMS, '取得证书', personId);
    if (entry && inCatalogue && ageOk && notRetired && wantsOk && certOk) {
      if (countyCode === undefined && entry.split.some((s) => s.payer === 'COUNTY')) {
        throw new RuleInputError(
          'RULES_INVALID_FIELD',
          'countyCode',
          '该培训项目由县财政分担，须填写县（市、区）代码',
          'This catalogue item has a county share: countyCode is required',
        );
      }
      addGrant(
        run,
        'R6',
        { kind: 'PERSON', id: personId },
        'SUBSIDISED_TRAINING',
        code,
        'CASH',
        entry.amountFen,
        entry.splitVersion,
        countyCode,
        date,
        [entry.amount, entry.splitVersion, minAge],
      );
    }
  }
  return run.decide('SUBSIDISED_TRAINING', countyCode);
}
