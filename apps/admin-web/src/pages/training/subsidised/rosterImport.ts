import type { CellResult, ImportSpec } from '../../../components/import/importSheet';

/** A row of the roster file, as the import mutation takes it. */
export interface RosterImportRow {
  idNumber: string;
  completedOn: string;
  wantsEmployment: boolean;
  certificateObtained: boolean;
  reachedRetirementAge?: boolean;
}

const yesNo =
  (header: string) =>
  (text: string): CellResult<boolean> =>
    text === '是'
      ? { ok: true, value: true }
      : text === '否'
        ? { ok: true, value: false }
        : { ok: false, error: `${header}应为“是”或“否”：${text}` };

/** 2025-06-15, 2025/6/15 or 2025.6.15 → 2025-06-15; the server checks the day exists. */
function isoDate(text: string): CellResult<string> {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  return m
    ? { ok: true, value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` }
    : { ok: false, error: `结业日期应为 YYYY-MM-DD：${text}` };
}

/**
 * 结业学员名册 from Excel: the trainee by full ID number (found in the directory by the server, for accounts that may
 * see full numbers), the completion date, the wish to work or start a business and the certificate (是/否), and
 * whether the statutory retirement age was reached (是/否, empty for 否). Column keys are the mutation's row fields,
 * so the server's row errors name the columns.
 */
export const ROSTER_IMPORT: ImportSpec<RosterImportRow> = {
  name: '结业学员名册',
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      example: '370802199001011234',
      width: 24,
      parse: (text) => ({ ok: true, value: text.toUpperCase() }),
    },
    { key: 'completedOn', header: '结业日期', required: true, example: '2025-06-30', width: 14, parse: isoDate },
    {
      key: 'wantsEmployment',
      header: '就业创业意愿',
      required: true,
      example: '是',
      parse: yesNo('就业创业意愿'),
    },
    { key: 'certificateObtained', header: '取得证书', required: true, example: '是', parse: yesNo('取得证书') },
    { key: 'reachedRetirementAge', header: '已达法定退休年龄', example: '否', parse: yesNo('已达法定退休年龄') },
  ],
};
