import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { download, workbookBytes, type ExportColumn } from '../export/excel';

interface Props<T> {
  /** The file's name without extension, e.g. 人员; the date is appended. */
  name: string;
  /** The sheet's name (default: `name`). */
  sheet?: string;
  /** The button's words (default 导出 Excel) and test id (a page with more than one file to export names each). */
  label?: string;
  testId?: string;
  columns: readonly ExportColumn<T>[];
  /** All rows the list's filters select, every page. */
  fetchRows(onProgress: (loaded: number, total: number) => void): Promise<T[]>;
}

/** 导出 Excel for a list: every row its filters select, with Chinese headers; progress and the outcome in a message. */
export function ExportButton<T>({
  name,
  sheet = name,
  label = '导出 Excel',
  testId = 'export-excel',
  columns,
  fetchRows,
}: Props<T>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    const key = `export-${name}`;
    try {
      message.loading({ key, content: '正在导出…', duration: 0 });
      const rows = await fetchRows((loaded, total) =>
        message.loading({ key, content: `正在导出… ${loaded} / ${total} 条`, duration: 0 }),
      );
      const date = new Date().toISOString().slice(0, 10);
      // A name may hold a user's title: characters a file name cannot hold become _.
      download(await workbookBytes(sheet, columns, rows), `${name.replace(/[\\/:*?"<>|]/g, '_')}-${date}.xlsx`);
      message.success({ key, content: `已导出 ${rows.length} 条` });
    } catch (error) {
      message.error({ key, content: `导出失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {label}
    </Button>
  );
}
