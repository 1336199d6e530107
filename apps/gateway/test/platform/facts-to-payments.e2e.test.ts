/**
 * From a recorded fact to a reviewed and approved entitlement, through the real platform: every process, real HTTP,
 * the evaluation outbox, finance's consumer pulling the feed as a signed service and completing facts through the
 * gateway. Once and only once: a certificate raced twenty times is one record and one event; a second certificate at
 * a level already granted pays nothing and says why; finance killed in the middle of a backlog loses and duplicates
 * nothing after the supervisor restarts it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeResidentId } from '@jining/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

let platform: Platform;
let dataDir: string;
/** FINANCE_CLOCK_FILE: the days finance adds to today (development mode only), so a publicity window can pass. */
let clockFile: string;
const tokens: Record<string, string> = {};
const logLines: string[] = [];
let enterprise: { id: string; name: string };
let issuerId: string;
/** Unique ID numbers per run: the sequence part of the resident ID. */
let sequence = Math.floor(Math.random() * 500);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jining-facts-'));
  // Small pages, so a kill lands in the middle of a backlog; a short idle wait, so facts arrive within a second.
  process.env.FACT_PAGE_SIZE = '5';
  process.env.FACT_POLL_MS = '200';
  clockFile = join(dataDir, 'finance-clock');
  process.env.FINANCE_CLOCK_FILE = clockFile;
  platform = await startPlatform({
    portOffset: await freePortOffset(),
    dataDir,
    log: (line) => logLines.push(line),
    // Restarts wait 5 s: long enough for the test to pile up a backlog while finance is down.
    backoff: { initialMs: 5000 },
  });
  for (const user of ['hrss', 'finance', 'finance-approver', 'rencheng-finance']) tokens[user] = await login(user);
  const orgs = await gql<{ organisations: { edges: { node: { id: string; name: string; kind: string } }[] } }>(
    'hrss',
    `{ organisations(first: 100, countyCode: "370811") { edges { node { id name kind } } } }`,
  );
  enterprise = orgs.data!.organisations.edges.map((e) => e.node).find((o) => o.kind === 'ENTERPRISE')!;
  issuerId = orgs.data!.organisations.edges[0]!.node.id;
}, 300_000);

afterAll(async () => {
  delete process.env.FACT_PAGE_SIZE;
  delete process.env.FACT_POLL_MS;
  delete process.env.FINANCE_CLOCK_FILE;
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function login(username: string) {
  const res = await fetch(`${platform.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jining2025' }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function gql<T = Record<string, unknown>>(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[user]}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as GraphQLBody<T>) };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}\n${logLines.slice(-30).join('\n')}`);
}

async function newEmployee(name: string): Promise<string> {
  sequence += 1;
  const res = await gql<{ createPerson: { id: string } }>(
    'hrss',
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    {
      input: {
        name,
        idNumber: makeResidentId('370811', '1988-03-15', sequence),
        countyCode: '370811',
        employerId: enterprise.id,
      },
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createPerson.id;
}

const CERTIFY = `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`;

function certify(personId: string, level: string, certificateNo = `E2E-${Date.now()}-${Math.random()}`.slice(0, 38)) {
  return gql<{ createSkillCertificate: { id: string } }>('hrss', CERTIFY, {
    input: {
      personId,
      level,
      occupation: '数控车工',
      issuerId,
      issuedOn: '2025-10-01',
      route: 'SKILL_LEVEL_CERTIFICATION',
      certificateNo,
    },
  });
}

interface Record_ {
  entitlements: {
    id: string;
    status: string;
    amount: number;
    ruleId: string;
    citation: string;
    county: { code: string; name: string } | null;
    shares: { payer: string; amount: number }[];
    explanation: { sentence: string }[];
  }[];
  factDecisions: { outcome: string; note: string | null; reasons: { code: string; text: string }[] }[];
}

const RECORD = `query ($id: ID!) { person(id: $id) {
  entitlements { id status amount ruleId citation county { code name } shares { payer amount } explanation { sentence } }
  factDecisions { outcome note reasons { code text } }
} }`;

async function recordOf(personId: string) {
  const res = await gql<{ person: Record_ }>('finance', RECORD, { id: personId });
  expect(res.errors).toBeUndefined();
  return res.data!.person;
}

const untilFacts = (personId: string, n: number) =>
  waitFor(`${n} fact(s) of ${personId}`, async () => {
    const r = await recordOf(personId);
    return r.factDecisions.length >= n ? r : undefined;
  });

describe('a certificate becomes a paid-once entitlement', () => {
  let personId: string;

  it('HRSS records a 高级技师 certificate → within seconds finance holds ¥3,000.00: ¥1,500.00 city, ¥1,500.00 任城区', async () => {
    personId = await newEmployee('陈技师');
    const started = Date.now();
    expect((await certify(personId, 'SENIOR_TECHNICIAN')).errors).toBeUndefined();
    const record = await untilFacts(personId, 1);
    const seconds = (Date.now() - started) / 1000;
    console.log(`certificate → CALCULATED entitlement in ${seconds.toFixed(1)} s`);
    expect(record.entitlements).toHaveLength(1);
    const [e] = record.entitlements;
    expect(e).toMatchObject({
      status: 'CALCULATED',
      amount: 300_000,
      ruleId: 'R1',
      citation: '济人社发〔2024〕9号 第二部分（二）',
      county: { code: '370811', name: '任城区' },
    });
    expect(e!.shares).toEqual([
      { payer: 'CITY', amount: 150_000 },
      { payer: 'COUNTY', amount: 150_000 },
    ]);
    expect(e!.explanation.map((s) => s.sentence).join('')).toContain(enterprise.name);
  });

  it('a reviewer reviews, the same person cannot approve, a different approver approves', async () => {
    const [e] = (await recordOf(personId)).entitlements;
    const review = await gql('finance', `mutation ($id: ID!) { reviewEntitlement(id: $id) { status } }`, { id: e!.id });
    expect(review.data).toEqual({ reviewEntitlement: { status: 'REVIEWED' } });
    const APPROVE = `mutation ($id: ID!) { approveEntitlement(id: $id) { status history { action actorName } } }`;
    const self = await gql('finance', APPROVE, { id: e!.id });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_REVIEWER_AND_APPROVER' });
    const approved = await gql<{ approveEntitlement: { status: string; history: { action: string }[] } }>(
      'finance-approver',
      APPROVE,
      { id: e!.id },
    );
    expect(approved.data!.approveEntitlement.status).toBe('APPROVED');
    expect(approved.data!.approveEntitlement.history.map((h) => h.action)).toEqual([
      'CALCULATED',
      'REVIEWED',
      'APPROVED',
    ]);
  });

  it('publicity passes; the city and 任城区 batches are created and marked paid; the entitlement is paid', async () => {
    const [e] = (await recordOf(personId)).entitlements;
    const published = await gql<{ createPublicityBatch: { id: string; endsOn: string; lines: unknown[] } }>(
      'finance',
      `mutation ($ids: [ID!]) { createPublicityBatch(input: { entitlementIds: $ids }) { id endsOn lines { entitlement { id } } } }`,
      { ids: [e!.id] },
    );
    expect(published.errors).toBeUndefined();
    const batchId = published.data!.createPublicityBatch.id;
    const CLOSE = `mutation ($id: ID!) { closePublicityBatch(id: $id) { status } }`;
    const early = await gql('finance', CLOSE, { id: batchId });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WINDOW_NOT_ENDED' });

    // Eight days later (the default window is seven): the batch closes and its entitlement becomes payable.
    writeFileSync(clockFile, '8');
    const closed = await gql('finance', CLOSE, { id: batchId });
    expect(closed.data).toEqual({ closePublicityBatch: { status: 'CLOSED' } });
    expect((await recordOf(personId)).entitlements[0]!.status).toBe('PAYABLE');

    const BATCH = `mutation ($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) {
      id payer county { code } total lines { id payer amount entitlement { id } } } }`;
    type Batch = {
      id: string;
      payer: string;
      county: { code: string } | null;
      total: number;
      lines: { id: string; payer: string; amount: number; entitlement: { id: string } }[];
    };
    const city = await gql<{ createPaymentBatch: Batch }>('finance', BATCH, { input: { payer: 'CITY' } });
    expect(city.errors).toBeUndefined();
    // The city may not make 任城区's batch; 任城区's finance makes it, and it holds 任城区's shares only.
    const cityMakesCounty = await gql('finance', BATCH, { input: { payer: 'COUNTY', countyCode: '370811' } });
    expect(cityMakesCounty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const county = await gql<{ createPaymentBatch: Batch }>('rencheng-finance', BATCH, { input: { payer: 'COUNTY' } });
    expect(county.errors).toBeUndefined();
    expect(county.data!.createPaymentBatch.county).toEqual({ code: '370811' });

    const ours = [city.data!.createPaymentBatch, county.data!.createPaymentBatch].map((b) => {
      expect(b.total).toBe(b.lines.reduce((sum, l) => sum + l.amount, 0));
      return b.lines.find((l) => l.entitlement.id === e!.id)!;
    });
    expect(ours.map((l) => [l.payer, l.amount])).toEqual([
      ['CITY', 150_000],
      ['COUNTY', 150_000],
    ]);

    const PAY = `mutation ($input: MarkPaymentLinePaidInput!) { markPaymentLinePaid(input: $input) { status reference } }`;
    const today = new Date(Date.now() + (8 * 24 + 8) * 3600_000).toISOString().slice(0, 10);
    const paidCity = await gql('finance', PAY, {
      input: { lineId: ours[0]!.id, reference: 'GK-2025-0001', paidOn: today },
    });
    expect(paidCity.data).toEqual({ markPaymentLinePaid: { status: 'PAID', reference: 'GK-2025-0001' } });
    // The city cannot mark 任城区's line; 任城区 can, and the second share pays the entitlement.
    const cityPaysCounty = await gql('finance', PAY, { input: { lineId: ours[1]!.id, reference: 'X', paidOn: today } });
    expect(cityPaysCounty.errors).toBeDefined();
    expect((await recordOf(personId)).entitlements[0]!.status).toBe('IN_PAYMENT');
    const paidCounty = await gql('rencheng-finance', PAY, {
      input: { lineId: ours[1]!.id, reference: 'RC-2025-0001', paidOn: today },
    });
    expect(paidCounty.errors).toBeUndefined();
    expect((await recordOf(personId)).entitlements[0]!.status).toBe('PAID');
    writeFileSync(clockFile, '0');
  });

  it('a later 特级技师 pays its own amount; a second 高级技师 pays nothing and says why', async () => {
    expect((await certify(personId, 'PRINCIPAL_TECHNICIAN')).errors).toBeUndefined();
    expect((await certify(personId, 'SENIOR_TECHNICIAN')).errors).toBeUndefined();
    const record = await untilFacts(personId, 3);
    expect(record.entitlements.map((e) => e.amount).sort()).toEqual([300_000, 500_000]);
    const refused = record.factDecisions.find((f) => f.outcome === 'NOT_ELIGIBLE')!;
    expect(refused.reasons).toEqual([{ code: 'NOT_NEWLY_OBTAINED', text: '该等级证书不是新取得的' }]);
  });

  it('the same certificate sent twenty times at once is recorded once and granted once', async () => {
    const racer = await newEmployee('赛技师');
    const no = `RACE-${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => certify(racer, 'TECHNICIAN', no)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const record = await untilFacts(racer, 1);
    // Give a duplicate event time to arrive, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await recordOf(racer)).factDecisions).toHaveLength(1);
    expect(record.entitlements).toHaveLength(1);
  });
});

describe('a studio becomes funding for its host', () => {
  it('HRSS selects a city-level studio → finance computes R7 ¥50,000 for the host unit', async () => {
    const lead = await newEmployee('刘大师');
    const made = await gql<{ createMasterStudio: { id: string } }>(
      'hrss',
      `mutation ($input: CreateMasterStudioInput!) { createMasterStudio(input: $input) { id } }`,
      {
        input: {
          name: '刘大师数控技能大师工作室',
          level: 'CITY',
          leadId: lead,
          hostId: enterprise.id,
          trade: '数控车工',
          approvedOn: '2025-11-01',
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const granted = await waitFor('the studio grant', async () => {
      const res = await gql<{
        organisation: { entitlements: { ruleId: string; amount: number; description: string }[] };
      }>('finance', `query ($id: ID!) { organisation(id: $id) { entitlements { ruleId amount description } } }`, {
        id: enterprise.id,
      });
      return res.data?.organisation.entitlements.find((e) => e.description.includes('刘大师数控技能大师工作室'));
    });
    expect(granted).toMatchObject({ ruleId: 'R7', amount: 5_000_000 });
  });
});

describe('finance killed in the middle of a backlog', () => {
  it('loses nothing and grants nothing twice after the supervisor restarts it', async () => {
    const people = await Promise.all(Array.from({ length: 40 }, (_, i) => newEmployee(`积压${i}`)));
    // Finance down while the facts pile up.
    process.kill(platform.pids().finance!, 'SIGKILL');
    for (const id of people) expect((await certify(id, 'TECHNICIAN')).errors).toBeUndefined();
    // Back up, it works through the backlog five at a time; kill it again once it is part-way through.
    const lagOf = async () => {
      const res = await gql<{ factFeedStatus: { source: string; position: string; head: string }[] }>(
        'finance',
        `{ factFeedStatus { source position head } }`,
      );
      return res.data?.factFeedStatus.find((s) => s.source === 'evaluation');
    };
    const midway = await waitFor('finance part-way through the backlog', async () => {
      const s = await lagOf();
      return s && Number(s.head) > Number(s.position) && Number(s.position) > 0 ? s : undefined;
    });
    process.kill(platform.pids().finance!, 'SIGKILL');
    console.log(`killed finance at position ${midway.position} of ${midway.head}`);
    await waitFor(
      'finance to finish the backlog',
      async () => {
        const s = await lagOf();
        return s && s.head === s.position && Number(s.head) > 0 ? s : undefined;
      },
      120_000,
    );
    for (const id of people) {
      const record = await recordOf(id);
      expect(record.factDecisions.map((f) => f.outcome)).toEqual(['GRANTED']);
      expect(record.entitlements.map((e) => e.amount)).toEqual([200_000]);
    }
    expect(platform.restarts().finance).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
