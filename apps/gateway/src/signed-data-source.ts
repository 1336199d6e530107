import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import { encodePrincipal, PRINCIPAL_HEADER, signEncodedRequest } from '@jining/protocol/signature';
import type { GatewayContext } from './context.ts';

/**
 * Every request the gateway sends to a subgraph carries the caller's principal, signed with the secret the
 * subgraphs share together with the request itself (method, subgraph, path, body digest, time, nonce: see
 * @jining/protocol's signature.ts), and the request id, so a subgraph's logs join the gateway's. Subgraph failures
 * become coded errors for staff; URLs and response bodies stay in the gateway's log.
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

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    signingSecret: string,
  ) {
    super({ url });
    this.fetcher = signingFetcher(this.fetcher, subgraphName, signingSecret);
  }

  private get label(): string {
    return SERVICE_LABELS[this.subgraphName] ?? this.subgraphName;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // The principal goes on here, where the caller is known; the fetcher signs it with the exact bytes it sends.
    // No principal only on the gateway's own calls (none today); subgraphs will then refuse, which is right.
    if (context?.principal) headers.set(PRINCIPAL_HEADER, encodePrincipal(context.principal));
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof KitError) throw error;
      // Network failures (subgraph down, DNS, reset) arrive as plain errors: name the service, hide the detail.
      console.error(
        `[gateway] ${this.subgraphName} unreachable (request ${options.context?.requestId ?? '-'}):`,
        (error as Error).message,
      );
      throw new KitError(ErrorCode.INTERNAL_SERVER_ERROR, `「${this.label}」服务暂时不可用，请稍后重试`, {
        reason: 'SUBGRAPH_UNAVAILABLE',
        messageEn: `Subgraph ${this.subgraphName} is unavailable`,
      });
    }
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
    console.error(
      `[gateway] ${this.subgraphName} answered HTTP ${response.status}`,
      code ?? '',
      reason ?? '',
      first?.message ?? '',
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
        reason: 'SUBGRAPH_HTTP_ERROR',
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
  return (url, init) => {
    const headers = { ...init?.headers };
    const principal = headers[PRINCIPAL_HEADER];
    if (principal) {
      const { pathname, search } = new URL(url);
      Object.assign(
        headers,
        signEncodedRequest(
          principal,
          { method: init?.method ?? 'GET', target, path: `${pathname}${search}`, body: init?.body ?? '' },
          secret,
        ),
      );
    }
    return fetch(url, { ...init, headers });
  };
}
