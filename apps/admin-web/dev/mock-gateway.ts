/**
 * A stand-in for the gateway, for working on the admin web alone: `pnpm mock` (port 4000, or MOCK_PORT), then
 * `pnpm dev`. It answers /auth/login, /auth/logout, /auth/accounts and /graphql with the committed supergraph's schema (so documents
 * that pass codegen run here too) over dev/mock-data.ts, with the same error shapes as the real gateway (401
 * `{error:{code,message}}`, coded GraphQL errors). Only the fields the app selects are filled in.
 * Never used by tests against the platform: the e2e test runs the real gateway and subgraphs.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import * as data from './mock-data';

const schema = buildSchema(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));
// Permissions as the gateway gives them per department (packages/protocol's DEPARTMENT_PERMISSIONS, abridged).
const HRSS = ['directory:manage', 'evaluation:manage', 'training:manage', 'competitions:manage', 'awards:manage'];
const accounts = [
  {
    username: 'hrss',
    displayName: '市人社局 · 职业能力建设科',
    department: 'HRSS',
    countyCode: null,
    permissions: HRSS,
  },
  {
    username: 'hrss-reviewer',
    displayName: '市人社局 · 人才评价审核岗',
    department: 'HRSS',
    countyCode: null,
    permissions: HRSS,
  },
  {
    username: 'finance',
    displayName: '市财政局 · 社会保障科',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['finance:manage'],
  },
  {
    username: 'finance-approver',
    displayName: '市财政局 · 审批岗',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['finance:manage'],
  },
  {
    username: 'rencheng-finance',
    displayName: '任城区财政局',
    department: 'COUNTY_FINANCE',
    countyCode: '370811',
    permissions: ['finance:county'],
  },
  {
    username: 'union',
    displayName: '市总工会 · 经济技术部',
    department: 'UNION',
    countyCode: null,
    permissions: ['competitions:manage', 'awards:manage'],
  },
  {
    username: 'education',
    displayName: '市教育局 · 职业教育科',
    department: 'EDUCATION',
    countyCode: null,
    permissions: [],
  },
];
type MockAccount = (typeof accounts)[number];
const TOKEN_PREFIX = 'mock-token:';

const byId = <T extends { id: string }>(rows: T[], id: string | null) => rows.find((r) => r.id === id) ?? null;
const county = (code: string | null) => data.counties.find((c) => c.code === code) ?? null;

function connection<T>(rows: T[], args: { first?: number | null; after?: string | null }) {
  const start = args.after ? Number(Buffer.from(args.after, 'base64url').toString()) + 1 : 0;
  const first = Math.min(args.first ?? 20, 100);
  const page = rows.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: Buffer.from(String(start + i)).toString('base64url'), node }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: { hasNextPage: start + first < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

// Resolved objects: plain data plus functions for relations (graphql-js calls a function field with its args).
const org = (o: data.Organisation | null) => o && { ...o, county: county(o.countyCode) };
const levelRank = [
  'APPRENTICE',
  'ELEMENTARY',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
];
function person(p: data.Person | null): unknown {
  if (!p) return null;
  const certs = () => data.certificates.filter((c) => c.personId === p.id).map(certificate);
  return {
    ...p,
    // Always masked, as the directory serves it (the full number: revealIdNumber, not mocked here).
    idNumber: `${p.idNumber.slice(0, 6)}********${p.idNumber.slice(-4)}`,
    county: county(p.countyCode),
    employer: () => org(byId(data.organisations, p.employerId)),
    certificates: certs,
    highestLevel: () =>
      data.certificates
        .filter((c) => c.personId === p.id)
        .map((c) => c.level)
        .sort((a, b) => levelRank.indexOf(b) - levelRank.indexOf(a))[0] ?? null,
    ledStudios: () => data.studios.filter((s) => s.leadId === p.id).map(studio),
    competitionResults: () => data.results.filter((r) => r.personId === p.id).map(result),
    honours: () => data.honours.filter((h) => h.personId === p.id).map(honour),
    entitlements: () => data.entitlements.filter((e) => e.personId === p.id).map(entitlement),
    factDecisions: [],
  };
}
const certificate = (c: data.Certificate) => ({
  ...c,
  person: () => person(byId(data.people, c.personId)),
  issuer: () => org(byId(data.organisations, c.issuerId)),
});
const studio = (s: data.Studio) => ({
  ...s,
  lead: () => person(byId(data.people, s.leadId)),
  host: () => org(byId(data.organisations, s.hostId)),
});
const competition = (c: data.Competition): unknown => ({
  ...c,
  results: () => data.results.filter((r) => r.competitionId === c.id).map(result),
});
const result = (r: data.Result): unknown => ({
  ...r,
  competition: () => competition(byId(data.competitions, r.competitionId)!),
  person: () => person(byId(data.people, r.personId)),
});
const honour = (h: data.Honour) => ({ ...h, person: () => person(byId(data.people, h.personId)) });
// The review steps' history, kept in memory while the mock runs (every entitlement starts as computed by the rules).
const STARTED = '2026-01-05T02:00:00.000Z';
interface HistoryLine {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  note: string | null;
  at: string;
}
const histories = new Map<string, HistoryLine[]>();
const historyOf = (e: data.Entitlement): HistoryLine[] => {
  if (!histories.has(e.id)) {
    histories.set(e.id, [
      {
        id: `${e.id}-h0`,
        action: 'CALCULATED',
        fromStatus: null,
        toStatus: 'CALCULATED',
        actorName: '资金待遇计算服务',
        note: null,
        at: STARTED,
      },
    ]);
  }
  return histories.get(e.id)!;
};
const entitlement = (e: data.Entitlement) => ({
  ...e,
  county: county(e.countyCode),
  citation: `济人社发〔2024〕9号 ${e.clause}`,
  year: 2025,
  stacking: 'NEW',
  grantAmount: e.amount,
  previousAmount: 0,
  rejectedReason: null,
  createdAt: STARTED,
  factRef: e.id,
  benefitGroup: e.ruleId,
  benefitKey: e.id,
  explanation: [],
  parameters: [],
  fact: null,
  history: () => historyOf(e),
  beneficiaryPerson: () => person(byId(data.people, e.personId)),
  beneficiaryOrganisation: () => org(byId(data.organisations, e.organisationId)),
});

/** A county account sees its own county's entitlements only, as finance scopes them. */
const visible = (account: MockAccount) =>
  data.entitlements.filter((e) => !account.countyCode || e.countyCode === account.countyCode);

const STEPS = {
  reviewEntitlement: { from: ['CALCULATED'], to: 'REVIEWED' },
  approveEntitlement: { from: ['REVIEWED'], to: 'APPROVED' },
  rejectEntitlement: { from: ['CALCULATED', 'REVIEWED'], to: 'REJECTED' },
} as const;

/** 审核 / 审批 / 退回 with finance's refusals (wrong status, the reviewer approving, a missing reason). */
function step(name: keyof typeof STEPS, args: { id: string; note?: string; reason?: string }, account: MockAccount) {
  if (!account.permissions.includes('finance:manage'))
    throw new GraphQLError('当前账号无权执行此操作', { extensions: { code: 'FORBIDDEN' } });
  const found = byId(data.entitlements, args.id);
  if (!found) throw new GraphQLError(`资金待遇不存在：${args.id}`, { extensions: { code: 'NOT_FOUND', field: 'id' } });
  const rule = STEPS[name];
  if (!(rule.from as readonly string[]).includes(found.status))
    throw new GraphQLError('该待遇当前状态不能办理此步骤', {
      extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS', field: 'id' },
    });
  const history = historyOf(found);
  const reviewer = [...history].reverse().find((h) => h.toStatus === 'REVIEWED')?.actorName;
  if (name === 'approveEntitlement' && reviewer === account.displayName)
    throw new GraphQLError('审核人不能审批自己审核的待遇（审核与审批须由两人分别办理）', {
      extensions: { code: 'FORBIDDEN', reason: 'SAME_REVIEWER_AND_APPROVER', field: 'id' },
    });
  const note = (name === 'rejectEntitlement' ? args.reason : args.note)?.trim() || null;
  if (name === 'rejectEntitlement' && (note?.length ?? 0) < 2)
    throw new GraphQLError('须写明退回理由（至少 2 个字）', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', field: 'reason' },
    });
  history.push({
    id: `${found.id}-h${history.length}`,
    action: rule.to,
    fromStatus: found.status,
    toStatus: rule.to,
    actorName: account.displayName,
    note,
    at: new Date().toISOString(),
  });
  found.status = rule.to;
  return entitlement(found);
}

type Args = Record<string, unknown> & { first?: number; after?: string };
interface Context {
  account: MockAccount;
}
const rootValue = {
  counties: () => data.counties,
  person: ({ id }: { id: string }) => {
    const found = byId(data.people, id);
    if (!found) throw new GraphQLError('人员不存在', { extensions: { code: 'NOT_FOUND' } });
    return person(found);
  },
  people: (a: Args) => {
    const search = typeof a.search === 'string' ? a.search : null;
    return connection(
      data.people
        .filter(
          (p) =>
            (!a.countyCode || p.countyCode === a.countyCode) &&
            (!search || p.name.includes(search) || p.idNumber.startsWith(search)),
        )
        .map(person),
      a,
    );
  },
  organisations: (a: Args) =>
    connection(
      data.organisations
        .filter(
          (o) =>
            (!a.kind || o.kind === a.kind) &&
            (!a.countyCode || o.countyCode === a.countyCode) &&
            (!a.search || o.name.includes(String(a.search))),
        )
        .map(org),
      a,
    ),
  skillCertificates: (a: Args) =>
    connection(data.certificates.filter((c) => !a.level || c.level === a.level).map(certificate), a),
  masterStudios: (a: Args) => connection(data.studios.filter((s) => !a.level || s.level === a.level).map(studio), a),
  competitions: (a: Args) =>
    connection(
      data.competitions
        .filter((c) => (!a.tier || c.tier === a.tier) && (!a.year || c.year === a.year))
        .map(competition),
      a,
    ),
  honours: (a: Args) =>
    connection(
      data.honours
        .filter(
          (h) =>
            (!a.kind || h.kind === a.kind) && (!a.year || h.year === a.year) && (!a.status || h.status === a.status),
        )
        .map(honour),
      a,
    ),
  entitlements: (a: Args, { account }: Context) =>
    connection(
      visible(account)
        .filter(
          (e) =>
            (!a.status || e.status === a.status) &&
            (!a.countyCode || e.countyCode === a.countyCode) &&
            (!a.ruleId || e.ruleId === a.ruleId),
        )
        .map(entitlement),
      a,
    ),
  entitlement: ({ id }: { id: string }, { account }: Context) => {
    const found = visible(account).find((e) => e.id === id);
    return found ? entitlement(found) : null;
  },
  entitlementCounts: (_a: Args, { account }: Context) =>
    [
      'CALCULATED',
      'REVIEWED',
      'APPROVED',
      'IN_PUBLICITY',
      'PAYABLE',
      'IN_PAYMENT',
      'PAID',
      'REJECTED',
      'CANCELLED',
    ].map((status) => ({ status, count: visible(account).filter((e) => e.status === status).length })),
  factFeedStatus: () => [
    { source: 'evaluation', position: '0', head: '0', lag: 0, lastPolledAt: STARTED, lastError: null },
  ],
  factDecisions: (a: Args) => connection([], a),
  reviewEntitlement: (a: { id: string; note?: string }, { account }: Context) => step('reviewEntitlement', a, account),
  approveEntitlement: (a: { id: string; note?: string }, { account }: Context) =>
    step('approveEntitlement', a, account),
  rejectEntitlement: (a: { id: string; reason?: string }, { account }: Context) =>
    step('rejectEntitlement', a, account),
};

async function body(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

const server = createServer(async (req, res) => {
  const send = (status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(payload));
  };
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/auth/accounts')
    return send(
      200,
      accounts.map(({ username, displayName, department }) => ({ username, displayName, department })),
    );
  if (path === '/auth/login' && req.method === 'POST') {
    const { username, password } = (await body(req)) as { username?: string; password?: string };
    const account = accounts.find((a) => a.username === username);
    if (!account || password !== 'jining2025')
      return send(401, { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } });
    const expiresAt = new Date(Date.now() + 15 * 60 * 1000).toISOString();
    return send(200, { token: TOKEN_PREFIX + account.username, expiresAt, account });
  }
  if (path === '/auth/logout' && req.method === 'POST') {
    res.writeHead(204);
    return res.end();
  }
  if (path === '/graphql' && req.method === 'POST') {
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const account = accounts.find((a) => token === TOKEN_PREFIX + a.username);
    if (!account) {
      return send(200, { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const { query, variables, operationName } = (await body(req)) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    const result = await graphql({
      schema,
      source: query,
      rootValue,
      contextValue: { account } satisfies Context,
      variableValues: variables ?? null,
      operationName: operationName ?? null,
    });
    return send(200, result);
  }
  send(404, { error: { code: 'NOT_FOUND', message: '未找到' } });
});

const port = Number(process.env.MOCK_PORT ?? 4000);
server.listen(port, '127.0.0.1', () => console.log(`mock gateway on http://127.0.0.1:${port}`));
