import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from `start` to the folder holding pnpm-workspace.yaml (the monorepo root). */
export function findRepoRoot(start: string = process.cwd()): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Where a subgraph's PGlite data lives: `$DATA_DIR/<name>`, else `<repo root>/.data/<name>`.
 * The repo root is looked for from the working directory first, then from this package (so a process started outside
 * the checkout still lands in the same place).
 */
export function defaultDataDir(name: string): string {
  const fromEnv = process.env.DATA_DIR;
  if (fromEnv) return resolve(fromEnv, name);
  const root = findRepoRoot(process.cwd()) ?? findRepoRoot(dirname(fileURLToPath(import.meta.url))) ?? process.cwd();
  return join(root, '.data', name);
}

/** A postgres identifier made from a free-form name: lower case, [a-z0-9_], not starting with a digit, ≤ 63 bytes. */
export function toIdentifier(name: string): string {
  let id = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!id) id = 'db';
  if (/^[0-9]/.test(id)) id = `s_${id}`;
  return id.slice(0, 63);
}

/** Double-quotes an identifier for SQL. */
export function quoteIdent(id: string): string {
  return `"${id.replace(/"/g, '""')}"`;
}
