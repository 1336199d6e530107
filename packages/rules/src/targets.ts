import { WINDOW_FROM } from './params/types.ts';
import type { Clause } from './clauses.ts';
import { makeDate, yearOf, type IsoDate } from './dates.ts';
import { assertIsoDate } from './dates.ts';
import { RuleInputError } from './errors.ts';
import { DEFAULT_PARAMETERS, valueAt, type ParameterSet } from './params/registry.ts';
import type { ParamVersion } from './params/types.ts';
import { HONOUR_KIND, STUDIO_LEVEL, type CompetitionTier, type HonourKind } from './vocabulary/policy-words.ts';
import { assertYearInWindow, windowVersion } from './window.ts';
import { TARGET_WORDS, type TargetId } from './vocabulary/target-words.ts';
import { COLLEGE_MAJOR_KIND } from './vocabulary/college-major-words.ts';

/**
 * 超过 → MORE_THAN; 以上 / 不少于 → AT_LEAST; 左右 → ABOUT (READING_APPROX_TOLERANCE_PERCENT);
 * a bare number → EXACTLY (a ceiling only for quotas, READING_EXACT_QUOTA_IS_CEILING; otherwise a minimum).
 */
export type Comparator = 'MORE_THAN' | 'AT_LEAST' | 'ABOUT' | 'EXACTLY';

type NumberParam = {
  [K in keyof ParameterSet]: ParameterSet[K] extends { versions: readonly ParamVersion<number>[] } ? K : never;
}[keyof ParameterSet];
type DateParam = {
  [K in keyof ParameterSet]: ParameterSet[K] extends { versions: readonly ParamVersion<IsoDate>[] } ? K : never;
}[keyof ParameterSet];

export interface TargetComponent {
  readonly key: string;
  readonly param: NumberParam;
  readonly comparator: Comparator;
  /** A number the city selects or recognises (a quota): going above it is a breach. */
  readonly quota: boolean;
  readonly zh: string;
  /** RATIO components: achieved[numeratorKey] / achieved[denominatorKey] as a percentage. */
  readonly ratio?: { readonly numeratorKey: string; readonly denominatorKey: string };
}

export type TargetPeriod =
  | { readonly kind: 'ANNUAL' }
  | { readonly kind: 'BY_DATE'; readonly deadline: DateParam }
  | { readonly kind: 'WITHIN_YEARS'; readonly years: NumberParam }
  | { readonly kind: 'BY_YEAR'; readonly year: NumberParam };

export {
  QUALITATIVE_STATUS,
  TARGET_IDS,
  TARGET_RECORD,
  TARGET_WORDS,
  type QualitativeStatus,
  type TargetId,
  type TargetRecord,
} from './vocabulary/target-words.ts';

export interface TargetDef {
  readonly id: TargetId;
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
  readonly period: TargetPeriod;
  /** Empty for the qualitative T3. */
  readonly components: readonly TargetComponent[];
}

const c = (key: string, param: NumberParam, comparator: Comparator, quota: boolean, zh: string): TargetComponent => ({
  key,
  param,
  comparator,
  quota,
  zh,
});
const ANNUAL = { kind: 'ANNUAL' } as const;

export const TARGETS: Readonly<Record<TargetId, TargetDef>> = {
  T1: {
    id: 'T1',
    ...TARGET_WORDS.T1,
    period: { kind: 'BY_DATE', deadline: 'T1_T2_DEADLINE' },
    components: [
      {
        ...c('skilledShare', 'T1_SKILLED_SHARE_MIN_PERCENT', 'MORE_THAN', false, '技能人才占比（％）'),
        ratio: { numeratorKey: 'skilled', denominatorKey: 'employed' },
      },
    ],
  },
  T2: {
    id: 'T2',
    ...TARGET_WORDS.T2,
    period: { kind: 'BY_DATE', deadline: 'T1_T2_DEADLINE' },
    components: [c('highSkilled', 'T2_HIGH_SKILLED_MIN_TOTAL', 'MORE_THAN', false, '高技能人才总量')],
  },
  T3: {
    id: 'T3',
    ...TARGET_WORDS.T3,
    period: { kind: 'BY_YEAR', year: 'T3_BY_YEAR' },
    components: [],
  },
  T4: {
    id: 'T4',
    ...TARGET_WORDS.T4,
    period: ANNUAL,
    components: [c('technicians', 'T4_TECHNICIANS_PER_YEAR', 'AT_LEAST', false, '培养技师、高级技师等人数')],
  },
  // The text says 力争…５００名 (strive for 500), without 左右: a minimum, not the ≈ of the earlier summary
  // (docs/policy/reading.md §10).
  T5: {
    id: 'T5',
    ...TARGET_WORDS.T5,
    period: ANNUAL,
    components: [c('apprentices', 'T5_APPRENTICES_PER_YEAR', 'EXACTLY', false, '培训新型学徒人数')],
  },
  T6: {
    id: 'T6',
    ...TARGET_WORDS.T6,
    period: { kind: 'BY_DATE', deadline: 'T6_T8_DEADLINE' },
    components: [
      c('colleges', 'T6_HIGH_LEVEL_COLLEGES', 'EXACTLY', false, COLLEGE_MAJOR_KIND.label('HIGH_LEVEL_COLLEGE')),
      c('majors', 'T6_HIGH_LEVEL_MAJORS', 'EXACTLY', false, '高水平专业（群）'),
    ],
  },
  T7: {
    id: 'T7',
    ...TARGET_WORDS.T7,
    period: ANNUAL,
    components: [
      c('courses', 'T7_QUALITY_COURSES_PER_YEAR', 'EXACTLY', true, COLLEGE_MAJOR_KIND.label('QUALITY_COURSE')),
    ],
  },
  T8: {
    id: 'T8',
    ...TARGET_WORDS.T8,
    period: { kind: 'BY_DATE', deadline: 'T6_T8_DEADLINE' },
    components: [
      c('integratedMajors', 'T8_INTEGRATED_MAJORS', 'EXACTLY', false, COLLEGE_MAJOR_KIND.label('INTEGRATED_MAJOR')),
      c('featuredMajors', 'T8_FEATURED_MAJORS', 'EXACTLY', false, COLLEGE_MAJOR_KIND.label('FEATURED_MAJOR')),
    ],
  },
  T9: {
    id: 'T9',
    ...TARGET_WORDS.T9,
    period: ANNUAL,
    components: [c('personTimes', 'T9_SUBSIDISED_TRAINING_PER_YEAR', 'AT_LEAST', false, '补贴性职业技能培训人次')],
  },
  T10: {
    id: 'T10',
    ...TARGET_WORDS.T10,
    period: ANNUAL,
    components: [c('studios', 'T10_CITY_STUDIOS_PER_YEAR', 'ABOUT', true, STUDIO_LEVEL.label('CITY'))],
  },
  T11: {
    id: 'T11',
    ...TARGET_WORDS.T11,
    period: { kind: 'WITHIN_YEARS', years: 'T11_WITHIN_YEARS' },
    components: [c('colleges', 'T11_CRAFTSMAN_COLLEGES', 'ABOUT', true, '市级工匠学院（累计）')],
  },
  T12: {
    id: 'T12',
    ...TARGET_WORDS.T12,
    period: ANNUAL,
    components: [c('competitions', 'T12_CITY_COMPETITIONS_PER_YEAR', 'AT_LEAST', false, '市级职业技能竞赛场次')],
  },
  T13: {
    id: 'T13',
    ...TARGET_WORDS.T13,
    period: ANNUAL,
    components: [
      c('technicalExperts', 'T13_TECHNICAL_EXPERTS_PER_YEAR', 'AT_LEAST', false, HONOUR_KIND.label('TECHNICAL_EXPERT')),
    ],
  },
  T14: {
    id: 'T14',
    ...TARGET_WORDS.T14,
    period: ANNUAL,
    components: [
      c('chiefTechnicians', 'T14_CHIEF_TECHNICIANS_PER_YEAR', 'EXACTLY', true, HONOUR_KIND.label('CHIEF_TECHNICIAN')),
    ],
  },
  T15: {
    id: 'T15',
    ...TARGET_WORDS.T15,
    period: ANNUAL,
    components: [
      c('grandCraftsmen', 'T15_GRAND_CRAFTSMEN_PER_YEAR', 'ABOUT', true, HONOUR_KIND.label('GRAND_CRAFTSMAN')),
      c('craftsmen', 'T15_CRAFTSMEN_PER_YEAR', 'ABOUT', true, '济宁工匠（含济宁手造工匠）'),
    ],
  },
};

/** 左右 (about) t: the band t ± tolerance%, widened to whole numbers (READING_APPROX_TOLERANCE_PERCENT). */
function aboutBand(t: number, tolerancePercent: number): { lower: number; upper: number } {
  return {
    lower: Math.floor((t * (100 - tolerancePercent)) / 100),
    upper: Math.ceil((t * (100 + tolerancePercent)) / 100),
  };
}

export type ProgressStatus = 'MET' | 'IN_PROGRESS' | 'NOT_MET' | 'BREACH' | 'QUALITATIVE';

export interface ComponentProgress {
  readonly key: string;
  readonly zh: string;
  readonly comparator: Comparator;
  readonly quota: boolean;
  readonly target: number;
  /** For ABOUT: the tolerance band. */
  readonly lower: number;
  readonly upper: number | null;
  readonly achieved: number;
  /** For RATIO components, the achieved percentage to two decimals. */
  readonly achievedPercent?: string;
  readonly status: ProgressStatus;
}

export interface TargetProgress {
  readonly id: TargetId;
  readonly clause: Clause;
  readonly dueDate: IsoDate;
  readonly status: ProgressStatus;
  readonly components: readonly ComponentProgress[];
  readonly params: readonly ParamVersion<unknown>[];
  readonly zh: string;
}

export interface ProgressInput {
  /** The date the figures are as of: before the due date a shortfall is IN_PROGRESS, after it NOT_MET. */
  readonly asOf: IsoDate;
  /** For annual targets: the year reported (2025–2029). */
  readonly year?: number;
  /** By component key (ratio components by their numerator and denominator keys). */
  readonly achieved: Readonly<Record<string, number>>;
}

const SEVERITY: Readonly<Record<ProgressStatus, number>> = {
  MET: 0,
  QUALITATIVE: 0,
  IN_PROGRESS: 1,
  NOT_MET: 2,
  BREACH: 3,
};
const STATUS_ZH: Readonly<Record<ProgressStatus, string>> = {
  MET: '已完成',
  IN_PROGRESS: '进行中',
  NOT_MET: '未完成',
  BREACH: '超出名额',
  QUALITATIVE: '定性目标，需人工评估',
};

function count(achieved: Readonly<Record<string, number>>, key: string): number {
  const v = achieved[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new RuleInputError(
      'RULES_INVALID_NUMBER',
      `achieved.${key}`,
      `完成数无效：${key} = ${JSON.stringify(v) ?? 'undefined'}（应为非负整数）`,
      `Invalid achieved count ${key}: ${JSON.stringify(v) ?? 'undefined'}`,
    );
  }
  return v;
}

/** Planned vs achieved for one target (T1–T15), with a quota breach where the city exceeds a quota. */
export function reportProgress(
  id: TargetId,
  input: ProgressInput,
  set: ParameterSet = DEFAULT_PARAMETERS,
): TargetProgress {
  const def = (TARGETS as Record<string, TargetDef | undefined>)[id];
  if (!def)
    throw new RuleInputError('RULES_UNKNOWN_TARGET', 'id', `未知目标：${String(id)}`, `Unknown target: ${String(id)}`);
  const asOf = assertIsoDate(input.asOf, 'asOf');
  const window = windowVersion(set);
  const params: ParamVersion<unknown>[] = [];

  let due: IsoDate;
  let paramDate: IsoDate;
  if (def.period.kind === 'ANNUAL') {
    const year = assertYearInWindow(input.year, 'year', set);
    due = makeDate(year, 12, 31);
    paramDate = makeDate(year, 1, 1);
  } else if (def.period.kind === 'BY_DATE') {
    const d = valueAt(set[def.period.deadline], window.value.from);
    params.push(d);
    due = d.value;
    paramDate = window.value.from;
  } else if (def.period.kind === 'WITHIN_YEARS') {
    const years = valueAt(set[def.period.years], window.value.from);
    const reading = valueAt(set.READING_T11_FROM_WINDOW_START, window.value.from);
    params.push(years, reading);
    due = makeDate(yearOf(window.value.from) + years.value - 1, 12, 31);
    paramDate = window.value.from;
  } else {
    const y = valueAt(set[def.period.year], window.value.from);
    params.push(y);
    due = makeDate(y.value, 12, 31);
    paramDate = window.value.from;
  }

  const tolerance = valueAt(set.READING_APPROX_TOLERANCE_PERCENT, paramDate);
  const ceiling = valueAt(set.READING_EXACT_QUOTA_IS_CEILING, paramDate);
  const late = asOf > due;
  const components: ComponentProgress[] = def.components.map((comp) => {
    const target = valueAt(set[comp.param], paramDate);
    params.push(target);
    const t = target.value;
    let lower = t;
    let upper: number | null = null;
    let met: boolean;
    let breach = false;
    let achieved: number;
    let achievedPercent: string | undefined;
    if (comp.ratio) {
      const num = count(input.achieved, comp.ratio.numeratorKey);
      const den = count(input.achieved, comp.ratio.denominatorKey);
      if (den === 0)
        throw new RuleInputError(
          'RULES_INVALID_NUMBER',
          `achieved.${comp.ratio.denominatorKey}`,
          '分母不能为０',
          'The denominator cannot be 0',
        );
      // num / den > t% ⇔ num × 100 > t × den: exact, no floats.
      met = BigInt(num) * 100n > BigInt(t) * BigInt(den);
      achieved = num;
      achievedPercent = ((num / den) * 100).toFixed(2);
    } else {
      achieved = count(input.achieved, comp.key);
      switch (comp.comparator) {
        case 'MORE_THAN':
          met = achieved > t;
          break;
        case 'AT_LEAST':
          met = achieved >= t;
          break;
        case 'ABOUT':
          params.push(tolerance);
          ({ lower, upper } = aboutBand(t, tolerance.value));
          met = achieved >= lower;
          breach = comp.quota && achieved > upper;
          break;
        case 'EXACTLY':
          if (comp.quota && ceiling.value) {
            params.push(ceiling);
            upper = t;
            breach = achieved > t;
          }
          met = achieved >= t;
          break;
      }
    }
    const status: ProgressStatus = breach ? 'BREACH' : met ? 'MET' : late ? 'NOT_MET' : 'IN_PROGRESS';
    const out: ComponentProgress = {
      key: comp.key,
      zh: comp.zh,
      comparator: comp.comparator,
      quota: comp.quota,
      target: t,
      lower,
      upper,
      achieved,
      status,
    };
    return achievedPercent === undefined ? out : { ...out, achievedPercent };
  });

  const status: ProgressStatus =
    components.length === 0
      ? 'QUALITATIVE'
      : components.reduce<ProgressStatus>((w, x) => (SEVERITY[x.status] > SEVERITY[w] ? x.status : w), 'MET');
  const detail = components
    .map((x) => `${x.zh}${x.achievedPercent === undefined ? x.achieved : `${x.achievedPercent}％`}/${x.target}`)
    .join('，');
  return {
    id: def.id,
    clause: def.clause,
    dueDate: due,
    status,
    components,
    params,
    zh: `${def.id} ${def.zh}（截至${due}）：${detail ? `${detail}，` : ''}${STATUS_ZH[status]}。`,
  };
}

/** H1–H5 (四(十三), 五(十四), 五(十五)). */
export const HONOURS = {
  H1: {
    clause: '四(十三)',
    kinds: ['TECHNICAL_EXPERT'],
    target: 'T13',
    zh: '济宁市技术能手，每年２００名以上',
    en: 'Jining Technical Expert, ≥ 200 a year',
  },
  H2: {
    clause: '四(十三)',
    kinds: ['SKILLS_CHAMPION'],
    target: null,
    zh: '从市级一类竞赛、省级以上竞赛获奖人员中分行业、分工种认定“技能状元”',
    en: 'Skills Champions, by industry and trade, from winners of city category-1 and provincial-or-higher competitions',
  },
  H3: {
    clause: '五(十四)',
    kinds: ['CHIEF_TECHNICIAN'],
    target: 'T14',
    zh: '济宁市首席技师，每年２０名',
    en: 'Jining Chief Technician, 20 a year',
  },
  H4: {
    clause: '五(十四)',
    kinds: ['GRAND_CRAFTSMAN', 'CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN'],
    target: 'T15',
    zh: '济宁大工匠每年５名左右、济宁工匠（含济宁手造工匠）每年３０名左右',
    en: 'About 5 Grand Craftsmen and 30 Craftsmen (handicraft included) a year',
  },
  H5: {
    clause: '五(十五)',
    kinds: [],
    target: null,
    zh: '政治待遇和社会地位（见 H5_MEASURES）',
    en: 'Political and social standing (see H5_MEASURES)',
  },
} as const satisfies Record<
  string,
  { clause: Clause; kinds: readonly HonourKind[]; target: TargetId | null; zh: string; en: string }
>;

/** H2: may a winner of a competition at this tier be named 技能状元? */
export function isSkillsChampionSource(
  tier: CompetitionTier,
  onDate: IsoDate = WINDOW_FROM,
  set: ParameterSet = DEFAULT_PARAMETERS,
): boolean {
  return valueAt(set.H2_CHAMPION_SOURCE_TIERS, onDate).value.includes(tier);
}

/** H1 (reading READING_H1_EXPERT_SOURCE_TIERS): may a result at this tier support a 技术能手 nomination? */
export function isTechnicalExpertSource(
  tier: CompetitionTier,
  onDate: IsoDate = WINDOW_FROM,
  set: ParameterSet = DEFAULT_PARAMETERS,
): boolean {
  return valueAt(set.READING_H1_EXPERT_SOURCE_TIERS, onDate).value.includes(tier);
}

/** What a nomination brings as evidence of eligibility (the competition result it names, an attestation). */
export interface HonourEvidence {
  /** The tier of the competition whose result the nomination names (技能状元, 技术能手). */
  readonly competitionTier?: CompetitionTier | null;
  /** The competition result's id, as recorded by the competitions subgraph. */
  readonly competitionResultId?: string | null;
  /** Who attests (首席技师: a frontline leader of a key or pillar industry, which no record proves). */
  readonly attestedBy?: string | null;
  readonly attestation?: string | null;
}

/** A refusal of a nomination's eligibility: the input field it concerns, a reason code, and the words with the clause. */
export interface EligibilityRefusal {
  readonly field: 'competitionResultId' | 'competitionTier' | 'attestedBy' | 'attestation';
  readonly reason: 'COMPETITION_RESULT_REQUIRED' | 'COMPETITION_TIER_NOT_ELIGIBLE' | 'ATTESTATION_REQUIRED';
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
}

/**
 * The eligibility conditions the text gives for an honour (四(十三), 五(十四)): 技能状元 from city category-1 or
 * provincial-or-higher competition results (H2_CHAMPION_SOURCE_TIERS); 技术能手 from city competition results
 * (READING_H1_EXPERT_SOURCE_TIERS); 首席技师 from frontline leaders of key and pillar industries, which no record
 * proves, so the nomination carries an attestation (who attests, what). The craftsman honours have no condition.
 * Returns the first condition the evidence does not meet, or null.
 */
export function honourEligibilityRefusal(
  kind: HonourKind,
  evidence: HonourEvidence,
  year: number,
  set: ParameterSet = DEFAULT_PARAMETERS,
): EligibilityRefusal | null {
  const onDate = makeDate(assertYearInWindow(year, 'year', set), 1, 1);
  const label = HONOUR_KIND.label(kind);
  const competition = (allowed: readonly CompetitionTier[], clause: Clause, source: string, sourceEn: string) => {
    if (!evidence.competitionResultId?.trim()) {
      return {
        field: 'competitionResultId',
        reason: 'COMPETITION_RESULT_REQUIRED',
        clause,
        zh: `提名“${label}”须载明所依据的竞赛获奖成绩（${clause}：${source}）`,
        en: `A ${kind} nomination names the competition result it rests on (${clause}: ${sourceEn})`,
      } as const;
    }
    if (!evidence.competitionTier || !allowed.includes(evidence.competitionTier)) {
      return {
        field: 'competitionTier',
        reason: 'COMPETITION_TIER_NOT_ELIGIBLE',
        clause,
        zh: `“${label}”${source}，所载竞赛级别不符（${clause}）`,
        en: `${kind}: ${sourceEn}; the result's tier (${evidence.competitionTier ?? 'none'}) does not qualify (${clause})`,
      } as const;
    }
    return null;
  };
  switch (kind) {
    case 'SKILLS_CHAMPION': {
      const p = valueAt(set.H2_CHAMPION_SOURCE_TIERS, onDate);
      return competition(p.value, p.clause, '从市级一类竞赛、省级以上竞赛获奖人员中认定', HONOURS.H2.en);
    }
    case 'TECHNICAL_EXPERT': {
      const p = valueAt(set.READING_H1_EXPERT_SOURCE_TIERS, onDate);
      return competition(p.value, p.clause, '从市级职业技能竞赛获奖人员中认定', 'from city competition results');
    }
    case 'CHIEF_TECHNICIAN': {
      const clause = HONOURS.H3.clause;
      const missing = !evidence.attestedBy?.trim()
        ? 'attestedBy'
        : !evidence.attestation?.trim()
          ? 'attestation'
          : null;
      if (!missing) return null;
      return {
        field: missing,
        reason: 'ATTESTATION_REQUIRED',
        clause,
        zh: `“${label}”从全市重点产业、支柱产业等企业一线技能领军人才中认定（${clause}），须载明证明人及证明内容`,
        en: `Chief technicians come from frontline leaders of key and pillar industries (${clause}): state who attests and what`,
      };
    }
    default:
      return null;
  }
}

/**
 * The honour quotas: which kinds count together against which component of which target. H1 (T13, ≥ 200 technical
 * experts) is a minimum and H2 (技能状元) has no number, so neither caps approvals.
 */
export const HONOUR_QUOTAS = [
  {
    id: 'T14_CHIEF_TECHNICIANS',
    honour: 'H3',
    target: 'T14',
    component: 'chiefTechnicians',
    kinds: ['CHIEF_TECHNICIAN'],
  },
  { id: 'T15_GRAND_CRAFTSMEN', honour: 'H4', target: 'T15', component: 'grandCraftsmen', kinds: ['GRAND_CRAFTSMAN'] },
  {
    id: 'T15_CRAFTSMEN',
    honour: 'H4',
    target: 'T15',
    component: 'craftsmen',
    kinds: ['CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN'],
  },
] as const satisfies readonly {
  id: string;
  honour: 'H3' | 'H4';
  target: TargetId;
  component: string;
  kinds: readonly HonourKind[];
}[];
export type HonourQuotaId = (typeof HONOUR_QUOTAS)[number]['id'];

/** What one approval of an honour counts against in its year, and how many approvals that year may hold. */
export interface HonourQuotaLimit {
  readonly id: HonourQuotaId;
  readonly honour: 'H3' | 'H4';
  readonly target: TargetId;
  readonly clause: Clause;
  /** The kinds counted together (济宁工匠 and 济宁手造工匠 share one quota). */
  readonly kinds: readonly HonourKind[];
  readonly year: number;
  readonly comparator: Comparator;
  /** The figure of the text: 20, 5, 30. */
  readonly quota: number;
  /** The most approvals the year may hold: the figure itself (exact, READING_EXACT_QUOTA_IS_CEILING) or the top of its ±band (左右). */
  readonly ceiling: number;
  /** The parameter versions the ceiling comes from, for the refusal's explanation. */
  readonly params: readonly ParamVersion<unknown>[];
  /** 济宁工匠（含济宁手造工匠）每年３０名左右（T15，五(十四)），至多批准３６名 */
  readonly zh: string;
  readonly en: string;
}

/**
 * The quota an approval of `kind` in `year` counts against, or null when the kind has none (H1 is a minimum, H2 has
 * no number) or the exact-quota reading is switched off. Pure: counting the year's approvals is the caller's.
 */
export function honourQuotaFor(
  kind: HonourKind,
  year: number,
  set: ParameterSet = DEFAULT_PARAMETERS,
): HonourQuotaLimit | null {
  const q = HONOUR_QUOTAS.find((x) => (x.kinds as readonly HonourKind[]).includes(kind));
  if (!q) return null;
  const y = assertYearInWindow(year, 'year', set);
  const def = TARGETS[q.target];
  const comp = def.components.find((c) => c.key === q.component)!;
  const paramDate = makeDate(y, 1, 1);
  const target = valueAt(set[comp.param], paramDate);
  let ceiling: number;
  let rule: ParamVersion<unknown>;
  if (comp.comparator === 'ABOUT') {
    const tolerance = valueAt(set.READING_APPROX_TOLERANCE_PERCENT, paramDate);
    ceiling = aboutBand(target.value, tolerance.value).upper;
    rule = tolerance;
  } else {
    const exact = valueAt(set.READING_EXACT_QUOTA_IS_CEILING, paramDate);
    if (!exact.value) return null;
    ceiling = target.value;
    rule = exact;
  }
  const about = comp.comparator === 'ABOUT' ? '左右' : '';
  return {
    id: q.id,
    honour: q.honour,
    target: def.id,
    clause: def.clause,
    kinds: q.kinds,
    year: y,
    comparator: comp.comparator,
    quota: target.value,
    ceiling,
    params: [target, rule],
    zh: `${comp.zh}每年${target.value}名${about}（${def.id}，${def.clause}），${y}年度至多批准${ceiling}名`,
    en: `${def.en} (${def.id}, ${def.clause}): at most ${ceiling} approvals in ${y}`,
  };
}

export interface HonourQuotaReport {
  readonly honour: 'H1' | 'H3' | 'H4';
  readonly progress: TargetProgress;
}

/**
 * The honour quotas of a year from counts of recognitions by kind: H1 (≥ 200 technical experts),
 * H3 (20 chief technicians; above is a breach), H4 (≈ 5 grand craftsmen, ≈ 30 craftsmen counting
 * handicraft craftsmen; above the band is a breach).
 */
export function checkHonourQuotas(
  year: number,
  counts: Readonly<Partial<Record<HonourKind, number>>>,
  asOf: IsoDate,
  set: ParameterSet = DEFAULT_PARAMETERS,
): HonourQuotaReport[] {
  const n = (k: HonourKind): number => counts[k] ?? 0;
  return [
    {
      honour: 'H1',
      progress: reportProgress('T13', { asOf, year, achieved: { technicalExperts: n('TECHNICAL_EXPERT') } }, set),
    },
    {
      honour: 'H3',
      progress: reportProgress('T14', { asOf, year, achieved: { chiefTechnicians: n('CHIEF_TECHNICIAN') } }, set),
    },
    {
      honour: 'H4',
      progress: reportProgress(
        'T15',
        {
          asOf,
          year,
          achieved: { grandCraftsmen: n('GRAND_CRAFTSMAN'), craftsmen: n('CRAFTSMAN') + n('HANDICRAFT_CRAFTSMAN') },
        },
        set,
      ),
    },
  ];
}
