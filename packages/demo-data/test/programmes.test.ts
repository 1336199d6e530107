import { isCountyCode } from '@jining/reference-data';
import { DEFAULT_PARAMETERS, valueAt } from '@jining/rules';
import { describe, expect, it } from 'vitest';
import { demoDataset, demoProgrammes } from '../src/index.ts';

const LAST_DAY = '2026-11-30';

describe('demo programmes (二(二)–(六), and T1’s denominators)', () => {
  const p = demoProgrammes();
  const { people, organisations } = demoDataset();
  const personIds = new Set(people.map((x) => x.id));
  const orgById = new Map(organisations.map((o) => [o.id, o]));

  it('is the same on every call, and dated before December 2026', () => {
    expect(demoProgrammes()).toBe(p);
    const dates = [
      ...p.apprenticeships.map((a) => a.startedOn),
      ...p.craftsmanColleges.map((c) => c.approvedOn),
      ...p.trainingClasses.flatMap((c) => [c.endsOn, ...c.completions.map((t) => t.completedOn)]),
    ];
    expect(dates.every((d) => d >= '2025-01-01' && d <= LAST_DAY)).toBe(true);
  });

  it('sets every county’s apprenticeship rate inside the rules’ range', () => {
    const min = valueAt(DEFAULT_PARAMETERS.R2_RATE_MIN_FEN, '2025-01-01').value;
    const max = valueAt(DEFAULT_PARAMETERS.R2_RATE_MAX_FEN, '2025-01-01').value;
    for (const r of p.apprenticeshipRates) {
      expect(isCountyCode(r.countyCode)).toBe(true);
      expect(r.rateFen).toBeGreaterThanOrEqual(min);
      expect(r.rateFen).toBeLessThanOrEqual(max);
    }
  });

  it('names only the directory’s people and units, each apprentice once, with the enterprise’s county', () => {
    expect(new Set(p.apprenticeships.map((a) => a.apprenticeId)).size).toBe(p.apprenticeships.length);
    for (const a of p.apprenticeships) {
      expect(personIds.has(a.apprenticeId)).toBe(true);
      expect(orgById.get(a.enterpriseId)?.kind).toBe('ENTERPRISE');
      expect(a.countyCode).toBe(orgById.get(a.enterpriseId)!.countyCode);
      expect(a.endsOn > a.startedOn).toBe(true);
    }
    for (const c of p.trainingClasses) {
      expect(new Set(c.completions.map((t) => t.personId)).size).toBe(c.completions.length);
      expect(c.completions.every((t) => personIds.has(t.personId))).toBe(true);
      expect(c.countyCode).toBe(orgById.get(c.providerId)!.countyCode);
    }
    const hosts = p.craftsmanColleges.map((c) => `${c.hostId}:${c.name}`);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('gives every demo year the city’s employed population and each county’s, adding up to the city’s', () => {
    for (const year of [2025, 2026]) {
      const rows = p.employedPopulations.filter((e) => e.year === year);
      const city = rows.find((e) => e.countyCode === '')!;
      const counties = rows.filter((e) => e.countyCode !== '');
      expect(counties.reduce((sum, e) => sum + e.value, 0)).toBe(city.value);
      expect(counties.every((e) => isCountyCode(e.countyCode))).toBe(true);
    }
  });
});
