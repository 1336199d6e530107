import { demoDataset } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import { parseResidentId } from '@jining/reference-data';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

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
