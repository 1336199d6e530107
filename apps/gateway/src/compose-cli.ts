import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, formatCompositionProblems } from './compose.ts';
import {
  APPS_DIR,
  DEFAULT_REGISTRY_PATH,
  DEFAULT_SUPERGRAPH_PATH,
  displayPath,
  loadSubgraphSdls,
  readRegistry,
  RegistryError,
} from './registry.ts';
import { diffSupergraphs, formatSchemaDiff } from './schema-diff.ts';

/**
 * `pnpm compose`                       compose the committed subgraph SDLs and write supergraph.graphql
 * `pnpm compose --check`               (the build) fail on a composition error, a missing subgraph schema or a stale file
 * `pnpm compose:diff [--fail-on-breaking]`  report breaking / dangerous / safe API changes against the committed file
 * `--registry`, `--apps-dir`, `--supergraph` point it elsewhere (tests use fixtures).
 */
export interface ComposeIO {
  log(line: string): void;
  error(line: string): void;
}

export function runCompose(argv: string[], io: ComposeIO = { log: console.log, error: console.error }): number {
  const { values } = parseArgs({
    // `pnpm compose:diff -- --fail-on-breaking` passes the `--` through; it means nothing here.
    args: argv.filter((arg) => arg !== '--'),
    options: {
      check: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
      'fail-on-breaking': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      registry: { type: 'string' },
      'apps-dir': { type: 'string' },
      supergraph: { type: 'string' },
    },
    strict: true,
  });
  const registryPath = values.registry ? resolve(values.registry) : DEFAULT_REGISTRY_PATH;
  const appsDir = values['apps-dir'] ? resolve(values['apps-dir']) : APPS_DIR;
  const supergraphPath = values.supergraph ? resolve(values.supergraph) : DEFAULT_SUPERGRAPH_PATH;
  const supergraphName = displayPath(supergraphPath);

  let entries;
  try {
    entries = readRegistry(registryPath);
  } catch (error) {
    if (error instanceof RegistryError) {
      io.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }

  const { subgraphs, missing } = loadSubgraphSdls(entries, appsDir);
  if (missing.length > 0) {
    const list = missing
      .map((m) => `  - ${m.name}: ${m.file} not found (run that subgraph's \`schema:print\`)`)
      .join('\n');
    if (values.check) {
      // The build must not pass with a registered subgraph left out of the supergraph.
      io.error(`✗ ${missing.length} registered subgraph(s) have no committed schema:\n${list}`);
      return 1;
    }
    io.error(`⚠ skipping ${missing.length} registered subgraph(s) with no committed schema:\n${list}`);
  }

  const outcome = composeSupergraph(subgraphs);
  if (!outcome.ok) {
    io.error(
      `✗ composition failed with ${outcome.errors.length} error(s):\n${formatCompositionProblems(outcome.errors)}`,
    );
    return 1;
  }
  const composedFrom = `${subgraphs.length} subgraph(s): ${subgraphs.map((s) => s.name).join(', ')}`;
  if (outcome.hints.length > 0) {
    io.log(`ℹ ${outcome.hints.length} composition hint(s)${values.verbose ? ':' : ' (--verbose to list)'}`);
    if (values.verbose) for (const hint of outcome.hints) io.log(`  · ${hint.code}: ${hint.message}`);
  }

  const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : null;
  const changeSummary = () => {
    if (committed === null) return 'no committed supergraph to compare with';
    try {
      return formatSchemaDiff(diffSupergraphs(committed, outcome.supergraphSdl));
    } catch (error) {
      return `the committed supergraph cannot be read (${(error as Error).message})`;
    }
  };

  if (values.diff) {
    if (committed === null) {
      io.log(`ℹ ${supergraphName} does not exist yet: every type is new.`);
      return 0;
    }
    let diff;
    try {
      diff = diffSupergraphs(committed, outcome.supergraphSdl);
    } catch (error) {
      io.error(`✗ cannot read the committed ${supergraphName}: ${(error as Error).message}`);
      return 1;
    }
    io.log(formatSchemaDiff(diff));
    if (diff.breaking.length > 0 && values['fail-on-breaking']) {
      io.error(`✗ ${diff.breaking.length} breaking change(s): existing clients' operations would fail.`);
      return 1;
    }
    return 0;
  }

  if (values.check) {
    if (committed !== outcome.supergraphSdl) {
      io.error(
        `✗ ${supergraphName} is ${committed === null ? 'missing' : 'stale'}: run \`pnpm compose\` and commit the result.\n${changeSummary()}`,
      );
      return 1;
    }
    io.log(`✓ ${supergraphName} is up to date (${composedFrom})`);
    return 0;
  }

  if (committed === outcome.supergraphSdl) {
    io.log(`✓ ${supergraphName} is up to date (${composedFrom})`);
    return 0;
  }
  const summary = changeSummary();
  writeFileSync(supergraphPath, outcome.supergraphSdl);
  io.log(`✓ wrote ${supergraphName} (${composedFrom})\n${summary}`);
  return 0;
}

// Run only as a script (tests import runCompose).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = runCompose(process.argv.slice(2));
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
