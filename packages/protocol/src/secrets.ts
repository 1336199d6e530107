import { randomBytes } from 'node:crypto';

/**
 * The two secrets of the platform and the one switch that lets a run go without them.
 *
 * - `JWT_SECRET` (the gateway only) signs and checks login tokens.
 * - `GATEWAY_SIGNING_SECRET` (the gateway and every subgraph, the same value) signs each subgraph request.
 *
 * There are no defaults. A process starts only with both it needs, each at least 32 bytes, or in the explicit
 * development mode `JINING_DEV_MODE=true` (what `npm start`, `pnpm dev` and the test helpers turn on), where a secret
 * the environment does not give is generated at random for this run. Nothing in the source is ever a secret: a value
 * anyone can read in the repository signs nothing. NODE_ENV plays no part (any run that is not explicitly development
 * is treated as production).
 */
export const DEV_MODE_VARIABLE = 'JINING_DEV_MODE';
export const JWT_SECRET_VARIABLE = 'JWT_SECRET';
export const SIGNING_SECRET_VARIABLE = 'GATEWAY_SIGNING_SECRET';
/** HS256 and HMAC-SHA256 want a key at least as long as the hash (RFC 7518 §3.2, RFC 2104 §3). */
export const MIN_SECRET_BYTES = 32;

export type SecretName = typeof JWT_SECRET_VARIABLE | typeof SIGNING_SECRET_VARIABLE;
/** `process.env` or a plain record (tests and embedding pass their own). */
export type Env = Record<string, string | undefined>;

/** Values this repository once shipped as defaults: public, so refused even though they are long enough. */
const PUBLISHED_VALUES = new Set(['jining-dev-gateway-signing-secret', 'jining-dev-jwt-secret-not-for-production']);

/** A process cannot start with the environment it was given; the message says what to set. */
export class SecretsError extends Error {
  override name = 'SecretsError';
}

export const DEV_MODE_WARNING =
  '⚠ 开发模式 DEVELOPMENT MODE (JINING_DEV_MODE=true): secrets are random for this run, dev login with the demo ' +
  'accounts, introspection and the GraphQL IDE (/graphiql/) are on. ' +
  'Never run it with real data or on a reachable network.';

/** `JINING_DEV_MODE=true`; anything else but unset/"false" is refused, and so is dev mode with NODE_ENV=production. */
export function isDevMode(env: Env = process.env): boolean {
  const value = env[DEV_MODE_VARIABLE];
  if (value === undefined || value === '' || value === 'false') return false;
  if (value !== 'true') throw new SecretsError(`${DEV_MODE_VARIABLE} must be "true" or "false", not "${value}"`);
  if (env.NODE_ENV === 'production') {
    throw new SecretsError(
      `${DEV_MODE_VARIABLE}=true cannot be combined with NODE_ENV=production: development mode makes up its own ` +
        'secrets and opens the dev login. Unset one of them.',
    );
  }
  return true;
}

const randomSecret = () => randomBytes(MIN_SECRET_BYTES + 16).toString('base64url');

/**
 * Turns development mode on in `env` (default: this process's environment) and fills in a random value for each
 * secret it lacks. Returns the variables to hand to child processes, so a gateway and its subgraphs share one run's
 * secrets (scripts/platform.ts, scripts/dev.mjs); test helpers call it so a test's gateway, subgraphs and signed
 * requests agree.
 */
export function enableDevMode(env: Env = process.env): Record<string, string> {
  if (env.NODE_ENV === 'production') isDevMode({ ...env, [DEV_MODE_VARIABLE]: 'true' }); // throws the clear message
  const jwtSecret = env[JWT_SECRET_VARIABLE] || randomSecret();
  const signingSecret = env[SIGNING_SECRET_VARIABLE] || randomSecret();
  env[DEV_MODE_VARIABLE] = 'true';
  env[JWT_SECRET_VARIABLE] = jwtSecret;
  env[SIGNING_SECRET_VARIABLE] = signingSecret;
  return { [DEV_MODE_VARIABLE]: 'true', [JWT_SECRET_VARIABLE]: jwtSecret, [SIGNING_SECRET_VARIABLE]: signingSecret };
}

const PURPOSE: Record<SecretName, string> = {
  JWT_SECRET: 'signs login tokens; the gateway only',
  GATEWAY_SIGNING_SECRET: 'signs every gateway → subgraph request; the same value in the gateway and every subgraph',
};

/**
 * One secret, checked: present, at least 32 bytes, not a value published in this repository. In development mode a
 * missing one is generated and written back to `env`, so everything in this process uses the same value (another
 * process gets it only through its environment). Throws a SecretsError naming the variable otherwise.
 */
export function readSecret(name: SecretName, env: Env = process.env): string {
  const devMode = isDevMode(env);
  const value = env[name];
  const howTo =
    `Set ${name} (${PURPOSE[name]}) to a random value of at least ${MIN_SECRET_BYTES} bytes, e.g. ` +
    `\`openssl rand -base64 48\`, or run in development mode with ${DEV_MODE_VARIABLE}=true (npm start does).`;
  if (!value) {
    if (devMode) {
      const generated = randomSecret();
      env[name] = generated;
      return generated;
    }
    throw new SecretsError(`缺少密钥 ${name} is not set. ${howTo}`);
  }
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
    throw new SecretsError(
      `密钥过短 ${name} is too short (${Buffer.byteLength(value, 'utf8')} bytes, at least ${MIN_SECRET_BYTES}). ${howTo}`,
    );
  }
  if (PUBLISHED_VALUES.has(value)) {
    throw new SecretsError(`密钥已公开 ${name} is a value published in this repository's history. ${howTo}`);
  }
  return value;
}
