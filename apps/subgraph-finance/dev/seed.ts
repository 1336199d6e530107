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
import { devPrincipal, SERVICE_PRINCIPALS } from '@jining/subgraph-kit';
import { setBudget, type SetBudgetInput } from '../src/domain/budgets.ts';
import { chinaToday } from '../src/domain/clock.ts';
import { createPaymentBatch, markPaymentLinePaid, returnPaymentLine } from '../src/domain/payments.ts';
import { closePublicityBatch, createPublicityBatch, recordObjection } from '../src/domain/publicity.ts';
import { takeStep } from '../src/domain/transitions.ts';
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
 * Where each demo entitlement ends up, from its position (deterministic): the way to payment is walked with the real
 * steps — review and approval by two Finance accounts (checked against the budgets set first), publicity (an earlier
 * batch closed after its window, and one open now with an objection waiting), payment batches of the city and of
 * 任城区 (lines paid, one returned for a wrong account, others still at the bank) — so every queue of the workbench
 * has entitlements, each with its history, and the books reconcile.
 */
const DEMO_WAY = [
  'CALCULATED',
  'REVIEWED',
  'APPROVED',
  'CALCULATED',
  'REVIEWED',
  'IN_PUBLICITY',
  'PAID',
  'PAID',
  'IN_PAYMENT',
  'PAYABLE',
] as const satisfies readonly EntitlementStatus[];
type DemoWay = (typeof DEMO_WAY)[number];
const REVIEWER = devPrincipal('finance');
const APPROVER = devPrincipal('finance-approver');
const RENCHENG = devPrincipal('rencheng-finance');
/** The earlier publicity batches' dates: published, and closed after their 7-day windows. */
const PUBLICITY = {
  first: { publishedOn: '2025-11-03', closedOn: '2025-11-10' },
  second: { publishedOn: '2025-11-17', closedOn: '2025-11-24' },
};

/** Budgets: what the demo's entitlements need per payer, county, year and group, and a fifth more, in whole ¥10,000. */
function demoBudgets(rows: readonly DemoRow[]): SetBudgetInput[] {
  const needs = new Map<string, SetBudgetInput>();
  for (const row of rows) {
    for (const share of row.shares) {
      if (share.payer === 'TAX') continue;
      const countyCode = share.payer === 'COUNTY' ? row.countyCode : null;
      const key = `${share.payer}|${countyCode ?? ''}|${row.year}|${row.benefitGroup}`;
      const need = needs.get(key) ?? {
        payer: share.payer,
        countyCode,
        year: row.year,
        benefitGroup: row.benefitGroup,
        amount: 0n,
      };
      need.amount += BigInt(share.amountFen);
      needs.set(key, need);
    }
  }
  const step = 1_000_000n; // ¥10,000.00
  return [...needs.values()].map((n) => ({ ...n, amount: ((n.amount * 6n) / 5n / step + 1n) * step }));
}

type DemoRow = ReturnType<typeof demoRows>[number];

function demoRows(data: DemoDataset) {
  const computed = [...certificateGrants(data), ...studioGrants(data)];
  return computed.map(({ grant, explanation, description, countyCode }, i) => ({
    way: DEMO_WAY[i % DEMO_WAY.length]! as DemoWay,
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
    factRef: grant.factRef,
    benefitGroup: grant.benefitGroup,
    benefitKey: grant.benefitKey,
    explanation: explanation as unknown as Prisma.InputJsonValue,
    shares: grant.shares,
  }));
}

/**
 * Loads finance's slice of the demo dataset: entitlements COMPUTED by @jining/rules from the demo facts (no amount
 * is typed here), then taken along their way by the platform's own steps (DEMO_WAY). Ids come from the benefit key;
 * a second run finds them there and changes nothing.
 */
export async function seedDemo({ prisma, log }: { prisma: PrismaClient; log: (line: string) => void }) {
  const rows = demoRows(demoDataset());
  if ((await prisma.entitlement.count({ where: { id: { in: rows.map((r) => r.id) } } })) > 0) {
    log('finance: demo entitlements already loaded');
    return;
  }
  const calculator = SERVICE_PRINCIPALS.FINANCE_FACTS;
  await prisma.$transaction([
    prisma.entitlement.createMany({
      data: rows.map(({ shares: _shares, way: _way, ...row }) => row),
      skipDuplicates: true,
    }),
    prisma.costShare.createMany({
      data: rows.flatMap((row) =>
        row.shares.map((s) => ({ entitlementId: row.id, payer: s.payer, amount: BigInt(s.amountFen) })),
      ),
      skipDuplicates: true,
    }),
    prisma.entitlementHistory.createMany({
      data: rows.map((row) => ({
        entitlementId: row.id,
        action: 'CALCULATED',
        toStatus: 'CALCULATED' as const,
        actorId: calculator.accountId,
        actorName: calculator.displayName,
      })),
    }),
  ]);
  const budgets = demoBudgets(rows);
  for (const b of budgets) await setBudget(prisma, REVIEWER, b);

  const past = (ways: readonly DemoWay[]) => rows.filter((r) => ways.includes(r.way)).map((r) => r.id);
  const toPay = ['PAID', 'IN_PAYMENT', 'PAYABLE'] as const;
  for (const id of past(['REVIEWED', 'APPROVED', 'IN_PUBLICITY', ...toPay])) {
    await takeStep(prisma, REVIEWER, id, 'REVIEW', null);
  }
  for (const id of past(['APPROVED', 'IN_PUBLICITY', ...toPay])) await takeStep(prisma, APPROVER, id, 'APPROVE', null);

  // Published and closed before the payment batches below: these go into them.
  const first = await createPublicityBatch(
    prisma,
    REVIEWER,
    { entitlementIds: past(['PAID', 'IN_PAYMENT']), windowDays: 7, title: '2025年第一批高技能人才资金待遇公示' },
    PUBLICITY.first.publishedOn,
  );
  await closePublicityBatch(prisma, REVIEWER, first, PUBLICITY.first.closedOn);

  // The city pays its shares of every payable entitlement, 任城区 its own; the lines of those meant to be PAID are
  // paid, one city line of another comes back (a wrong account) and is payable again, the rest are at the bank.
  const today = chinaToday();
  const way = new Map(rows.map((r) => [r.id, r.way]));
  const paidOn = new Date(`${today}T00:00:00Z`);
  const batches = [
    [await createPaymentBatch(prisma, REVIEWER, { payer: 'CITY' }), REVIEWER],
    [await createPaymentBatch(prisma, RENCHENG, { payer: 'COUNTY', countyCode: RENCHENG.countyCode }), RENCHENG],
  ] as const;
  let returned = false;
  for (const [batchId, who] of batches) {
    const lines = await prisma.paymentLine.findMany({ where: { batchId }, orderBy: { entitlementId: 'asc' } });
    for (const line of lines) {
      if (way.get(line.entitlementId) === 'PAID') {
        const reference = `GK${line.id.slice(0, 12).toUpperCase()}`;
        await markPaymentLinePaid(prisma, who, { lineId: line.id, reference, paidOn }, today);
      } else if (!returned && line.payer === 'CITY') {
        await returnPaymentLine(prisma, who, { lineId: line.id, reason: '收款账户户名与账号不符，银行退回' });
        returned = true;
      }
    }
  }

  // Published and closed after the batches: payable, waiting for the next ones.
  const second = await createPublicityBatch(
    prisma,
    REVIEWER,
    { entitlementIds: past(['PAYABLE']), windowDays: 7, title: '2025年第二批高技能人才资金待遇公示' },
    PUBLICITY.second.publishedOn,
  );
  await closePublicityBatch(prisma, REVIEWER, second, PUBLICITY.second.closedOn);

  // Published today: in publicity, one objection waiting.
  const open = past(['IN_PUBLICITY']);
  await createPublicityBatch(
    prisma,
    REVIEWER,
    { entitlementIds: open, title: '2025年第三批高技能人才资金待遇公示' },
    today,
  );
  const objected = open[0];
  if (objected) {
    const text = '来电反映：该人员取得证书时已离开申报单位，请核实';
    await recordObjection(prisma, REVIEWER, { entitlementId: objected, text }, today);
  }

  const counts = await prisma.entitlement.groupBy({ by: ['status'], _count: { _all: true } });
  log(
    `finance: ${rows.length} entitlements computed by @jining/rules (R1 certificates, R7/R8 studios), ${budgets.length} budgets; ` +
      counts.map((c) => `${c.status} ${c._count._all}`).join(', '),
  );
}
