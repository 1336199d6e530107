/**
 * The admin web's browser tests drive Debian's Chromium (Playwright's own browser download cannot be used here).
 * Before the tests: where Chromium is missing, install Debian's `chromium` and the CJK fonts its screenshots need,
 * when this process may (root, apt-get present); otherwise stop with one line that says what to install. The browser
 * tests are never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function hasCjkFont() {
  if (!has('fc-list')) return false;
  return spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout.trim() !== '';
}

function aptInstall(packages, step) {
  step(`installing Debian's ${packages.join(' and ')} with apt-get (first run only, about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** Returns the Chromium executable to use, installing it first when it is missing and this process may. */
export function ensureChromium(step) {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const canInstall = process.getuid?.() === 0 && has('apt-get');
  const missing = [];
  if (!existsSync(path)) {
    if (process.env.CHROMIUM_PATH)
      throw new Error(
        `CHROMIUM_PATH=${path} does not exist: point it at a Chromium executable, or unset it to use Debian's ${DEFAULT_CHROMIUM}`,
      );
    missing.push('chromium');
  }
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return path;
  if (!canInstall) {
    if (missing.includes('chromium')) {
      throw new Error(
        `the admin web's browser tests need Chromium: install Debian's packages with \`sudo apt-get install ${PACKAGES.join(' ')}\` (or set CHROMIUM_PATH), then run npm test again`,
      );
    }
    console.warn(`! no CJK font: screenshots will show boxes for Chinese text (install Debian's fonts-noto-cjk)`);
    return path;
  }
  aptInstall(missing, step);
  if (!existsSync(path)) throw new Error(`apt-get installed chromium but ${path} is still missing`);
  return path;
}
