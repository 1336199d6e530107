import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import { signPrincipal } from '@jining/protocol/principal';
import type { GatewayContext } from './context.ts';

/**
 * Every request the gateway sends to a subgraph carries the caller's principal, signed with the secret the
 * subgraphs share (they refuse unsigned calls), and the request id, so a subgraph's logs join the gateway's.
 * Subgraph failures become coded errors for staff; URLs and response bodies stay in the gateway's log.
 */
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
    private readonly signingSecret: string,
  ) {
    super({ url });
  }

  private get label(): string {
    return SERVICE_LABELS[this.subgraphName] ?? this.subgraphName;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // No principal only on the gateway's own calls (none today); subgraphs will then refuse, which is right.
    if (context?.principal) {
      for (const [name, value] of Object.entries(signPrincipal(context.principal, this.signingSecret)))
        headers.set(name, value);
    }
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

  /** A non-2xx answer (e.g. 401 GATEWAY_SIGNATURE_REQUIRED when the secrets differ): keep its code, drop its URL and body. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<KitError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first = (body as { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined)
      ?.errors?.[0];
    const code = first?.extensions?.code;
    console.error(`[gateway] ${this.subgraphName} answered HTTP ${response.status}`, code ?? '', first?.message ?? '');
    if (code === ErrorCode.GATEWAY_SIGNATURE_REQUIRED) {
      return new KitError(
        ErrorCode.GATEWAY_SIGNATURE_REQUIRED,
        `网关与「${this.label}」服务的签名校验失败，请联系系统管理员`,
        {
          reason: 'SIGNATURE_REJECTED',
          messageEn: `Subgraph ${this.subgraphName} refused the gateway's signature (GATEWAY_SIGNING_SECRET differs?)`,
        },
      );
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
