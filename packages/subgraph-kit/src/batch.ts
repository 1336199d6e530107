/**
 * Groups rows loaded in one batch back onto the keys that asked for them, in the keys' order.
 * Used with the dataloader plugin's `t.loadableList`: one `findMany({ where: { key: { in: keys } } })`
 * answers every entity in an `_entities` call.
 */
export function groupByKey<Row, Key>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): Row[][] {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * The load of a list a subgraph adds to a directory entity (Person.honours, Organisation.hostedStudios …): the rows
 * of one query for every entity of a request, grouped back by the column that references the entity.
 *
 *   load: (ids: string[], ctx) => rowsPerEntity(ids, 'personId', ctx.prisma.honour.findMany({ where: { personId: { in: ids } } })),
 */
export async function rowsPerEntity<Row, Column extends keyof Row>(
  ids: readonly string[],
  column: Column,
  rows: Promise<Row[]>,
): Promise<Row[][]> {
  return groupByKey<Row, unknown>(ids, await rows, (row) => row[column]);
}
