/**
 * pnpm dataset:city [--people 1500000] [--seed 1] [--database-url postgresql://…]
 *
 * Generates a Jining-sized city (deterministic from the seed) and bulk-loads it into an empty PostgreSQL database,
 * migrated first with the platform's own migrations. Progress on stderr; the size and the time on stdout.
 * The database URL defaults to DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { CITY_PEOPLE } from './plan.ts';
import { CityDatasetError, loadCity } from './load.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    people: { type: 'string' },
    seed: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const people = Number(values.people ?? CITY_PEOPLE);
const seed = Number(values.seed ?? 1);
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? '';

/** One line on stderr, redrawn in place: the phase, a bar and the count. */
function bar(phase: string, done: number, total: number) {
  const width = 30;
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const line = `${phase.padEnd(36)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
  process.stderr.write(
    process.stderr.isTTY
      ? `\r${line}`
      : phase.startsWith('load') || done % 100_000 === 0 || share === 1
        ? `${line}\n`
        : '',
  );
  if (process.stderr.isTTY && share === 1) process.stderr.write('\n');
}

const started = performance.now();
try {
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${values.seed})`);
  const report = await loadCity({
    people,
    seed,
    databaseUrl,
    progress: bar,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`city dataset: ${people.toLocaleString('en')} people, seed ${seed}, in ${seconds.toFixed(1)} s`);
  const s = report.seconds;
  console.log(
    `  migrate ${s.migrate.toFixed(1)} s · generate ${s.generate.toFixed(1)} s · COPY ${s.load.toFixed(1)} s · ANALYZE ${s.analyse.toFixed(1)} s`,
  );
  for (const [table, n] of Object.entries(report.rows))
    console.log(`  ${table.padEnd(34)} ${n.toLocaleString('en').padStart(12)}`);
  console.log(`  database size ${(report.databaseBytes / 2 ** 20).toFixed(0)} MB`);
  console.log(`  sample person ${report.samplePersonId}`);
} catch (error) {
  if (error instanceof CityDatasetError) {
    process.stderr.write(`错误 [${error.code}] ${error.zh}\nError [${error.code}] ${error.message}\n`);
  } else {
    process.stderr.write(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
}
