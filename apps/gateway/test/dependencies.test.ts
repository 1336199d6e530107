/**
 * The gateway runs on the protocol (principal signing, headers, error codes) and the shared GraphQL serving, not on
 * the subgraph runtime: no Pothos, Prisma, PGlite or database wiring among its runtime dependencies, directly or
 * through a workspace package.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

/** Every workspace package's package.json, by name. */
function workspaceManifests(): Map<string, Manifest> {
  const manifests = new Map<string, Manifest>();
  for (const group of ['apps', 'packages']) {
    for (const dir of readdirSync(join(root, group))) {
      const file = join(root, group, dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      manifests.set(manifest.name, manifest);
    }
  }
  return manifests;
}

/** Runtime dependency names of `name`, following workspace packages (external packages are leaves). */
function runtimeDependencies(name: string, manifests = workspaceManifests(), seen = new Set<string>()): Set<string> {
  for (const [dep, spec] of Object.entries(manifests.get(name)?.dependencies ?? {})) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    if (spec.startsWith('workspace:')) runtimeDependencies(dep, manifests, seen);
  }
  return seen;
}

describe('the gateway’s runtime dependencies', () => {
  it('include the protocol but not the subgraph runtime (Pothos, Prisma, PGlite, @jining/db)', () => {
    const deps = [...runtimeDependencies('@jining/gateway')];
    expect(deps).toContain('@jining/protocol');
    const runtime = deps.filter((dep) =>
      /^(@jining\/subgraph-kit|@jining\/db|@pothos\/|@prisma\/|prisma$|@electric-sql\/pglite|pglite-)/.test(dep),
    );
    expect(runtime).toEqual([]);
  });
});
