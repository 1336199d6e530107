import type { PrismaClient } from '../src/generated/prisma/client.ts';

/** Loads this subgraph's slice of the demo dataset (`@jining/demo-data`); must be idempotent. */
export async function seedDemo({ log }: { prisma: PrismaClient; log: (line: string) => void }) {
  log('__NAME__: no demo data yet');
}
