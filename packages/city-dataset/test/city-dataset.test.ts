import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResidentId, isCountyCode } from '@jining/reference-data';
import { SKILL_LEVELS } from '@jining/rules';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { CityDatasetError, generateCity, loadCity, planFor, TABLES, type Spooled } from '../src/index.ts';

const PEOPLE = 2_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function spool(seed: number): Promise<Spooled> {
  const dir = mkdtempSync(join(tmpdir(), 'city-test-'));
  dirs.push(dir);
  return generateCity(planFor(PEOPLE), seed, dir);
}

const rowsOf = (spooled: Spooled, table: keyof typeof TABLES) =>
  readFileSync(spooled.files.find((f) => f.table === table)!.path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));

const digest = (spooled: Spooled) => {
  const hash = createHash('sha256');
  for (const f of spooled.files) hash.update(readFileSync(f.path));
  return hash.digest('hex');
};

describe('the city generator', () => {
  it('scales the city with the number of people, with a few rows of every kind at small sizes', () => {
    const city = planFor(1_500_000);
    expect(city.organisations).toBe(100_000);
    expect(city.factYears).toHaveLength(5);
    const small = planFor(PEOPLE);
    expect(small.organisations).toBeGreaterThanOrEqual(20);
    expect(small.studios).toBeGreaterThanOrEqual(4);
    expect(() => planFor(10)).toThrow(/--people/);
  });

  it('is deterministic from the seed', async () => {
    const [a, b, c] = await Promise.all([spool(7), spool(7), spool(8)]);
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('gives every person a valid, unique 18-digit ID number and a county of the list', async () => {
    const spooled = await spool(11);
    const people = rowsOf(spooled, 'directory.person');
    expect(people).toHaveLength(PEOPLE);
    const numbers = new Set<string>();
    for (const [, , idNumber, birth, gender, county] of people) {
      const parsed = parseResidentId(idNumber!);
      expect(parsed.ok, idNumber).toBe(true);
      if (parsed.ok) {
        expect(parsed.value.birthDate).toBe(birth);
        expect(parsed.value.gender).toBe(gender);
      }
      expect(isCountyCode(county)).toBe(true);
      numbers.add(idNumber!);
    }
    expect(numbers.size).toBe(PEOPLE);
    // About 60% hold certificates, about 2.2 each (the policy's T1 share is exceeded).
    const certificates = rowsOf(spooled, 'evaluation.skill_certificate');
    expect(certificates.length / PEOPLE).toBeGreaterThan(1.1);
    expect(certificates.length / PEOPLE).toBeLessThan(1.6);
  });

  it('writes one fact per event of the five years, entitlements only for granted facts, shares adding up', async () => {
    const spooled = await spool(3);
    const events = rowsOf(spooled, 'evaluation._kit_outbox');
    const facts = rowsOf(spooled, 'finance.fact');
    expect(facts.map((f) => f[1])).toEqual(events.map((e) => e[1]));
    const granted = new Set(facts.filter((f) => f[11] === 'GRANTED').map((f) => f[0]));
    const entitlements = rowsOf(spooled, 'finance.entitlement');
    expect(entitlements.length).toBeGreaterThan(0);
    for (const e of entitlements) expect(granted.has(e[15]!)).toBe(true);
    const shares = new Map<string, bigint>();
    for (const [id, , amount] of rowsOf(spooled, 'finance.cost_share'))
      shares.set(id!, (shares.get(id!) ?? 0n) + BigInt(amount!));
    for (const e of entitlements) expect(shares.get(e[0]!)).toBe(BigInt(e[7]!));
    expect(rowsOf(spooled, 'finance.fact_cursor')).toEqual([
      ['evaluation', String(spooled.lastSeq), String(spooled.lastSeq)],
    ]);
  });

  it('fills the directory’s level read model: a row per certificate, each person’s highest rank, the cursor at the head', async () => {
    const spooled = await spool(13);
    const ladder = SKILL_LEVELS;
    const certificates = rowsOf(spooled, 'evaluation.skill_certificate');
    const levels = rowsOf(spooled, 'directory.person_level');
    expect(levels).toHaveLength(certificates.length);
    const highest = new Map<string, number>();
    certificates.forEach(([id, , personId, level], i) => {
      const rank = ladder.indexOf(level as (typeof ladder)[number]);
      expect(levels[i]).toEqual([id, personId, String(rank)]);
      highest.set(personId!, Math.max(highest.get(personId!) ?? -1, rank));
    });
    const people = rowsOf(spooled, 'directory.person');
    for (const row of people) {
      const rank = highest.get(row[0]!);
      // COPY's text format writes null as \N.
      expect(row[7]).toBe(rank === undefined ? '\\N' : String(rank));
    }
    expect(people.filter((row) => row[7] !== '\\N').length).toBe(highest.size);
    expect(rowsOf(spooled, 'directory.fact_cursor')).toEqual([
      ['evaluation', String(spooled.lastSeq), String(spooled.lastSeq)],
    ]);
  });
});

// COPY FROM STDIN is PostgreSQL's wire protocol: PGlite, in process, has no server to stream to, so the load is
// tested on PostgreSQL only.
const BASE = process.env.TEST_DATABASE_URL;
describe.skipIf(!BASE)('loading the city into PostgreSQL (TEST_DATABASE_URL; PGlite has no COPY FROM STDIN)', () => {
  it('migrates with the platform migrations, loads every row once, and refuses a second load', async () => {
    const name = `t_city_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: BASE });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(BASE!);
    url.pathname = `/${name}`;
    try {
      const report = await loadCity({ people: PEOPLE, seed: 5, databaseUrl: url.toString() });
      const spooled = await spool(5);
      for (const f of spooled.files) expect(report.rows[f.table as keyof typeof TABLES], f.table).toBe(f.rows);
      expect(report.samplePersonId).toBe(spooled.samplePersonId);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      try {
        const { rows } = await db.query<{ id_number: string }>('SELECT id_number FROM directory.person');
        expect(rows).toHaveLength(PEOPLE);
        expect(rows.every((r) => parseResidentId(r.id_number).ok)).toBe(true);
        const counties = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM directory.county');
        expect(Number(counties.rows[0]!.n)).toBe(15);
        // The people list's level filter reads the loaded read model: the same people as evaluation's certificates.
        const [byModel, byCertificates] = await Promise.all([
          db.query<{ n: string }>(`SELECT count(*)::text AS n FROM directory.person WHERE highest_level_rank >= 4`),
          db.query<{ n: string }>(
            `SELECT count(DISTINCT person_id)::text AS n FROM evaluation.skill_certificate
              WHERE revoked_at IS NULL AND level >= 'TECHNICIAN'`,
          ),
        ]);
        expect(Number(byModel.rows[0]!.n)).toBeGreaterThan(0);
        expect(byModel.rows[0]!.n).toBe(byCertificates.rows[0]!.n);
        // A new event after the load gets the next position, not one of the loaded ones.
        const next = await db.query<{ seq: string }>(
          `INSERT INTO evaluation._kit_outbox (event_id, kind, version, subject_id, occurred_on, payload)
           VALUES (gen_random_uuid(), 'TEST', 1, 'x', DATE '2026-12-01', '{}') RETURNING seq::text`,
        );
        expect(Number(next.rows[0]!.seq)).toBe(spooled.lastSeq + 1);
      } finally {
        await db.end();
      }
      const again = loadCity({ people: PEOPLE, seed: 5, databaseUrl: url.toString() });
      await expect(again).rejects.toBeInstanceOf(CityDatasetError);
      await expect(again).rejects.toMatchObject({ code: 'NOT_EMPTY' });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
