import { parseResidentId, isValidCreditCode, findCounty } from '@jining/reference-data';
import { describe, expect, it } from 'vitest';
import { demoDataset, SHOWCASE_PERSON_ID } from '../src/index.ts';

describe('demo dataset', () => {
  const data = demoDataset();
  it('is a few hundred people with valid, unique ID numbers in known counties', () => {
    expect(data.people.length).toBeGreaterThanOrEqual(300);
    expect(new Set(data.people.map((p) => p.idNumber)).size).toBe(data.people.length);
    for (const p of data.people) {
      expect(parseResidentId(p.idNumber).ok, p.idNumber).toBe(true);
      expect(findCounty(p.countyCode)).toBeDefined();
    }
  });
  it('has valid credit codes and references that resolve', () => {
    const orgIds = new Set(data.organisations.map((o) => o.id));
    const personIds = new Set(data.people.map((p) => p.id));
    for (const o of data.organisations) expect(isValidCreditCode(o.creditCode), o.creditCode).toBe(true);
    for (const c of data.certificates) expect(personIds.has(c.personId) && orgIds.has(c.issuerId)).toBe(true);
    for (const s of data.studios) expect(personIds.has(s.leadId) && orgIds.has(s.hostId)).toBe(true);
    for (const h of data.honours) expect(personIds.has(h.personId)).toBe(true);
  });
  it('is deterministic and the showcase person appears in every domain', () => {
    expect(demoDataset().people[0]!.id).toBe(SHOWCASE_PERSON_ID);
    expect(data.certificates.some((c) => c.personId === SHOWCASE_PERSON_ID)).toBe(true);
    expect(data.studios.some((s) => s.leadId === SHOWCASE_PERSON_ID)).toBe(true);
    expect(data.competitions.some((c) => c.results.some((r) => r.personId === SHOWCASE_PERSON_ID))).toBe(true);
    expect(data.honours.some((h) => h.personId === SHOWCASE_PERSON_ID)).toBe(true);
  });
});

describe('demo honours', () => {
  it('has at most one honour per person, kind and year (the awards subgraph enforces it)', () => {
    const keys = demoDataset().honours.map((h) => `${h.personId}|${h.kind}|${h.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
