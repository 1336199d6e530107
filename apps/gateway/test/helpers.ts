import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { enableDevMode } from '@jining/protocol/secrets';
import { composeSupergraph } from '../src/compose.ts';
import { startGateway, type RunningGateway, type StartGatewayOptions } from '../src/gateway.ts';
import { fixtureAccounts } from './fixtures/accounts.ts';
import { echoSubgraphSdl, startEchoSubgraph, type RunningEcho } from './fixtures/echo-subgraph.ts';

// Tests run in development mode (random secrets for this test process, dev login); production tests pass their own env.
enableDevMode();

/** A supergraph of the echo fixture alone, composed the way `pnpm compose` does. */
export function echoSupergraph(): string {
  const outcome = composeSupergraph([{ name: 'echo', port: 4999, sdl: echoSubgraphSdl, file: 'echo/schema.graphql' }]);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.supergraphSdl;
}

export interface EchoStack {
  gateway: RunningGateway;
  echo: RunningEcho;
  stop(): Promise<void>;
}

/** A real gateway in front of a real echo subgraph, both on free ports. */
export async function startEchoStack(
  options: Omit<StartGatewayOptions, 'port' | 'supergraphSdl'> & { echoSecret?: string } = {},
): Promise<EchoStack> {
  const echo = await startEchoSubgraph(
    options.echoSecret ?? options.env?.GATEWAY_SIGNING_SECRET ?? process.env.GATEWAY_SIGNING_SECRET,
  );
  const gateway = await startGateway({
    log: () => {},
    accounts: fixtureAccounts(),
    ...options,
    port: 0,
    supergraphSdl: echoSupergraph(),
    subgraphUrls: { echo: echo.url, ...options.subgraphUrls },
  });
  return {
    gateway,
    echo,
    async stop() {
      await gateway.stop();
      await echo.stop();
    },
  };
}

/** An `/auth/*` refusal (src/auth/routes.ts): not GraphQL-shaped. */
export interface AuthErrorBody {
  error: { code: string; message: string };
}

/** The answer of `POST /auth/login`: the token and account on 200, the error otherwise. */
export interface LoginBody extends Partial<AuthErrorBody> {
  token?: string;
  expiresAt?: string;
  account?: {
    username: string;
    displayName: string;
    department: string;
    countyCode: string | null;
    permissions: string[];
  };
}

export async function login(origin: string, username: string, password = 'jining2025') {
  const response = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: response.status, body: (await response.json()) as LoginBody };
}

export async function tokenFor(origin: string, username = 'hrss'): Promise<string> {
  const { status, body } = await login(origin, username);
  if (status !== 200) throw new Error(`login ${username} failed: ${status}`);
  return body.token as string;
}

/** A GraphQL response body; `T` is the data the operation selects (left out: fields of unknown type). */
export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string } & Record<string, unknown>;
  }[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  token?: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody<T> };
}

/** The repository's apps/ folder. */
export const APPS = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A server entry (e.g. the gateway's or a subgraph's `src/server.ts`) started as an operator starts it, with only the
 * environment given (PATH and HOME besides: none of this test process's secrets or development mode), and run until
 * it exits. A process still running after `timeoutMs` is killed and answers `code: null`. Asynchronous, so a platform
 * the test process also runs keeps being served meanwhile.
 */
export function runUntilExit(
  entry: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
