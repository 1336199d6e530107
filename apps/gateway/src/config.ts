import { join } from 'node:path';
import { envInteger as integer } from '@jining/protocol/env';
// The directory reads the same limits (per account, shared by every gateway): one reader, in the protocol.
import { loginThrottleFromEnv } from '@jining/protocol/login-throttle';
import { isDevMode, readSecret, SecretsError, type Env } from '@jining/protocol/secrets';
import { APPS_DIR } from './registry.ts';

/** Everything the gateway reads from the environment, read once and checked at start-up. */
export interface GatewayConfig {
  /**
   * `JINING_DEV_MODE=true` (npm start, pnpm dev, tests): random per-run secrets, dev login, the demo account list,
   * introspection, field suggestions and the GraphQL IDE at /graphiql/. Everything else is production, whatever
   * NODE_ENV says.
   */
  devMode: boolean;
  /** `!devMode`, for readers that ask the other way round. */
  production: boolean;
  /** HS256 key for login tokens. */
  jwtSecret: Uint8Array;
  /** Shared with the subgraphs: signs every subgraph request. */
  signingSecret: string;
  /** How long a login token lives (ACCESS_TOKEN_TTL_SECONDS, default 15 minutes). */
  tokenTtlSeconds: number;
  /**
   * Seconds an account's principal is reused before the directory is asked again (ACCOUNT_CACHE_SECONDS, default 30):
   * how long a disabled account's live token keeps working at most.
   */
  accountCacheSeconds: number;
  /** Failed logins allowed per window, per account and per client address, before 429 LOGIN_THROTTLED. */
  loginThrottle: { windowSeconds: number; maxPerAccount: number; maxPerAddress: number };
  /** Browser origins allowed to call /graphql and /auth/* from another origin (the vite dev server). */
  corsOrigins: string[];
  /** The admin web's build, served at `/` when it exists. */
  staticDir: string;
  /** The GraphQL IDE's build (apps/graphiql), served at `/graphiql/` in development mode only. */
  graphiqlDir: string;
  /** How long one subgraph call may take, its answer included, before its fields fail with SUBGRAPH_TIMEOUT. */
  subgraphTimeoutMs: number;
}

const DEV_CORS_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export function loadConfig(env: Env = process.env): GatewayConfig {
  const devMode = isDevMode(env);
  const jwtSecret = readSecret('JWT_SECRET', env);
  const signingSecret = readSecret('GATEWAY_SIGNING_SECRET', env);
  if (jwtSecret === signingSecret) {
    // The subgraphs hold the signing secret: if it also signed tokens, any subgraph could mint logins.
    throw new SecretsError('JWT_SECRET and GATEWAY_SIGNING_SECRET must be two different values');
  }

  const extraOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    devMode,
    production: !devMode,
    jwtSecret: new TextEncoder().encode(jwtSecret),
    signingSecret,
    tokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 60, 8 * 60 * 60),
    accountCacheSeconds: integer(env, 'ACCOUNT_CACHE_SECONDS', 30, 0, 15 * 60),
    loginThrottle: loginThrottleFromEnv(env),
    // The vite dev server's origins only in development; production serves the admin web from the same origin.
    corsOrigins: [...(devMode ? DEV_CORS_ORIGINS : []), ...extraOrigins],
    staticDir: env.ADMIN_WEB_DIST || join(APPS_DIR, 'admin-web', 'dist'),
    graphiqlDir: env.GRAPHIQL_DIST || join(APPS_DIR, 'graphiql', 'dist'),
    // One deadline for a subgraph call and its whole answer.
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 1, 9_999_999),
  };
}
