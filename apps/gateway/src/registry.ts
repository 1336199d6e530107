import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The subgraph registry (`apps/gateway/subgraphs.json`): which subgraphs make up the platform and their default ports.
 * The subgraph generator appends to it, so it is read at run time, never imported.
 */
export interface SubgraphEntry {
  /** Short name: `directory`, `training` … Its package is `apps/subgraph-<name>/`. */
  name: string;
  /** Default local port; the URL can be overridden with `<NAME>_URL`. */
  port: number;
}

export const GATEWAY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const APPS_DIR = resolve(GATEWAY_DIR, '..');
export const REPO_DIR = resolve(APPS_DIR, '..');
export const DEFAULT_REGISTRY_PATH = join(GATEWAY_DIR, 'subgraphs.json');
export const DEFAULT_SUPERGRAPH_PATH = join(GATEWAY_DIR, 'supergraph.graphql');

/** Names become env var prefixes and GraphQL enum values (join__Graph), so keep them plain. */
const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

export class RegistryError extends Error {}

/** Reads and validates the registry; a malformed file is a hard error (it would silently drop a subgraph otherwise). */
export function readRegistry(path = DEFAULT_REGISTRY_PATH): SubgraphEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RegistryError(`cannot read subgraph registry ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new RegistryError(`${path}: expected an array of { name, port }`);
  const names = new Set<string>();
  const ports = new Set<number>();
  return raw.map((item, index) => {
    const { name, port } = (item ?? {}) as { name?: unknown; port?: unknown };
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      throw new RegistryError(`${path}[${index}]: "name" must match ${NAME_PATTERN} (got ${JSON.stringify(name)})`);
    }
    if (typeof port !== 'number' || !Number.isInteger(port) || port <= 0 || port > 65535) {
      throw new RegistryError(`${path}[${index}] (${name}): "port" must be an integer port number`);
    }
    if (names.has(name)) throw new RegistryError(`${path}: subgraph "${name}" is listed twice`);
    if (ports.has(port)) throw new RegistryError(`${path}: port ${port} is used by two subgraphs`);
    names.add(name);
    ports.add(port);
    return { name, port };
  });
}

/** `directory` → `DIRECTORY_URL`, `skill-map` → `SKILL_MAP_URL`. */
export const urlEnvVar = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

/** The URL written into the committed supergraph: always the default, so the file does not depend on who composed it. */
export const defaultSubgraphUrl = (entry: SubgraphEntry) => `http://127.0.0.1:${entry.port}/graphql`;

/**
 * Where the gateway sends a subgraph's requests at run time: `<NAME>_URL`, else the default port.
 * `SKILL-MAP_URL` (plain upper case, as a launcher may spell it) is accepted too for hyphenated names.
 */
export function subgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return env[urlEnvVar(entry.name)] || env[`${entry.name.toUpperCase()}_URL`] || defaultSubgraphUrl(entry);
}

/** Each subgraph commits its printed SDL here. */
export const schemaPath = (entry: SubgraphEntry, appsDir = APPS_DIR) =>
  join(appsDir, `subgraph-${entry.name}`, 'schema.graphql');

export interface LoadedSubgraph extends SubgraphEntry {
  sdl: string;
  /** Where the SDL came from, relative to the repo (for messages). */
  file: string;
}

export interface LoadResult {
  subgraphs: LoadedSubgraph[];
  /** Registered subgraphs whose `schema.graphql` does not exist (yet). */
  missing: { name: string; file: string }[];
}

/** Reads every registered subgraph's committed SDL; missing files are reported, not thrown, so the caller decides. */
export function loadSubgraphSdls(entries: SubgraphEntry[], appsDir = APPS_DIR): LoadResult {
  const result: LoadResult = { subgraphs: [], missing: [] };
  for (const entry of entries) {
    const path = schemaPath(entry, appsDir);
    const file = displayPath(path);
    if (!existsSync(path)) result.missing.push({ name: entry.name, file });
    else result.subgraphs.push({ ...entry, sdl: readFileSync(path, 'utf8'), file });
  }
  return result;
}

/** Paths inside the repo are shown relative to it; fixtures elsewhere (tmp dirs) stay absolute. */
export function displayPath(path: string): string {
  const rel = relative(REPO_DIR, path);
  return rel.startsWith('..') ? path : rel;
}
