/**
 * The city dataset (issue 13) at a small size is a database the platform reads: generated and loaded with COPY into a
 * fresh PostgreSQL database (migrated by the subgraphs' own migrations), then the platform started on it without demo
 * data, and a person's record read through the gateway matches the loaded rows. PostgreSQL only: the bulk path is
 * COPY FROM STDIN over PostgreSQL's wire protocol, which the embedded PGlite has no server for.
 */
import { loadCity, type LoadReport } from '@jining/city-dataset';
import { parseResidentId } from '@jining/reference-data';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';

const BASE = process.env.TEST_DATABASE_URL;
const PEOPLE = 2_000;

describe.skipIf(!BASE)('the platform on the city dataset (2,000 people; TEST_DATABASE_URL)', () => {
  let platform: Platform;
  let report: LoadReport;
  let admin: pg.Client;
  let db: pg.Client;
  const name = `e2e_city_${Date.now().toString(36)}`;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: BASE });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(BASE!);
    url.pathname = `/${name}`;
    report = await loadCity({ people: PEOPLE, seed: 13, databaseUrl: url.toString() });
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    platform = await startPlatform({
      portOffset: await freePortOffset(),
      databaseUrl: url.toString(),
      demoData: false,
      log: () => {},
    });
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await db?.end();
    await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it('loads the people it says, each with a valid ID number', () => {
    expect(report.rows['directory.person']).toBe(PEOPLE);
    expect(report.rows['evaluation.skill_certificate']).toBeGreaterThan(PEOPLE);
  });

  it('reads a loaded person through the gateway, with certificates, honours and entitlements', async () => {
    const login = await fetch(`${platform.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hrss', password: 'jining2025' }),
    });
    const { token } = (await login.json()) as { token: string };
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query ($id: ID!) { person(id: $id) { name idNumber county { name } highestLevel
          certificates { level issuer { name } } honours { kind year } entitlements { amount shares { payer amount } } } }`,
        variables: { id: report.samplePersonId },
      }),
    });
    const body = (await res.json()) as {
      errors?: unknown;
      data: {
        person: {
          name: string;
          idNumber: string;
          highestLevel: string;
          certificates: { level: string; issuer: { name: string } }[];
          honours: unknown[];
          entitlements: { amount: string }[];
        };
      };
    };
    expect(body.errors).toBeUndefined();
    const person = body.data.person;
    const row = (
      await db.query<{ name: string; id_number: string }>(
        'SELECT name, id_number FROM directory.person WHERE id = $1',
        [report.samplePersonId],
      )
    ).rows[0]!;
    expect(person.name).toBe(row.name);
    expect(parseResidentId(row.id_number).ok).toBe(true);
    const certificates = await db.query('SELECT 1 FROM evaluation.skill_certificate WHERE person_id = $1', [
      report.samplePersonId,
    ]);
    expect(person.certificates).toHaveLength(certificates.rowCount!);
    expect(person.certificates.every((c) => c.issuer.name.length > 0)).toBe(true);
    const honours = await db.query('SELECT 1 FROM awards.honour WHERE person_id = $1', [report.samplePersonId]);
    expect(person.honours).toHaveLength(honours.rowCount!);
    expect(person.honours.length).toBeGreaterThan(0);
  });
});
