import { demoDataset, demoProgrammes } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

/** Loads the competitions slice of the demo dataset; ids are the dataset's, so they match the other subgraphs. */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { competitions } = demoDataset();
  await prisma.competition.createMany({
    data: competitions.map((c) => ({
      id: c.id,
      name: c.name,
      tier: c.tier,
      trade: c.trade,
      year: c.year,
      heldOn: parseIsoDate(c.heldOn),
    })),
    skipDuplicates: true,
  });
  const results = competitions.flatMap((c) =>
    c.results.map((r) => ({ id: r.id, competitionId: c.id, personId: r.personId, rank: r.rank, medal: r.medal })),
  );
  await prisma.competitionResult.createMany({ data: results, skipDuplicates: true });
  log(`competitions: ${competitions.length} competitions, ${results.length} results`);
  // This year's city competitions (T12), most hosted by a county: the dashboard's figures for 2026.
  const { cityCompetitions } = demoProgrammes();
  await prisma.competition.createMany({
    data: cityCompetitions.map((c) => ({ ...c, heldOn: parseIsoDate(c.heldOn) })),
    skipDuplicates: true,
  });
  log(`competitions: ${cityCompetitions.length} city competitions of 2026`);
}
