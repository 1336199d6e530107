import { describe, expect, it } from 'vitest';
import {
  CERTIFICATION_ROUTE,
  CLAUSES,
  H5_MEASURES,
  listParameters,
  MEASURES,
  RESPONSIBILITY,
  RULE_CLAUSES,
  TARGETS,
} from '../src/index.ts';

describe('traceability: every clause of the policy is carried by data or a function', () => {
  const carriers = new Map<string, string[]>();
  const add = (clause: string, what: string) => carriers.set(clause, [...(carriers.get(clause) ?? []), what]);
  for (const p of listParameters()) add(p.clause, p.id);
  for (const [rule, clause] of Object.entries(RULE_CLAUSES)) add(clause, rule);
  for (const t of Object.values(TARGETS)) add(t.clause, t.id);
  for (const m of [...MEASURES, ...H5_MEASURES]) add(m.clause, m.code);
  for (const code of CERTIFICATION_ROUTE.codes) add(CERTIFICATION_ROUTE.terms[code].clause!, code);

  it.each(CLAUSES.map((c) => [c]))('%s is carried', (clause) => {
    expect(carriers.get(clause)?.length ?? 0).toBeGreaterThan(0);
  });

  it('has a responsibility entry for every bracketed item', () => {
    for (const clause of CLAUSES.filter((c) => c !== '一' && c !== '末段'))
      expect(RESPONSIBILITY).toHaveProperty(clause);
  });

  it('records H5 (五(十五)) as five measures', () => {
    expect(H5_MEASURES.map((m) => m.code)).toEqual([
      'EXPERT_CONTACT_LIST',
      'HIGH_LEVEL_TALENT_GREEN_CHANNEL',
      'CANDIDATE_RECOMMENDATION',
      'MASS_ORGANISATION_POSTS',
      'RECUPERATION_AND_STUDY',
    ]);
  });
});
