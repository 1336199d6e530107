/**
 * Fast in-memory PGlite instances. Creating one runs initdb inside wasm: 2–3 s on this machine, paid by every test
 * file and every migration shadow. Loading a dump of a pristine cluster takes ~0.4 s, so the first creation dumps
 * its fresh cluster to a cache file (shared by processes, e.g. vitest workers) and later ones load it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

let inProcess: Blob | undefined;

/** One cache file per PGlite build: the resolved module path contains its version in pnpm's store layout. */
function cacheFile(): string {
  const key = createHash('sha1')
    .update(import.meta.resolve('@electric-sql/pglite'))
    .digest('hex')
    .slice(0, 12);
  return join(tmpdir(), 'jining-db', `pglite-empty-${key}.tar`);
}

async function loadSnapshot(): Promise<Blob | undefined> {
  if (inProcess) return inProcess;
  if (process.env.JINING_DB_NO_SNAPSHOT) return undefined;
  const file = cacheFile();
  if (!existsSync(file)) return undefined;
  try {
    inProcess = new Blob([await readFile(file)]);
    return inProcess;
  } catch {
    return undefined;
  }
}

async function saveSnapshot(pglite: PGlite): Promise<void> {
  if (process.env.JINING_DB_NO_SNAPSHOT) return;
  try {
    const blob = await pglite.dumpDataDir('none');
    inProcess = blob;
    const file = cacheFile();
    await mkdir(join(file, '..'), { recursive: true });
    // Write then rename: concurrent workers never read a half-written file.
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // A cache is an optimisation: failing to write it must not fail the caller.
  }
}

/** A new, empty in-memory PGlite. */
export async function createMemoryPglite(): Promise<PGlite> {
  const snapshot = await loadSnapshot();
  if (snapshot) {
    try {
      return await PGlite.create('memory://', { loadDataDir: snapshot });
    } catch {
      // A stale or damaged snapshot: forget it and build a fresh cluster below.
      inProcess = undefined;
    }
  }
  const pglite = await PGlite.create('memory://');
  await saveSnapshot(pglite);
  return pglite;
}
