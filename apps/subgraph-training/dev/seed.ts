import { demoDataset } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

/** Loads this subgraph's slice of the demo dataset (`@jining/demo-data`): ids match the directory's. Idempotent. */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { studios } = demoDataset();
  await prisma.masterStudio.createMany({
    data: studios.map((s) => ({ ...s, approvedOn: parseIsoDate(s.approvedOn) })),
    skipDuplicates: true,
  });
  log(`training: ${studios.length} master studios`);
}
