/**
 * Excel out: one sheet with Chinese headers, money in 元 with two decimals, dates as 2025-06-01. exceljs is loaded
 * only when a user exports, so it never weighs on a page's first load.
 */
import { yuanText, type FenInput } from '../format/money';

/** `number`: a count (待遇数), written as a number so a spreadsheet can add it up. */
export type CellKind = 'text' | 'money' | 'date' | 'number';

export interface ExportColumn<T> {
  header: string;
  /** The cell's plain value (text, a date string, or an amount in fen for `money`). */
  value(row: T): string | number | FenInput | null | undefined;
  kind?: CellKind;
  width?: number;
}

/**
 * Fen as a number of yuan for a numeric cell. The string is built with BigInt arithmetic, so the digits are exact;
 * the cell holds a double as every xlsx number does, exact to the fen for any amount below ¥10 trillion.
 */
export function fenToYuanNumber(value: FenInput): number {
  return Number(yuanText(value));
}

export async function workbookBytes<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[]) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '济宁市高技能人才政策管理平台';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    style: c.kind === 'money' ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row);
        if (value === null || value === undefined || value === '') return null;
        if (c.kind === 'money') return fenToYuanNumber(value as FenInput);
        if (c.kind === 'number') return Number(value);
        return String(value);
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Saves bytes as a file through the browser's download. */
export function download(bytes: Uint8Array, fileName: string) {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
