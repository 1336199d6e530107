/**
 * Prints the gzipped JavaScript each route of the admin web loads, from the build's manifest, and fails the build when
 * the login route (what a user downloads before signing in) is over its budget. Run by `pnpm build`.
 *
 *   tsx dev/bundle-report.ts [--budget-kb 300]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 300;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;

const gzipped = new Map<string, number>();
const gz = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipped.get(file)!;
};

/** The chunk and everything it imports statically: what the browser must fetch before the route renders. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]!.file), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entryKey) throw new Error('no entry in dist/.vite/manifest.json: run vite build first');
const entry = closure(entryKey);
const login = sum(entry);

console.log('admin web — gzipped JavaScript per route');
console.log(`  ${'login (entry: index.html)'.padEnd(48)} ${kb(login).padStart(10)}   budget ${budgetKb} kB`);
for (const key of Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry)) {
  const extra = [...closure(key)].filter((k) => !entry.has(k));
  console.log(`  ${`+ ${manifest[key]!.src ?? key}`.padEnd(48)} ${kb(sum(extra)).padStart(10)}`);
}
if (login > budgetKb * 1024) {
  console.error(`✗ the login route loads ${kb(login)} of gzipped JavaScript, over its ${budgetKb} kB budget`);
  process.exit(1);
}
