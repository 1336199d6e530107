/**
 * Gives the e2e test a running platform. With E2E_BASE_URL set (a platform someone already runs, or `pnpm dev`),
 * it uses that as is. Otherwise it builds this app (the gateway serves dist/ at `/`) and starts the whole platform
 * — subgraphs with demo data and the gateway — through the repository's scripts/platform.ts, stopping it afterwards.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /**
     * FINANCE_CLOCK_FILE of the platform under test: the test writes a number of days into it to let a publicity
     * window pass (finance reads it in development mode). Empty when the platform is someone else's (E2E_BASE_URL)
     * and its clock file was not named in this process's environment.
     */
    financeClockFile: string;
    /** TRAINING_CLOCK_FILE of the platform under test, the same for a studio's publicity window (training). */
    trainingClockFile: string;
  }
}

/** The contract of scripts/platform.ts at the repository root (owned by the repository, not by this app). */
interface PlatformModule {
  startPlatform(opts: {
    gatewayPort?: number;
    portOffset?: number;
    dataDir?: string;
    log?: (line: string) => void;
  }): Promise<{ url: string; stop(): Promise<void>; restarts(): Record<string, number> }>;
  freePortOffset(): Promise<number>;
}

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const platformModule = resolve(appDir, '../../scripts/platform.ts');

async function buildApp(): Promise<void> {
  // Imported lazily so a run against E2E_BASE_URL does not load vite's build pipeline.
  const { build } = await import('vite');
  await build({ root: appDir, configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' });
}

export default async function setup(project: TestProject) {
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseUrl', given.replace(/\/+$/, ''));
    project.provide('financeClockFile', process.env.FINANCE_CLOCK_FILE ?? '');
    project.provide('trainingClockFile', process.env.TRAINING_CLOCK_FILE ?? '');
    return;
  }

  if (!existsSync(platformModule)) {
    throw new Error(`${platformModule} not found: set E2E_BASE_URL to run the e2e test against a running platform`);
  }
  await buildApp();

  const logs: string[] = [];
  const log = (line: string) => {
    // Kept for the message of a platform that fails to start: its last lines, not the whole run's.
    logs.push(line);
    if (logs.length > 40) logs.shift();
    if (process.env.E2E_VERBOSE) console.log(`[platform] ${line}`);
    // A process that exits mid-run (a crash, running out of memory) is restarted by the platform, and a test that
    // was talking to it may fail: the reason belongs in the run's output, not only in the verbose log.
    else if (/^\[platform\] \S+ exited \(|FATAL ERROR|out of memory/.test(line)) console.warn(line);
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'admin-web-e2e-data-'));
  // The platform's processes inherit this environment: finance reads the file on every step that asks for today.
  const clockFile = join(dataDir, 'finance-clock');
  process.env.FINANCE_CLOCK_FILE = clockFile;
  const trainingClockFile = join(dataDir, 'training-clock');
  process.env.TRAINING_CLOCK_FILE = trainingClockFile;
  // A computed specifier: the module belongs to the repository root and is type-checked there, not here.
  const { startPlatform, freePortOffset } = (await import(pathToFileURL(platformModule).href)) as PlatformModule;
  let platform: Awaited<ReturnType<PlatformModule['startPlatform']>>;
  try {
    platform = await startPlatform({ portOffset: await freePortOffset(), dataDir, log });
  } catch (error) {
    console.error(`[platform] failed to start; last log lines:\n${logs.join('\n')}`);
    delete process.env.FINANCE_CLOCK_FILE;
    delete process.env.TRAINING_CLOCK_FILE;
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', platform.url.replace(/\/+$/, ''));
  project.provide('financeClockFile', clockFile);
  project.provide('trainingClockFile', trainingClockFile);

  return async () => {
    const restarted = Object.entries(platform.restarts()).filter(([, n]) => n > 0);
    if (restarted.length)
      console.warn(`[platform] restarted during the run: ${restarted.map(([n, k]) => `${n} ×${k}`).join(', ')}`);
    await platform.stop();
    delete process.env.FINANCE_CLOCK_FILE;
    delete process.env.TRAINING_CLOCK_FILE;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
