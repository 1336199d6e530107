import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as rules from '../src/index.ts';
import { defineVocabulary, type Vocabulary } from '../src/vocabulary/define.ts';

const workspace = fileURLToPath(new URL('../../..', import.meta.url));
const vocabularies = (Object.values(rules) as unknown[]).filter(
  (v): v is Vocabulary<string> =>
    typeof v === 'object' && v !== null && 'codes' in v && 'terms' in v && 'shortLabels' in v,
);

/** Source files of the workspace, leaving out tests, generated code, build output and dependencies. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', 'generated', 'test', 'e2e', '.turbo', '.data', '.tools'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe('vocabularies', () => {
  it('are found: every code list the schema and the admin web use', () => {
    expect(vocabularies.map((v) => v.name).sort()).toEqual(
      expect.arrayContaining([
        'Body',
        'CertificationRoute',
        'CompetitionTier',
        'CountyKind',
        'Department',
        'EntitlementStatus',
        'Gender',
        'HonourKind',
        'HonourStatus',
        'Medal',
        'OrganisationKind',
        'Payer',
        'SkillLevel',
        'StudioLevel',
      ]),
    );
  });

  it('keep their order and answer labels, short forms and membership', () => {
    const v = defineVocabulary('X', '测试', { B: { zh: '乙', en: 'b', short: '乙短' }, A: { zh: '甲', en: 'a' } });
    expect(v.codes).toEqual(['B', 'A']);
    expect(v.labels).toEqual({ B: '乙', A: '甲' });
    expect(v.shortLabels).toEqual({ B: '乙短', A: '甲' });
    expect(v.label('A')).toBe('甲');
    expect(v.has('A')).toBe(true);
    expect(v.has('toString')).toBe(false);
  });

  it('have a Chinese and an English word for every code', () => {
    for (const v of vocabularies) {
      for (const code of v.codes) {
        expect(v.terms[code]!.zh, `${v.name}.${code}`).toMatch(/[\u4e00-\u9fff]/);
        expect(v.terms[code]!.en, `${v.name}.${code}`).not.toBe('');
      }
    }
  });

  it('define each label once: no source file of the workspace types a label again (tests aside)', () => {
    const labels = new Set<string>();
    for (const v of vocabularies) for (const code of v.codes) labels.add(v.terms[code]!.zh).add(v.shortLabels[code]!);
    const found: string[] = [];
    for (const file of sources(workspace)) {
      const text = readFileSync(file, 'utf8');
      for (const label of labels) {
        const literal = new RegExp(`(['"\`])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
        const count = text.match(literal)?.length ?? 0;
        // Inside the rules package's vocabularies a label is typed exactly once; anywhere else, never.
        const allowed = file.includes(join('packages', 'rules', 'src')) ? 1 : 0;
        if (count > allowed) found.push(`${relative(workspace, file)}: '${label}' ×${count}`);
      }
    }
    const inRules = sources(join(workspace, 'packages', 'rules', 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const label of labels) {
      const literal = new RegExp(`(['"\`])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
      if ((inRules.match(literal)?.length ?? 0) > 1) found.push(`packages/rules/src: '${label}' typed more than once`);
    }
    expect(found).toEqual([]);
  });
});
