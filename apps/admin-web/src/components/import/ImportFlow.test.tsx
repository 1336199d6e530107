import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ImportMode } from '../../gql/graphql';
import { download } from '../../export/excel';
import { RESULTS_IMPORT, type ResultImportRow } from '../../pages/competitions/resultsImport';
import { ImportFlow, type ImportOutcome } from './ImportFlow';

vi.mock('../../export/excel', async (original) => ({
  ...(await original<typeof import('../../export/excel')>()),
  download: vi.fn(),
}));

const KNOWN = '370802199001011234';
const OTHER = '370802199002021234';
const NOBODY = '370802199912311234';

async function xlsx(rows: (string | number)[][]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成绩');
  for (const row of rows) sheet.addRow(row);
  const bytes = await workbook.xlsx.writeBuffer();
  return new File([bytes as ArrayBuffer], '成绩.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

/** A server as the bulk mutation answers: a number nobody holds is a row error; ALL_OR_NOTHING and VALID_ROWS_ONLY write. */
function server() {
  const calls: { rows: ResultImportRow[]; mode: ImportMode }[] = [];
  const submit = async (rows: ResultImportRow[], mode: ImportMode): Promise<ImportOutcome> => {
    calls.push({ rows, mode });
    const answered = rows.map((r) => ({
      errors: r.idNumber === NOBODY ? [{ field: 'idNumber', message: `人员库中无此身份证号：${NOBODY}` }] : [],
    }));
    const bad = answered.some((a) => a.errors.length > 0);
    const written =
      mode === 'VALIDATE_ONLY' || (mode === 'ALL_OR_NOTHING' && bad)
        ? 0
        : answered.filter((a) => a.errors.length === 0).length;
    return { rows: answered, written };
  };
  return { calls, submit };
}

function mount(submit: (rows: ResultImportRow[], mode: ImportMode) => Promise<ImportOutcome>) {
  const onImported = vi.fn();
  render(
    <AntApp>
      <ImportFlow spec={RESULTS_IMPORT} submit={submit} onImported={onImported} unit="条成绩" testId="results-import" />
    </AntApp>,
  );
  return { onImported };
}

const choose = async (file: File) =>
  fireEvent.change(screen.getByTestId('results-import-file'), { target: { files: [file] } });

describe('ImportFlow (the reusable Excel import)', () => {
  it('reads a good file, checks it on the server without writing, then imports all of it', async () => {
    const { calls, submit } = server();
    const { onImported } = mount(submit);
    await choose(
      await xlsx([
        ['身份证号', '名次', '奖次'],
        [KNOWN, 1, '金牌'],
        [OTHER.toLowerCase(), 2, '银牌（二等奖）'],
      ]),
    );
    expect((await screen.findByTestId('results-import-summary')).textContent).toContain(
      '共 2 行：2 行无误，0 行有错误',
    );
    expect(calls).toEqual([
      {
        mode: 'VALIDATE_ONLY',
        rows: [
          { idNumber: KNOWN, rank: 1, medal: 'GOLD' },
          { idNumber: OTHER, rank: 2, medal: 'SILVER' },
        ],
      },
    ]);
    fireEvent.click(screen.getByTestId('results-import-all'));
    expect((await screen.findByTestId('results-import-written')).textContent).toContain('已导入 2 条成绩');
    expect(calls[1]!.mode).toBe('ALL_OR_NOTHING');
    expect(onImported).toHaveBeenCalledWith(2);
  });

  it('refuses a file whose header does not match the template, sending nothing', async () => {
    const { calls, submit } = server();
    mount(submit);
    await choose(
      await xlsx([
        ['姓名', '名次', '奖次'],
        ['王建国', 1, '金牌'],
      ]),
    );
    const problem = await screen.findByTestId('results-import-problem');
    expect(problem.textContent).toContain('缺少列：身份证号');
    expect(problem.textContent).toContain('无法识别的列：姓名');
    expect(screen.queryByTestId('results-import-rows')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('reports bad rows in Chinese; 全部导入 stays off; 仅导入无误的行 sends the readable rows and reports what was written', async () => {
    const { calls, submit } = server();
    const { onImported } = mount(submit);
    await choose(
      await xlsx([
        ['身份证号', '名次', '奖次'],
        [KNOWN, 1, '金牌'],
        [NOBODY, 2, '银牌'],
        [OTHER, '第三', '铜牌'],
        [OTHER, 3, '特等奖'],
      ]),
    );
    expect((await screen.findByTestId('results-import-summary')).textContent).toContain(
      '共 4 行：1 行无误，3 行有错误',
    );
    const errors = screen.getAllByTestId('results-import-row-error').map((e) => e.textContent);
    expect(errors).toEqual([
      `人员库中无此身份证号：${NOBODY}`,
      '名次须为正整数：第三',
      '奖次应为金牌、银牌、铜牌、优胜奖之一：特等奖',
    ]);
    // Rows whose cells cannot be read are never sent.
    expect(calls[0]!.rows.map((r) => r.idNumber)).toEqual([KNOWN, NOBODY]);
    expect((screen.getByTestId('results-import-all') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('results-import-valid-only'));
    expect((await screen.findByTestId('results-import-written')).textContent).toContain('已导入 1 条成绩');
    expect(calls[1]).toMatchObject({ mode: 'VALID_ROWS_ONLY' });
    expect(onImported).toHaveBeenCalledWith(1);
    // The bad rows still say why they were left out.
    expect(within(screen.getByTestId('results-import-rows')).getAllByTestId('results-import-row-error')).toHaveLength(
      3,
    );
  });

  it('downloads a template whose header row is the spec’s columns', async () => {
    mount(server().submit);
    fireEvent.click(screen.getByTestId('results-import-template'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [bytes, name] = vi.mocked(download).mock.calls.at(-1)!;
    expect(name).toBe('竞赛成绩导入模板.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const header = workbook.worksheets[0]!.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(['身份证号', '名次', '奖次']);
  });
});
