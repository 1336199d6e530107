import { citeClause, TARGET_IDS, TARGET_WORDS, type TargetId } from '@jining/rules/vocabulary';
import type { ExportColumn } from '../../export/excel';

/** A target's progress as the subgraphs report it (the kit's TargetProgress). */
export interface TargetView {
  id: string;
  year: number;
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
    status: string;
    monthly: readonly { month: string; achieved?: number | null }[];
  }[];
}

/** One line of the dashboard: a target the platform counts, or one it does not count yet (no source). */
export type TargetLine = { id: TargetId; citation: string; text: string } & (
  { counted: true; view: TargetView } | { counted: false }
);

/**
 * T1–T15 in the policy's order: each counted target as its subgraph reported it; the others (an employment statistic
 * the platform does not hold, a qualitative aim, records not built yet) with their text and clause from the rules.
 */
export function targetLines(views: readonly TargetView[]): TargetLine[] {
  const byId = new Map(views.map((v) => [v.id, v]));
  return TARGET_IDS.map((id) => {
    const words = TARGET_WORDS[id];
    const view = byId.get(id);
    const base = { id, citation: citeClause(words.clause), text: words.zh };
    return view ? { ...base, counted: true as const, view } : { ...base, counted: false as const };
  });
}

export const STATUS_WORDS: Record<string, { text: string; colour: string }> = {
  MET: { text: '已达成', colour: 'green' },
  IN_PROGRESS: { text: '进行中', colour: 'blue' },
  NOT_MET: { text: '未达成', colour: 'red' },
  BREACH: { text: '超出名额', colour: 'red' },
  QUALITATIVE: { text: '定性目标', colour: 'default' },
};

const COMPARATOR_WORDS: Record<string, string> = {
  MORE_THAN: '超过',
  AT_LEAST: '不少于',
  ABOUT: '左右',
  EXACTLY: '',
};

/** 目标数 in words: 不少于 100, 10 左右（9—11）, 20（至多 20）. */
export function targetWords(c: TargetView['components'][number]): string {
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
  status: string;
  dueDate: string;
  monthly: readonly (number | null)[];
}

export function exportRows(lines: readonly TargetLine[]): TargetExportRow[] {
  return lines.flatMap((line): TargetExportRow[] =>
    line.counted
      ? line.view.components.map((c) => ({
          id: line.id,
          citation: line.citation,
          text: line.text,
          label: c.label,
          target: targetWords(c),
          achieved: c.achieved,
          status: STATUS_WORDS[c.status]?.text ?? c.status,
          dueDate: line.view.dueDate,
          monthly: c.monthly.map((m) => m.achieved ?? null),
        }))
      : [
          {
            id: line.id,
            citation: line.citation,
            text: line.text,
            label: '',
            target: '',
            achieved: null,
            status: '平台尚未统计',
            dueDate: '',
            monthly: [],
          },
        ],
  );
}

export function exportColumns(year: number): ExportColumn<TargetExportRow>[] {
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
  ];
}
