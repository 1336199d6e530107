import { existsSync, readFileSync } from 'node:fs';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { DEFAULT_REGISTRY_PATH, DEFAULT_SUPERGRAPH_PATH, displayPath, readRegistry, subgraphUrl } from './registry.ts';

/** The committed supergraph is the gateway's only source of schema: no subgraph is introspected at run time. */
export function readSupergraph(path = DEFAULT_SUPERGRAPH_PATH): string {
  if (!existsSync(path)) {
    throw new Error(
      `${displayPath(path)} not found: run \`pnpm compose\` once the subgraphs have committed their schema.graphql`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** The subgraphs a supergraph routes to, with the URL composition wrote (`@join__graph(name:, url:)`). */
export function supergraphSubgraphs(supergraphSdl: string): { name: string; url: string }[] {
  const graphs: { name: string; url: string }[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = stringArgument(directive, 'name');
      const url = stringArgument(directive, 'url');
      if (name && url) graphs.push({ name, url });
    }
  }
  return graphs;
}

function stringArgument(directive: ConstDirectiveNode | undefined, argument: string): string | undefined {
  const value = directive?.arguments?.find((a) => a.name.value === argument)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/**
 * Where each subgraph is reached at run time, first match wins: an explicit URL (tests, embedding), `<NAME>_URL`,
 * the registry's default port, the URL in the supergraph.
 */
export function resolveSubgraphUrls(
  supergraphSdl: string,
  overrides: Record<string, string> = {},
  env: NodeJS.ProcessEnv = process.env,
  registryPath = DEFAULT_REGISTRY_PATH,
): Record<string, string> {
  const registry = existsSync(registryPath) ? readRegistry(registryPath) : [];
  const urls: Record<string, string> = {};
  for (const { name, url } of supergraphSubgraphs(supergraphSdl)) {
    const entry = registry.find((e) => e.name === name);
    urls[name] = overrides[name] ?? (entry ? subgraphUrl(entry, env) : url);
  }
  return urls;
}
