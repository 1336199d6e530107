/**
 * Gives the e2e test a running platform. With E2E_BASE_URL set (a platform someone already runs in development mode,
 * e.g. `npm start`), it uses that as is. Otherwise it builds this app into dist/ (which the gateway serves at
 * /graphiql/) and starts the platform in development mode — the directory subgraph with its demo data and the gateway
 * — through the repository's scripts/platform.ts, stopping it afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The contract of scripts/platform.ts at the repository root (owned by the repository, not by this app). */
interface PlatformModule {
  startPlatform(opts: {
    portOffset?: number;
    dataDir?: string;
    log?: (line: string) => void;
    only?: string[];
  }): Promise<{ url: string; stop(): Promise<void> }>;
  freePortOffset(): Promise<number>;
}

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const platformModule = resolve(appDir, '../../scripts/platform.ts');

export default async function setup(project: TestProject) {
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseUrl', given.replace(/\/+$/, ''));
    return;
  }

  // Imported lazily so a run against E2E_BASE_URL does not load vite's build pipeline.
  const { build } = await import('vite');
  await build({ root: appDir, configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' });

  const logs: string[] = [];
  const log = (line: string) => {
    logs.push(line);
    if (process.env.E2E_VERBOSE) console.log(`[platform] ${line}`);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'graphiql-e2e-data-'));
  // A computed specifier: the module belongs to the repository root and is type-checked there, not here.
  const { startPlatform, freePortOffset } = (await import(pathToFileURL(platformModule).href)) as PlatformModule;
  let platform: Awaited<ReturnType<PlatformModule['startPlatform']>>;
  try {
    // The test reads counties, which only the directory owns: one subgraph and the gateway, not seven processes.
    platform = await startPlatform({ portOffset: await freePortOffset(), dataDir, log, only: ['directory'] });
  } catch (error) {
    console.error(`[platform] failed to start; last log lines:\n${logs.slice(-40).join('\n')}`);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', platform.url.replace(/\/+$/, ''));

  return async () => {
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
