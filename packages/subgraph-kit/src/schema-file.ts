import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/** The subgraph SDL as committed in `schema.graphql` (printSubgraphSchema keeps the federation directives). */
export const printSubgraphSdl = (schema: GraphQLSchema): string => `${printSubgraphSchema(schema).trim()}\n`;

/**
 * `write`: refresh the committed `schema.graphql`. `check`: fail when it is stale, so a schema change is
 * always reviewed with its SDL diff (the build runs the check).
 */
export function syncSchemaFile(
  schema: GraphQLSchema,
  packageDir: string,
  mode: 'write' | 'check',
): { changed: boolean; path: string } {
  const path = join(packageDir, 'schema.graphql');
  const sdl = printSubgraphSdl(schema);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const changed = current !== sdl;
  if (mode === 'write' && changed) writeFileSync(path, sdl);
  return { changed, path };
}

/** CLI body for `schema:print` / `schema:check` scripts. */
export function schemaFileMain(schema: GraphQLSchema, packageDir: string, argv = process.argv.slice(2)) {
  const mode = argv.includes('--check') ? 'check' : 'write';
  const { changed, path } = syncSchemaFile(schema, packageDir, mode);
  if (mode === 'check' && changed) {
    console.error(`✗ ${path} is stale: run \`pnpm schema:print\` in this package and commit the result.`);
    process.exit(1);
  }
  console.log(changed ? `✓ wrote ${path}` : `✓ ${path} is up to date`);
}
