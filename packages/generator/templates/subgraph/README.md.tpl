# subgraph-__NAME__

Made by `pnpm new:subgraph`. Say here which part of 济人社发〔2024〕9号 this subgraph serves, the entities it owns,
its queries and mutations, who may write (the permission), and the coded refusals.

- `__ENTITY__` (key `id`), `Person.__CAMEL__s` (one SQL statement for N people), `__CAMEL__s(first, after)`,
  `create__ENTITY__(input)`.
- After a model change: `pnpm generate && pnpm migrate:create <name> && pnpm schema:print`, then `pnpm compose` at the
  root.
