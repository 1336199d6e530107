import { badInput } from '@jining/graphql-server/errors';
import {
  citeClause,
  countyLabel,
  isCountyCode,
  POLICY_WINDOW,
  QUALITATIVE_STATUS,
  POLICY_YEARS,
  reportProgress,
  TARGETS,
  type TargetId,
  type TargetProgress as RulesProgress,
} from '@jining/rules';
import type { createBuilder } from './builder.ts';
import type { SubgraphContext } from './context.ts';
import { chinaToday } from './clock.ts';

type KitBuilder<PrismaTypes extends object, Client> = ReturnType<typeof createBuilder<PrismaTypes, Client>>;

/** Records counted toward a target's components: component key → month ('YYYY-MM', China time) → count. */
export type MonthlyCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * What a source counts over: records dated in [from, to) ('YYYY-MM-DD'), of one county's when `county` is given (a
 * GB/T 2260 code: the county each record stored when it was written), of the whole city otherwise.
 */
export interface TargetRange {
  readonly from: string;
  readonly to: string;
  readonly county?: string | null;
}

/** A figure the platform does not count but records as published (T1's employed population), with what it rests on. */
export interface RecordedStatistic {
  readonly value: number;
  /** Where the figure comes from and when it was published, in Chinese (shown under the ratio). */
  readonly note: string;
}

/** A qualitative target's standing (T3) as HRSS assessed it. */
export interface TargetAssessmentValue {
  status: string;
  note: string;
  assessedOn: string;
  assessedBy: string;
}

/**
 * One target (T1–T15 of @jining/rules) a subgraph can count from its own records. The subgraph says only what it
 * counts and in which month each record falls; what the target is, its period, its clause, whether it is met and the
 * monthly trend come from the rules and this module, alike in every subgraph.
 */
export interface TargetSource<Ctx> {
  readonly id: TargetId;
  /**
   * The records dated before `to` (exclusive, 'YYYY-MM-DD'), by component and month. `from` is where the target's
   * period starts (1 January of the year for a yearly target, the policy's first day for the others); a source that
   * counts a stock rather than a flow (T2's high-skilled people, whenever certified) may count from earlier. A month
   * outside the period is counted at its nearest end (an honour of 2026 approved in January 2027 counts in December).
   */
  countByMonth(ctx: Ctx, range: TargetRange): Promise<MonthlyCounts>;
  /**
   * A ratio target (T1): the denominators of its ratio components (by denominator key) for the year and county, as
   * recorded statistics; null where none is recorded (the target then says so instead of dividing by nothing).
   * The numerators are counted by `countByMonth` under their numerator keys.
   */
  denominators?(
    ctx: Ctx,
    query: { readonly year: number; readonly county: string | null },
  ): Promise<Readonly<Record<string, RecordedStatistic | null>>>;
  /** A qualitative target (T3): its standing as assessed for the year, or null before anyone has assessed it. */
  assessment?(
    ctx: Ctx,
    query: { readonly year: number; readonly county: string | null },
  ): Promise<TargetAssessmentValue | null>;
  /**
   * A stock (T2: how many high-skilled people there are) is shown up to the year asked for even after its due date;
   * a flow over a period (T11: colleges built within three years) stops counting at the due date.
   */
  readonly stock?: boolean;
}

export interface TargetMonthValue {
  month: string;
  /** Achieved by the end of the month (cumulative over the target's period); null for a month still to come. */
  achieved: number | null;
}

export interface TargetComponentValue {
  key: string;
  label: string;
  comparator: string;
  quota: boolean;
  target: number;
  lower: number;
  upper: number | null;
  achieved: number;
  /** A ratio component (T1): the achieved percentage, two decimals; null without its denominator. */
  achievedPercent: string | null;
  /** A ratio component: the recorded denominator and where it comes from (null when none is recorded). */
  denominator: number | null;
  denominatorNote: string | null;
  status: string;
  monthly: TargetMonthValue[];
}

export interface TargetValue {
  id: string;
  year: number;
  /** The county counted (GB/T 2260), or null for the city. */
  county: string | null;
  /** A qualitative target (T3): its recorded standing; null for a counted target or before any assessment. */
  assessment: TargetAssessmentValue | null;
  clause: string;
  citation: string;
  text: string;
  summary: string;
  dueDate: string;
  status: string;
  components: TargetComponentValue[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** A target's progress in `year`, with the cumulative figure at the end of each month of that year. */
export async function targetProgressOf<Ctx>(
  source: TargetSource<Ctx>,
  ctx: Ctx,
  year: number,
  today: string = chinaToday(),
  county: string | null = null,
): Promise<TargetValue> {
  const def = TARGETS[source.id];
  const annual = def.period.kind === 'ANNUAL';
  // Learn the due date from the rules themselves (a zero count is enough to ask).
  const zero = Object.fromEntries(
    def.components.flatMap((c) =>
      c.ratio
        ? [
            [c.ratio.numeratorKey, 0],
            [c.ratio.denominatorKey, 1],
          ]
        : [[c.key, 0]],
    ),
  );
  const due = reportProgress(source.id, { asOf: today, year, achieved: zero }).dueDate;
  const from = annual ? `${year}-01-01` : POLICY_WINDOW.from;
  const yearEnd = `${year + 1}-01-01`;
  // A period that ends before the year does (T11's three years, seen from 2029) stops counting at its due date.
  const to = !annual && !source.stock && nextDay(due) < yearEnd ? nextDay(due) : yearEnd;
  const counts = await source.countByMonth(ctx, { from, to, county });
  const recorded = (await source.denominators?.(ctx, { year, county })) ?? {};
  const assessment = (await source.assessment?.(ctx, { year, county })) ?? null;

  const firstMonth = from.slice(0, 7);
  const lastMonth = (to === yearEnd ? `${year}-12` : due.slice(0, 7)) as string;
  const clamp = (m: string) => (m < firstMonth ? firstMonth : m > lastMonth ? lastMonth : m);
  const thisMonth = today.slice(0, 7);
  const totals: Record<string, number> = {};
  const byMonth: Record<string, Map<string, number>> = {};
  // Components without their recorded denominator (T1 before the year's statistic is entered): no ratio to judge.
  const missing = new Set<string>();
  for (const comp of def.components) {
    // A ratio component's trend is its numerator's (skilled people), month by month.
    const countedKey = comp.ratio?.numeratorKey ?? comp.key;
    const months = new Map<string, number>();
    for (const [m, n] of Object.entries(counts[countedKey] ?? {})) {
      const at = clamp(m);
      months.set(at, (months.get(at) ?? 0) + n);
    }
    byMonth[comp.key] = months;
    totals[countedKey] = [...months.values()].reduce((a, b) => a + b, 0);
    if (comp.ratio) {
      const statistic = recorded[comp.ratio.denominatorKey];
      if (statistic && statistic.value > 0) totals[comp.ratio.denominatorKey] = statistic.value;
      else {
        missing.add(comp.key);
        totals[comp.ratio.denominatorKey] = 1;
      }
    }
  }
  const progress: RulesProgress = reportProgress(source.id, { asOf: today, year, achieved: totals });
  const noStatistic = missing.size > 0;
  const denominatorOf = (key: string) => {
    const ratio = def.components.find((c) => c.key === key)?.ratio;
    return ratio && !missing.has(key) ? (recorded[ratio.denominatorKey] ?? null) : null;
  };
  return {
    id: def.id,
    year,
    county,
    assessment,
    clause: def.clause,
    citation: citeClause(def.clause),
    text: def.zh,
    summary: noStatistic
      ? `${def.id} ${def.zh}：已统计 ${progress.components.map((c) => c.achieved).join('、')} 人，尚未登记${year}年${
          county && isCountyCode(county) ? countyLabel(county) : '全市'
        }就业人员数，无法计算比例。`
      : assessment
        ? `${progress.zh}评估结论：${QUALITATIVE_STATUS.has(assessment.status) ? QUALITATIVE_STATUS.label(assessment.status) : assessment.status}（${assessment.assessedOn}）。`
        : progress.zh,
    dueDate: progress.dueDate,
    status: noStatistic ? 'NO_STATISTIC' : progress.status,
    components: progress.components.map((c) => {
      const months = byMonth[c.key]!;
      const statistic = denominatorOf(c.key);
      return {
        key: c.key,
        label: c.zh,
        comparator: c.comparator,
        quota: c.quota,
        target: c.target,
        lower: c.lower,
        upper: c.upper,
        achieved: c.achieved,
        achievedPercent: statistic ? (c.achievedPercent ?? null) : null,
        denominator: statistic?.value ?? null,
        denominatorNote: statistic?.note ?? null,
        status: missing.has(c.key) ? 'NO_STATISTIC' : c.status,
        monthly: monthsOf(year).map((month) => ({
          month,
          achieved:
            month > thisMonth || month > lastMonth
              ? null
              : [...months].reduce((sum, [m, n]) => (m <= month ? sum + n : sum), 0),
        })),
      };
    }),
  };
}

/** A year of the policy (2025–2029 by the rules), or a coded error on `field` — the targets' and their statistics'. */
export function assertPolicyYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < POLICY_YEARS.first || year > POLICY_YEARS.last) {
    throw badInput(`年度应在政策施行期内（${POLICY_YEARS.first}—${POLICY_YEARS.last}年）：${year}`, {
      field,
      reason: 'YEAR_OUTSIDE_POLICY_WINDOW',
      messageEn: `The year must be within the policy's years ${POLICY_YEARS.first}–${POLICY_YEARS.last}`,
    });
  }
  return year;
}

/**
 * Serves the targets this subgraph counts as `Query.<fieldName>(year)`: a list of the kit's `TargetProgress`, the same
 * shareable type in every subgraph (as the audit trail's), so the admin web's dashboard asks every subgraph for its
 * targets in one request through the gateway and draws them alike. Each field has its own name (`trainingTargets` …):
 * federation resolves a root field from one subgraph only.
 */
export function addTargetsQuery<PrismaTypes extends object, Client>(
  builder: KitBuilder<PrismaTypes, Client>,
  {
    fieldName,
    domain,
    sources,
  }: { fieldName: string; domain: string; sources: readonly TargetSource<SubgraphContext<Client>>[] },
): void {
  const Month = builder.objectRef<TargetMonthValue>('TargetMonth').implement({
    description: '目标的月度进度（截至该月末的累计完成数）',
    shareable: true,
    fields: (t) => ({
      month: t.exposeString('month', { description: '月份（YYYY-MM）' }),
      achieved: t.exposeInt('achieved', { nullable: true, description: '截至该月末累计完成数；尚未到来的月份为空' }),
    }),
  });
  const Component = builder.objectRef<TargetComponentValue>('TargetComponentProgress').implement({
    description: '目标的一项指标（如“济宁大工匠”“济宁工匠”）',
    shareable: true,
    fields: (t) => ({
      key: t.exposeString('key', { description: '指标代码' }),
      label: t.exposeString('label', { description: '指标名称' }),
      comparator: t.exposeString('comparator', {
        description: '比较方式：MORE_THAN 超过、AT_LEAST 以上/不少于、ABOUT 左右、EXACTLY 确数',
      }),
      quota: t.exposeBoolean('quota', { description: '是否为名额（超出即越额）' }),
      target: t.exposeInt('target', { description: '目标数' }),
      lower: t.exposeInt('lower', { description: '达标下限（“左右”按容差）' }),
      upper: t.exposeInt('upper', { nullable: true, description: '名额上限（无上限为空）' }),
      achieved: t.exposeInt('achieved', { description: '完成数（比例指标为分子，如技能人才数）' }),
      achievedPercent: t.exposeString('achievedPercent', {
        nullable: true,
        description: '比例指标的完成百分比（两位小数）；未登记分母时为空',
      }),
      denominator: t.exposeInt('denominator', { nullable: true, description: '比例指标的分母（登记的统计数据）' }),
      denominatorNote: t.exposeString('denominatorNote', { nullable: true, description: '分母的来源说明' }),
      status: t.exposeString('status', { description: '进度：MET、IN_PROGRESS、NOT_MET、BREACH、NO_STATISTIC' }),
      monthly: t.field({ type: [Month], description: '本年度各月末累计完成数', resolve: (c) => c.monthly }),
    }),
  });
  const Assessment = builder.objectRef<TargetAssessmentValue>('TargetAssessment').implement({
    description: '定性目标（T3）的评估结论，由市人社局登记',
    shareable: true,
    fields: (t) => ({
      status: t.exposeString('status', { description: '结论：NOT_ASSESSED、ON_TRACK、AT_RISK、ACHIEVED' }),
      note: t.exposeString('note', { description: '评估说明' }),
      assessedOn: t.exposeString('assessedOn', { description: '评估日期' }),
      assessedBy: t.exposeString('assessedBy', { description: '评估人' }),
    }),
  });
  const Progress = builder.objectRef<TargetValue>('TargetProgress').implement({
    description: '政策目标（T1–T15）的年度进度，数字来自规则包',
    shareable: true,
    fields: (t) => ({
      id: t.exposeString('id', { description: '目标编号，如 T12' }),
      year: t.exposeInt('year', { description: '年度' }),
      county: t.exposeString('county', { nullable: true, description: '统计的县（市、区）代码；全市为空' }),
      assessment: t.field({
        type: Assessment,
        nullable: true,
        description: '定性目标的评估结论；计数目标或尚未评估为空',
        resolve: (p) => p.assessment,
      }),
      clause: t.exposeString('clause', { description: '条款，如 四(十三)' }),
      citation: t.exposeString('citation', { description: '出处，如 济人社发〔2024〕9号 第四部分（十三）' }),
      text: t.exposeString('text', { description: '目标原文' }),
      summary: t.exposeString('summary', { description: '进度说明（中文）' }),
      dueDate: t.exposeString('dueDate', { description: '考核截止日期' }),
      status: t.exposeString('status', {
        description: '进度：MET、IN_PROGRESS、NOT_MET、BREACH、QUALITATIVE、NO_STATISTIC（缺少统计数据）',
      }),
      components: t.field({ type: [Component], description: '各项指标', resolve: (p) => p.components }),
    }),
  });

  builder.queryField(fieldName, (t) =>
    t.field({
      type: [Progress],
      description: `${domain}统计的政策目标年度进度（${sources.map((s) => s.id).join('、')}）`,
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: true, description: '年度（政策施行期内）' }),
        county: t.arg.string({
          required: false,
          description: '县（市、区）代码（GB/T 2260）：只统计该县的记录（该县对全市目标的贡献）；不填为全市',
        }),
      },
      resolve: async (_root, { year, county: asked }, ctx) => {
        const county = asked?.trim() || null;
        if (county !== null && !isCountyCode(county)) {
          throw badInput(`没有此县（市、区）：${county.slice(0, 20)}`, {
            field: 'county',
            reason: 'UNKNOWN_COUNTY',
            messageEn: `No such county: ${county.slice(0, 20)}`,
          });
        }
        assertPolicyYear(year, 'year');
        const today = chinaToday();
        // One after another: a dashboard is a handful of count queries, and the pool is better left to the work.
        const out: TargetValue[] = [];
        for (const source of sources) out.push(await targetProgressOf(source, ctx, year, today, county));
        return out;
      },
    }),
  );
}
