import { fileURLToPath } from 'node:url';
import { assertClockSetting, type SubgraphDefinition } from '@jining/subgraph-kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { schema } from './schema/index.ts';

export const awards: SubgraphDefinition<PrismaClient> = {
  name: 'awards',
  defaultPort: 4105,
  // Its writes name people and units of the directory: checked there before anything is written.
  checksReferences: true,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  // The publicity window of honours reads the platform clock (FINANCE_CLOCK_FILE, development mode only).
  background: async ({ env }) => {
    assertClockSetting(env);
    return async () => {};
  },
};
