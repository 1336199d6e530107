import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import { ReplicaPool } from '@jining/protocol/replicas';
import { encodePrincipal, PRINCIPAL_HEADER, signEncodedRequest } from '@jining/protocol/signature';
import type { GatewayContext } from './context.ts';
import { subgraphFetcher, SubgraphTimeoutError } from './subgraph-fetcher.ts';

/**
 * Every request the gateway sends to a subgraph carries the caller's principal, signed with the secret the
 * subgraphs share together with the request itself (method, subgraph, path, body digest, time, nonce: see
 * @jining/protocol's signature.ts), and the request id, so a subgraph's logs join the gateway's.
 *
 * A subgraph that fails — down, reset, too slow, answering 413 or something that is not GraphQL — never fails the
 * request: its fetch answers `data: null` with one coded error per field it was asked for, at that field's path
 * (`person.honours`), so the gateway keeps every other subgraph's data. URLs and response bodies stay in the log.
 */
type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** Codes a subgraph answers with HTTP 400 that are the caller's doing: passed on with their message and field. */
const CALLER_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, 'GRAPHQL_VALIDATION_FAILED']);

/** How staff know each subgraph (messages name the service that failed). */
const SERVICE_LABELS: Record<string, string> = {
  directory: '人员与单位名录',
  training: '技能培训',
  evaluation: '技能评价',
  competitions: '技能竞赛',
  awards: '评选表彰',
  finance: '资金管理',
};

/** `reason` of the errors the gateway makes for a failed subgraph call. */
export const SubgraphFailure = {
  UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  TIMEOUT: 'SUBGRAPH_TIMEOUT',
  HTTP_ERROR: 'SUBGRAPH_HTTP_ERROR',
  BAD_RESPONSE: 'SUBGRAPH_BAD_RESPONSE',
} as const;

type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface SignedDataSourceOptions {
  /** How long one subgraph call may take, answer included (default 10 s). */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** How long a replica that refused a connection is skipped (default REPLICA_DOWN_MS). */
  replicaDownMs?: number;
}

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly log: (line: string) => void;

  /** `url`: the subgraph's /graphql URL, or its replicas' URLs comma-separated (`<NAME>_URL`). */
  constructor(
    readonly subgraphName: string,
    url: string,
    signingSecret: string,
    options: SignedDataSourceOptions = {},
  ) {
    const replicas = new ReplicaPool(url, { downMs: options.replicaDownMs });
    super({ url: replicas.urls[0]! });
    // Per attempt, innermost first: the timed fetch, signed for the replica it goes to (a fresh nonce on a retry; the
    // signature covers the exact bytes sent), on the replica the pool picks.
    this.fetcher = replicatedFetcher(
      replicas,
      signingFetcher(subgraphFetcher(options.timeoutMs ?? 10_000), subgraphName, signingSecret),
    );
    this.log = options.log ?? ((line) => console.error(`[gateway] ${line}`));
  }

  private get label(): string {
    return SERVICE_LABELS[this.subgraphName] ?? this.subgraphName;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // The principal goes on here, where the caller is known; the fetcher signs it with the exact bytes it sends.
    // No principal only on the gateway's own calls (none today); subgraphs will then refuse, which is right.
    if (context?.principal) headers.set(PRINCIPAL_HEADER, encodedPrincipal(context.principal));
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    try {
      return await super.process(options);
    } catch (error) {
      const failure = this.describeFailure(error);
      if (!(error instanceof KitError)) {
        this.log(
          `${this.subgraphName} failed (request ${options.context?.requestId ?? '-'}): ${(error as Error).message}`,
        );
      }
      return { data: null, errors: errorsAtFields(failure, options) };
    }
  }

  private describeFailure(error: unknown): KitError {
    if (error instanceof KitError) return error;
    if (error instanceof SubgraphTimeoutError) {
      return new KitError(ErrorCode.INTERNAL_SERVER_ERROR, `「${this.label}」服务响应超时，请稍后重试`, {
        reason: SubgraphFailure.TIMEOUT,
        messageEn: `Subgraph ${this.subgraphName} did not answer within ${error.timeoutMs} ms`,
      });
    }
    // A body that is not JSON (a proxy's HTML page, a truncated answer) or JSON that is not a GraphQL response.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SyntaxError || /^Expected (JSON response body|"data\._entities")/.test(message)) {
      return new KitError(ErrorCode.INTERNAL_SERVER_ERROR, `「${this.label}」服务返回了无法识别的结果，请稍后重试`, {
        reason: SubgraphFailure.BAD_RESPONSE,
        messageEn: `Subgraph ${this.subgraphName} answered something that is not a GraphQL response`,
      });
    }
    // Network failures (subgraph down, DNS, reset) arrive as plain errors: name the service, hide the detail.
    return new KitError(ErrorCode.INTERNAL_SERVER_ERROR, `「${this.label}」服务暂时不可用，请稍后重试`, {
      reason: SubgraphFailure.UNAVAILABLE,
      messageEn: `Subgraph ${this.subgraphName} is unavailable`,
    });
  }

  /**
   * A non-2xx answer: a refused signature (401 GATEWAY_SIGNATURE_REQUIRED, e.g. when the secrets differ) keeps its
   * code and reason; a 400 that is the caller's doing (a value the subgraph's scalars refused) keeps its coded message
   * and field; anything else is a coded failure naming the service. URLs and bodies stay in the gateway's log.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<KitError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first = (
      body as
        | {
            errors?: {
              message?: string;
              extensions?: { code?: string; reason?: string; field?: string; messageEn?: string };
            }[];
          }
        | undefined
    )?.errors?.[0];
    const code = first?.extensions?.code;
    const reason = first?.extensions?.reason;
    this.log(
      `${this.subgraphName} answered HTTP ${response.status} ${code ?? ''} ${reason ?? ''} ${first?.message ?? ''}`.trim(),
    );
    if (code === ErrorCode.GATEWAY_SIGNATURE_REQUIRED) {
      return new KitError(
        ErrorCode.GATEWAY_SIGNATURE_REQUIRED,
        `网关与「${this.label}」服务的签名校验失败，请联系系统管理员`,
        {
          reason: reason ?? 'GATEWAY_SIGNATURE_INVALID',
          messageEn: `Subgraph ${this.subgraphName} refused the gateway's signature (${reason ?? 'no reason'}; GATEWAY_SIGNING_SECRET differs?)`,
        },
      );
    }
    if (response.status === 400 && code && CALLER_CODES.has(code) && first?.message) {
      const { field, messageEn } = first.extensions ?? {};
      return new KitError(ErrorCode.BAD_USER_INPUT, first.message, {
        ...(reason ? { reason } : {}),
        ...(field ? { field } : {}),
        ...(messageEn ? { messageEn } : {}),
      });
    }
    return new KitError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `「${this.label}」服务出错（HTTP ${response.status}），请稍后重试`,
      {
        reason: SubgraphFailure.HTTP_ERROR,
        messageEn: `Subgraph ${this.subgraphName} answered HTTP ${response.status}`,
      },
    );
  }
}

/**
 * Wraps the data source's fetcher: RemoteGraphQLDataSource serialises the request body itself, just before this call,
 * so this is the one place that sees the exact bytes the subgraph will receive. It signs them for `target`.
 */
function signingFetcher(fetch: Fetcher, target: string, secret: string): Fetcher {
  // A subgraph has one URL per replica: its path is worked out once, not per call.
  const paths = new Map<string, string>();
  const pathOf = (url: string) => {
    let path = paths.get(url);
    if (path === undefined) {
      const { pathname, search } = new URL(url);
      path = `${pathname}${search}`;
      paths.set(url, path);
    }
    return path;
  };
  return (url, init) => {
    const headers = { ...init?.headers };
    const principal = headers[PRINCIPAL_HEADER];
    if (principal) {
      Object.assign(
        headers,
        signEncodedRequest(
          principal,
          { method: init?.method ?? 'GET', target, path: pathOf(url), body: init?.body ?? '' },
          secret,
        ),
      );
    }
    return fetch(url, { ...init, headers });
  };
}

/** One request's principal, encoded once for all the subgraph calls of its plan (the context's principal is fixed). */
const encodedPrincipals = new WeakMap<object, string>();
function encodedPrincipal(principal: NonNullable<GatewayContext['principal']>): string {
  let encoded = encodedPrincipals.get(principal);
  if (encoded === undefined) {
    encoded = encodePrincipal(principal);
    encodedPrincipals.set(principal, encoded);
  }
  return encoded;
}

/**
 * Spreads a subgraph's calls over its replicas (round robin) and sends a call to the next replica where that is safe
 * (ReplicaPool): always when the connection was refused, and when it broke before any answer only for a query.
 */
function replicatedFetcher(replicas: ReplicaPool, fetch: Fetcher): Fetcher {
  if (replicas.urls.length === 1) return fetch;
  return (_url, init) => replicas.run((url) => fetch(url, init), { replayable: isQueryBody(init?.body) });
}

/**
 * RemoteGraphQLDataSource sends `JSON.stringify({ query, ...rest })`, and the query planner writes the operation's
 * keyword first (`query …`, `mutation …`, or `{` for an anonymous query). Anything else is treated as a write.
 */
export function isQueryBody(body: unknown): boolean {
  if (typeof body !== 'string' || !body.startsWith('{"query":"')) return false;
  const operation = body.slice(10, 40).trimStart();
  return operation.startsWith('{') || /^query\b/.test(operation);
}

/**
 * The failure as GraphQL errors at the paths the fetch was to fill. An entity fetch (`_entities`) gets one error per
 * representation and field, `['_entities', i, field]`, which the gateway maps onto the full path (`person.honours`,
 * `people.edges.3.node.honours`); a root fetch gets one per root field. The gateway then leaves those fields null
 * and keeps everything else.
 */
function errorsAtFields(
  failure: KitError,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): NonNullable<ProcessResult['errors']> {
  const document = documentOf(options);
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const root = operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet : undefined;
  const at = (path: (string | number)[]) => failure.at(path);
  if (!root) return [failure];
  const entities = root.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = options.request.variables?.representations;
  if (entities?.kind === Kind.FIELD && entities.selectionSet && Array.isArray(representations)) {
    const fields = responseNames(entities.selectionSet);
    return representations.flatMap((_, index) => fields.map((field) => at(['_entities', index, field])));
  }
  const fields = responseNames(root);
  return fields.length > 0 ? fields.map((field) => at([field])) : [failure];
}

function documentOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): DocumentNode | undefined {
  if ('document' in options && options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query) : undefined;
  } catch {
    return undefined;
  }
}

/** The response names a selection set fills (through inline fragments), `__typename` aside. */
function responseNames(selectionSet: SelectionSetNode): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name !== '__typename') names.add(name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const name of responseNames(selection.selectionSet)) names.add(name);
    }
  }
  return [...names];
}
