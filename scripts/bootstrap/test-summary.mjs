/**
 * One closing line over every package's test run: `tests: N passed, N failed, N skipped`.
 *
 * Each package's `vitest run` also writes vitest's JSON report (the reporter flags are passed by scripts/run.mjs), so
 * the totals are vitest's own counts, not parsed from its console output. A package whose run left no report (it
 * crashed before reporting) counts as one failure and is named, so a broken package can never vanish from the total.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPORT = join('test-results', 'vitest-summary.json');
export const REPORTER_ARGS = ['--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`];

/** Workspace packages that have a `test` script. */
function testedPackages(root) {
  const dirs = [];
  for (const group of ['apps', 'packages']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const manifest = join(base, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.scripts?.test) dirs.push({ dir: join(base, name), name: pkg.name });
    }
  }
  return dirs;
}

/** Removes reports of an earlier run, so a package that does not report this time is noticed. */
export function clearReports(root) {
  for (const { dir } of testedPackages(root)) rmSync(join(dir, REPORT), { force: true });
}

/**
 * Adds up the reports. `expectAll`: every tested package should have reported (false when the run was filtered).
 * Returns the totals and the lines to print.
 */
export function summarise(root, { expectAll }) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const lines = [];
  for (const { dir, name } of testedPackages(root)) {
    const file = join(dir, REPORT);
    if (!existsSync(file)) {
      if (expectAll) {
        failed += 1;
        lines.push(`  ✗ ${name}: no test report (${relative(root, file)}): its run stopped before reporting`);
      }
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    // A file that failed to load (syntax error, failed setup) has no failed test but is a failure all the same.
    const brokenFiles = report.testResults.filter(
      (r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed'),
    ).length;
    const p = report.numPassedTests;
    const f = report.numFailedTests + brokenFiles;
    const s = report.numPendingTests + report.numTodoTests;
    passed += p;
    failed += f;
    skipped += s;
    lines.push(`  ${f ? '✗' : '✓'} ${name.padEnd(32)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
    lines.push(...failureLines(root, report));
  }
  return { passed, failed, skipped, lines };
}

/**
 * Names each failed test (or file that failed to load) with the first line of its error, so the tail of a long log,
 * which is often all a CI page keeps, says what broke and where.
 */
function failureLines(root, report) {
  const out = [];
  for (const file of report.testResults) {
    const where = relative(root, file.name);
    const failedTests = file.assertionResults.filter((a) => a.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0) {
      out.push(`      ✗ ${where}: ${firstLine(file.message)}`);
    }
    for (const test of failedTests) {
      out.push(`      ✗ ${where} › ${test.fullName ?? test.title}`);
      out.push(`        ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return out;
}

function firstLine(message) {
  // Strip ANSI colours: the line is read in plain logs.
  // eslint-disable-next-line no-control-regex
  const text = String(message ?? '(no message)').replace(/\u001b\[[0-9;]*m/g, '');
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.trim().slice(0, 300);
}

export function closingLine({ passed, failed, skipped }) {
  return `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
