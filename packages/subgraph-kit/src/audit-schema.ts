import { badInput } from '@jining/graphql-server/errors';
import type { createBuilder } from './builder.ts';
import { AUDIT_PAGE_LIMIT, isAuditCursor, readAudit, type AuditEntry } from './audit.ts';

type KitBuilder<PrismaTypes extends object, Client> = ReturnType<typeof createBuilder<PrismaTypes, Client>>;

/** Jining keeps China Standard Time all year (UTC+8, no daylight saving): a day of the filter is its local day. */
const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const startOfLocalDay = (day: Date) => new Date(day.getTime() - CST_OFFSET_MS);

/**
 * Serves this subgraph's audit trail (`_kit_audit`, audit.ts) as `Query.<fieldName>`, a connection of the kit's
 * `AuditEntry`, newest first, to accounts holding `audit:read` only.
 *
 * The types are the same in every subgraph and marked shareable, so a second subgraph may serve its own trail the
 * same way. Its query field must then have its own name (`evaluationAuditEntries` …): federation resolves one field
 * from one subgraph, so two subgraphs' trails cannot be merged under a single gateway field without a resolver at the
 * gateway, which the platform's gateway does not have.
 */
export function addAuditTrailQuery<PrismaTypes extends object, Client>(
  builder: KitBuilder<PrismaTypes, Client>,
  { fieldName = 'auditEntries', trail }: { fieldName?: string; trail: string },
): void {
  const Entry = builder.objectRef<AuditEntry>('AuditEntry').implement({
    description: '审计日志条目：谁、何时、做了什么（变更前后、理由、请求编号）',
    shareable: true,
    fields: (t) => ({
      id: t.exposeID('id'),
      at: t.exposeString('at', { description: '时间（ISO 8601，UTC）' }),
      actorAccountId: t.exposeString('actorAccountId', { description: '操作账号' }),
      actorName: t.exposeString('actorName', { description: '操作人（账号名称）' }),
      department: t.exposeString('department', { description: '操作账号所属部门' }),
      action: t.exposeString('action', { description: '操作，如 REVEAL_ID_NUMBER、CREATE_PERSON' }),
      entityType: t.exposeString('entityType', { description: '对象类型' }),
      entityId: t.exposeID('entityId', { description: '对象编号' }),
      reason: t.exposeString('reason', { nullable: true, description: '理由（查看完整身份证号等需要理由的操作）' }),
      before: t.string({
        nullable: true,
        description: '变更前（JSON；不含完整身份证号等敏感信息）',
        resolve: (e) => (e.before == null ? null : JSON.stringify(e.before)),
      }),
      after: t.string({
        nullable: true,
        description: '变更后（JSON；不含完整身份证号等敏感信息）',
        resolve: (e) => (e.after == null ? null : JSON.stringify(e.after)),
      }),
      requestId: t.exposeString('requestId', { description: '请求编号（与网关日志、响应头 x-request-id 一致）' }),
      trail: t.string({ description: '日志所在的领域（子图）', resolve: () => trail }),
    }),
  });

  builder.queryField(fieldName, (t) =>
    t.connection(
      {
        type: Entry,
        description: `审计日志（${trail}），按时间倒序；每页至多 ${AUDIT_PAGE_LIMIT} 条；需要审计权限`,
        authScopes: { permission: 'audit:read' },
        args: {
          entityId: t.arg.id({ required: false, description: '对象编号' }),
          action: t.arg.string({ required: false, description: '操作' }),
          actorAccountId: t.arg.string({ required: false, description: '操作账号' }),
          from: t.arg({ type: 'Date', required: false, description: '自该日起（含，北京时间）' }),
          to: t.arg({ type: 'Date', required: false, description: '至该日止（含，北京时间）' }),
        },
        resolve: async (_root, args, ctx) => {
          // Newest first, forwards only: a backwards page of an append-only trail is the next forward page anyway.
          if (args.last != null || args.before != null) {
            throw badInput('审计日志只能向后翻页（使用 first / after）', { reason: 'FORWARD_ONLY' });
          }
          if (args.after != null && !isAuditCursor(args.after)) {
            throw badInput('翻页游标无效', { field: 'after', reason: 'INVALID_CURSOR' });
          }
          if (args.from && args.to && args.from > args.to) {
            throw badInput('起始日期不能晚于截止日期', { field: 'from', reason: 'INVALID_RANGE' });
          }
          const page = await readAudit(
            ctx.db,
            {
              entityId: args.entityId == null ? null : String(args.entityId),
              action: args.action,
              actorAccountId: args.actorAccountId,
              from: args.from ? startOfLocalDay(args.from) : null,
              to: args.to ? startOfLocalDay(new Date(args.to.getTime() + DAY_MS)) : null,
            },
            { first: args.first ?? 20, after: args.after },
          );
          const edges = page.entries.map((node) => ({ cursor: node.seq, node }));
          return {
            edges,
            totalCount: page.totalCount,
            pageInfo: {
              hasNextPage: page.hasNextPage,
              hasPreviousPage: args.after != null,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          };
        },
      },
      {
        name: 'AuditEntryConnection',
        shareable: true,
        fields: (c) => ({
          totalCount: c.int({
            description: '符合条件的条目总数',
            resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'AuditEntryEdge', shareable: true },
    ),
  );
}
