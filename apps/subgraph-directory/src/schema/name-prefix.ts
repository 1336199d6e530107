/**
 * 姓名以…开头: a name prefix as a range, `name >= prefix AND name < next`, where `next` is the first string after
 * every string that starts with `prefix` (its last character moved one code point on). A plain b-tree on the name
 * serves the range under any collation; `LIKE 'p%'` it serves only under the C collation, and the server's databases
 * use C.UTF-8, for which PostgreSQL 15 plans `LIKE` as a filter over every row of the county (EXPLAIN in the issue
 * note). The range is exact where text sorts by code point, as in C.UTF-8 (the server) and C (PGlite): a name
 * starts with `prefix` exactly when it lies in [prefix, next). (A linguistic collation such as zh_CN would need a
 * `text_pattern_ops` index and LIKE instead.)
 */
export function namePrefixRange(prefix: string): { gte: string; lt?: string } {
  const points = [...prefix].map((c) => c.codePointAt(0)!);
  while (points.length > 0) {
    let last = points.pop()! + 1;
    // Surrogate code points are no characters: the next one after U+D7FF is U+E000.
    if (last >= 0xd800 && last <= 0xdfff) last = 0xe000;
    if (last <= 0x10ffff) return { gte: prefix, lt: String.fromCodePoint(...points, last) };
    // U+10FFFF has no next: the range ends where the shorter prefix's does.
  }
  return { gte: prefix };
}
