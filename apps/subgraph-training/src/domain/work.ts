import { COLLEGE_MAJOR_KIND, DUTIES, GRADUATE_CLASS } from '@jining/rules';
import { hasDuty, type SubgraphContext, type WorkSource } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

type Source = WorkSource<SubgraphContext<PrismaClient>>;

// The city's own studio workflow (二(六)): higher levels are recorded from their documents, never worked here.
const doesStudios: Source['does'] = (p) => hasDuty(p, DUTIES.STUDIO, 'CITY');
const doesColleges: Source['does'] = (p) => hasDuty(p, DUTIES.CRAFTSMAN_COLLEGE, 'CITY');
const collegeMajorKinds = (department: string) =>
  COLLEGE_MAJOR_KIND.codes.filter((c) => DUTIES.COLLEGE_MAJOR.allows(department, c));
const graduateClasses = (department: string) =>
  GRADUATE_CLASS.codes.filter((c) => DUTIES.GRADUATE_HIRING.allows(department, c));

/**
 * The work that waits in training's records, for the accounts that do its next step: studio applications through
 * 遴选 and 公示 (approval by someone other than who selected), craftsman colleges (approval by someone other than the
 * reviewer), and graduates' and apprentices' years that a second account confirms (never the one who recorded them;
 * a county account its own county's only).
 */
export const TRAINING_WORK: readonly Source[] = [
  {
    item: 'STUDIO_TO_REVIEW',
    does: doesStudios,
    count: (ctx) => ctx.prisma.masterStudio.count({ where: { status: 'APPLIED' } }),
  },
  {
    item: 'STUDIO_TO_SELECT',
    does: doesStudios,
    count: (ctx) => ctx.prisma.masterStudio.count({ where: { status: 'REVIEWED' } }),
  },
  {
    item: 'STUDIO_TO_PUBLISH',
    does: doesStudios,
    count: (ctx) => ctx.prisma.masterStudio.count({ where: { status: 'SELECTED' } }),
  },
  {
    item: 'STUDIO_IN_PUBLICITY',
    does: doesStudios,
    count: (ctx) =>
      ctx.prisma.masterStudio.count({
        where: { status: 'IN_PUBLICITY', NOT: { selectedBy: ctx.principal.accountId } },
      }),
  },
  {
    item: 'COLLEGE_TO_REVIEW',
    does: doesColleges,
    count: (ctx) => ctx.prisma.craftsmanCollege.count({ where: { status: 'APPLIED' } }),
  },
  {
    item: 'COLLEGE_TO_APPROVE',
    does: doesColleges,
    count: (ctx) =>
      ctx.prisma.craftsmanCollege.count({
        where: { status: 'REVIEWED', NOT: { reviewedBy: ctx.principal.accountId } },
      }),
  },
  {
    item: 'GRADUATE_YEAR_TO_CONFIRM',
    does: (p) => graduateClasses(p.department).length > 0,
    count: (ctx) =>
      ctx.prisma.graduateInsuredYear.count({
        where: {
          status: 'RECORDED',
          NOT: { recordedBy: ctx.principal.accountId },
          hire: { status: 'ACTIVE', programme: { in: graduateClasses(ctx.principal.department) } },
        },
      }),
  },
  {
    item: 'ORDER_CLASS_REPORT_TO_CONFIRM',
    does: (p) => hasDuty(p, DUTIES.ORDER_CLASS, 'HIRING_REPORT'),
    count: (ctx) =>
      ctx.prisma.orderClassHiringReport.count({
        where: { status: 'SUBMITTED', NOT: { recordedBy: ctx.principal.accountId } },
      }),
  },
  {
    item: 'COLLEGE_MAJOR_TO_APPROVE',
    does: (p) => collegeMajorKinds(p.department).length > 0,
    count: (ctx) =>
      ctx.prisma.collegeMajor.count({
        where: {
          status: 'RECORDED',
          NOT: { recordedBy: ctx.principal.accountId },
          kind: { in: collegeMajorKinds(ctx.principal.department) },
        },
      }),
  },
  {
    item: 'APPRENTICESHIP_YEAR_TO_CONFIRM',
    does: (p) => hasDuty(p, DUTIES.APPRENTICESHIP, 'AGREEMENT'),
    count: (ctx) =>
      ctx.prisma.apprenticeshipYear.count({
        where: {
          status: 'RECORDED',
          NOT: { recordedBy: ctx.principal.accountId },
          apprenticeship: {
            status: 'ACTIVE',
            ...(ctx.principal.countyCode ? { countyCode: ctx.principal.countyCode } : {}),
          },
        },
      }),
  },
];
