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
