import { demoDataset } from '@jining/demo-data';
import { isSkillLevel } from '@jining/rules';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

/** Loads this subgraph's slice of the demo dataset: the certificates, with the same ids the other subgraphs use. */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { certificates } = demoDataset();
  const { count } = await prisma.skillCertificate.createMany({
    data: certificates.map((c) => {
      if (!isSkillLevel(c.level)) throw new Error(`demo certificate ${c.id} has a level not on the ladder: ${c.level}`);
      return { ...c, level: c.level, issuedOn: parseIsoDate(c.issuedOn) };
    }),
    // Re-running adds nothing: ids and certificate numbers are fixed by the dataset.
    skipDuplicates: true,
  });
  log(`evaluation: ${certificates.length} certificates (${count} new)`);
}
