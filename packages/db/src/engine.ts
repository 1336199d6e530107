/**
 * Loads Prisma's WebAssembly schema engine by hand.
 *
 * Why by hand: the package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, an ESM wasm import
 * Node 20 cannot load. Its `./schema_engine_bg` export is plain JS that only needs the wasm instance handed to it, so
 * we compile the `.wasm` beside it ourselves (docs/stack.md, "Prisma without internet").
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

export type { SchemaEngine };

/** The global WebAssembly object, typed minimally: lib ES2023 without DOM does not declare it. */
function wasmApi(): {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: object } }>;
} {
  return (globalThis as unknown as { WebAssembly: ReturnType<typeof wasmApi> }).WebAssembly;
}

let loaded: Promise<typeof bg> | undefined;

/** Compiles and starts the wasm module once per process; every engine instance shares it. */
function loadWasm(): Promise<typeof bg> {
  loaded ??= (async () => {
    // The package exports no path to the .wasm itself (nor package.json): find it beside the exported JS glue.
    const glue = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(fileURLToPath(new URL('./schema_engine_bg.wasm', glue)));
    // The engine arms a ~10 s setTimeout after each command (docs/stack.md). Unref it, so a process that is done with
    // migrations exits on its own instead of idling for ten seconds.
    const imports: Record<string, unknown> = { ...bg };
    for (const key of Object.keys(imports)) {
      if (key.startsWith('__wbg_setTimeout_')) {
        imports[key] = (fn: () => void, ms: number) => {
          const timer = setTimeout(fn, ms >>> 0);
          timer.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await wasmApi().instantiate(bytes, { './schema_engine_bg.js': imports });
    (bg as unknown as { __wbg_set_wasm: (exports: object) => void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return loaded;
}

export interface EngineOptions {
  /** Path of the schema file (used by the engine only in messages) and its text. */
  schemaPath: string;
  schemaText: string;
  /** The database to migrate; its connectToShadowDb is used only by commands that need a shadow database. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  log?: (message: string) => void;
}

/** Starts a schema engine bound to one database. Call `engine.free()` when done. */
export async function startEngine(opts: EngineOptions): Promise<SchemaEngine> {
  const mod = await loadWasm();
  const log = opts.log ?? (() => {});
  return mod.SchemaEngine.new(
    { datamodels: [[opts.schemaPath, opts.schemaText]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(opts.adapter),
  );
}
