import { badInput } from '@jining/graphql-server';
import type { createBuilder } from './builder.ts';

/**
 * A list written in one call, from a grid or an Excel file (the admin web's import flow): every row is checked, each
 * row answers with its own Chinese errors, and the mode decides what is written. Shared so every list that imports
 * answers the same way; the mode's words are the rules' IMPORT_MODE vocabulary (each subgraph builds the enum with
 * `enumFromVocabulary`, identical everywhere, so composition accepts it in several subgraphs).
 */
export type ImportModeCode = 'VALIDATE_ONLY' | 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';

/**
 * The most rows one import call may carry. A sanity bound of the platform, not a policy figure: a city competition
 * has tens of placed contestants, and 200 rows keep one transaction (and the directory's ID lookups, 100 per query)
 * short. Larger files are split by the sender.
 */
export const IMPORT_ROWS_MAX = 200;

/** One problem of one row: a code, the input field (column) it concerns, and the Chinese sentence staff read. */
export interface ImportRowError {
  code: string;
  field: string;
  message: string;
}

/**
 * Refuses an empty import or one above `max` (IMPORT_ROWS_MAX unless a list states its own, e.g. a class roster) as a
 * coded error naming `field`; nothing is checked further.
 */
export function requireImportRowCount(count: number, field: string, max = IMPORT_ROWS_MAX): void {
  if (count === 0) {
    throw badInput('没有要导入的行', { field, reason: 'NO_ROWS', messageEn: 'No rows to import' });
  }
  if (count > max) {
    throw badInput(`一次至多导入 ${max} 行，收到 ${count} 行，请分批导入`, {
      field,
      reason: 'TOO_MANY_ROWS',
      messageEn: `At most ${max} rows per import, got ${count}`,
    });
  }
}

/**
 * Which rows a mode writes, given each row's errors: none when validating; all or none (any error) for
 * ALL_OR_NOTHING; the rows without errors for VALID_ROWS_ONLY. Indexes into the rows, in their order.
 */
export function rowsToWrite(mode: ImportModeCode, errors: readonly (readonly ImportRowError[])[]): number[] {
  const clean = errors.flatMap((e, i) => (e.length === 0 ? [i] : []));
  switch (mode) {
    case 'VALIDATE_ONLY':
      return [];
    case 'ALL_OR_NOTHING':
      return clean.length === errors.length ? clean : [];
    case 'VALID_ROWS_ONLY':
      return clean;
  }
}

type Builder<P extends object, C> = ReturnType<typeof createBuilder<P, C>>;
const rowErrorTypes = new WeakMap<object, unknown>();

/** The GraphQL type of a row error (`ImportRowError`), once per builder; the same shape in every subgraph. */
export function importRowErrorRef<P extends object, C>(builder: Builder<P, C>) {
  const make = () => {
    const ref = builder.objectRef<ImportRowError>('ImportRowError');
    ref.implement({
      description: '导入行的一处错误',
      // The same type in every subgraph that imports (competitions' results, training's rosters).
      shareable: true,
      fields: (t) => ({
        code: t.exposeString('code', { description: '错误代码' }),
        field: t.exposeString('field', { description: '出错的列（输入字段）' }),
        message: t.exposeString('message', { description: '错误说明' }),
      }),
    });
    return ref;
  };
  if (!rowErrorTypes.has(builder)) rowErrorTypes.set(builder, make());
  return rowErrorTypes.get(builder) as ReturnType<typeof make>;
}
