import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { download, workbookBytes, type ExportColumn } from '../export/excel';

interface Props<T> {
  /** The file's name without extension, e.g. 人员; the date is appended. */
  name: string;
  columns: readonly ExportColumn<T>[];
  /** All rows the list's filters select, every page. */
  fetchRows(onProgress: (loaded: number, total: number) => void): Promise<T[]>;
  /** For a page with more than one file to export. */
  testId?: string;
}

/** 导出 Excel for a list: every row its filters select, with Chinese headers; progress and the outcome in a message. */
export function ExportButton<T>({ name, columns, fetchRows, testId = 'export-excel' }: Props<T>) {
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
      download(await workbookBytes(name, columns, rows), `${name}-${date}.xlsx`);
      message.success({ key, content: `已导出 ${rows.length} 条` });
    } catch (error) {
      message.error({ key, content: `导出失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      导出 Excel
    </Button>
  );
}
