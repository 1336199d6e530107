import { citeClause, QUALITATIVE_STATUS, TARGET_IDS, TARGET_WORDS, type TargetId } from '@jining/rules/vocabulary';
import type { ExportColumn } from '../../export/excel';

/** A target's progress as the subgraphs report it (the kit's TargetProgress). */
export interface TargetView {
  id: string;
  year: number;
  county?: string | null;
  assessment?: { status: string; note: string; assessedOn: string; assessedBy: string } | null;
  clause: string;
  citation: string;
  text: string;
  summary: string;
  dueDate: string;
  status: string;
  components: readonly {
    key: string;
    label: string;
    comparator: string;
    quota: boolean;
    target: number;
    lower: number;
    upper?: number | null;
    achieved: number;
    achievedPercent?: string | null;
    denominator?: number | null;
    denominatorNote?: string | null;
    status: string;
    monthly: readonly { month: string; achieved?: number | null }[];
  }[];
}

/**
 * One line of the dashboard: a target the platform counts, or one it does not count yet (no source). With a county
 * chosen, `local` is that county's count of the same target: its contribution to the city's figure.
 */
export type TargetLine = { id: TargetId; citation: string; text: string } & (
  { counted: true; view: TargetView; local?: TargetView } | { counted: false }
);

/**
 * T1–T15 in the policy's order: each counted target as its subgraph reported it (with the county's own count when a
 * county is chosen); the others (records not built yet) with their text and clause from the rules.
 */
export function targetLines(views: readonly TargetView[], countyViews?: readonly TargetView[]): TargetLine[] {
  const byId = new Map(views.map((v) => [v.id, v]));
  const local = new Map((countyViews ?? []).map((v) => [v.id, v]));
  return TARGET_IDS.map((id) => {
    const words = TARGET_WORDS[id];
    const view = byId.get(id);
    const base = { id, citation: citeClause(words.clause), text: words.zh };
    if (!view) return { ...base, counted: false as const };
    const mine = local.get(id);
    return mine ? { ...base, counted: true as const, view, local: mine } : { ...base, counted: true as const, view };
  });
}

/** A county's share of the city's figure, as a percentage to one decimal ('—' when the city has none). */
export function shareOfCity(county: number, city: number): string {
  if (city <= 0) return '—';
  return `${((county * 100) / city).toFixed(1)}％`;
}

/** What a component achieved, in words: a count, or a ratio's percentage with its parts (T1). */
export function achievedWords(c: TargetView['components'][number]): string {
  if (c.denominator != null && c.achievedPercent != null) {
    return `${c.achievedPercent}％（${c.achieved} / ${c.denominator}）`;
  }
  if (c.status === 'NO_STATISTIC') return `${c.achieved}（缺就业人员数）`;
  return String(c.achieved);
}

/** A qualitative target's recorded standing (T3), in the rules' words. */
export function assessmentWords(view: TargetView): string {
  const a = view.assessment;
  if (!a) return QUALITATIVE_STATUS.label('NOT_ASSESSED');
  return QUALITATIVE_STATUS.has(a.status) ? QUALITATIVE_STATUS.label(a.status) : a.status;
}

export const STATUS_WORDS: Record<string, { text: string; colour: string }> = {
  MET: { text: '已达成', colour: 'green' },
  IN_PROGRESS: { text: '进行中', colour: 'blue' },
  NOT_MET: { text: '未达成', colour: 'red' },
  BREACH: { text: '超出名额', colour: 'red' },
  QUALITATIVE: { text: '定性目标', colour: 'purple' },
  NO_STATISTIC: { text: '缺少统计数据', colour: 'orange' },
};

export const COMPARATOR_WORDS: Record<string, string> = {
  MORE_THAN: '超过',
  AT_LEAST: '不少于',
  ABOUT: '左右',
  EXACTLY: '',
};

/** 目标数 in words: 不少于 100, 10 左右（9—11）, 20（至多 20）. */
export function targetWords(c: TargetView['components'][number]): string {
  // A ratio (T1) is a percentage: 超过 30％.
  if (c.key === 'skilledShare') return `超过 ${c.target}％`;
  if (c.comparator === 'ABOUT') return `${c.target} 左右（${c.lower}—${c.upper ?? ''}）`;
  const word = COMPARATOR_WORDS[c.comparator] ?? '';
  return `${word ? `${word} ` : ''}${c.target}${c.upper != null ? `（至多 ${c.upper}）` : ''}`;
}

/** One spreadsheet row per target component (a target not counted yet is one row saying so). */
export interface TargetExportRow {
  id: string;
  citation: string;
  text: string;
  label: string;
  target: string;
  achieved: number | null;
  achievedText: string;
  status: string;
  dueDate: string;
  /** With a county chosen: its name, its count of the component and its share of the city's. */
  county: string;
  countyAchieved: number | null;
  countyShare: string;
  monthly: readonly (number | null)[];
}

export function exportRows(lines: readonly TargetLine[], countyName = ''): TargetExportRow[] {
  return lines.flatMap((line): TargetExportRow[] => {
    if (!line.counted) {
      return [
        {
          id: line.id,
          citation: line.citation,
          text: line.text,
          label: '',
          target: '',
          achieved: null,
          achievedText: '',
          status: '平台尚未统计',
          dueDate: '',
          county: countyName,
          countyAchieved: null,
          countyShare: '',
          monthly: [],
        },
      ];
    }
    if (line.view.components.length === 0) {
      // A qualitative target (T3): its standing and note instead of a number.
      return [
        {
          id: line.id,
          citation: line.citation,
          text: line.text,
          label: STATUS_WORDS.QUALITATIVE!.text,
          target: '',
          achieved: null,
          achievedText: `${assessmentWords(line.view)}${line.view.assessment ? `：${line.view.assessment.note}` : ''}`,
          status: STATUS_WORDS[line.view.status]?.text ?? line.view.status,
          dueDate: line.view.dueDate,
          county: countyName,
          countyAchieved: null,
          countyShare: '',
          monthly: [],
        },
      ];
    }
    return line.view.components.map((c) => {
      const mine = line.local?.components.find((x) => x.key === c.key);
      return {
        id: line.id,
        citation: line.citation,
        text: line.text,
        label: c.label,
        target: targetWords(c),
        achieved: c.achieved,
        achievedText: achievedWords(c),
        status: STATUS_WORDS[c.status]?.text ?? c.status,
        dueDate: line.view.dueDate,
        county: countyName,
        countyAchieved: mine ? mine.achieved : null,
        countyShare: mine ? shareOfCity(mine.achieved, c.achieved) : '',
        monthly: c.monthly.map((m) => m.achieved ?? null),
      };
    });
  });
}

export function exportColumns(year: number, countyName?: string): ExportColumn<TargetExportRow>[] {
  return [
    { header: '目标', value: (r) => r.id, width: 8 },
    { header: '条款', value: (r) => r.citation, width: 34 },
    { header: '目标原文', value: (r) => r.text, width: 50 },
    { header: '指标', value: (r) => r.label, width: 24 },
    { header: '目标数', value: (r) => r.target, width: 18 },
    { header: '完成数', value: (r) => r.achieved, kind: 'number' },
    { header: '进度', value: (r) => r.status },
    { header: '考核截止', value: (r) => r.dueDate, kind: 'date' },
    ...Array.from({ length: 12 }, (_, i) => ({
      header: `${year}年${i + 1}月末`,
      value: (r: TargetExportRow) => r.monthly[i] ?? null,
      kind: 'number' as const,
    })),
    // After the months, so the columns above stay where earlier exports had them.
    { header: '完成情况', value: (r) => r.achievedText, width: 30 },
    ...(countyName
      ? [
          { header: '县（市、区）', value: (r: TargetExportRow) => r.county, width: 14 },
          { header: '本县完成数', value: (r: TargetExportRow) => r.countyAchieved, kind: 'number' as const },
          { header: '占全市', value: (r: TargetExportRow) => r.countyShare },
        ]
      : []),
  ];
}
