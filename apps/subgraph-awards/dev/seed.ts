import { demoDataset, demoProgrammes } from '@jining/demo-data';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

/**
 * Loads the honours slice of the demo dataset; ids are the dataset's, so they match the other subgraphs.
 * skipDuplicates also drops a second honour of the same (person, kind, year): the dataset names the showcase
 * person twice for 2025 技术能手 and 技能状元 (one per winning competition), which the 不重复 rule refuses.
 */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { honours, people } = demoDataset();
  // Each honour carries its person's county, as a nomination stores it from the directory.
  const countyOf = new Map(people.map((p) => [p.id, p.countyCode]));
  const { count } = await prisma.honour.createMany({
    data: honours.map((h) => ({
      id: h.id,
      kind: h.kind,
      year: h.year,
      personId: h.personId,
      status: h.status,
      countyCode: countyOf.get(h.personId) ?? null,
    })),
    skipDuplicates: true,
  });
  log(`awards: ${count} of ${honours.length} demo honours loaded`);
  // This year's approved honours (T13–T15 of 2026), each with its person's county and the day it was decided.
  const { honours2026 } = demoProgrammes();
  const added = await prisma.honour.createMany({
    data: honours2026.map((h) => ({
      id: h.id,
      kind: h.kind,
      year: h.year,
      personId: h.personId,
      status: 'APPROVED' as const,
      countyCode: h.countyCode,
      decidedAt: new Date(`${h.decidedOn}T02:00:00Z`),
    })),
    skipDuplicates: true,
  });
  log(`awards: ${added.count} of ${honours2026.length} honours of 2026 loaded`);
}
