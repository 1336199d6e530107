import { demoDataset, demoProgrammes } from '@jining/demo-data';
import { parseIsoDate } from '@jining/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { liveAgreementKey } from '../src/domain/apprenticeship.ts';
import { liveHostName } from '../src/domain/college-workflow.ts';
import { seedCollegeMajors } from './seed-college-majors.ts';

/**
 * Loads this subgraph's slice of the demo dataset (`@jining/demo-data`): ids match the directory's. Idempotent. The
 * demo studios are approved ones, written as approved (each with its approval line in the history, dated its approval
 * date) rather than walked through the workflow: a seed states what exists, and finance seeds their grants itself.
 */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const { studios, organisations } = demoDataset();
  // Each studio carries its host unit's county, as recording one stores it from the directory.
  const countyOf = new Map(organisations.map((o) => [o.id, o.countyCode]));
  await prisma.masterStudio.createMany({
    data: studios.map((s) => ({
      ...s,
      countyCode: countyOf.get(s.hostId) ?? null,
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
  await seedProgrammes(prisma, log);
  await seedCollegeMajors({ prisma, log });
}

const day = (iso: string) => parseIsoDate(iso);
const DEMO = { id: 'demo', name: '演示数据' } as const;

/**
 * The programmes' demo records (二(二)–(六)), written as they stand once recorded — rates set, agreements recorded,
 * colleges approved, classes with their completions — rather than walked through each workflow, like the studios.
 * No fact events: finance seeds its own demo entitlements, and the dashboard counts records, not money.
 */
async function seedProgrammes(prisma: PrismaClient, log: (line: string) => void) {
  const p = demoProgrammes();
  await prisma.apprenticeshipRate.createMany({
    data: p.apprenticeshipRates.map((r) => ({
      id: r.id,
      countyCode: r.countyCode,
      effectiveFrom: day(r.effectiveFrom),
      rateFen: BigInt(r.rateFen),
      setBy: DEMO.id,
      setByName: DEMO.name,
    })),
    skipDuplicates: true,
  });
  await prisma.apprenticeship.createMany({
    data: p.apprenticeships.map((a) => ({
      ...a,
      startedOn: day(a.startedOn),
      endsOn: day(a.endsOn),
      newType: true,
      recordedBy: DEMO.id,
      liveKey: liveAgreementKey(a.apprenticeId, a.enterpriseId, true),
    })),
    skipDuplicates: true,
  });
  await prisma.craftsmanCollege.createMany({
    data: p.craftsmanColleges.map((c) => ({
      id: c.id,
      name: c.name,
      hostId: c.hostId,
      countyCode: c.countyCode,
      status: 'APPROVED' as const,
      foundedOn: day(c.foundedOn),
      appliedOn: day(c.appliedOn),
      approvedOn: day(c.approvedOn),
      reviewedBy: DEMO.id,
      approvedBy: DEMO.id,
      liveHostName: liveHostName(c.hostId, c.name, 'APPROVED'),
    })),
    skipDuplicates: true,
  });
  await prisma.craftsmanCollegeHistory.createMany({
    data: p.craftsmanColleges.map((c) => ({
      id: `demo-approve-${c.id}`,
      collegeId: c.id,
      action: 'APPROVE' as const,
      fromStatus: 'REVIEWED' as const,
      toStatus: 'APPROVED' as const,
      actorId: DEMO.id,
      actorName: DEMO.name,
      at: new Date(`${c.approvedOn}T02:00:00Z`),
    })),
    skipDuplicates: true,
  });
  await prisma.trainingCatalogueLine.createMany({
    data: p.catalogueLines.map((l) => ({
      ...l,
      amountFen: BigInt(l.amountFen),
      validFrom: day(l.validFrom),
      createdBy: DEMO.id,
      createdByName: DEMO.name,
    })),
    skipDuplicates: true,
  });
  await prisma.trainingClass.createMany({
    data: p.trainingClasses.map((c) => ({
      id: c.id,
      name: c.name,
      providerId: c.providerId,
      catalogueCode: c.catalogueCode,
      programme: c.programme,
      startsOn: day(c.startsOn),
      endsOn: day(c.endsOn),
      countyCode: c.countyCode,
      createdBy: DEMO.id,
    })),
    skipDuplicates: true,
  });
  const completions = p.trainingClasses.flatMap((c) =>
    c.completions.map((t) => ({
      ...t,
      classId: c.id,
      completedOn: day(t.completedOn),
      reachedRetirementAge: false,
      lineId: c.lineId,
      amountFen: BigInt(c.amountFen),
      recordedBy: DEMO.id,
    })),
  );
  await prisma.trainingCompletion.createMany({ data: completions, skipDuplicates: true });
  log(
    `training: ${p.apprenticeships.length} apprenticeships, ${p.craftsmanColleges.length} craftsman colleges, ` +
      `${p.trainingClasses.length} training classes with ${completions.length} completions`,
  );
}
