import { demoDataset, demoProgrammes } from '@jining/demo-data';
import { isSkillLevel } from '@jining/rules';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

/** Loads this subgraph's slice of the demo dataset: the certificates, with the same ids the other subgraphs use. */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { certificates, people } = demoDataset();
  // Each certificate carries its holder's county, as createSkillCertificate stores it from the directory.
  const countyOf = new Map(people.map((p) => [p.id, p.countyCode]));
  const { count } = await prisma.skillCertificate.createMany({
    data: certificates.map((c) => {
      if (!isSkillLevel(c.level)) throw new Error(`demo certificate ${c.id} has a level not on the ladder: ${c.level}`);
      return { ...c, level: c.level, issuedOn: parseIsoDate(c.issuedOn), countyCode: countyOf.get(c.personId) ?? null };
    }),
    // Re-running adds nothing: ids and certificate numbers are fixed by the dataset.
    skipDuplicates: true,
  });
  log(`evaluation: ${certificates.length} certificates (${count} new)`);
  await seedTargetStatistics({ prisma, log });
}

/**
 * T1's denominators (the employed population, city and counties, each demo year) and T3's assessment, as HRSS would
 * record them; skipped where a figure of that year and place is already recorded.
 */
export async function seedTargetStatistics({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { employedPopulations } = demoProgrammes();
  let added = 0;
  for (const e of employedPopulations) {
    const id = `demo-employed-${e.year}-${e.countyCode || 'city'}`;
    if (await prisma.employedPopulation.findUnique({ where: { id }, select: { id: true } })) continue;
    await prisma.employedPopulation.create({
      data: { id, ...e, publishedOn: parseIsoDate(e.publishedOn), recordedBy: '演示数据' },
    });
    added++;
  }
  for (const year of [2025, 2026]) {
    await prisma.targetAssessment.upsert({
      where: { id: `demo-assess-T3-${year}` },
      create: {
        id: `demo-assess-T3-${year}`,
        targetId: 'T3',
        year,
        status: 'ON_TRACK',
        note: '演示数据：高技能人才总量稳步增长，结构与重点产业需求基本匹配。',
        assessedOn: parseIsoDate(`${year}-11-30`),
        assessedBy: '演示数据',
      },
      update: {},
    });
  }
  log(`evaluation: ${employedPopulations.length} employed-population figures (${added} new), T3 assessed`);
}
