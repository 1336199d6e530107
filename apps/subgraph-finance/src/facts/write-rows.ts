import type { Tx } from '../domain/tx.ts';

/**
 * Writes many rows in one statement: the rows travel as one JSON parameter and PostgreSQL unpacks them
 * (jsonb_to_recordset). Prisma's createMany took a few hundred milliseconds per hundred facts with their JSON
 * columns, most of a page's time; this is what lets a year of facts (bench/facts.bench.ts) go through in minutes.
 *
 * `columns` maps each column to its SQL type; an enum column gives its type's name (cast from text). Values are the
 * JSON form of the column: bigint as a decimal string, a date as YYYY-MM-DD, JSON columns as JSON.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: Readonly<Record<string, string>>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const enums = new Set(names.filter((c) => columns[c]!.startsWith('"')));
  const record = names.map((c) => `${c} ${enums.has(c) ? 'text' : columns[c]}`).join(', ');
  const select = names.map((c) => (enums.has(c) ? `r.${c}::${columns[c]}` : `r.${c}`)).join(', ');
  const json = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  await tx.$executeRawUnsafe(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${record})`,
    json,
  );
}

export const FACT_COLUMNS = {
  id: 'text',
  event_id: 'text',
  source: 'text',
  seq: 'bigint',
  kind: 'text',
  version: 'integer',
  subject_id: 'text',
  occurred_on: 'date',
  payload: 'jsonb',
  rules_fact: 'jsonb',
  names: 'jsonb',
  outcome: '"FactOutcome"',
  reasons: 'jsonb',
  note: 'text',
  beneficiary_person_id: 'text',
  beneficiary_organisation_id: 'text',
} as const;

export const ENTITLEMENT_COLUMNS = {
  id: 'text',
  rule_id: 'text',
  clause: 'text',
  description: 'text',
  beneficiary_person_id: 'text',
  beneficiary_organisation_id: 'text',
  county_code: 'text',
  amount: 'bigint',
  grant_amount: 'bigint',
  previous_amount: 'bigint',
  stacking: '"Stacking"',
  fact_ref: 'text',
  benefit_group: 'text',
  benefit_key: 'text',
  fact_id: 'text',
  year: 'integer',
  explanation: 'jsonb',
  max_amount: 'bigint',
} as const;

export const SHARE_COLUMNS = { entitlement_id: 'text', payer: '"Payer"', amount: 'bigint' } as const;

export const HISTORY_COLUMNS = {
  id: 'text',
  entitlement_id: 'text',
  action: 'text',
  to_status: '"EntitlementStatus"',
  actor_id: 'text',
  actor_name: 'text',
  note: 'text',
} as const;

/** A row of `columns`: every column named, values in their JSON form. */
export type Row<C extends Readonly<Record<string, string>>> = { -readonly [K in keyof C]: unknown };
