/** What both ends link must stay small: no dependencies, nothing imported but Node's own modules. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('@jining/protocol', () => {
  it('has no runtime dependencies', () => {
    const manifest = JSON.parse(read('../package.json')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('imports only node: modules and its own files', () => {
    for (const file of readdirSync(new URL('../src/', import.meta.url))) {
      const specifiers = [...read(`../src/${file}`).matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);
      expect(
        specifiers.filter((s) => !s.startsWith('node:') && !s.startsWith('./')),
        file,
      ).toEqual([]);
    }
  });
});
