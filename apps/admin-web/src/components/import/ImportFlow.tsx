import { useRef, useState } from 'react';
import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { ImportMode } from '../../gql/graphql';
import { errorMessage } from '../../apollo/errors';
import { download } from '../../export/excel';
import { importModeLabels } from '../../labels';
import { readImportFile, templateBytes, type ImportSpec, type ParsedRow } from './importSheet';

/** What the server answers for an import: each sent row's errors (in the order sent) and how many rows it wrote. */
export interface ImportOutcome {
  rows: { errors: { field: string; message: string }[] }[];
  written: number;
}

interface Props<R> {
  spec: ImportSpec<R>;
  /** Sends the rows, in order, in a mode (the server's bulk mutation); a thrown error is shown above the table. */
  submit(rows: R[], mode: ImportMode): Promise<ImportOutcome>;
  /** After rows were written (e.g. to refresh the list they went into). */
  onImported?(written: number): void;
  /** What the written rows are called in the report, e.g. 条成绩. */
  unit?: string;
  testId?: string;
}

interface Row<R> extends ParsedRow<R> {
  /** The server's errors for the row (its cells' own errors are in `errors`). */
  serverErrors: { field: string; message: string }[];
}

const allErrors = <R,>(r: Row<R>) => [...r.errors, ...r.serverErrors];

/**
 * 导入 (reusable): choose an .xlsx, its header row is checked against the spec's Chinese columns (下载模板 gives a
 * file that fits), the rows are sent to the server to be checked without writing (VALIDATE_ONLY), and each row shows
 * its errors in Chinese. Then 全部导入 (only when no row has an error) or 仅导入无误的行, and what was written is
 * reported. A row whose cells cannot be read (a rank that is not a number) is never sent and counts as an error.
 */
export function ImportFlow<R>({ spec, submit, onImported, unit = '行', testId = 'import' }: Props<R>) {
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [rows, setRows] = useState<Row<R>[] | null>(null);
  const [busy, setBusy] = useState<'reading' | 'writing' | null>(null);
  const [written, setWritten] = useState<number | null>(null);

  /** Sends the rows whose cells parsed, and files the server's answer under each. */
  async function send(current: Row<R>[], mode: ImportMode): Promise<number> {
    const sendable = current.filter((r) => r.errors.length === 0);
    if (sendable.length === 0) return 0;
    const outcome = await submit(
      sendable.map((r) => r.value as R),
      mode,
    );
    const answered = new Map(sendable.map((r, i) => [r, outcome.rows[i]?.errors ?? []]));
    setRows(current.map((r) => ({ ...r, serverErrors: answered.get(r) ?? [] })));
    return outcome.written;
  }

  async function choose(file: File) {
    setFileName(file.name);
    setProblem(null);
    setRows(null);
    setWritten(null);
    setBusy('reading');
    try {
      const read = await readImportFile(await file.arrayBuffer(), spec);
      if (!read.ok) {
        setProblem(read.error);
        return;
      }
      const parsed: Row<R>[] = read.rows.map((r) => ({ ...r, serverErrors: [] }));
      setRows(parsed);
      await send(parsed, 'VALIDATE_ONLY');
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  }

  async function commit(mode: ImportMode) {
    if (!rows) return;
    setBusy('writing');
    setProblem(null);
    try {
      const n = await send(rows, mode);
      setWritten(n);
      if (n > 0) onImported?.(n);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  async function template() {
    download(await templateBytes(spec), `${spec.name}导入模板.xlsx`);
  }

  const bad = rows?.filter((r) => allErrors(r).length > 0).length ?? 0;
  const good = (rows?.length ?? 0) - bad;
  const columns: TableColumnsType<Row<R>> = [
    { title: 'Excel 行号', dataIndex: 'line', key: 'line', width: 96 },
    ...spec.columns.map((c) => ({
      title: c.header,
      key: c.key,
      render: (_: unknown, r: Row<R>) => r.cells[c.key] || '—',
    })),
    {
      title: '校验结果',
      key: 'errors',
      render: (_: unknown, r: Row<R>) => {
        const errors = allErrors(r);
        return errors.length === 0 ? (
          <Tag color="green">无误</Tag>
        ) : (
          <Typography.Text type="danger" data-testid={`${testId}-row-error`}>
            {errors.map((e) => e.message).join('；')}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <div data-testid={testId}>
      <Space wrap style={{ marginBottom: 12 }}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void choose(file);
          }}
          data-testid={`${testId}-file`}
        />
        <Button
          icon={<UploadOutlined />}
          loading={busy === 'reading'}
          onClick={() => input.current?.click()}
          data-testid={`${testId}-choose`}
        >
          选择 Excel 文件
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void template()} data-testid={`${testId}-template`}>
          下载模板
        </Button>
        {fileName && <Typography.Text type="secondary">{fileName}</Typography.Text>}
      </Space>
      <Typography.Paragraph type="secondary">
        表头应为：{spec.columns.map((c) => `${c.header}${c.required ? '（必填）' : ''}`).join('、')}
        。选择文件后先逐行校验，不写入；确认后再导入。
      </Typography.Paragraph>
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid={`${testId}-problem`} />
      )}
      {written !== null && (
        <Alert
          type={written > 0 ? 'success' : 'warning'}
          showIcon
          title={written > 0 ? `已导入 ${written} ${unit}` : '没有写入任何数据'}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-written`}
        />
      )}
      {rows && (
        <>
          <Typography.Paragraph data-testid={`${testId}-summary`}>
            共 {rows.length} 行：{good} 行无误，{bad} 行有错误
          </Typography.Paragraph>
          <Table<Row<R>>
            rowKey="line"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            loading={busy !== null}
            rowClassName={(r) => (allErrors(r).length > 0 ? 'import-row-error' : '')}
            data-testid={`${testId}-rows`}
          />
          {written === null && (
            <Space style={{ marginTop: 12 }}>
              <Button
                type="primary"
                disabled={bad > 0 || good === 0}
                loading={busy === 'writing'}
                onClick={() => void commit('ALL_OR_NOTHING')}
                data-testid={`${testId}-all`}
              >
                {importModeLabels.ALL_OR_NOTHING}
              </Button>
              <Button
                disabled={good === 0}
                loading={busy === 'writing'}
                onClick={() => void commit('VALID_ROWS_ONLY')}
                data-testid={`${testId}-valid-only`}
              >
                {importModeLabels.VALID_ROWS_ONLY}
              </Button>
            </Space>
          )}
        </>
      )}
    </div>
  );
}
