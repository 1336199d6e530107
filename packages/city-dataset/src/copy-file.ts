import { createWriteStream, type WriteStream } from 'node:fs';

/** One cell of a COPY row: null is \N, a Date is never used (dates travel as YYYY-MM-DD text). */
export type Cell = string | number | bigint | boolean | null;

/**
 * PostgreSQL's COPY text format: tab-separated, one row a line, \N for null, backslash escapes for the characters
 * that would break the line (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2).
 */
export function copyLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += '\t';
    const cell = cells[i];
    if (cell === null || cell === undefined) line += '\\N';
    else if (typeof cell === 'string') line += /[\\\t\n\r]/.test(cell) ? escapeText(cell) : cell;
    else line += String(cell);
  }
  return `${line}\n`;
}

const escapeText = (s: string) =>
  s.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');

/**
 * A table's rows spooled to a file before loading: the generator walks the city once (a person, then their
 * certificates, facts and entitlements) while the tables must be loaded in foreign-key order, one COPY each.
 * Writes are buffered and respect the stream's back-pressure.
 */
export class SpoolFile {
  readonly columns: readonly string[];
  rows = 0;
  private readonly stream: WriteStream;
  private buffer = '';

  constructor(
    readonly table: string,
    columns: readonly string[],
    readonly path: string,
  ) {
    this.columns = columns;
    this.stream = createWriteStream(path);
  }

  /** Adds a row; resolves at once unless the file is behind (then when it has drained). */
  async add(cells: readonly Cell[]): Promise<void> {
    if (cells.length !== this.columns.length) {
      throw new Error(`${this.table}: ${cells.length} cells for ${this.columns.length} columns`);
    }
    this.buffer += copyLine(cells);
    this.rows++;
    if (this.buffer.length > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!chunk || this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
