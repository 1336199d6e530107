import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fenToYuanNumber, workbookBytes, type ExportColumn } from './excel';

describe('Excel out', () => {
  it('turns fen into yuan from exact digits, never by float division', () => {
    expect(fenToYuanNumber(300000)).toBe(3000);
    expect(fenToYuanNumber('123456')).toBe(1234.56);
    expect(fenToYuanNumber(-5)).toBe(-0.05);
    expect(fenToYuanNumber(29)).toBe(0.29);
    expect(() => fenToYuanNumber('1.5')).toThrow(/整数分/);
  });

  it('writes Chinese headers, money cells in 元 with two decimals and dates as text', async () => {
    type Row = { name: string; amount: string; on: string; note: string | null };
    const columns: ExportColumn<Row>[] = [
      { header: '姓名', value: (r) => r.name },
      { header: '金额（元）', value: (r) => r.amount, kind: 'money' },
      { header: '日期', value: (r) => r.on, kind: 'date' },
      { header: '备注', value: (r) => r.note },
    ];
    const bytes = await workbookBytes('补贴资金', columns, [
      { name: '王建国', amount: '300000', on: '2025-06-01', note: null },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('补贴资金')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '金额（元）', '日期', '备注']);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(3000);
    expect(row.getCell(2).numFmt).toBe('#,##0.00');
    expect(row.getCell(3).value).toBe('2025-06-01');
    expect(row.getCell(4).value).toBeNull();
  });
});
