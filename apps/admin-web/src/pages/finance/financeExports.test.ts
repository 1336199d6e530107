import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes, type ExportColumn } from '../../export/excel';
import { budgetFields } from './budgetFields';
import { cityLine, renchengLine, reportByCounty, unionWithoutBudget } from './budgetFixtures';
import { reportFields } from './reportFields';

/** What the file holds, as a spreadsheet reads it back: the header row and the data rows' cell values. */
async function readBack<T>(name: string, columns: readonly ExportColumn<T>[], rows: readonly T[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookBytes(name, columns, rows)).buffer as ArrayBuffer);
  const sheet = book.getWorksheet(name)!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  return { sheet, header: values(1), rows: Array.from({ length: rows.length }, (_, i) => values(i + 2)) };
}

describe('finance Excel files', () => {
  it('预算执行: one line per budget, amounts in 元, the missing budget said in words', async () => {
    const lines = [cityLine, renchengLine, unionWithoutBudget] as Parameters<(typeof budgetFields)[0]['value']>[0][];
    const { sheet, header, rows } = await readBack('预算执行-2026年度', budgetFields, lines);
    expect(header).toEqual([
      '预算年度',
      '出资方',
      '待遇类别',
      '预算（元）',
      '已审批（元）',
      '待审批（元）',
      '已发放（元）',
      '剩余（元）',
      '说明',
    ]);
    expect(rows[0]).toEqual(['2026', '市财政', '技能等级一次性补贴', 10000, 1500, 3000, 0, 8500]);
    expect(rows[1]!.slice(1, 2)).toEqual(['县级财政（任城区）']);
    // No budget: the cell is empty (not 0), and the note says why the row matters.
    expect(rows[2]).toEqual([
      '2026',
      '市总工会',
      '个人技能奖励',
      undefined,
      2000,
      0,
      1000,
      undefined,
      '已有审批而未设定预算',
    ]);
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('#,##0.00');
  });

  it('待遇统计: the rows and the total, counts as numbers and amounts in 元', async () => {
    const report = reportByCounty('2026-01-01', '2026-12-31').entitlementReport;
    const { header, rows } = await readBack('待遇统计', reportFields('COUNTY'), [...report.rows, report.total]);
    expect(header).toEqual([
      '县（市、区）',
      '待遇数',
      '核定金额（元）',
      '已审批（元）',
      '已发放（元）',
      '未通过（元）',
    ]);
    expect(rows).toEqual([
      ['市级承担（无县级分担）', 2, 10000, 5000, 5000, 0],
      ['任城区', 3, 9000, 3000, 0, 3000],
      ['合计（按县（市、区））', 5, 19000, 8000, 5000, 3000],
    ]);
  });
});
