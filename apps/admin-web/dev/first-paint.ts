/**
 * Measures how soon the admin web shows something: first contentful paint and the login form's appearance, each run in
 * a fresh browser profile (nothing cached), through the gateway that serves the build compressed. Prints figures; a
 * script, never a timed test.
 *
 *   pnpm --filter @jining/admin-web bench:paint              starts a private platform (builds the app first)
 *   PAINT_URL=http://127.0.0.1:4000 pnpm … bench:paint       against a running platform
 *   PAINT_RUNS=10 …                                          runs (default 5)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../e2e/browser';

interface PlatformModule {
  startPlatform(opts: { portOffset?: number; dataDir?: string; log?: (line: string) => void }): Promise<{
    url: string;
    stop(): Promise<void>;
  }>;
  freePortOffset(): Promise<number>;
}

const RUNS = Number(process.env.PAINT_RUNS ?? 5);
const appDir = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function platformUrl(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.PAINT_URL) return { url: process.env.PAINT_URL.replace(/\/+$/, ''), stop: async () => {} };
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  await build({ root: appDir, logLevel: 'warn' });
  // vite's build sets NODE_ENV=production in this process; the platform's children must not inherit it.
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  const platformModule = resolve(appDir, '../../scripts/platform.ts');
  const { startPlatform, freePortOffset } = (await import(pathToFileURL(platformModule).href)) as PlatformModule;
  const dataDir = mkdtempSync(join(tmpdir(), 'paint-'));
  console.log('starting a private platform …');
  const logs: string[] = [];
  const platform = await startPlatform({ portOffset: await freePortOffset(), dataDir, log: (l) => logs.push(l) }).catch(
    (error: unknown) => {
      console.error(logs.slice(-20).join('\n'));
      throw error;
    },
  );
  return {
    url: platform.url,
    stop: async () => {
      await platform.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

const target = await platformUrl();
const fcp: number[] = [];
const form: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const browser = await launchChromium();
    const page = await browser.context.newPage();
    const started = Date.now();
    await page.goto(`${target.url}/login`);
    await page.getByTestId('login-username').waitFor();
    form.push(Date.now() - started);
    fcp.push(
      await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
    );
    await browser.close();
  }
} finally {
  await target.stop();
}
console.log(`admin web login page, ${RUNS} cold loads (fresh profile each):`);
console.log(`  first contentful paint   p50 ${pct(fcp, 50).toFixed(0)} ms   max ${Math.max(...fcp).toFixed(0)} ms`);
console.log(`  login form shown         p50 ${pct(form, 50).toFixed(0)} ms   max ${Math.max(...form).toFixed(0)} ms`);
