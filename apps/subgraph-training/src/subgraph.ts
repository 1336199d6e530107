import { fileURLToPath } from 'node:url';
import { assertDevClockSetting, type SubgraphDefinition } from '@jining/subgraph-kit';
import { studioPublicitySettings, TRAINING_CLOCK_VARIABLE } from './domain/settings.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { schema } from './schema/index.ts';

export const training: SubgraphDefinition<PrismaClient> = {
  name: 'training',
  defaultPort: 4102,
  // Its writes name people and units of the directory: checked there before anything is written.
  checksReferences: true,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  // No background work: the hook checks the settings at start (the dev clock outside development mode, a publicity
  // window out of bounds) so a deployment fails at once rather than on the first publication.
  background: async ({ env }) => {
    assertDevClockSetting(TRAINING_CLOCK_VARIABLE, env);
    studioPublicitySettings(env);
    return async () => {};
  },
};
