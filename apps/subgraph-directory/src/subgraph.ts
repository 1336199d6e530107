import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jining/subgraph-kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { schema } from './schema/index.ts';
import { ensureCounties } from './reference-data.ts';

/** The directory subgraph: people, organisations, counties — who exists. */
export const directory: SubgraphDefinition<PrismaClient> = {
  name: 'directory',
  defaultPort: 4101,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  prepare: ensureCounties,
};
