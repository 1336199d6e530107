import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@jining/db';
import { enableDevMode, startSubgraph } from '@jining/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { directory } from '../src/subgraph.ts';
import { seedDemo } from '../dev/seed.ts';

// Development mode: a random signing secret for this test process (startSubgraph refuses to start without one).
enableDevMode();

// The embedded default: a PGlite data directory that outlives the process. A restart keeps the data,
// applies no migration twice and does not load the demo data again.
describe('restarting on the embedded database', () => {
  it('keeps the data and seeds only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jining-restart-'));
    try {
      const counts: number[] = [];
      for (let start = 0; start < 2; start++) {
        const db = await openDatabase({ name: 'directory', dataDir: join(dir, 'directory') });
        const running = await startSubgraph(directory, { db, port: 0, demo: seedDemo, log: () => {} });
        counts.push(Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM person'))[0]!.n));
        await running.stop();
        await db.close();
      }
      expect(counts[0]).toBe(300);
      expect(counts[1]).toBe(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
