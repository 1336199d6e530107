import { demoDataset } from '@jining/demo-data';
import { JINING_COUNTIES } from '@jining/reference-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import { parseResidentId } from '@jining/reference-data';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Counties are reference data, not demo data: every database has them. Upserted, so re-running is harmless. */
export async function ensureCounties(prisma: PrismaClient) {
  await prisma.county.createMany({
    data: JINING_COUNTIES.map((c, i) => ({ code: c.code, name: c.name, kind: c.kind, sortOrder: i })),
    skipDuplicates: true,
  });
}

export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const data = demoDataset();
  await prisma.organisation.createMany({ data: data.organisations, skipDuplicates: true });
  await prisma.person.createMany({
    data: data.people.map((p) => {
      const id = parseResidentId(p.idNumber);
      if (!id.ok) throw new Error(`demo ID number invalid: ${p.idNumber}`);
      return { ...p, birthDate: parseIsoDate(id.value.birthDate), gender: id.value.gender };
    }),
    skipDuplicates: true,
  });
  log(`directory: ${data.organisations.length} organisations, ${data.people.length} people`);
}
