/**
 * `pnpm new:subgraph <name> [--entity Name] [--port N] [--no-compose]`
 *
 * Run from anywhere in the repository (the root's `pnpm new:subgraph` does). Creates apps/subgraph-<name> with the shape every subgraph shares (prisma schema and first migration,
 * Pothos schema on the kit's builder, thin server, printed schema.graphql, tests), registers it with the
 * gateway, and composes the supergraph, so a new subgraph is migrated, composed and tested from its first commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace the subgraph is added to: the nearest folder above the working directory with pnpm-workspace.yaml. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) fail('找不到 pnpm-workspace.yaml：请在仓库内运行 (run inside the repository)');
  }
}

const root = findRoot(process.cwd());
const templateDir = fileURLToPath(new URL('../templates/subgraph', import.meta.url));
const registryPath = join(root, 'apps', 'gateway', 'subgraphs.json');

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  const [name, ...rest] = argv;
  if (!name || name.startsWith('-'))
    fail('用法 usage: pnpm new:subgraph <name> [--entity Name] [--port N] [--no-compose]');
  const flag = (key: string) => {
    const i = rest.indexOf(key);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  return { name, entity: flag('--entity'), port: flag('--port'), compose: !rest.includes('--no-compose') };
}

const pascal = (s: string) =>
  s
    .split(/[-_]/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
const camel = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function run(step: string, command: string, args: string[], cwd = root) {
  console.log(`→ ${step}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const args = parseArgs(process.argv.slice(2));
if (!/^[a-z][a-z0-9-]{1,30}$/.test(args.name)) fail(`子图名称只能用小写字母、数字和连字符：${args.name}`);
const packageDir = join(root, 'apps', `subgraph-${args.name}`);
if (existsSync(packageDir)) fail(`已存在 ${relative(root, packageDir)}`);
const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as { name: string; port: number }[];
if (registry.some((s) => s.name === args.name)) fail(`网关已登记子图 ${args.name}`);
const port = args.port ? Number(args.port) : Math.max(...registry.map((s) => s.port)) + 1;
if (!Number.isInteger(port) || registry.some((s) => s.port === port)) fail(`端口无效或已占用：${args.port}`);
const entity = args.entity ?? `${pascal(args.name)}Record`;
if (!/^[A-Z][A-Za-z0-9]+$/.test(entity)) fail(`实体名须为 PascalCase：${entity}`);

const tokens: Record<string, string> = {
  __NAME__: args.name,
  __CAMELNAME__: camel(pascal(args.name)),
  __ENTITY__: entity,
  __CAMEL__: camel(entity),
  __TABLE__: snake(entity),
  __FILE__: snake(entity).replaceAll('_', '-'),
  __PORT__: String(port),
};
const fill = (text: string) => Object.entries(tokens).reduce((acc, [k, v]) => acc.replaceAll(k, v), text);

console.log(`创建子图 creating subgraph "${args.name}" (entity ${entity}, port ${port})`);
for (const file of walk(templateDir)) {
  const target = join(packageDir, fill(relative(templateDir, file)).replace(/\.tpl$/, ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, fill(readFileSync(file, 'utf8')));
  console.log(`  + ${relative(root, target)}`);
}
registry.push({ name: args.name, port });
writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);
console.log(`  ~ ${relative(root, registryPath)}`);

const filter = `@jining/subgraph-${args.name}`;
// The new package changes the lockfile: allow it even where CI=true would make pnpm freeze it.
run('pnpm install (link the new package)', 'pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile']);
run('prisma generate', 'pnpm', ['--filter', filter, 'generate']);
run('first migration', 'pnpm', ['--filter', filter, 'migrate:create', 'init']);
run('print schema.graphql', 'pnpm', ['--filter', filter, 'schema:print']);
// Templates are filled by text replacement: the workspace's formatter gives the new files the house style.
run('format', 'pnpm', ['exec', 'prettier', '--write', relative(root, packageDir), relative(root, registryPath)]);
if (args.compose) run('compose the supergraph', 'pnpm', ['--filter', '@jining/gateway', 'compose']);
console.log(
  `\n✓ apps/subgraph-${args.name} is ready. Next: pnpm --filter ${filter} test, then edit src/schema/ and prisma/schema.prisma`,
);
console.log(
  '  (after a model change: pnpm --filter ' +
    filter +
    ' generate && pnpm --filter ' +
    filter +
    ' migrate:create <name> && pnpm --filter ' +
    filter +
    ' schema:print && pnpm compose)',
);
