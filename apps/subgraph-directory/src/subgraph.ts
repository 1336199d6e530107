import { fileURLToPath } from 'node:url';
import { isDevMode, type Env, type SubgraphDefinition } from '@jining/subgraph-kit';
import { accountRoutes } from './accounts/routes.ts';
import { ensureDemoAccounts } from './accounts/store.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { startLevels } from './levels/start.ts';
import { schema } from './schema/index.ts';
import { ensureCounties } from './reference-data.ts';

/**
 * The seeded demo accounts (one shared, published password) exist and sign in only in development mode (npm start,
 * tests) or a demo install that asks for them with ENABLE_DEV_LOGIN=true.
 */
export const demoAccountsEnabled = (env: Env) => isDevMode(env) || env.ENABLE_DEV_LOGIN === 'true';

/** The directory subgraph: people, organisations, counties — who exists — and the accounts that sign in. */
export const directory: SubgraphDefinition<PrismaClient> = {
  name: 'directory',
  defaultPort: 4101,
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  schema,
  createPrisma: (adapter) => new PrismaClient({ adapter }),
  async prepare(prisma, { env, log }) {
    await ensureCounties(prisma);
    if (demoAccountsEnabled(env)) await ensureDemoAccounts(prisma, log);
  },
  routes: (args) => [accountRoutes(args, { demoAllowed: demoAccountsEnabled(args.env) })],
  // The people list's level filter: a read model of evaluation's certificates, fed by its outbox (levels/).
  background: ({ prisma, env, log }) => startLevels({ prisma, env, log }),
};
