/**
 * `pnpm dev`: every subgraph, the gateway and the admin web in watch mode (turbo run dev), in development mode. As
 * with `npm start`, one run's random JWT_SECRET and GATEWAY_SIGNING_SECRET (unless the environment gives them) are
 * handed to every process through the environment, so the gateway and the subgraphs agree.
 */
import { spawn } from 'node:child_process';
import { DEV_MODE_WARNING, enableDevMode } from '@jining/protocol/secrets';

const env = { ...process.env, ...enableDevMode({ ...process.env }) };
console.log(DEV_MODE_WARNING);
const child = spawn('turbo', ['run', 'dev', ...process.argv.slice(2)], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
