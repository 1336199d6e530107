/**
 * A PGlite data directory has no server to arbitrate access: two processes opening it at once (a running subgraph and
 * `jining-migrate deploy`) would both write to the same files. A pid file refuses the second opener with a clear error
 * instead; a lock left by a dead process is taken over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbError } from './errors.ts';

const LOCK_NAME = 'jining-db.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_NAME);
  if (existsSync(file)) {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new DbError(
        'DB_IN_USE',
        `PGlite 数据目录 ${dataDir} 正被进程 ${pid} 使用：请先停止该进程（例如正在运行的子图）`,
        `the PGlite data directory ${dataDir} is in use by process ${pid}: stop it first (e.g. a running subgraph)`,
      );
    }
  }
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
