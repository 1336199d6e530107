import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jining/subgraph-kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { schema } from './schema/index.ts';

export const training: SubgraphDefinition<PrismaClient> = {
  name: 'training',
  defaultPort: 4102,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
};
