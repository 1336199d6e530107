import { demoDataset, demoId, type DemoDataset } from '@jining/demo-data';
import {
  assess,
  explain,
  isCountyCode,
  skillLevelLabel,
  STUDIO_LEVEL_LABELS,
  type CountyCode,
  type Explanation,
  type Fact,
  type Grant,
  type SkillLevel,
} from '@jining/rules';
import type { EntitlementStatus, Prisma, PrismaClient } from '../src/generated/prisma/client.ts';

/** The directory and the rules share one county list (`@jining/reference-data`): a directory code is a rules code. */
function rulesCounty(directoryCode: string): CountyCode {
  if (!isCountyCode(directoryCode)) throw new Error(`county ${directoryCode} is unknown to @jining/rules`);
  return directoryCode;
}

interface Computed {
  grant: Grant;
  /** Why: the decision's steps and the parameter versions used, kept with the entitlement for reviewers. */
  explanation: Explanation;
  description: string;
  /** The directory's code of the county paying the COUNTY share (null when there is none). */
  countyCode: string | null;
}

/** R1: every demo certificate of an enterprise employee, as a fact; assess() decides level, window and amount. */
function certificateGrants(data: DemoDataset): Computed[] {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const people = new Map(data.people.map((p) => [p.id, p]));
  const firstAtLevel = new Set<string>();
  const out: Computed[] = [];
  const byDate = [...data.certificates].sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.id.localeCompare(b.id),
  );
  for (const cert of byDate) {
    const levelKey = `${cert.personId}|${cert.level}`;
    const newlyObtained = !firstAtLevel.has(levelKey);
    firstAtLevel.add(levelKey);
    const employer = orgs.get(people.get(cert.personId)?.employerId ?? '');
    if (!employer) continue;
    const fact: Fact = {
      kind: 'TECHNICIAN_CERTIFICATE',
      personId: cert.personId,
      certificateId: cert.id,
      level: cert.level as SkillLevel,
      certificateDate: cert.issuedOn,
      newlyObtained,
      employerId: employer.id,
      employerIsEnterprise: employer.kind === 'ENTERPRISE',
      countyCode: rulesCounty(employer.countyCode),
    };
    const decision = assess(fact);
    for (const grant of decision.grants) {
      out.push({
        grant,
        explanation: explain(decision, grant),
        description: `新取得${skillLevelLabel(cert.level as SkillLevel)}职业技能等级一次性补贴（证书编号 ${cert.certificateNo}）`,
        countyCode: grant.countyCode ? employer.countyCode : null,
      });
    }
  }
  return out;
}

/** R7 / R8: the demo studios, granted to their host unit. */
function studioGrants(data: DemoDataset): Computed[] {
  return data.studios.flatMap((studio) => {
    const decision = assess({
      kind: 'STUDIO',
      studioId: studio.id,
      hostUnitId: studio.hostId,
      level: studio.level,
      approvalDate: studio.approvedOn,
      newlyApproved: true,
    });
    return decision.grants.map((grant) => ({
      grant,
      explanation: explain(decision, grant),
      description: `${STUDIO_LEVEL_LABELS[studio.level]}建设经费：${studio.name}`,
      countyCode: null,
    }));
  });
}

/**
 * A spread of review states so the demo's queues are not empty; derived from the position, so it is deterministic.
 * Reviewed and approved ones name the two finance dev accounts (maker-checker: never the same person).
 */
const DEMO_STATUSES: readonly EntitlementStatus[] = ['CALCULATED', 'REVIEWED', 'APPROVED', 'CALCULATED', 'REVIEWED'];
const DEMO_REVIEWER = 'acc-finance';
const DEMO_APPROVER = 'acc-finance-approver';

function reviewFields(status: EntitlementStatus, date: string) {
  const at = new Date(`${date}T08:00:00Z`);
  return {
    ...(status !== 'CALCULATED' ? { reviewedBy: DEMO_REVIEWER, reviewedAt: at } : {}),
    ...(status === 'APPROVED' ? { approvedBy: DEMO_APPROVER, approvedAt: at } : {}),
  };
}

/**
 * Loads finance's slice of the demo dataset: entitlements COMPUTED by @jining/rules from the demo facts (no amount
 * is typed here). Ids come from the benefit key, and both inserts skip duplicates, so a re-run changes nothing.
 */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const data = demoDataset();
  const computed = [...certificateGrants(data), ...studioGrants(data)];
  const rows = computed.map(({ grant, explanation, description, countyCode }, i) => {
    const status = DEMO_STATUSES[i % DEMO_STATUSES.length]!;
    return {
      id: demoId(`entitlement:${grant.benefitKey}`, 0),
      ruleId: grant.ruleId,
      clause: grant.clause,
      description,
      beneficiaryPersonId: grant.beneficiary.kind === 'PERSON' ? grant.beneficiary.id : null,
      beneficiaryOrganisationId: grant.beneficiary.kind === 'UNIT' ? grant.beneficiary.id : null,
      countyCode,
      amount: BigInt(grant.amountFen),
      grantAmount: BigInt(grant.amountFen),
      year: Number(grant.date.slice(0, 4)),
      status,
      ...reviewFields(status, grant.date),
      factRef: grant.factRef,
      benefitGroup: grant.benefitGroup,
      benefitKey: grant.benefitKey,
      explanation: explanation as unknown as Prisma.InputJsonValue,
      shares: grant.shares,
    };
  });
  await prisma.$transaction([
    prisma.entitlement.createMany({ data: rows.map(({ shares: _shares, ...row }) => row), skipDuplicates: true }),
    prisma.costShare.createMany({
      data: rows.flatMap((row) =>
        row.shares.map((s) => ({ entitlementId: row.id, payer: s.payer, amount: BigInt(s.amountFen) })),
      ),
      skipDuplicates: true,
    }),
  ]);
  log(`finance: ${rows.length} entitlements computed by @jining/rules (R1 certificates, R7/R8 studios)`);
}
