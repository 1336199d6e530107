/**
 * Excel in, for the import flow: a column spec says which Chinese headers a list takes and how each cell becomes a
 * value; the first sheet's header row is matched against it by text (any order), and every later row is parsed into
 * a value or the Chinese errors of its cells. exceljs is loaded only when a file is read or a template made.
 */

/** A cell parsed: its value, or why it cannot be one (Chinese, shown on the row). */
export type CellResult<V> = { ok: true; value: V } | { ok: false; error: string };

export interface ImportColumn<R> {
  /** The field of the row this column fills, and the name the server's row errors use for it. */
  key: keyof R & string;
  /** The header as it stands in the file and in the template (Chinese). */
  header: string;
  required?: boolean;
  /** A sample value for the template's second row. */
  example?: string;
  width?: number;
  /** The cell's text (trimmed, '' when empty) → its value. Default: the text, or undefined when empty. */
  parse?(text: string): CellResult<R[keyof R]>;
}

export interface ImportSpec<R> {
  /** What is imported, e.g. 竞赛成绩: the template's file and sheet name. */
  name: string;
  columns: readonly ImportColumn<R>[];
}

/** One data row of the file: its row number in Excel, its cells' text, the parsed row, and its cells' errors. */
export interface ParsedRow<R> {
  line: number;
  cells: Record<string, string>;
  value: Partial<R>;
  errors: { field: string; message: string }[];
}

export type ReadResult<R> = { ok: true; rows: ParsedRow<R>[] } | { ok: false; error: string };

/** The number of data rows a file may hold: far above a competition's placings, small enough for the browser. */
export const IMPORT_FILE_MAX_ROWS = 1000;

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return String(v.result);
  }
  return String(value);
};

/** Reads an .xlsx against a spec: the header row must name every required column and nothing unknown. */
export async function readImportFile<R>(bytes: ArrayBuffer, spec: ImportSpec<R>): Promise<ReadResult<R>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { ok: false, error: '无法读取该文件，请选择 Excel 文件（.xlsx）' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { ok: false, error: '文件中没有工作表或表头' };

  const header = sheet.getRow(1);
  const byColumn = new Map<number, ImportColumn<R>>();
  const unknown: string[] = [];
  header.eachCell((cell, col) => {
    const text = cellText(cell.value).trim();
    if (!text) return;
    const column = spec.columns.find((c) => c.header === text);
    if (column) byColumn.set(col, column);
    else unknown.push(text);
  });
  const present = new Set([...byColumn.values()].map((c) => c.key));
  const missing = spec.columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      ...(missing.length ? [`缺少列：${missing.join('、')}`] : []),
      ...(unknown.length ? [`无法识别的列：${unknown.join('、')}`] : []),
    ];
    return {
      ok: false,
      error: `表头与模板不符（${parts.join('；')}）。应为：${spec.columns.map((c) => c.header).join('、')}，请下载模板`,
    };
  }

  const rows: ParsedRow<R>[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const cells: Record<string, string> = {};
    for (const [col, column] of byColumn) cells[column.key] = cellText(row.getCell(col).value).trim();
    if (Object.values(cells).every((t) => t === '')) continue;
    if (rows.length === IMPORT_FILE_MAX_ROWS) {
      return { ok: false, error: `文件超过 ${IMPORT_FILE_MAX_ROWS} 行，请分成几个文件导入` };
    }
    const parsed: ParsedRow<R> = { line, cells, value: {}, errors: [] };
    for (const column of spec.columns) {
      const text = cells[column.key] ?? '';
      if (text === '') {
        if (column.required) parsed.errors.push({ field: column.key, message: `${column.header}不能为空` });
        continue;
      }
      const result = column.parse ? column.parse(text) : { ok: true as const, value: text as R[keyof R] };
      // The column's parse answers a value of its own field (a union over the row's fields in the type).
      if (result.ok) (parsed.value as Record<string, unknown>)[column.key] = result.value;
      else parsed.errors.push({ field: column.key, message: result.error });
    }
    rows.push(parsed);
  }
  if (rows.length === 0) return { ok: false, error: '文件中没有数据行' };
  return { ok: true, rows };
}

/** The template: the spec's headers in bold, and a sample row where the spec gives examples. */
export async function templateBytes<R>(spec: ImportSpec<R>): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31));
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    // Text cells, so an 18-digit ID number is not turned into a rounded number by Excel.
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  if (spec.columns.some((c) => c.example)) {
    sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, c.example ?? ''])));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Parses a whole number ≥ 1 (名次 and the like). */
export function positiveInteger(header: string): (text: string) => CellResult<number> {
  return (text) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= 1
      ? { ok: true, value: n }
      : { ok: false, error: `${header}须为正整数：${text}` };
  };
}

/** Parses one of an enum's Chinese words (any of the given spellings) into its code. */
export function oneOf<C extends string>(
  header: string,
  words: Readonly<Record<C, readonly string[]>>,
): (text: string) => CellResult<C> {
  return (text) => {
    const found = (Object.keys(words) as C[]).find((code) => words[code].includes(text) || code === text);
    return found
      ? { ok: true, value: found }
      : {
          ok: false,
          error: `${header}应为${(Object.values(words) as string[][]).map((w) => w[0]).join('、')}之一：${text}`,
        };
  };
}
