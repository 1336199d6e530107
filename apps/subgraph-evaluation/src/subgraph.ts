import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jining/subgraph-kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { schema } from './schema/index.ts';

export const evaluation: SubgraphDefinition<PrismaClient> = {
  name: 'evaluation',
  defaultPort: 4103,
  // Its writes name people and units of the directory: checked there before anything is written.
  checksReferences: true,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
};
