import { demoCollegeMajors, demoDataset } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { liveMajorKey } from '../src/domain/college-major.ts';

/**
 * 二(三)'s demo records, written approved (a seed states what exists) so the targets dashboard counts T6–T8.
 * Idempotent. Apart from seed.ts, where the other programmes' demo data goes.
 */
export async function seedCollegeMajors({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const majors = demoCollegeMajors(demoDataset().organisations);
  await prisma.collegeMajor.createMany({
    data: majors.map((m) => ({
      ...m,
      documentDate: parseIsoDate(m.documentDate),
      status: 'APPROVED' as const,
      recordedBy: 'demo',
      approvedBy: 'demo',
      liveKey: liveMajorKey(m, true),
    })),
    skipDuplicates: true,
  });
  log(`training: ${majors.length} college majors and courses`);
}
