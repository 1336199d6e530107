/**
 * A pnpm that turbo can spawn, on any machine with Node and npm.
 *
 * A global pnpm is used when there is one. Otherwise the pinned version is installed from the npm registry into
 * .tools/ and its native binary (@pnpm/exe.<platform>, an optional dependency in the same registry) is linked as
 * .tools/bin/pnpm. The install runs with --ignore-scripts, so pnpm's own postinstall (which would put that binary in
 * place of a shebang-less placeholder) never runs: Node's spawn retries such a placeholder under `sh`, but turbo
 * execs it directly and fails with ENOEXEC. Linking the native binary ourselves avoids both the placeholder and any
 * install script.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first file named `name` on PATH, as execvp would find it. */
function onPath(name, path) {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** True when the kernel itself can exec the file (ELF or #!), as turbo needs; a shebang-less script is not. */
function directlyExecutable(file) {
  const head = Buffer.alloc(4);
  const fd = openSync(realpathSync(file), 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return head.subarray(0, 2).toString() === '#!' || head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
}

function version(env) {
  try {
    return execFileSync('pnpm', ['--version'], { env, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/** The native binary npm put under .tools/node_modules/@pnpm/exe.<platform>-<arch>[-musl]/ (only the matching one installs). */
function nativeBinary(toolsDir) {
  const scope = join(toolsDir, 'node_modules', '@pnpm');
  if (!existsSync(scope)) return undefined;
  for (const name of readdirSync(scope)) {
    if (!name.startsWith('exe.')) continue;
    for (const file of ['pnpm', 'pnpm.exe']) if (existsSync(join(scope, name, file))) return join(scope, name, file);
  }
  return undefined;
}

/**
 * Returns an environment whose PATH holds a directly executable pnpm: the global one, or the pinned version in
 * `<root>/.tools/bin`. `step` prints progress.
 */
export function ensurePnpm(root, pinned, step) {
  const toolsDir = join(root, '.tools');
  const toolsBin = join(toolsDir, 'bin');
  const env = { ...process.env, PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}`, COREPACK_ENABLE_STRICT: '0' };
  const found = onPath('pnpm', env.PATH);
  if (found && directlyExecutable(found) && version(env)) return env;

  let binary = nativeBinary(toolsDir);
  const manifest = join(toolsDir, 'node_modules', 'pnpm', 'package.json');
  const installed = binary && existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
  if (installed !== pinned) {
    step(`pnpm ${pinned} not found: installing it into .tools/ from the npm registry`);
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', toolsDir, `pnpm@${pinned}`],
      { stdio: 'inherit' },
    );
    binary = nativeBinary(toolsDir);
  }
  if (!binary)
    throw new Error(
      `pnpm ${pinned} has no native binary for ${process.platform}-${process.arch} in .tools/: install pnpm ${pinned} globally (npm i -g pnpm@${pinned})`,
    );
  mkdirSync(toolsBin, { recursive: true });
  const link = join(toolsBin, process.platform === 'win32' ? 'pnpm.exe' : 'pnpm');
  rmSync(link, { force: true });
  symlinkSync(binary, link);
  const got = version(env);
  if (got !== pinned) throw new Error(`pnpm in .tools/ answered ${got ?? 'nothing'}, expected ${pinned}`);
  return env;
}
