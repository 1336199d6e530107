import type { SchemaTypes } from '@pothos/core';

/**
 * What the kit needs of a vocabulary (`defineVocabulary` in @jining/rules): its name, title, codes in order and the
 * Chinese word of each. Structural, so the kit stays free of any domain package.
 */
export interface VocabularyLike<C extends string> {
  readonly name: string;
  readonly title: string;
  readonly codes: readonly C[];
  readonly terms: Readonly<Record<C, { readonly zh: string; readonly clause?: string }>>;
}

export interface EnumFromVocabularyOptions<C extends string, S extends C> {
  /** The codes this subgraph records, when it records only some (in the vocabulary's order). Default: all. */
  only?: readonly S[];
  /** The Prisma enum object the database stores (generated `enums.ts`): checked to hold exactly the same codes. */
  stored?: Readonly<Record<string, string>>;
  /** Overrides the vocabulary's title as the enum's description. */
  description?: string;
}

/** Throws at start-up when the database enum and the vocabulary name different codes: drift cannot reach a request. */
export function assertSameCodes(
  what: string,
  stored: Readonly<Record<string, string>>,
  codes: readonly string[],
): void {
  const inDb = new Set(Object.values(stored));
  const missing = codes.filter((c) => !inDb.has(c));
  const extra = [...inDb].filter((c) => !codes.includes(c));
  if (missing.length || extra.length) {
    throw new Error(
      `${what}: the database enum and the vocabulary differ (missing in the database: ${missing.join(', ') || '—'}; not in the vocabulary: ${extra.join(', ') || '—'})`,
    );
  }
}

/**
 * The GraphQL enum of a vocabulary: its name, its title as description, each value described by its Chinese word
 * (and clause). The one way every subgraph builds an enum from the rules' codes.
 */
export function enumFromVocabulary<Types extends SchemaTypes, C extends string, S extends C = C>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  vocabulary: VocabularyLike<C>,
  options: EnumFromVocabularyOptions<C, S> = {},
) {
  const codes = (options.only ?? vocabulary.codes) as readonly S[];
  if (options.stored) assertSameCodes(vocabulary.name, options.stored, codes);
  const describe = (code: S) => {
    const term = vocabulary.terms[code];
    return term.clause ? `${term.zh}（${term.clause}）` : term.zh;
  };
  const values = Object.fromEntries(codes.map((code) => [code, { description: describe(code) }])) as Record<
    S,
    { description: string }
  >;
  return builder.enumType(vocabulary.name, { description: options.description ?? vocabulary.title, values });
}
