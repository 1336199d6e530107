/**
 * A vocabulary: one code list with its Chinese (and English) words, in its order, defined once. The GraphQL enums
 * (the kit's enumFromVocabulary), the database enums (checked against it at start), the demo data and the admin web
 * all take their codes and labels from here, so a word cannot drift between them (test/vocabulary.test.ts fails if a
 * label is typed again anywhere in the workspace).
 */

export interface Term {
  /** The word staff read. */
  readonly zh: string;
  readonly en: string;
  /** A shorter form for narrow places (a table column); the same word, never a different one. */
  readonly short?: string;
  /** Where the policy names it, e.g. 四(十一). */
  readonly clause?: string;
}

export interface Vocabulary<C extends string> {
  /** The GraphQL enum's (and database enum's) name, e.g. `SkillLevel`. */
  readonly name: string;
  /** What the list is, in Chinese: the enum's description. */
  readonly title: string;
  readonly codes: readonly C[];
  readonly terms: Readonly<Record<C, Term>>;
  /** Chinese label by code, in order. */
  readonly labels: Readonly<Record<C, string>>;
  /** The short form where there is one, else the label. */
  readonly shortLabels: Readonly<Record<C, string>>;
  label(code: C): string;
  has(value: unknown): value is C;
}

/** The order of `terms` is the vocabulary's order (lowest level first, and so on). */
export function defineVocabulary<const C extends string>(
  name: string,
  title: string,
  terms: Record<C, Term>,
): Vocabulary<C> {
  const codes = Object.freeze(Object.keys(terms)) as readonly C[];
  const map = <V>(f: (t: Term) => V) =>
    Object.freeze(Object.fromEntries(codes.map((c) => [c, f(terms[c])]))) as Readonly<Record<C, V>>;
  return Object.freeze({
    name,
    title,
    codes,
    terms: Object.freeze({ ...terms }),
    labels: map((t) => t.zh),
    shortLabels: map((t) => t.short ?? t.zh),
    label: (code: C) => terms[code].zh,
    has: (value: unknown): value is C => typeof value === 'string' && Object.hasOwn(terms, value),
  });
}
