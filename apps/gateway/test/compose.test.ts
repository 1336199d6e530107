import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCompose } from '../src/compose-cli.ts';
import { DEFAULT_REGISTRY_PATH, readRegistry, subgraphUrl } from '../src/registry.ts';
import { resolveSubgraphUrls, supergraphSubgraphs } from '../src/supergraph-file.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'compose');
const GATEWAY_DIR = join(import.meta.dirname, '..');

/** Flags pointing the command at a fixture folder laid out like the repo (subgraph-<name>/schema.graphql). */
const at = (dir: string) => [
  '--registry',
  join(dir, 'subgraphs.json'),
  '--apps-dir',
  dir,
  '--supergraph',
  join(dir, 'supergraph.graphql'),
];

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCompose(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const temps: string[] = [];
/** A scratch copy of a fixture, so a test can change schemas without touching the committed ones. */
function scratch(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-compose-'));
  temps.push(dir);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const edit = (path: string, from: string | RegExp, to: string) => {
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
};

describe('compose --check (the build)', () => {
  it('passes when the committed supergraph matches the subgraph schemas', () => {
    const { code, out } = run(['--check', ...at(join(FIXTURES, 'good'))]);
    expect(code).toBe(0);
    expect(out).toContain('is up to date (2 subgraph(s): people, courses)');
  });

  it('fails on a composition error, naming the code, the subgraphs and the lines', () => {
    const { code, err } = run(['--check', ...at(join(FIXTURES, 'broken'))]);
    expect(code).toBe(1);
    expect(err).toContain('composition failed');
    expect(err).toMatch(/FIELD_TYPE_MISMATCH \[courses, people\]/);
    expect(err).toContain('Type of field "Person.name" is incompatible across subgraphs');
    expect(err).toMatch(/subgraph-courses\/schema\.graphql:15:3/);
  });

  it('fails when a subgraph schema changed and the supergraph was not recomposed, then passes after `compose`', () => {
    const dir = scratch('good');
    edit(join(dir, 'subgraph-courses', 'schema.graphql'), '  title: String!\n', '  title: String!\n  hours: Int\n');
    const stale = run(['--check', ...at(dir)]);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('is stale: run `pnpm compose`');
    expect(stale.err).toContain('FIELD_ADDED: Course.hours was added.');

    const written = run(at(dir));
    expect(written.code).toBe(0);
    expect(written.out).toContain('✓ wrote');
    expect(readFileSync(join(dir, 'supergraph.graphql'), 'utf8')).toContain('hours: Int');
    expect(run(['--check', ...at(dir)]).code).toBe(0);
  });

  it('fails when the supergraph is missing', () => {
    const dir = scratch('good');
    rmSync(join(dir, 'supergraph.graphql'));
    const { code, err } = run(['--check', ...at(dir)]);
    expect(code).toBe(1);
    expect(err).toContain('is missing');
  });

  it('fails when a registered subgraph has no committed schema; `compose` skips it with a warning', () => {
    const dir = scratch('good');
    writeFileSync(
      join(dir, 'subgraphs.json'),
      JSON.stringify([...readRegistry(join(dir, 'subgraphs.json')), { name: 'awards', port: 4203 }]),
    );
    const check = run(['--check', ...at(dir)]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/awards: .*subgraph-awards\/schema\.graphql not found/);

    const write = run(at(dir));
    expect(write.code).toBe(0);
    expect(write.err).toContain('⚠ skipping 1 registered subgraph(s)');
  });

  it('reports an SDL that does not parse against its subgraph', () => {
    const dir = scratch('good');
    edit(join(dir, 'subgraph-people', 'schema.graphql'), 'name: String!', 'name: String!!');
    const { code, err } = run(['--check', ...at(dir)]);
    expect(code).toBe(1);
    expect(err).toMatch(/INVALID_GRAPHQL \[people\]/);
  });

  it('rejects a malformed registry', () => {
    const dir = scratch('good');
    writeFileSync(
      join(dir, 'subgraphs.json'),
      JSON.stringify([
        { name: 'people', port: 1 },
        { name: 'people', port: 2 },
      ]),
    );
    const { code, err } = run(['--check', ...at(dir)]);
    expect(code).toBe(1);
    expect(err).toContain('subgraph "people" is listed twice');
  });

  it('exits with the right status as a real command (`pnpm build` runs this)', async () => {
    const exec = promisify(execFile);
    const tsx = join(GATEWAY_DIR, 'node_modules', '.bin', 'tsx');
    const script = join(GATEWAY_DIR, 'src', 'compose-cli.ts');
    const ok = await exec(tsx, [script, '--check', ...at(join(FIXTURES, 'good'))]);
    expect(ok.stdout).toContain('is up to date');
    const failed = await exec(tsx, [script, '--check', ...at(join(FIXTURES, 'broken'))]).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('FIELD_TYPE_MISMATCH');
  }, 30_000);
});

describe('compose --diff', () => {
  it('reports breaking, dangerous and safe API changes; fails only with --fail-on-breaking', () => {
    const dir = scratch('good');
    const courses = join(dir, 'subgraph-courses', 'schema.graphql');
    edit(courses, '  title: String!\n', '  code: String\n'); // removes Course.title, adds Course.code
    edit(courses, 'courses: [Course!]!\n}', 'courses(year: Int): [Course!]!\n}'); // a new optional argument
    const report = run(['--diff', ...at(dir)]);
    expect(report.code).toBe(0);
    expect(report.out).toContain('API schema changes: 1 breaking, 1 dangerous, 1 safe');
    expect(report.out).toContain('✗ BREAKING   FIELD_REMOVED: Course.title was removed.');
    expect(report.out).toContain('⚠ DANGEROUS  OPTIONAL_ARG_ADDED');
    expect(report.out).toContain('✓ SAFE       FIELD_ADDED: Course.code was added.');

    const strict = run(['--diff', '--fail-on-breaking', ...at(dir)]);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('1 breaking change(s)');
  });

  it('passes --fail-on-breaking when there are only additions', () => {
    const dir = scratch('good');
    edit(join(dir, 'subgraph-people', 'schema.graphql'), '  name: String!\n', '  name: String!\n  phone: String\n');
    const { code, out } = run(['--diff', '--fail-on-breaking', ...at(dir)]);
    expect(code).toBe(0);
    expect(out).toContain('0 breaking, 0 dangerous, 1 safe');
  });
});

describe('subgraph registry and URLs', () => {
  it('the committed registry is valid and lists the six domain subgraphs first', () => {
    const names = readRegistry(DEFAULT_REGISTRY_PATH).map((e) => e.name);
    expect(names.slice(0, 6)).toEqual(['directory', 'training', 'evaluation', 'competitions', 'awards', 'finance']);
  });

  it('takes <NAME>_URL over the default port', () => {
    const entry = { name: 'skill-map', port: 4190 };
    expect(subgraphUrl(entry, {})).toBe('http://127.0.0.1:4190/graphql');
    expect(subgraphUrl(entry, { SKILL_MAP_URL: 'http://skills:8080/graphql' })).toBe('http://skills:8080/graphql');
  });

  it('reads the subgraphs a supergraph routes to, and resolves their URLs', () => {
    const sdl = readFileSync(join(FIXTURES, 'good', 'supergraph.graphql'), 'utf8');
    expect(supergraphSubgraphs(sdl)).toEqual([
      { name: 'courses', url: 'http://127.0.0.1:4202/graphql' },
      { name: 'people', url: 'http://127.0.0.1:4201/graphql' },
    ]);
    const registry = join(FIXTURES, 'good', 'subgraphs.json');
    expect(
      resolveSubgraphUrls(sdl, { people: 'http://p/graphql' }, { COURSES_URL: 'http://c/graphql' }, registry),
    ).toEqual({
      courses: 'http://c/graphql',
      people: 'http://p/graphql',
    });
  });
});
