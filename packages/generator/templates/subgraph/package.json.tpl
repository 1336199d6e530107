{
  "name": "@jining/subgraph-__NAME__",
  "version": "0.1.0",
  "private": true,
  "type": "module",
  "description": "__NAME__ subgraph.",
  "scripts": {
    "generate": "PRISMA_SCHEMA_ENGINE_BINARY=package.json prisma generate",
    "build": "tsx src/print-schema.ts --check && node ../../scripts/build/bundle-service.mjs",
    "schema:print": "tsx src/print-schema.ts",
    "dev": "tsx watch dev/server.ts",
    "start:dev": "tsx dev/server.ts",
    "start": "tsx src/server.ts",
    "test": "vitest run",
    "typecheck": "tsc -p tsconfig.json",
    "lint": "eslint .",
    "migrate:create": "jining-migrate create --db-name __NAME__ --name",
    "migrate:deploy": "jining-migrate deploy --db-name __NAME__",
    "migrate:status": "jining-migrate status --db-name __NAME__"
  },
  "dependencies": {
    "@jining/db": "workspace:*",
    "@jining/rules": "workspace:*",
    "@jining/subgraph-kit": "workspace:*",
    "@pothos/core": "4.15.1",
    "@pothos/plugin-prisma": "4.17.0",
    "@prisma/client": "7.10.0",
    "graphql": "16.15.0"
  },
  "devDependencies": {
    "@jining/demo-data": "workspace:*",
    "@types/node": "^20.19.0",
    "prisma": "7.10.1",
    "tsx": "4.23.15",
    "typescript": "5.9.3",
    "vitest": "4.1.12"
  }
}
