import { DEPARTMENT, SKILL_LEVEL } from '@jining/rules';
import { describe, expect, it } from 'vitest';
import { assertSameCodes, DEPARTMENTS } from '../src/index.ts';

describe('vocabularies at the kit', () => {
  it('accepts a database enum with exactly the vocabulary codes, in any order', () => {
    expect(() =>
      assertSameCodes(
        'SkillLevel',
        Object.fromEntries([...SKILL_LEVEL.codes].reverse().map((c) => [c, c])),
        SKILL_LEVEL.codes,
      ),
    ).not.toThrow();
  });

  it('refuses to start when the database enum and the vocabulary differ, naming both sides', () => {
    const stored = { APPRENTICE: 'APPRENTICE', GRANDMASTER: 'GRANDMASTER' };
    expect(() => assertSameCodes('SkillLevel', stored, SKILL_LEVEL.codes)).toThrow(
      /missing in the database: ELEMENTARY.*not in the vocabulary: GRANDMASTER/,
    );
  });

  it('knows the same account departments as the rules name', () => {
    expect([...DEPARTMENTS].sort()).toEqual([...DEPARTMENT.codes].sort());
  });
});
