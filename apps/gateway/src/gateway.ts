import type { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@jining/protocol/errors';
import { closeServer, createGraphQLHttpServer, listen } from '@jining/graphql-server/http';
import { queryLimitOptions, queryLimitsFromEnv, type QueryLimits } from '@jining/graphql-server/limits';
import type { Principal } from '@jining/protocol/principal';
import { NonceCache } from '@jining/protocol/signature';
import { DEV_MODE_WARNING } from '@jining/protocol/secrets';
import { directoryAccounts, type Accounts } from './auth/accounts.ts';
import { bearerGuard } from './auth/guard.ts';
import { RevokedTokens } from './auth/revocation.ts';
import { authRoutes } from './auth/routes.ts';
import { LoginThrottle } from './auth/throttle.ts';
import { loadConfig } from './config.ts';
import { requestIdFrom, type GatewayContext } from './context.ts';
import { checkScalarsAtEdge } from './edge-scalars.ts';
import { gatewayFormatError } from './format-error.ts';
import { corsRoute } from './http/cors.ts';
import { graphiqlRoute } from './http/graphiql.ts';
import { readinessRoutes } from './http/readiness.ts';
import { securityHeadersRoute } from './http/security-headers.ts';
import { staticFilesRoute } from './http/static-files.ts';
import { SignedDataSource } from './signed-data-source.ts';
import { readSupergraph, resolveSubgraphUrls } from './supergraph-file.ts';

export interface StartGatewayOptions {
  /** 0 picks a free port (tests). Default: GATEWAY_PORT, else 4000. */
  port?: number;
  /** Default: GATEWAY_HOST, else 127.0.0.1. */
  host?: string;
  /** Subgraph name → its /graphql URL; wins over `<NAME>_URL` and the registry's default port. */
  subgraphUrls?: Record<string, string>;
  /** Default: the committed `apps/gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Default: the admin web's build (ADMIN_WEB_DIST, else apps/admin-web/dist). */
  staticDir?: string;
  /** Default: the GraphQL IDE's build (GRAPHIQL_DIST, else apps/graphiql/dist); served in development mode only. */
  graphiqlDir?: string;
  /** Default: process.env (tests pass production-like settings here). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Default: the query limits from `env` (GRAPHQL_MAX_DEPTH …, see @jining/graphql-server/limits). */
  limits?: QueryLimits;
  /**
   * Default: the directory's accounts (directoryAccounts). Tests of the gateway alone, with no directory running,
   * hand in their own.
   */
  accounts?: Accounts;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (like the kit's subgraphs). */
  url: string;
  /** The server's root, e.g. http://127.0.0.1:4000 (for /auth/login, /readyz, the admin web). */
  origin: string;
  port: number;
  /** Where each subgraph is being reached. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The whole gateway in one call: the federated schema from the committed supergraph, login, the bearer-token
 * guard, principal signing to subgraphs, health/readiness, CORS for the dev web server and the admin web's files.
 */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  const log = options.log ?? ((line: string) => console.log(`[gateway] ${line}`));
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const subgraphUrls = resolveSubgraphUrls(supergraphSdl, options.subgraphUrls, env);
  const staticDir = options.staticDir ?? config.staticDir;
  const graphiqlDir = options.graphiqlDir ?? config.graphiqlDir;

  // @apollo/gateway otherwise sends host metrics to Apollo's servers every hour; this platform handles residents'
  // data and runs on a government network, so it is opt-in (set APOLLO_TELEMETRY_DISABLED=false to allow it).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

  if (config.devMode) log(DEV_MODE_WARNING);

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(name, subgraphUrls[name] ?? url ?? '', config.signingSecret, {
        timeoutMs: config.subgraphTimeoutMs,
        log,
      }),
  });
  // Date and Fen values are checked here, before any subgraph is called (edge-scalars.ts).
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarsAtEdge(apiSchema));

  const limits = queryLimitOptions<GatewayContext>(options.limits ?? queryLimitsFromEnv(env), {
    showFieldSuggestions: config.devMode,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: gatewayFormatError,
    includeStacktraceInErrorResponses: false,
    // Production shows no more of the schema than an operation asks for: no introspection, no "Did you mean …"
    // suggestions in validation errors. Development keeps introspection for the GraphQL IDE at /graphiql/.
    introspection: config.devMode,
    hideSchemaDetailsFromClientErrors: !config.devMode,
    // Depth, aliases, tokens, cost, directives and page size: refused before anything is planned or sent.
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // server.ts owns the signals (Apollo's handler would stop a second time and re-raise the signal).
    stopOnTerminationSignals: false,
    plugins: [
      ...limits.plugins,
      // Never Apollo's own landing page (it loads Apollo's scripts and fonts from the internet): development's
      // browser GET of /graphql is sent to the self-hosted GraphiQL (http/graphiql.ts) before it gets here.
      ApolloServerPluginLandingPageDisabled(),
      echoRequestId(),
    ],
  });
  await apollo.start();
  let ready = true;

  const bearer = {
    secret: config.jwtSecret,
    tokenTtlSeconds: config.tokenTtlSeconds,
    accounts: options.accounts ?? accountsOf(subgraphUrls, config.signingSecret, config.accountCacheSeconds),
    revoked: new RevokedTokens(),
  };
  const guard = bearerGuard({
    ...bearer,
    service: { signingSecret: config.signingSecret, nonces: new NonceCache() },
  });
  const server: Server = createGraphQLHttpServer<GatewayContext, Principal>({
    apollo,
    // Order matters: security headers and CORS first (they only add headers), then health, login, the GraphQL IDE
    // (development only; before the admin web, whose client routes would otherwise answer /graphiql), the admin web
    // (which skips the API paths), /graphql.
    routes: [
      securityHeadersRoute(),
      corsRoute(config.corsOrigins),
      readinessRoutes(
        () => ready,
        () => subgraphUrls,
      ),
      authRoutes({
        ...bearer,
        throttle: new LoginThrottle(config.loginThrottle),
        listAccounts: config.devMode,
      }),
      graphiqlRoute({ enabled: config.devMode, getRoot: () => graphiqlDir }),
      staticFilesRoute(() => staticDir),
    ],
    guard,
    context: async (_req, headers, principal) => {
      // The guard refuses every request without a good token, so this is only a safety net.
      if (!principal) {
        throw new GraphQLError('请先登录', { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
      }
      return { principal, requestId: requestIdFrom(headers.get('x-request-id')) };
    },
  });

  const host = options.host ?? env.GATEWAY_HOST ?? '127.0.0.1';
  const port = await listen(server, options.port ?? Number(env.GATEWAY_PORT ?? 4000), host);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(
    `ready at ${origin}/graphql (${Object.entries(subgraphUrls)
      .map(([n, u]) => `${n} → ${u}`)
      .join(', ')})`,
  );

  return {
    url: `${origin}/graphql`,
    origin,
    port,
    subgraphUrls,
    async stop() {
      ready = false;
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** Returns the request id to the client, so a staff member's error report can be matched to the logs. */
function echoRequestId(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.requestId) response.http.headers.set('x-request-id', contextValue.requestId);
        },
      };
    },
  };
}

/** Accounts live in the directory: a supergraph without it has nobody to sign in. */
function accountsOf(subgraphUrls: Record<string, string>, signingSecret: string, cacheSeconds: number): Accounts {
  const directoryUrl = subgraphUrls.directory;
  if (!directoryUrl) throw new Error('the supergraph has no directory subgraph, which holds the accounts');
  return directoryAccounts({ directoryUrl, signingSecret, cacheSeconds });
}
