import { findCounty } from '@jining/reference-data';
import type { createBuilder } from './builder.ts';

/**
 * The directory's entities as other subgraphs see them: referenced by key, never re-typed.
 * A subgraph adds its own fields with `builder.objectFields(personRef(builder), t => ({ … }))`.
 * Memoised per builder so each type is defined once however many schema files ask for it.
 */
type Builder<P extends object, C> = ReturnType<typeof createBuilder<P, C>>;

const cache = new WeakMap<object, Map<string, unknown>>();

function once<T>(builder: object, name: string, make: () => T): T {
  let refs = cache.get(builder);
  if (!refs) cache.set(builder, (refs = new Map()));
  if (!refs.has(name)) refs.set(name, make());
  return refs.get(name) as T;
}

export const personRef = <P extends object, C>(builder: Builder<P, C>) =>
  once(builder, 'Person', () =>
    builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
      // The key field must be exposed here too, or composition fails (docs/stack.md, "Federation details met").
      fields: (t) => ({ id: t.exposeID('id') }),
    }),
  );

export const organisationRef = <P extends object, C>(builder: Builder<P, C>) =>
  once(builder, 'Organisation', () =>
    builder.externalRef('Organisation', builder.selection<{ id: string }>('id')).implement({
      fields: (t) => ({ id: t.exposeID('id') }),
    }),
  );

/**
 * A county's name is reference data (GB/T 2260, @jining/reference-data), the same in every subgraph as in the
 * directory's table (seeded from it). Every subgraph serves it itself, `@shareable` with the directory's, so a list
 * that shows counties (entitlements, budgets, apprenticeships …) needs no second hop to the directory for their names:
 * one subgraph fetch less in a person record.
 */
export const countyRef = <P extends object, C>(builder: Builder<P, C>) =>
  once(builder, 'County', () =>
    builder.externalRef('County', builder.selection<{ code: string }>('code')).implement({
      fields: (t) => ({
        code: t.exposeID('code'),
        name: t.string({
          shareable: true,
          // Codes are checked where they are written (isCountyCode), so a miss is a code the standard dropped later:
          // shown as its code rather than failing the list it stands in.
          resolve: (county) => findCounty(county.code)?.name ?? county.code,
        }),
      }),
    }),
  );

/**
 * The nullability of every list a subgraph adds to a directory entity (`Person.honours`, `Organisation.entitlements`
 * …): `[T!]` — the list may be null, its items never. When this subgraph is down the gateway answers that one field
 * null with an error at its path, and the person keeps its name and every other domain's fields; a non-null list
 * would null the whole person instead.
 *
 *   honours: t.loadableList({ type: Honour, nullable: ENTITY_LIST_NULLABILITY, … })
 */
export const ENTITY_LIST_NULLABILITY = { list: true, items: false } as const;
