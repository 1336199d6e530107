#!/usr/bin/env node
/**
 * Compiles one service (run in its folder: a subgraph or the gateway) into plain JavaScript for production:
 * `src/server.ts` → `dist/server.mjs`, and `dev/server.ts` (the demo-data entry, where there is one) →
 * `dist/dev-server.mjs`. `npm start`, the benchmarks and a production deployment run these with `node`; tests and
 * `pnpm dev` keep running the TypeScript source through tsx.
 *
 * Why: tsx compiles TypeScript on the fly in every process, which costs each of the seven processes about 35 MB of
 * resident memory and seconds of start-up (issue 13: a subgraph at rest went from 220 MB to 130 MB).
 *
 * What is bundled: the service's own code and the workspace's packages (@jining/*, TypeScript source). What is not:
 * every npm dependency, imported from where pnpm installed it, as a relative path from dist/ — so exactly the copy
 * the source would load (one `graphql` for Apollo, Pothos and the kit), WebAssembly and data files found beside their
 * own modules, and nothing copied. The bundle therefore runs inside this checkout after `pnpm install`, which is how
 * docs/operations.md deploys (install and build on the machine, then run).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const serviceDir = process.cwd();
const outdir = join(serviceDir, 'dist');
const entries = [
  ['src/server.ts', 'server.mjs'],
  ['dev/server.ts', 'dev-server.mjs'],
].filter(([source]) => existsSync(join(serviceDir, source)));
if (!entries.find(([source]) => source === 'src/server.ts')) {
  console.error(`bundle-service: ${serviceDir} has no src/server.ts`);
  process.exit(1);
}

/** `./…` or `../…` from dist/ to an absolute file. */
const fromDist = (file) => {
  const path = relative(outdir, file);
  return path.startsWith('.') ? path : `./${path}`;
};

const nodeModulesExternal = {
  name: 'node-modules-external',
  setup(b) {
    const resolve = async (specifier, resolveDir, kind) => {
      const found = await b.resolve(specifier, { resolveDir, kind, pluginData: 'inner' });
      if (found.errors.length) throw new Error(`${specifier} (from ${resolveDir}): ${found.errors[0].text}`);
      return found.path;
    };
    // Bare imports of npm packages: resolved here with the importer's own node_modules (pnpm is strict: the kit's
    // dependencies are not the app's), then left to Node at run time under that path.
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner' || args.path.startsWith('node:') || args.path.startsWith('@jining/')) return;
      const file = await resolve(args.path, args.resolveDir, args.kind);
      if (!file.includes('/node_modules/')) return; // a Node built-in named without `node:`
      return { path: fromDist(file), external: true };
    });
    // `import.meta.resolve('pkg/…')` (the schema engine's .wasm is found beside its glue) would resolve from dist/ at
    // run time, where the package is not a dependency: resolve it now, relative to the bundle.
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.resolve(')) return;
      let contents = text;
      for (const match of text.matchAll(/import\.meta\.resolve\((['"])([^'"]+)\1\)/g)) {
        const file = await resolve(match[2], dirname(args.path), 'import-statement');
        contents = contents.replace(match[0], `new URL(${JSON.stringify(fromDist(file))}, import.meta.url).href`);
      }
      return { contents, loader: 'ts' };
    });
  },
};

const started = Date.now();
for (const [source, output] of entries) {
  await build({
    entryPoints: [join(serviceDir, source)],
    outfile: join(outdir, output),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [nodeModulesExternal],
    logLevel: 'warning',
  });
}
console.log(`bundled ${entries.map(([, o]) => `dist/${o}`).join(', ')} in ${Date.now() - started} ms`);
