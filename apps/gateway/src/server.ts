import { startGateway } from './gateway.ts';

/** `pnpm start` / `pnpm dev`: the gateway from the environment (see README), stopped cleanly on signals. */
const running = await startGateway().catch((error: Error) => {
  console.error(`[gateway] cannot start: ${error.message}`);
  process.exit(1);
});

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`[gateway] ${signal}: stopping`);
  await running.stop().catch((error) => console.error(error));
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
