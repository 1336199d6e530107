import { demoDataset } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { seedCollegeMajors } from './seed-college-majors.ts';

/**
 * Loads this subgraph's slice of the demo dataset (`@jining/demo-data`): ids match the directory's. Idempotent. The
 * demo studios are approved ones, written as approved (each with its approval line in the history, dated its approval
 * date) rather than walked through the workflow: a seed states what exists, and finance seeds their grants itself.
 */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { studios } = demoDataset();
  await prisma.masterStudio.createMany({
    data: studios.map((s) => ({
      ...s,
      approvedOn: parseIsoDate(s.approvedOn),
      status: 'APPROVED' as const,
      urgentFieldAttested: true,
      liveLeadLevel: `${s.leadId}:${s.level}`,
    })),
    skipDuplicates: true,
  });
  await prisma.studioHistory.createMany({
    data: studios.map((s) => ({
      id: `demo-approve-${s.id}`,
      studioId: s.id,
      action: s.level === 'CITY' ? ('APPROVE' as const) : ('RECORD_HIGHER_APPROVAL' as const),
      toStatus: 'APPROVED' as const,
      level: s.level,
      actorId: 'demo',
      actorName: '演示数据',
      note: null,
      at: new Date(`${s.approvedOn}T02:00:00Z`),
    })),
    skipDuplicates: true,
  });
  log(`training: ${studios.length} master studios`);
  await seedCollegeMajors({ prisma, log });
}
