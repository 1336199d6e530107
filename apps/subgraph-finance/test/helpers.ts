/**
 * What finance's integration tests share: an in-process fact feed and directory (finance's own interfaces, FactFeed
 * and AskGateway: finance cannot import other subgraphs), the dev principals, and the steps that bring entitlements
 * along their way through the real subgraph over HTTP — computed from a certificate fact, reviewed, approved by
 * someone else, published, payable.
 */
import { randomUUID } from 'node:crypto';
import { devPrincipal, MemoryFactFeed, type TestSubgraph } from '@jining/subgraph-kit/testing';
import type { AssessContext } from '@jining/rules';
import type {
  MasterStudioApprovedV1,
  MasterStudioRevokedV1,
  OutboxEvent,
  Principal,
  SkillCertificateRecordedV1,
  SkillCertificateRevokedV1,
} from '@jining/subgraph-kit';
import { expect } from 'vitest';
import { consumePage } from '../src/facts/consumer.ts';
import type { FactFeed } from '@jining/subgraph-kit';
import type { AskGateway } from '../src/facts/gateway-client.ts';
import type { OrganisationFacts, PersonFacts } from '../src/facts/lookups.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';

export type Finance = TestSubgraph<PrismaClient>;

export const FINANCE = devPrincipal('finance');
export const APPROVER = devPrincipal('finance-approver');
/** 任城区财政局 (370811). */
export const RENCHENG = devPrincipal('rencheng-finance');
/** A county finance account of another county (兖州区, 370812), made like the dev one. */
export const YANZHOU: Principal = {
  ...RENCHENG,
  accountId: 'acc-yanzhou-finance',
  username: 'yanzhou-finance',
  displayName: '兖州区财政局',
  countyCode: '370812',
};

/** An outbox as a list: what a source would serve, in order. */
export class ListFeed extends MemoryFactFeed {
  add(payload: SkillCertificateRecordedV1, eventId: string = randomUUID()): OutboxEvent {
    return this.append('SKILL_CERTIFICATE_RECORDED', payload.certificateId, payload.issuedOn, payload, eventId);
  }
  /** evaluation revoked a certificate this feed recorded. */
  addRevocation(payload: SkillCertificateRecordedV1, reason = '登记有误', eventId: string = randomUUID()): OutboxEvent {
    const revoked: SkillCertificateRevokedV1 = {
      certificateId: payload.certificateId,
      certificateNo: payload.certificateNo,
      personId: payload.personId,
      reason,
    };
    return this.append('SKILL_CERTIFICATE_REVOKED', payload.certificateId, '2025-12-01', revoked, eventId);
  }
  /** training revoked a studio this feed approved (撤销命名). */
  addStudioRevocation(payload: MasterStudioApprovedV1, reason = '年度考核不合格'): OutboxEvent {
    const revoked: MasterStudioRevokedV1 = {
      studioId: payload.studioId,
      name: payload.name,
      hostId: payload.hostId,
      level: payload.level,
      reason,
    };
    return this.append('MASTER_STUDIO_REVOKED', payload.studioId, '2025-12-01', revoked);
  }
  addStudio(payload: MasterStudioApprovedV1): OutboxEvent {
    return this.append('MASTER_STUDIO_APPROVED', payload.studioId, payload.approvedOn, payload);
  }
  /** Any event of the protocol, as its source appends it (the craftsman colleges' facts …). */
  addEvent(kind: string, subjectId: string, occurredOn: string, payload: object): OutboxEvent {
    return this.append(kind, subjectId, occurredOn, payload);
  }
}

/** An enterprise of a county (任城区 unless said): its employees' R1 county share is that county's. */
export const enterprise = (countyCode = '370811', name = '济宁重工机械有限公司'): OrganisationFacts => ({
  id: `org-${countyCode}-${name}`,
  name,
  kind: 'ENTERPRISE',
  county: { code: countyCode },
});
export const ENTERPRISE = enterprise();
export const COLLEGE: OrganisationFacts = {
  id: 'org-college',
  name: '济宁职业技术学院',
  kind: 'VOCATIONAL_COLLEGE',
  county: { code: '370811' },
};

/** The directory as the gateway would answer finance's lookup query. */
export function directory(people: PersonFacts[]): AskGateway & { calls: number } {
  const byId = new Map(people.map((p) => [p.id, p]));
  const ask = (async (_query: string, variables: Record<string, unknown>) => {
    ask.calls += 1;
    return {
      peopleByIds: (variables.people as string[]).map((id) => byId.get(id) ?? null),
      organisationsByIds: (variables.organisations as string[]).map(() => null),
    };
  }) as AskGateway & { calls: number };
  ask.calls = 0;
  return ask;
}

export const person = (name: string, employer: PersonFacts['employer'] = ENTERPRISE): PersonFacts => ({
  id: `p-${randomUUID()}`,
  name,
  county: { code: employer?.county.code ?? '370811' },
  employer,
});

export function certificate(holder: PersonFacts, level: string, newlyObtained = true): SkillCertificateRecordedV1 {
  const id = randomUUID();
  return {
    certificateId: id,
    certificateNo: `JN-${id.slice(0, 8)}`,
    personId: holder.id,
    level,
    issuedOn: '2025-09-01',
    route: 'SKILL_LEVEL_CERTIFICATION',
    issuerId: 'org-issuer',
    newlyObtained,
  };
}

/** Drains the feed the way the running consumer does, page by page. */
export async function drain(sg: Finance, feed: FactFeed, ask: AskGateway, pageSize = 100, rules?: AssessContext) {
  for (;;) {
    const r = await consumePage({ prisma: sg.prisma, ask, pageSize, rules }, feed);
    if (r.handled + r.skipped === 0) return;
  }
}

export const count = async (sg: Finance, sql: string, params: unknown[] = []) =>
  Number((await sg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params))[0]!.n);

/** The first error's extensions (code, reason, field), or undefined when the call succeeded. */
export const refusal = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

/** The data of a call that must succeed. */
export function ok<T>(res: { data?: T | null; errors?: unknown[] }): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/**
 * Entitlements computed by the rules for new certificates (技师 by default: ¥2,000.00, ¥1,000.00 city and
 * ¥1,000.00 county), one person each, employed by `employer`. Returns their ids, in the people's order.
 */
export async function computed(
  sg: Finance,
  names: string[],
  { employer = ENTERPRISE, level = 'TECHNICIAN' }: { employer?: OrganisationFacts; level?: string } = {},
): Promise<string[]> {
  const feed = new ListFeed(`test-${randomUUID()}`);
  const people = names.map((n) => person(n, employer));
  for (const p of people) feed.add(certificate(p, level));
  await drain(sg, feed, directory(people));
  const rows = await sg.db.query<{ id: string; p: string }>(
    `SELECT id, beneficiary_person_id AS p FROM entitlement WHERE beneficiary_person_id = ANY($1)`,
    [people.map((p) => p.id)],
  );
  const byPerson = new Map(rows.map((r) => [r.p, r.id]));
  return people.map((p) => byPerson.get(p.id)!);
}

export const REVIEW = `mutation ($id: ID!) { reviewEntitlement(id: $id) { status } }`;
export const APPROVE = `mutation ($id: ID!) { approveEntitlement(id: $id) { status } }`;

export async function reviewed(sg: Finance, ids: string[]) {
  for (const id of ids) ok(await sg.request(REVIEW, { id }, FINANCE));
  return ids;
}

/** Reviewed by one Finance account, approved by the other (budgets must allow it). */
export async function approved(sg: Finance, ids: string[]) {
  await reviewed(sg, ids);
  for (const id of ids) ok(await sg.request(APPROVE, { id }, APPROVER));
  return ids;
}

export const SET_BUDGET = `mutation ($input: SetBudgetInput!) {
  setBudget(input: $input) { payer county { code } year benefitGroup budget committed pending paid remaining } }`;

/** Sets a budget for 2025's skill-certificate subsidies (R1), as city Finance. */
export async function budget(sg: Finance, payer: string, amount: number, countyCode?: string) {
  return ok(
    await sg.request(
      SET_BUDGET,
      {
        input: {
          payer,
          ...(countyCode ? { countyCode } : {}),
          year: 2025,
          benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
          amount,
        },
      },
      FINANCE,
    ),
  );
}

/** Budgets large enough never to be the subject of a test: the city's and these counties'. */
export async function ampleBudgets(sg: Finance, counties: string[] = ['370811']) {
  await budget(sg, 'CITY', 1_000_000_000_00);
  for (const c of counties) await budget(sg, 'COUNTY', 1_000_000_000_00, c);
}

export const CREATE_PUBLICITY = `mutation ($input: CreatePublicityBatchInput!) {
  createPublicityBatch(input: $input) { id status startsOn endsOn closableFrom windowDays lineCount } }`;
export const CLOSE_PUBLICITY = `mutation ($id: ID!) { closePublicityBatch(id: $id) { id status } }`;

/** Moves a batch's window into the past (its dates shift together), as if it had been published `days` ago. */
export async function backdate(sg: Finance, batchId: string, days = 30) {
  await sg.db.query(
    `UPDATE publicity_batch SET starts_on = starts_on - $2::int, ends_on = ends_on - $2::int WHERE id = $1`,
    [batchId, days],
  );
}

/** Publishes approved entitlements and closes the batch after its (backdated) window: PAYABLE. */
export async function payable(sg: Finance, ids: string[]) {
  const batch = ok(
    await sg.request<{ createPublicityBatch: { id: string } }>(
      CREATE_PUBLICITY,
      { input: { entitlementIds: ids } },
      FINANCE,
    ),
  ).createPublicityBatch;
  await backdate(sg, batch.id);
  ok(await sg.request(CLOSE_PUBLICITY, { id: batch.id }, FINANCE));
  return ids;
}

/** The entitlements' statuses, in the order of `ids`. */
export async function statuses(sg: Finance, ids: string[]) {
  const rows = await sg.db.query<{ id: string; status: string }>(
    `SELECT id, status::text AS status FROM entitlement WHERE id = ANY($1)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.status]));
  return ids.map((id) => byId.get(id));
}
