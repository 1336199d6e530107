# subgraph-__NAME__

Made by `pnpm new:subgraph`. Say here which part of 济人社发〔2024〕9号 this subgraph serves, the entities it owns,
its queries and mutations, who may write (the permission), and the coded refusals.

- `__ENTITY__` (key `id`), `Person.__CAMEL__s` (one SQL statement for N people), `__CAMEL__s(first, after)`,
  `create__ENTITY__(input)`.
- After a model change: `pnpm generate && pnpm migrate:create <name> && pnpm schema:print`, then `pnpm compose` at the
  root.

## Where things go (the same in every subgraph)

| what | where |
|---|---|
| a concept this subgraph owns: its object type, entity key, queries and mutations | `src/schema/<concept>.ts` |
| GraphQL enums, from a `@jining/rules` vocabulary with `enumFromVocabulary` | `src/schema/enums.ts` |
| fields this subgraph adds to `Person` / `Organisation` (directory's entities) | `src/schema/person.ts`, `src/schema/organisation.ts` |
| pure domain logic (no Prisma, no GraphQL types; plain data in, plain data out) | `src/domain/` |
| the database | `prisma/schema.prisma`, committed migrations in `prisma/migrations/` |
| production entry (no demo data) | `src/server.ts`; development entry with demo data: `dev/server.ts`, seed in `dev/seed.ts` |
| tests: `test/<concept>.test.ts`, against a real database and real HTTP | `test/` |
