import { demoDataset } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import { parseResidentId } from '@jining/reference-data';
import { isSkillLevel, skillLevelRank } from '@jining/rules';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { applyCertificateChanges } from '../src/levels/read-model.ts';

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
  // The level read model of the demo certificates: evaluation's demo seed writes them without outbox events (as
  // finance's demo seed computes their grants itself), so the level consumer would never hear of them. Certificates
  // recorded or revoked after the seed reach it through evaluation's feed.
  const levels = await applyCertificateChanges(
    prisma,
    data.certificates.map((c) => {
      if (!isSkillLevel(c.level)) throw new Error(`demo certificate ${c.id} has a level not on the ladder: ${c.level}`);
      return { certificateId: c.id, personId: c.personId, levelRank: skillLevelRank(c.level), revoked: false };
    }),
  );
  log(
    `directory: ${data.organisations.length} organisations, ${data.people.length} people, ` +
      `levels of ${levels.people} people from ${levels.recorded} demo certificates`,
  );
}
