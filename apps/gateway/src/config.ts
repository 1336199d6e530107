import { join } from 'node:path';
import { gatewaySigningSecret } from '@jining/protocol/principal';
import { APPS_DIR } from './registry.ts';

/** Everything the gateway reads from the environment, read once and checked at start-up. */
export interface GatewayConfig {
  production: boolean;
  /** HS256 key for login tokens. */
  jwtSecret: Uint8Array;
  /** Shared with the subgraphs: signs the principal on every subgraph request. */
  signingSecret: string;
  /** `POST /auth/login` against the dev accounts; off in production unless ENABLE_DEV_LOGIN=true. */
  devLoginEnabled: boolean;
  /** Browser origins allowed to call /graphql and /auth/* from another origin (the vite dev server). */
  corsOrigins: string[];
  /** The admin web's build, served at `/` when it exists. */
  staticDir: string;
  /** How long one subgraph call may take, its answer included, before its fields fail with SUBGRAPH_TIMEOUT. */
  subgraphTimeoutMs: number;
}

export class ConfigError extends Error {}

const DEV_JWT_SECRET = 'jining-dev-jwt-secret-not-for-production';
/** HS256 wants a key at least as long as its hash (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;
const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
const DEFAULT_CORS_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';

  const jwtSecret = env.JWT_SECRET || (production ? undefined : DEV_JWT_SECRET);
  if (!jwtSecret) throw new ConfigError('JWT_SECRET must be set in production (a random string of at least 32 bytes)');
  if (production && Buffer.byteLength(jwtSecret) < MIN_SECRET_BYTES) {
    throw new ConfigError(`JWT_SECRET is too short: use at least ${MIN_SECRET_BYTES} bytes`);
  }

  // gatewaySigningSecret() (@jining/protocol) reads process.env; an injected env (tests, embedding) is honoured
  // first so both paths refuse alike.
  const signingSecret = env.GATEWAY_SIGNING_SECRET || (production ? undefined : gatewaySigningSecret());
  if (!signingSecret)
    throw new ConfigError('GATEWAY_SIGNING_SECRET must be set in production (the same value as the subgraphs)');

  const extraOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const timeout = env.SUBGRAPH_TIMEOUT_MS?.trim();
  if (timeout && !/^[1-9]\d{0,6}$/.test(timeout))
    throw new ConfigError(
      `SUBGRAPH_TIMEOUT_MS must be a positive number of milliseconds (got ${JSON.stringify(timeout)})`,
    );
  return {
    production,
    jwtSecret: new TextEncoder().encode(jwtSecret),
    signingSecret,
    devLoginEnabled: !production || env.ENABLE_DEV_LOGIN === 'true',
    corsOrigins: [...DEFAULT_CORS_ORIGINS, ...extraOrigins],
    staticDir: env.ADMIN_WEB_DIST || join(APPS_DIR, 'admin-web', 'dist'),
    subgraphTimeoutMs: timeout ? Number(timeout) : DEFAULT_SUBGRAPH_TIMEOUT_MS,
  };
}
