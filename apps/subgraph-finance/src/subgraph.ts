import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jining/subgraph-kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { assertClockSetting } from './domain/clock.ts';
import { startFacts } from './facts/start.ts';
import { schema } from './schema/index.ts';

export const finance: SubgraphDefinition<PrismaClient> = {
  name: 'finance',
  defaultPort: 4106,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  // The payment file reads the beneficiaries' full accounts from the directory (ctx.references.paymentAccounts).
  checksReferences: true,
  background: ({ prisma, env, log }) => {
    assertClockSetting(env);
    return startFacts({ prisma, env, log });
  },
};
