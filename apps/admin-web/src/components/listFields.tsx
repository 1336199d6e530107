import type { ReactNode } from 'react';
import type { TableColumnsType } from 'antd';
import type { ExportColumn } from '../export/excel';
import { formatFen, type FenInput } from '../format/money';

/**
 * One column of a list, written once for the table and the Excel file: its header, its plain value (what the file
 * holds), and, where the screen shows more than text (a link, a tag), how to render it.
 */
export interface ListField<T> extends ExportColumn<T> {
  render?(row: T): ReactNode;
}

function display<T>(field: ListField<T>, row: T): ReactNode {
  const value = field.value(row);
  if (value === null || value === undefined || value === '') return '—';
  return field.kind === 'money' ? formatFen(value as FenInput) : String(value);
}

export function tableColumns<T>(fields: readonly ListField<T>[]): TableColumnsType<T> {
  return fields.map((field) => ({
    title: field.header,
    key: field.header,
    align: field.kind === 'money' || field.kind === 'number' ? ('right' as const) : undefined,
    render: (_: unknown, row: T) => (field.render ? field.render(row) : display(field, row)),
  }));
}
